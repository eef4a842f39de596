/**
 * What git tracks under a folder. In a git work tree crosswalk reads its configuration, mapping
 * and control files only from what the repository holds: a file an earlier step left in the
 * workspace, or anything under `.git/`, is not the repository's and is never read.
 *
 * git runs without a shell, with an argument list, and with the options that keep a repository's
 * own `.git/config` from running anything (`core.fsmonitor`). `safe.directory=*` lets it read a
 * checkout owned by another user (container jobs): ls-files only reads the index.
 */
import { spawn } from 'node:child_process';
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';

/** Paths relative to the folder, with `/` separators; undefined when the folder is not inside a git work tree. */
export type TrackedFiles = ReadonlySet<string> | undefined;

const timeoutMs = 60_000;

export async function listTrackedFiles(root: string): Promise<TrackedFiles> {
  // Most folders outside a repository say so without starting git: no `.git` here or above.
  if (process.env.GIT_DIR === undefined && !(await hasGitAbove(root))) return undefined;
  const args = ['-c', 'safe.directory=*', '-c', 'core.fsmonitor=false', '-C', root, 'ls-files', '-z', '--cached', '--recurse-submodules'];
  const result = await run(args);
  if (result === undefined || /not a git repository/i.test(result.stderr)) return undefined;
  // Inside a work tree, a listing that fails must not quietly mean "read everything".
  if (result.code !== 0) throw new UsageError(`cannot list the files git tracks in ${root}: git ls-files ${result.code === null ? 'took too long' : `failed${firstLine(result.stderr)}`}`);
  return new Set(result.stdout.split('\0').filter((file) => file !== ''));
}

async function hasGitAbove(root: string): Promise<boolean> {
  let folder = await realpath(root).catch(() => path.resolve(root));
  for (;;) {
    if (await lstat(path.join(folder, '.git')).then(() => true, () => false)) return true;
    const parent = path.dirname(folder);
    if (parent === folder) return false;
    folder = parent;
  }
}

interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '');
  return line === undefined ? '' : `: ${line.trim().slice(0, 200)}`;
}

/** Undefined when git cannot be run at all (not installed): then there is no work tree to speak of. */
function run(args: readonly string[]): Promise<Finished | undefined> {
  return new Promise((resolve) => {
    const child = spawn('git', args, { env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(chunks).toString('utf8'), stderr });
    });
  });
}
