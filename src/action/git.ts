/**
 * The git commands crosswalk runs in the workspace, and only these: whether a commit is there,
 * fetching one commit, and exporting a commit's files to a folder. Never through a shell, never
 * touching the work tree or the index, each bounded in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** Hex object names only: nothing from a payload ever reaches git as an option. */
export function isCommitSha(value: string | undefined): value is string {
  return value !== undefined && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

export class GitError extends Error {
  override readonly name = 'GitError';
}

/** Git without prompts (a missing credential fails at once) and with messages in English. */
const gitEnvironment = (): NodeJS.ProcessEnv => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C' });

/** Makes sure the workspace's repository holds `sha`, fetching that one commit from origin when it does not. */
export async function ensureCommit(workspace: string, sha: string, timeouts: { check: number; fetch: number }): Promise<void> {
  const present = await runGit(workspace, ['cat-file', '-e', `${sha}^{commit}`], timeouts.check);
  if (present.code === 0) return;
  const fetched = await runGit(workspace, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], timeouts.fetch);
  if (fetched.code !== 0) throw new GitError(`git fetch of the commit failed${describe(fetched)}`);
  const after = await runGit(workspace, ['cat-file', '-e', `${sha}^{commit}`], timeouts.check);
  if (after.code !== 0) throw new GitError(`the commit is not in the repository even after git fetch${describe(after)}`);
}

/**
 * Writes the files of `sha` into `directory` (`git archive | tar -x`). Run in a subfolder of a
 * repository, git archive exports that subfolder, just as the workspace is that subfolder.
 */
export async function exportCommit(workspace: string, sha: string, directory: string, timeoutMs: number): Promise<void> {
  const git = spawn('git', ['-C', workspace, 'archive', '--format=tar', sha], { env: gitEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
  const tar = spawn('tar', ['-x', '-f', '-', '--no-same-owner', '-C', directory], { stdio: ['pipe', 'ignore', 'pipe'] });
  git.stdout.pipe(tar.stdin);
  // tar may stop reading first (a full disk): git then gets EPIPE, which is reported below through its exit code.
  tar.stdin.on('error', () => undefined);
  const timer = setTimeout(() => {
    git.kill('SIGKILL');
    tar.kill('SIGKILL');
  }, timeoutMs);
  try {
    const [archived, extracted] = await Promise.all([finished(git), finished(tar)]);
    if (archived.signal === 'SIGKILL' || extracted.signal === 'SIGKILL') throw new GitError(`exporting the commit took longer than ${timeoutMs / 1000} s`);
    if (archived.code !== 0) throw new GitError(`git archive failed${describe(archived)}`);
    if (extracted.code !== 0) throw new GitError(`tar could not extract the commit${describe(extracted)}`);
  } finally {
    clearTimeout(timer);
    // After a failure, neither process is left behind (tar would wait forever on a git that never started).
    for (const child of [git, tar]) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The start of what the process wrote to standard error. */
  readonly stderr: string;
}

const maxStderr = 4096;

async function runGit(workspace: string, args: readonly string[], timeoutMs: number): Promise<Finished> {
  const child = spawn('git', ['-C', workspace, ...args], { env: gitEnvironment(), stdio: ['ignore', 'ignore', 'pipe'] });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    const result = await finished(child);
    if (result.signal === 'SIGKILL') throw new GitError(`git ${args[0]} took longer than ${timeoutMs / 1000} s`);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves when the process has exited and its streams are closed; a process that cannot start (no git) rejects. */
function finished(child: ChildProcess): Promise<Finished> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < maxStderr) stderr += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new GitError(`cannot run ${child.spawnfile}: ${error.message}`)));
    child.on('close', (code, signal) => resolve({ code, signal, stderr: stderr.slice(0, maxStderr) }));
  });
}

/** `: <first line of stderr>`, or nothing when the process said nothing. */
function describe(result: Finished): string {
  const line = result.stderr
    .split('\n')
    .map((text) => text.trim())
    .find((text) => text !== '');
  return line === undefined ? '' : `: ${line}`;
}
