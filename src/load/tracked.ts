/**
 * What git tracks under a folder. In a git work tree crosswalk reads its configuration, mapping
 * and control files only from what the repository holds: a file an earlier step left in the
 * workspace, or anything under `.git/`, is not the repository's and is never read.
 *
 * git runs the one way crosswalk runs it (git/run-git.ts): it reads a checkout owned by another
 * user (container jobs), and a repository's own `.git/config` runs nothing.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { firstLine, GitError, runGit, type GitResult } from '../git/run-git.js';

/** Paths relative to the folder, with `/` separators; undefined when the folder is not inside a git work tree. */
export type TrackedFiles = ReadonlySet<string> | undefined;

const timeoutMs = 60_000;

export async function listTrackedFiles(root: string): Promise<TrackedFiles> {
  // Most folders outside a repository say so without starting git: no `.git` here or above.
  if (process.env.GIT_DIR === undefined && !(await hasGitAbove(root))) return undefined;
  const result = await run(root, ['ls-files', '-z', '--cached', '--recurse-submodules']);
  if (result === undefined || /not a git repository/i.test(result.stderr)) return undefined;
  // Inside a work tree, a listing that fails must not quietly mean "read everything".
  if (result.code !== 0) throw new UsageError(`cannot list the files git tracks in ${root}: git ls-files failed${firstLine(result.stderr)}`);
  return new Set(result.stdout.toString('utf8').split('\0').filter((file) => file !== ''));
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

/** Undefined when git cannot be run at all (not installed): then there is no work tree to speak of. */
async function run(root: string, args: readonly string[]): Promise<GitResult | undefined> {
  try {
    return await runGit(root, args, { timeoutMs });
  } catch (error) {
    if (error instanceof GitError && error.failure === 'cannot-start') return undefined;
    throw new UsageError(`cannot list the files git tracks in ${root}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
