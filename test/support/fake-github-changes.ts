/**
 * A local stand-in for the GitHub REST endpoints `crosswalk collect github-changes` reads, answering
 * with GitHub's shapes: the repository, closed pull requests (filtered by base, sorted by update,
 * paginated with a `Link` header), one pull request, its reviews and commits, a commit's check
 * runs (`{ total_count, check_runs }`) and combined status, a branch's commits (`sha`, `since`,
 * `until`, newest first), the pull requests of a commit, and a branch's rules. It records every
 * request and can refuse on cue (a status with headers, a number of times), like GitHub's 401,
 * 403 with `x-ratelimit-remaining: 0`, 404 and 5xx.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReview {
  readonly by: string;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** Null for a pending review, which GitHub lists without a submission time. */
  readonly at: string | null;
  readonly commit: string;
}

export interface FakePullRequest {
  readonly number: number;
  readonly title: string;
  readonly author: string;
  readonly base: string;
  readonly head: string;
  /** Null: closed without merging. */
  readonly mergedAt: string | null;
  readonly mergedBy: string | null;
  readonly updatedAt: string;
  readonly mergeCommit: string | null;
  readonly reviews: readonly FakeReview[];
  /** The pull request's own commits (its branch). */
  readonly commits: readonly string[];
  /** Other commits GitHub associates with it: the copies a rebase merge wrote onto the base. */
  readonly associatedCommits: string[];
}

export interface FakeCommit {
  readonly sha: string;
  readonly message: string;
  /** The GitHub account the author email maps to; null when none does. */
  readonly login: string | null;
  readonly authorName: string;
  readonly committedAt: string;
  /** The branches it is reachable from. */
  readonly branches: readonly string[];
}

export interface FakeCheckRun {
  readonly name: string;
  readonly status: 'queued' | 'in_progress' | 'completed';
  readonly conclusion: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null;
}

export interface FakeRefusal {
  /** Requests whose `METHOD /path` (no query) matches. */
  readonly match: RegExp;
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /** How many matching requests it applies to; every one when absent. */
  times?: number;
}

export interface ChangesRepository {
  readonly owner: string;
  readonly repo: string;
  defaultBranch: string;
  readonly pulls: FakePullRequest[];
  readonly commits: FakeCommit[];
  readonly checkRuns: Map<string, FakeCheckRun[]>;
  /** Commit sha → the latest state of each status context. */
  readonly statuses: Map<string, { context: string; state: 'success' | 'failure' | 'error' | 'pending' }[]>;
  /** Branch → the rules GitHub answers for it. */
  readonly rules: Map<string, unknown[]>;
}

export interface FakeGitHubChanges {
  readonly url: string;
  readonly repository: ChangesRepository;
  /** `METHOD path?query` of every request, in order. */
  readonly requests: string[];
  readonly refusals: FakeRefusal[];
  /** The only token accepted; anything else gets 401. */
  token: string;
  close(): Promise<void>;
}

export async function startFakeGitHubChanges(owner = 'acme', repo = 'api'): Promise<FakeGitHubChanges> {
  const repository: ChangesRepository = { owner, repo, defaultBranch: 'main', pulls: [], commits: [], checkRuns: new Map(), statuses: new Map(), rules: new Map() };
  const fake = { repository, requests: [] as string[], refusals: [] as FakeRefusal[], token: 'test-token' };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    fake.requests.push(`${request.method} ${url.pathname}${url.search}`);
    request.resume();
    request.on('end', () => {
      const key = `${request.method} ${url.pathname}`;
      const refusal = fake.refusals.find((rule) => (rule.times === undefined || rule.times > 0) && rule.match.test(key));
      if (refusal !== undefined) {
        if (refusal.times !== undefined) refusal.times -= 1;
        return send(response, refusal.status, refusal.body ?? { message: `status ${refusal.status}` }, refusal.headers);
      }
      if (request.headers.authorization !== `token ${fake.token}`) return send(response, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
      if (request.method !== 'GET') return notFound(response);
      route(request, response, url);
    });
  });

  function route(request: IncomingMessage, response: ServerResponse, url: URL): void {
    const prefix = `/repos/${owner}/${repo}`;
    if (!url.pathname.startsWith(prefix)) return notFound(response);
    const path = url.pathname.slice(prefix.length);
    let match: RegExpExecArray | null;
    if (path === '') return send(response, 200, { full_name: `${owner}/${repo}`, default_branch: repository.defaultBranch, url: `https://api.github.com${prefix}` });
    if (path === '/pulls') {
      const state = url.searchParams.get('state') ?? 'open';
      const base = url.searchParams.get('base');
      const byUpdate = url.searchParams.get('sort') === 'updated';
      const ascending = url.searchParams.get('direction') === 'asc';
      const listed = repository.pulls
        .filter((pull) => (state === 'closed' || state === 'all') && (base === null || pull.base === base))
        .sort((a, b) => (byUpdate ? compare(a.updatedAt, b.updatedAt) || a.number - b.number : a.number - b.number) * (ascending ? 1 : -1));
      return sendPage(request, response, url, listed.map(pullShape));
    }
    if ((match = /^\/pulls\/(\d+)(\/reviews|\/commits)?$/.exec(path))) {
      const pull = repository.pulls.find((candidate) => candidate.number === Number(match![1]));
      if (pull === undefined) return notFound(response);
      if (match[2] === '/reviews') return sendPage(request, response, url, pull.reviews.map((review, index) => reviewShape(review, index, pull.number)));
      if (match[2] === '/commits') return sendPage(request, response, url, pull.commits.map((sha) => ({ sha, commit: { message: `work on #${pull.number}` } })));
      return send(response, 200, { ...pullShape(pull), merged: pull.mergedAt !== null, merged_by: pull.mergedBy === null ? null : userShape(pull.mergedBy) });
    }
    if ((match = /^\/commits\/([^/]+)\/check-runs$/.exec(path))) {
      const runs = (repository.checkRuns.get(match[1]!) ?? []).map((run, index) => ({ id: index + 1, head_sha: match![1], ...run }));
      return sendPage(request, response, url, runs, (page) => ({ total_count: runs.length, check_runs: page }));
    }
    if ((match = /^\/commits\/([^/]+)\/status$/.exec(path))) {
      const statuses = repository.statuses.get(match[1]!) ?? [];
      const state = statuses.some((status) => status.state === 'failure' || status.state === 'error') ? 'failure' : statuses.some((status) => status.state === 'pending') || statuses.length === 0 ? 'pending' : 'success';
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      return send(response, 200, { state, sha: match[1], total_count: statuses.length, statuses: statuses.slice((page - 1) * perPage, page * perPage), url: `https://api.github.com${prefix}/commits/${match[1]}/status` });
    }
    if ((match = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(path))) {
      const sha = match[1]!;
      const pulls = repository.pulls.filter((pull) => pull.mergeCommit === sha || pull.commits.includes(sha) || pull.associatedCommits.includes(sha));
      return sendPage(request, response, url, pulls.map(pullShape));
    }
    if (path === '/commits') {
      const branch = url.searchParams.get('sha') ?? repository.defaultBranch;
      if (!repository.commits.some((commit) => commit.branches.includes(branch)) && !repository.pulls.some((pull) => pull.base === branch)) return notFound(response, `No commit found for SHA: ${branch}`);
      const since = url.searchParams.get('since');
      const until = url.searchParams.get('until');
      const listed = repository.commits
        .filter((commit) => commit.branches.includes(branch) && (since === null || Date.parse(commit.committedAt) >= Date.parse(since)) && (until === null || Date.parse(commit.committedAt) <= Date.parse(until)))
        .sort((a, b) => compare(b.committedAt, a.committedAt) || compare(a.sha, b.sha));
      return sendPage(request, response, url, listed.map(commitShape));
    }
    if ((match = /^\/rules\/branches\/(.+)$/.exec(path))) {
      return sendPage(request, response, url, repository.rules.get(decodeURIComponent(match[1]!)) ?? []);
    }
    return notFound(response);
  }

  function pullShape(pull: FakePullRequest) {
    return {
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/${pull.number}`,
      number: pull.number,
      state: 'closed',
      title: pull.title,
      user: userShape(pull.author),
      created_at: pull.updatedAt,
      updated_at: pull.updatedAt,
      closed_at: pull.mergedAt ?? pull.updatedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommit,
      head: { ref: `topic-${pull.number}`, sha: pull.head },
      base: { ref: pull.base, sha: '0'.repeat(40) },
    };
  }

  function reviewShape(review: FakeReview, index: number, pullNumber: number) {
    return {
      id: pullNumber * 1000 + index,
      user: userShape(review.by),
      body: '',
      state: review.state,
      ...(review.at === null ? {} : { submitted_at: review.at }),
      commit_id: review.commit,
    };
  }

  function commitShape(commit: FakeCommit) {
    return {
      sha: commit.sha,
      commit: { message: commit.message, author: { name: commit.authorName, date: commit.committedAt }, committer: { name: commit.authorName, date: commit.committedAt } },
      author: commit.login === null ? null : userShape(commit.login),
      committer: commit.login === null ? null : userShape(commit.login),
      parents: [],
    };
  }

  /** A page of `items` as `per_page` and `page` ask, with GitHub's Link header to the next and last. */
  function sendPage(request: IncomingMessage, response: ServerResponse, url: URL, items: readonly unknown[], wrap: (page: unknown[]) => unknown = (page) => page): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const link = (number: number) => {
        const target = new URL(url);
        target.searchParams.set('page', String(number));
        return `<http://${request.headers.host}${target.pathname}${target.search}>`;
      };
      headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
    }
    send(response, 200, wrap(items.slice((page - 1) * perPage, page * perPage)), headers);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  });
}

const userShape = (login: string) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function notFound(response: ServerResponse, message = 'Not Found'): void {
  send(response, 404, { message, documentation_url: 'https://docs.github.com/rest', status: '404' });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
