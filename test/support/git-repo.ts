/**
 * Real git repositories for the action's tests: commits made with the git on PATH, so the action
 * finds, fetches and exports them exactly as it does on a runner.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs git in `cwd` with a fixed identity and dates, returning standard output, trimmed. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_AUTHOR_DATE: '2026-11-27T12:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-27T12:00:00Z',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const { stdout } = await run('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env });
  return stdout.trim();
}

/** A repository whose history is `commits`, in order: each is the whole tree (files absent are deleted). Returns the shas. */
export async function gitRepository(commits: readonly Record<string, string>[]): Promise<{ root: string; shas: string[] }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-git-'));
  await git(root, 'init', '-q');
  const shas: string[] = [];
  for (const [index, files] of commits.entries()) {
    await git(root, 'rm', '-rq', '--ignore-unmatch', '.');
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
    await git(root, 'add', '-A');
    await git(root, 'commit', '-q', '--allow-empty', '-m', `commit ${index + 1}`);
    shas.push(await git(root, 'rev-parse', 'HEAD'));
  }
  return { root, shas };
}

/** A shallow clone (depth 1) of `origin`'s main, like actions/checkout makes: older commits are not in it. */
export async function shallowClone(origin: string): Promise<string> {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-checkout-'));
  const root = path.join(parent, 'workspace');
  await git(parent, 'clone', '-q', '--depth=1', `file://${origin}`, root);
  return root;
}
