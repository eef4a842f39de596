/**
 * `CommentsApi`, `GitDataApi` and `IssuesApi` on @actions/github's octokit. The import is lazy: only a run
 * that talks to the API loads octokit, so every other run (and the CLI, which shares the bundle's
 * chunks) never pays for it. @actions/github takes its base URL from GITHUB_API_URL, so GitHub
 * Enterprise Server and the tests' local server work unchanged.
 *
 * Every request goes through an `ApiSession` (timeouts, bounded retries), and every answer is
 * checked for the shape crosswalk reads: a misbehaving API ends in an `ApiError`, never in a
 * TypeError deep inside.
 */
import { setFlagsFromString } from 'node:v8';
import { ApiError, apiSession, type ApiPolicy } from './api-requests.js';
import type { GitDataApi, TreeEntry, TreeChange } from './badge-branch.js';
import type { CommentsApi, IssueComment } from './comment.js';
import type { IssueSummary, IssuesApi } from './evidence-issue.js';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

/** An octokit whose every request, pages included, is bounded and retried by one session (see apiSession for `abandoned`). */
async function resilientOctokit(token: string, policy: ApiPolicy, abandoned?: AbortSignal) {
  parseHttpWithBaselineCode();
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  const session = apiSession(policy, undefined, abandoned);
  octokit.hook.wrap('request', (request, options) =>
    session.send(async (signal) => {
      // The inner hooks were bound to this very options object (before-after-hook), so each
      // attempt's signal is set on it in place: a copy passed to request() would be ignored.
      options.request = { ...options.request, signal };
      const response = await request(options);
      // Octokit hands back the text of a body that does not parse; every endpoint used here answers with JSON.
      if (response.status !== 204 && (typeof response.data !== 'object' || response.data === null)) {
        throw new ApiError('malformed', `the API's answer to ${options.method} ${pathOf(response.url)} is not the JSON expected`, response.status);
      }
      return response;
    }),
  );
  return octokit;
}

/**
 * undici, under octokit, parses HTTP with llhttp compiled to WebAssembly. V8 compiles it with its
 * baseline compiler, then recompiles the parser with its optimizing compiler on a background
 * thread, a job of a few hundred milliseconds on a runner's cores; a process does not exit before
 * that job ends, so the action, done after a handful of small answers, waited 80–150 ms at its
 * end for code it would never run. The baseline code parses a few kilobytes as fast. V8 reads the
 * flag when it compiles the module, at the first request: set here, before any.
 */
function parseHttpWithBaselineCode(): void {
  setFlagsFromString('--liftoff-only');
}

export async function githubCommentsApi(token: string, repository: Repository, policy: ApiPolicy, abandoned?: AbortSignal): Promise<CommentsApi> {
  const octokit = await resilientOctokit(token, policy, abandoned);
  return {
    async *listComments(issueNumber: number): AsyncIterable<readonly IssueComment[]> {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data) || !page.data.every((comment) => typeof comment?.id === 'number')) throw malformed('the comment list');
        yield page.data;
      }
    },
    async createComment(issueNumber: number, body: string) {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    },
    async updateComment(commentId: number, body: string) {
      await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    },
    viewerLogin: () => tokenLogin(octokit),
  };
}

/**
 * The login of the token's identity, or undefined when the answer has none. GraphQL's viewer
 * answers for every kind of token; REST `GET /user` refuses a GITHUB_TOKEN (403).
 */
async function tokenLogin(octokit: Awaited<ReturnType<typeof resilientOctokit>>): Promise<string | undefined> {
  const answer: unknown = await octokit.graphql('query { viewer { login } }');
  const login = (answer as { viewer?: { login?: unknown } } | null | undefined)?.viewer?.login;
  return typeof login === 'string' && login !== '' ? login : undefined;
}

/**
 * The git data endpoints publishing needs. Branch names are checked by the caller
 * (`isPublishableBranch`) to hold no character that would need escaping in a URL path.
 */
export async function githubGitDataApi(token: string, repository: Repository, policy: ApiPolicy): Promise<GitDataApi> {
  const octokit = await resilientOctokit(token, policy);
  const { owner, repo } = repository;
  return {
    async branchHead(branch: string) {
      try {
        const { data } = await octokit.request(`GET /repos/{owner}/{repo}/git/ref/heads/${branch}`, { owner, repo });
        return sha(data?.object?.sha, 'the branch reference');
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return undefined;
        throw error;
      }
    },
    async commitTree(commit: string) {
      const { data } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: commit });
      return sha(data?.tree?.sha, 'the commit');
    },
    async treeEntries(tree: string): Promise<TreeEntry[]> {
      const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree });
      const entries: unknown = data?.tree;
      if (!Array.isArray(entries)) throw malformed('the tree');
      return entries.map((entry: { path?: unknown; type?: unknown; sha?: unknown; size?: unknown }) => {
        if (typeof entry?.path !== 'string' || typeof entry.type !== 'string') throw malformed('a tree entry');
        return { path: entry.path, type: entry.type, sha: sha(entry.sha, 'a tree entry'), size: typeof entry.size === 'number' ? entry.size : undefined };
      });
    },
    async blobContent(blob: string) {
      const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: blob });
      if (typeof data?.content !== 'string' || (data.encoding !== 'base64' && data.encoding !== 'utf-8')) throw malformed('the blob');
      return data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content;
    },
    async createBlob(content: string) {
      const { data } = await octokit.rest.git.createBlob({ owner, repo, content, encoding: 'utf-8' });
      return sha(data?.sha, 'the new blob');
    },
    async createTree(changes: readonly TreeChange[], baseTree: string | undefined) {
      const tree = changes.map((change) => ({ path: change.path, mode: '100644' as const, type: 'blob' as const, sha: change.sha }));
      const { data } = await octokit.rest.git.createTree({ owner, repo, tree, ...(baseTree === undefined ? {} : { base_tree: baseTree }) });
      return sha(data?.sha, 'the new tree');
    },
    async createCommit(message: string, tree: string, parents: readonly string[]) {
      const { data } = await octokit.rest.git.createCommit({ owner, repo, message, tree, parents: [...parents] });
      return sha(data?.sha, 'the new commit');
    },
    async createBranch(branch: string, commit: string) {
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit });
    },
    async moveBranch(branch: string, commit: string) {
      // Never forced: if the branch moved meanwhile, this fails (422) and the next push publishes.
      await octokit.request(`PATCH /repos/{owner}/{repo}/git/refs/heads/${branch}`, { owner, repo, sha: commit, force: false });
    },
  };
}

/** The issue endpoints the evidence issue needs, and the token's identity (GraphQL `viewer`, which installation tokens may read, unlike REST `/user`). */
export async function githubIssuesApi(token: string, repository: Repository, policy: ApiPolicy): Promise<IssuesApi> {
  const octokit = await resilientOctokit(token, policy);
  return {
    async viewerLogin() {
      const login = await tokenLogin(octokit);
      if (login === undefined) throw malformed('the token\'s identity');
      return login;
    },
    async *listIssuesBy(creator: string): AsyncIterable<readonly IssueSummary[]> {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repository, creator, state: 'all', sort: 'created', direction: 'asc', per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data)) throw malformed('the issue list');
        yield page.data.map(issueSummary);
      }
    },
    async *listRecentlyUpdated(): AsyncIterable<readonly IssueSummary[]> {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repository, state: 'all', sort: 'updated', direction: 'desc', per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data)) throw malformed('the issue list');
        yield page.data.map(issueSummary);
      }
    },
    async createIssue(title: string, body: string) {
      const { data } = await octokit.rest.issues.create({ ...repository, title, body });
      if (typeof data?.number !== 'number') throw malformed('the new issue');
      return data.number;
    },
    async updateIssue(issueNumber: number, change: { readonly body: string; readonly state?: 'open' | 'closed' }) {
      const state = change.state === undefined ? {} : { state: change.state, ...(change.state === 'closed' ? { state_reason: 'completed' as const } : {}) };
      await octokit.rest.issues.update({ ...repository, issue_number: issueNumber, body: change.body, ...state });
    },
    async comment(issueNumber: number, body: string) {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    },
  };
}

function issueSummary(issue: { number?: unknown; state?: unknown; body?: unknown; user?: { login?: unknown } | null; pull_request?: unknown }): IssueSummary {
  if (typeof issue?.number !== 'number' || (issue.state !== 'open' && issue.state !== 'closed')) throw malformed('an issue');
  return {
    number: issue.number,
    state: issue.state,
    body: typeof issue.body === 'string' ? issue.body : '',
    author: typeof issue.user?.login === 'string' ? issue.user.login : undefined,
    pullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
  };
}

/** The path of a URL, without the host (the same for every request) or the query. */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return 'a request';
  }
}

function sha(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)) throw malformed(what);
  return value;
}

function malformed(what: string): ApiError {
  return new ApiError('malformed', `the API's answer for ${what} is not in the shape GitHub documents`);
}

/** `owner/name` as GITHUB_REPOSITORY writes it; undefined when it is not that. */
export function parseRepository(value: string | undefined): Repository | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}
