/**
 * The one git command the action runs besides reading: making sure the base commit is in the
 * workspace's repository, fetching that one commit from origin when it is not. Git runs the one
 * way crosswalk runs it (git/run-git.ts), never touching the work tree or the index.
 */
import { firstLine, GitError, runGit } from '../git/run-git.js';

export { GitError, isCommitSha } from '../git/run-git.js';

/** Makes sure the workspace's repository holds `sha`, fetching that one commit from origin when it does not. */
export async function ensureCommit(workspace: string, sha: string, timeouts: { check: number; fetch: number }): Promise<void> {
  const present = await runGit(workspace, ['cat-file', '-e', `${sha}^{commit}`], { timeoutMs: timeouts.check });
  if (present.code === 0) return;
  // Not a repository at all, or one git refuses to read: fetching cannot help, and says less.
  if (/not a git repository|dubious ownership/i.test(present.stderr)) throw new GitError(`the workspace is not a git repository git can read${firstLine(present.stderr)}`);
  const fetched = await runGit(workspace, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], { timeoutMs: timeouts.fetch });
  if (fetched.code !== 0) throw new GitError(`the commit is not in the checkout, and git fetch of it failed${firstLine(fetched.stderr)}`);
  const after = await runGit(workspace, ['cat-file', '-e', `${sha}^{commit}`], { timeoutMs: timeouts.check });
  if (after.code !== 0) throw new GitError(`the commit is not in the repository even after git fetch${firstLine(after.stderr)}`);
}
