/**
 * The `crosswalk` command: a thin adapter from argv and the terminal to the same pipeline the
 * action runs. Exit codes (SPEC §4): 0 passed, 1 a fail_on condition holds, 2 could not run.
 */
import packageJson from '../package.json' with { type: 'json' };
import type { CliIo, Command } from './commands/command.js';
import { UsageError } from './errors.js';
import { forTerminal } from './report/terminal/terminal-text.js';

export type { CliIo } from './commands/command.js';

/**
 * Each command is loaded when it runs, not before: `check` does not pay to compile what only
 * `badge` (badge-maker's font tables) or `mapping lint` (the mapping's text) need.
 */
const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check.js')).checkCommand,
  mapping: async () => (await import('./commands/mapping-lint.js')).mappingCommand,
  'evidence-register': async () => (await import('./commands/evidence-register.js')).evidenceRegisterCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  import: async () => (await import('./commands/import-soa.js')).importCommand,
  badge: async () => (await import('./commands/badge.js')).badgeCommand,
  soa: async () => (await import('./commands/soa.js')).soaCommand,
  requirements: async () => (await import('./commands/requirements.js')).requirementsCommand,
  export: async () => (await import('./commands/export-oscal.js')).exportCommand,
  collect: async () => (await import('./commands/collect.js')).collectCommand,
};

async function usage(): Promise<string> {
  const all = await Promise.all(Object.values(commands).map((load) => load()));
  return `Usage: crosswalk <command> [options]

Commands:
${all.map((command) => `  ${command.synopsis}`).join('\n')}

Run crosswalk <command> --help for a command's options.
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 passed, 1 a fail_on condition holds (or, for lint, errors were found), 2 could not run.`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`crosswalk: ${forTerminal(error.message)}\n`);
      return 2;
    }
    // Never a stack trace for users; CROSSWALK_DEBUG=1 shows it to whoever debugs crosswalk itself.
    io.stderr.write(`crosswalk: internal error: ${forTerminal(error instanceof Error ? error.message : String(error))}\n`);
    if (io.env.CROSSWALK_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(`${await usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) throw new UsageError(`unknown command "${name}"; run crosswalk --help`);
  return (await load()).run(rest, io);
}

/** The command as started by src/cli-launcher.ts: argv and the process's streams; returns the exit code. */
export async function main(): Promise<number> {
  // A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
}
