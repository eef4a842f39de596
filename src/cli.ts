#!/usr/bin/env node
/**
 * The `crosswalk` command: a thin adapter from argv and the terminal to the same pipeline the
 * action runs. Exit codes (SPEC §4): 0 passed, 1 a fail_on condition holds, 2 could not run.
 */
import { realpathSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { check, type Timings } from './check.js';
import { UsageError } from './errors.js';
import { formatNames, render, type FormatName } from './report/formats.js';
import { splitList } from './validate/config.js';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

const usage = `Usage: crosswalk <command> [options]

Commands:
  check [DIR]    validate and score the compliance repository in DIR (default: .)

Options for check:
  --config F         config file (default: DIR/.crosswalk.yml)
  --mapping F        mapping file, or "default"
  --scope a,b        categories besides security: availability, confidentiality,
                     processing-integrity, privacy
  --as-of DATE       score as of this date (YYYY-MM-DD; default: today, UTC)
  --fail-on a,b      errors, missing-evidence, stale-evidence, gaps, readiness, regression
  --min-readiness N  minimum readiness % for fail-on readiness
  --format F         text (default), json, markdown, sarif
  --output F         write the report to F instead of standard output
  --timings          print phase timings and peak memory to standard error

  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 passed, 1 a fail_on condition holds, 2 could not run.`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`crosswalk: ${error.message}\n`);
      return 2;
    }
    // Never a stack trace for users; CROSSWALK_DEBUG=1 shows it to whoever debugs crosswalk itself.
    io.stderr.write(`crosswalk: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (io.env.CROSSWALK_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  if (command === 'check') return runCheck(rest, io);
  throw new UsageError(`unknown command "${command}"; run crosswalk --help`);
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string' },
        mapping: { type: 'string' },
        scope: { type: 'string' },
        'as-of': { type: 'string' },
        'fail-on': { type: 'string' },
        'min-readiness': { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        timings: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}; run crosswalk --help`);
  }
}

async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`check takes one directory, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = values.format as FormatName;
  if (!formatNames.includes(format)) throw new UsageError(`--format must be one of ${formatNames.join(', ')}, got "${values.format}"`);

  const root = path.resolve(io.cwd, positionals[0] ?? '.');
  const resolveFlag = (file: string | undefined) => (file === undefined || file === 'default' ? file : path.resolve(io.cwd, file));
  const timings: Timings = { parse: 0, validate: 0, score: 0, report: 0 };
  const run = await check({
    root: await existingDirectory(root),
    configFile: resolveFlag(values.config),
    overrides: {
      mapping: resolveFlag(values.mapping),
      scope: splitList(values.scope),
      asOf: values['as-of'],
      failOn: splitList(values['fail-on']),
      minReadiness: values['min-readiness'],
    },
  }, timings);

  const toTerminal = values.output === undefined && io.stdout.isTTY === true;
  const color = io.env.FORCE_COLOR !== undefined ? io.env.FORCE_COLOR !== '0' : toTerminal && io.env.NO_COLOR === undefined;
  const renderStart = performance.now();
  const text = render(format, run.report, { color, width: io.stdout.columns });
  timings.report += performance.now() - renderStart;
  if (values.output === undefined) {
    io.stdout.write(text);
  } else {
    const output = path.resolve(io.cwd, values.output);
    await mkdir(path.dirname(output), { recursive: true });
    await writeFile(output, text);
  }
  const { summary } = run.report;
  if (format !== 'text' || values.output !== undefined) {
    io.stderr.write(
      `crosswalk: readiness ${summary.readiness}%, ${summary.missingEvidence} missing evidence, ${summary.errors} errors: ${summary.passed ? 'passed' : `failed (${summary.failedConditions.map((failure) => failure.condition).join(', ')})`}\n`,
    );
  }
  if (values.timings) io.stderr.write(`crosswalk timings: ${JSON.stringify({ ...roundAll(timings), controls: run.controls.length, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
  return summary.passed ? 0 : 1;
}

function roundAll(timings: Timings): Timings {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { parse: round(timings.parse), validate: round(timings.validate), score: round(timings.score), report: round(timings.report) };
}

async function existingDirectory(root: string): Promise<string> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${root} is not a directory`);
  return root;
}

/** Run when executed (also through npm's bin symlink), not when imported by tests. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}


if (isEntryPoint()) {
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
}
