/**
 * The GitHub REST endpoints a change population is collected from, on @actions/github's octokit
 * (pagination by `Link`, the base URL given, so GitHub Enterprise Server works unchanged). Every
 * request goes through one `ApiSession` (5xx retried with back-off), and every refusal becomes an
 * `ApiError` saying what to do: which token permission is missing, or when the rate limit resets.
 * Answers are checked for the fields crosswalk reads.
 */
import { getOctokit } from '@actions/github';
import { ApiError, apiSession, type ApiPolicy } from '../action/api-requests.js';

export interface PullRequestSummary {
  readonly number: number;
  readonly title: string;
  readonly author: string;
  readonly mergedAt: string | null;
  readonly updatedAt: string;
  readonly base: string;
  readonly head: string;
  readonly mergeCommit: string | null;
}

export interface Review {
  readonly by: string;
  readonly state: string;
  readonly submittedAt: string | null;
  readonly commit: string;
}

export interface CheckRun {
  readonly status: string;
  readonly conclusion: string | null;
}

export interface BranchCommit {
  readonly sha: string;
  readonly title: string;
  readonly author: string;
  readonly committedAt: string;
}

export interface AssociatedPullRequest {
  readonly mergedAt: string | null;
  readonly base: string;
}

/** The requests collection makes; `requests` counts every one sent (pages and retries included). */
export interface ChangesApi {
  readonly apiUrl: string;
  readonly requests: number;
  defaultBranch(): Promise<string>;
  closedPullRequests(branch: string): AsyncIterable<readonly PullRequestSummary[]>;
  mergedBy(pullNumber: number): Promise<string | null>;
  reviews(pullNumber: number): Promise<Review[]>;
  pullRequestCommits(pullNumber: number): Promise<string[]>;
  checkRuns(commit: string): Promise<CheckRun[]>;
  /** The latest status of each context (the combined status). */
  statuses(commit: string): Promise<string[]>;
  branchCommits(branch: string, since: string, until: string): AsyncIterable<readonly BranchCommit[]>;
  pullRequestsOfCommit(commit: string): Promise<AssociatedPullRequest[]>;
  branchRules(branch: string): Promise<unknown[]>;
}

/**
 * A long collection is many requests: each has its own timeout and retries, with no deadline for
 * the whole (the defaults of the action's policy would stop a large quarter after a minute).
 */
export function collectionPolicy(env: NodeJS.ProcessEnv): ApiPolicy {
  const milliseconds = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isInteger(value) && value >= 0 ? Math.min(value, 300_000) : fallback;
  };
  return {
    requestTimeoutMs: Math.max(1, milliseconds('CROSSWALK_API_TIMEOUT_MS', 30_000)),
    maxRetries: 3,
    maxTotalWaitMs: milliseconds('CROSSWALK_API_MAX_WAIT_MS', 120_000),
    sessionTimeMs: Number.POSITIVE_INFINITY,
  };
}

export async function githubChangesApi(options: { token: string; apiUrl: string; owner: string; repo: string; policy: ApiPolicy }): Promise<ChangesApi> {
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl });
  const session = apiSession(options.policy);
  const repository = { owner: options.owner, repo: options.repo };
  const fullName = `${options.owner}/${options.repo}`;
  let requests = 0;
  octokit.hook.wrap('request', (request, requestOptions) =>
    session.send(async (signal) => {
      requests += 1;
      // The inner hooks were bound to this very options object, so the signal is set on it in place.
      requestOptions.request = { ...requestOptions.request, signal };
      try {
        const response = await request(requestOptions);
        if (typeof response.data !== 'object' || response.data === null) throw malformed(`the answer to ${pathOf(String(requestOptions.url))}`);
        return response;
      } catch (error) {
        throw refusal(error, concreteUrl(octokit.request, requestOptions), fullName) ?? error;
      }
    }),
  );

  /** Every page's entries, read. */
  async function all<T>(pages: AsyncIterable<{ data: unknown }>, read: (entry: Record<string, unknown>) => T, what: string): Promise<T[]> {
    const entries: T[] = [];
    for await (const page of pages) entries.push(...list(page.data, what).map(read));
    return entries;
  }
  const pages = (route: string, parameters: Record<string, unknown>) => octokit.paginate.iterator(route, { ...repository, ...parameters, per_page: 100 });

  return {
    apiUrl: options.apiUrl,
    get requests() {
      return requests;
    },
    async defaultBranch() {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}', repository);
      return text((data as { default_branch?: unknown }).default_branch, 'the repository');
    },
    async *closedPullRequests(branch) {
      const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls', { ...repository, state: 'closed', base: branch, sort: 'updated', direction: 'desc', per_page: 100 });
      for await (const page of pages) yield list(page.data, 'the pull request list').map(pullRequestSummary);
    },
    async mergedBy(pullNumber) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repository, pull_number: pullNumber });
      const login: unknown = (data as { merged_by?: { login?: unknown } | null }).merged_by?.login;
      return typeof login === 'string' ? login : null;
    },
    reviews: (pullNumber) => all(pages('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { pull_number: pullNumber }), review, 'the review list'),
    pullRequestCommits: (pullNumber) => all(pages('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { pull_number: pullNumber }), (entry) => sha(entry.sha, 'a commit'), 'the commit list'),
    checkRuns: (commit) => all(pages('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ref: commit }), checkRun, 'the check runs'),
    async statuses(commit) {
      const states: string[] = [];
      for (let page = 1; ; page += 1) {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/status', { ...repository, ref: commit, per_page: 100, page });
        const statuses = list((data as { statuses?: unknown }).statuses, 'the combined status');
        states.push(...statuses.map((status) => text(status.state, 'a status')));
        const total = (data as { total_count?: unknown }).total_count;
        if (statuses.length < 100 || typeof total !== 'number' || states.length >= total) return states;
      }
    },
    async *branchCommits(branch, since, until) {
      const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/commits', { ...repository, sha: branch, since, until, per_page: 100 });
      for await (const page of pages) yield list(page.data, 'the commit list').map(branchCommit);
    },
    pullRequestsOfCommit: (commit) =>
      all(pages('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { commit_sha: commit }), (entry) => {
        const summary = pullRequestSummary(entry);
        return { mergedAt: summary.mergedAt, base: summary.base };
      }, 'the pull requests of a commit'),
    async branchRules(branch) {
      return all(pages('GET /repos/{owner}/{repo}/rules/branches/{branch}', { branch }), (entry) => entry, 'the branch rules');
    },
  };
}

/**
 * What a 401, 403, 404 or spent rate limit means for this request, or undefined when the error
 * is another (5xx and short waits are the session's to retry).
 */
function refusal(error: unknown, url: string, repository: string): ApiError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, response } = error as { status?: unknown; response?: { headers?: Record<string, string | number | undefined> } };
  if (typeof status !== 'number' || response === undefined) return undefined;
  const headers = response.headers ?? {};
  const request = `GET ${pathOf(url)}`;
  if ((status === 403 || status === 429) && String(headers['x-ratelimit-remaining'] ?? '') === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const until = Number.isFinite(reset) && reset > 0 ? `until ${new Date(reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')}` : 'for now';
    return new ApiError('rate-limited', `the API's rate limit for this token is spent ${until} (${request} answered ${status}); run again after that`, status);
  }
  if (status === 401) return new ApiError('http', `GitHub refused the token (${request} answered 401): it is invalid or has expired`, status);
  if (status === 403 && headers['retry-after'] === undefined) {
    return new ApiError('http', `the token may not read this (${request} answered 403): it needs ${permissionFor(url)} on ${repository}`, status);
  }
  if (status === 404) {
    return new ApiError('http', `${request} answered 404: ${repository} or its branch does not exist, or the token cannot see it (it needs ${permissionFor(url)} on ${repository})`, status);
  }
  return undefined;
}

/** The URL a request went to, its parameters filled in (the options hold the route's template). */
function concreteUrl(request: unknown, options: { url?: unknown }): string {
  try {
    const parse = (request as { endpoint?: { parse?: (options: unknown) => { url: string } } }).endpoint?.parse;
    if (parse) return parse(options).url;
  } catch {
    // The template is still worth naming.
  }
  return String(options.url);
}

/** The fine-grained permission (or GitHub App permission) an endpoint needs. */
function permissionFor(url: string): string {
  const path = pathOf(url);
  if (/\/check-runs$/.test(path)) return '`checks: read`';
  if (/\/status$/.test(path)) return '`statuses: read`';
  if (/\/rules\/branches\//.test(path)) return '`metadata: read`';
  if (/\/pulls(\/|$)/.test(path)) return '`pull-requests: read`';
  return '`contents: read`';
}

function pullRequestSummary(entry: Record<string, unknown>): PullRequestSummary {
  const user = entry.user as { login?: unknown } | null | undefined;
  const base = entry.base as { ref?: unknown } | undefined;
  const head = entry.head as { sha?: unknown } | undefined;
  if (typeof entry.number !== 'number') throw malformed('a pull request');
  return {
    number: entry.number,
    title: typeof entry.title === 'string' ? entry.title : '',
    author: typeof user?.login === 'string' ? user.login : 'ghost',
    mergedAt: entry.merged_at === null || entry.merged_at === undefined ? null : timestamp(entry.merged_at, 'a merge time'),
    updatedAt: timestamp(entry.updated_at, 'a pull request'),
    base: text(base?.ref, 'a pull request\'s base'),
    head: sha(head?.sha, 'a pull request\'s head'),
    mergeCommit: typeof entry.merge_commit_sha === 'string' ? entry.merge_commit_sha : null,
  };
}

function review(entry: Record<string, unknown>): Review {
  const user = entry.user as { login?: unknown } | null | undefined;
  return {
    by: typeof user?.login === 'string' ? user.login : 'ghost',
    state: text(entry.state, 'a review'),
    submittedAt: entry.submitted_at === null || entry.submitted_at === undefined ? null : timestamp(entry.submitted_at, 'a review'),
    commit: typeof entry.commit_id === 'string' ? entry.commit_id : '',
  };
}

function checkRun(entry: Record<string, unknown>): CheckRun {
  return { status: text(entry.status, 'a check run'), conclusion: typeof entry.conclusion === 'string' ? entry.conclusion : null };
}

function branchCommit(entry: Record<string, unknown>): BranchCommit {
  const commit = entry.commit as { message?: unknown; author?: { name?: unknown } | null; committer?: { date?: unknown } | null } | undefined;
  const author = entry.author as { login?: unknown } | null | undefined;
  const message = typeof commit?.message === 'string' ? commit.message : '';
  return {
    sha: sha(entry.sha, 'a commit'),
    title: message.split('\n', 1)[0] ?? '',
    author: typeof author?.login === 'string' ? author.login : typeof commit?.author?.name === 'string' ? commit.author.name : 'unknown',
    committedAt: timestamp(commit?.committer?.date, 'a commit'),
  };
}

function list(value: unknown, what: string): Record<string, unknown>[] {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'object' && entry !== null)) throw malformed(what);
  return value as Record<string, unknown>[];
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw malformed(what);
  return value;
}

function sha(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)) throw malformed(what);
  return value;
}

/** An API time as ISO UTC to the second, the way the document writes every time. */
function timestamp(value: unknown, what: string): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw malformed(what);
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://api.invalid').pathname;
  } catch {
    return url;
  }
}

function malformed(what: string): ApiError {
  return new ApiError('malformed', `the API's answer for ${what} is not in the shape GitHub documents`);
}
