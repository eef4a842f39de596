/**
 * The one way crosswalk runs git, for the CLI and the action alike: an argument list, never a
 * shell; no prompts (a missing credential fails at once); messages in English; bounded in time;
 * and with options that keep the repository's own `.git/config` from running anything or from
 * refusing to be read:
 *
 * - `safe.directory=*`: a checkout owned by another user (container jobs run as root over a
 *   workspace the runner's user owns) is read, not refused as "dubious ownership". crosswalk only
 *   reads the repository, and never runs anything from it, so its owner does not matter;
 * - `core.fsmonitor=false`: the one config key that runs a program on a plain read;
 * - `core.hooksPath=/dev/null`: `git fetch` runs no hook (reference-transaction);
 * - `protocol.ext.allow=never`: a remote URL cannot run a command;
 * - GIT_NO_REPLACE_OBJECTS: an object name means the object it names.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** Why git gave no answer: it could not start (not installed), ran too long, said too much, or failed. */
export type GitFailure = 'cannot-start' | 'timeout' | 'output-limit' | 'failed';

export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    message: string,
    readonly failure: GitFailure = 'failed',
  ) {
    super(message);
  }
}

const safeOptions = ['-c', 'safe.directory=*', '-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'protocol.ext.allow=never'] as const;

function gitEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_NO_REPLACE_OBJECTS: '1' };
}

/** Starts git in `directory` with the safe options; the caller owns the process (its streams, its end). */
export function spawnGit(directory: string, args: readonly string[], stdin: 'ignore' | 'pipe' = 'ignore'): ChildProcess & { stdout: NodeJS.ReadableStream } {
  return spawn('git', [...safeOptions, '-C', directory, ...args], { env: gitEnvironment(), stdio: [stdin, 'pipe', 'pipe'] }) as ChildProcess & { stdout: NodeJS.ReadableStream };
}

export interface GitResult {
  readonly code: number | null;
  readonly stdout: Buffer;
  /** The start of what git wrote to standard error. */
  readonly stderr: string;
}

const maxStderr = 4096;

/**
 * Runs git to its end. Rejects with a GitError when git cannot be started (not installed), runs
 * longer than `timeoutMs`, or writes more than `maxStdout` bytes; a non-zero exit is the caller's
 * to judge.
 */
export async function runGit(directory: string, args: readonly string[], options: { readonly timeoutMs: number; readonly maxStdout?: number }): Promise<GitResult> {
  const child = spawnGit(directory, args);
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  child.stdout.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (options.maxStdout !== undefined && size > options.maxStdout) {
      overflow = true;
      child.kill('SIGKILL');
      return;
    }
    chunks.push(chunk);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  try {
    const { code, signal, stderr } = await finished(child);
    if (overflow) throw new GitError(`git ${args[0]} wrote more than ${options.maxStdout} bytes`, 'output-limit');
    if (signal === 'SIGKILL') throw new GitError(`git ${args[0]} took longer than ${options.timeoutMs / 1000} s`, 'timeout');
    return { code, stdout: Buffer.concat(chunks), stderr };
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when the process has exited and its streams are closed; a process that cannot start (no git) rejects. */
export function finished(child: ChildProcess): Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < maxStderr) stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new GitError(`cannot run ${child.spawnfile}: ${error.message}`, 'cannot-start')));
    child.on('close', (code, signal) => resolve({ code, signal, stderr: stderr.slice(0, maxStderr) }));
  });
}

/** `: <first line git wrote to standard error>` (at most 200 characters), or nothing when it said nothing. */
export function firstLine(stderr: string): string {
  const line = stderr
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '');
  return line === undefined ? '' : `: ${line.slice(0, 200)}`;
}

/** Hex object names only: nothing from a payload ever reaches git as an option. */
export function isCommitSha(value: string | undefined): value is string {
  return value !== undefined && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}
