import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { existingDirectory } from '../load/directory.js';
import { slices, writeTextFile } from '../write-text.js';

/** What a command may touch: streams, the working directory and the environment. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export interface Command {
  /** One line for `crosswalk --help`. */
  readonly synopsis: string;
  readonly help: string;
  /** Returns the exit code. Throws UsageError for exit 2. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict flag parsing; a bad flag is a one-line UsageError, never a stack trace. */
export function parseFlags<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split(/\.( |$)|\n/)[0]}; run crosswalk --help`);
  }
}

/** A flag's value that must be one of a few words: the value, typed, or a one-line UsageError naming them. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** Writes a report, whole or in pieces, to --output (creating folders) or to standard output. */
export async function emit(text: string | Iterable<string>, output: string | undefined, io: CliIo): Promise<void> {
  if (output === undefined) {
    for (const slice of slices(text)) io.stdout.write(slice);
    return;
  }
  const file = path.resolve(io.cwd, output);
  await mkdir(path.dirname(file), { recursive: true });
  await writeTextFile(file, text);
}

/** Colour only on a terminal; NO_COLOR and FORCE_COLOR decide otherwise. */
export function wantsColor(io: CliIo, toStdout: boolean): boolean {
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0';
  return toStdout && io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
}

/** The one positional directory most commands take (default: the working directory). */
export async function directoryArgument(positionals: readonly string[], io: CliIo, command: string): Promise<string> {
  if (positionals.length > 1) throw new UsageError(`${command} takes one directory, got ${positionals.length}: ${positionals.join(' ')}`);
  return existingDirectory(path.resolve(io.cwd, positionals[0] ?? '.'));
}
