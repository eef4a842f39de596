/**
 * A small stand-in for the GitHub REST API, enough for crosswalk: issue comments (list, paginated
 * like GitHub with a Link header; create; update, each with its author), issues (list by creator
 * and state, paginated; create; update body and state), GraphQL's `viewer` (who the token is) and
 * the git data API (refs, commits, trees, blobs, read and written) that badge publishing uses. It keeps everything in memory, records every request, can
 * play a read-only token (403 on writes) as a pull request from a fork gets, and can misbehave
 * on cue: hang, answer 5xx, 403, 404, 429 with retry-after, or malformed JSON.
 *
 * Blob shas are git's own (sha1 of `blob <len>\0<content>`), as crosswalk computes them to tell
 * whether a file changed; tree and commit shas are stable hashes of their content.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as the client sent them. */
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
  /** When it arrived (Date.now()). */
  readonly at: number;
}

export interface StoredComment {
  id: number;
  body: string;
  user: Author;
  created_at: string;
  updated_at: string;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: { login: string; type: string };
  /** Set on pull requests, which the issues API lists too. */
  pull_request?: { url: string };
  created_at: string;
  updated_at: string;
}

/** What the server does instead of answering properly. */
export type Misbehaviour =
  | { readonly kind: 'hang' }
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Record<string, string>; readonly body?: unknown }
  | { readonly kind: 'malformed-json' };

export interface MisbehaviourRule {
  readonly misbehaviour: Misbehaviour;
  /** Only requests whose `METHOD /path` (no query) matches; every request when absent. */
  readonly match?: RegExp;
  /** How many matching requests it applies to; every one when absent. */
  times?: number;
}

interface TreeItem {
  readonly mode: string;
  readonly type: 'blob' | 'tree';
  readonly sha: string;
}

interface StoredCommit {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly message: string;
}

export interface FakeGitHub {
  /** What GITHUB_API_URL should be. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Comments per issue number, oldest first. */
  readonly comments: Map<number, StoredComment[]>;
  /** Issues (and pull requests) by number. */
  readonly issues: Map<number, StoredIssue>;
  /** Answer writes with 403, like a fork's read-only GITHUB_TOKEN. */
  readOnly: boolean;
  /** Who the token is: the author of the comments it creates, and GraphQL's `viewer`. A GITHUB_TOKEN's bot by default. */
  viewer: Author;
  /** Answer GraphQL with an error, as an API without it (or a token without access) would. */
  graphqlFails: boolean;
  /** The issues list's creator filter finds nothing for a bot login, as some servers' does. */
  creatorFilterMissesBots: boolean;
  /** Applied in order, before the normal routes; a rule whose `times` runs out is skipped. */
  readonly misbehaviours: MisbehaviourRule[];
  /** Every answer waits this long, as from an API a network away (github.com answers in ~100 ms); 0 by default. */
  latencyMs: number;
  /** Branch name → commit sha. */
  readonly branches: Map<string, string>;
  readonly commits: Map<string, StoredCommit>;
  /** A comment as if posted by `author`: a login (a User, or a Bot when it ends in `[bot]`) or an explicit author. */
  addComment(issue: number, body: string, author?: string | Author): StoredComment;
  /** An issue opened by `login` (the token's identity by default), as if made through the web. */
  addIssue(options: { title: string; body: string; login?: string; state?: 'open' | 'closed'; pullRequest?: boolean }): StoredIssue;
  /** The text of the file at `path` on `branch`; undefined when there is none. */
  readFile(branch: string, path: string): string | undefined;
  /** Paths of every file on `branch`, sorted. */
  listFiles(branch: string): string[];
  /** A branch with these files in one commit, as if pushed. */
  addBranch(branch: string, files: Record<string, string>): string;
  close(): Promise<void>;
}

export interface Author {
  readonly login: string;
  readonly type: 'User' | 'Bot' | 'Organization';
}

const botUser: Author = { login: 'github-actions[bot]', type: 'Bot' };
const authorOf = (author: string | Author): Author => (typeof author === 'string' ? { login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' } : author);
const sha1 = (text: string | Buffer) => createHash('sha1').update(text).digest('hex');
export const gitBlobSha = (content: Buffer) => sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));

/** A login's user object: `[bot]` logins are Bots, as on GitHub. */
const userOf = (login: string) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  let nextIssueNumber = 1;
  const blobs = new Map<string, Buffer>();
  const trees = new Map<string, Map<string, TreeItem>>();
  const hanging = new Set<ServerResponse>();

  function storeTree(entries: Map<string, TreeItem>): string {
    const sorted = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const sha = sha1(`tree\0${JSON.stringify(sorted)}`);
    trees.set(sha, new Map(sorted));
    return sha;
  }

  function storeBlob(content: Buffer): string {
    const sha = gitBlobSha(content);
    blobs.set(sha, content);
    return sha;
  }

  /** Sets (or with sha null, removes) the blob at `path` below `tree`, returning the new tree's sha. */
  function withFile(tree: Map<string, TreeItem>, path: string, sha: string | null): string {
    const [name, ...rest] = path.split('/');
    const entries = new Map(tree);
    if (rest.length === 0) {
      if (sha === null) entries.delete(name!);
      else entries.set(name!, { mode: '100644', type: 'blob', sha });
    } else {
      const existing = entries.get(name!);
      const subtree = existing?.type === 'tree' ? trees.get(existing.sha)! : new Map<string, TreeItem>();
      const child = withFile(subtree, rest.join('/'), sha);
      if (trees.get(child)!.size === 0) entries.delete(name!);
      else entries.set(name!, { mode: '040000', type: 'tree', sha: child });
    }
    return storeTree(entries);
  }

  function storeCommit(tree: string, parents: readonly string[], message: string): StoredCommit {
    const commit = { sha: sha1(`commit\0${JSON.stringify({ tree, parents, message })}`), tree, parents, message };
    fake.commits.set(commit.sha, commit);
    return commit;
  }

  function filesOf(treeSha: string, prefix = ''): Map<string, string> {
    const files = new Map<string, string>();
    for (const [name, item] of trees.get(treeSha) ?? []) {
      if (item.type === 'blob') files.set(`${prefix}${name}`, item.sha);
      else for (const [path, sha] of filesOf(item.sha, `${prefix}${name}/`)) files.set(path, sha);
    }
    return files;
  }

  const emptyTree = storeTree(new Map());

  const fake: Omit<FakeGitHub, 'url' | 'close'> = {
    requests: [],
    comments: new Map(),
    issues: new Map(),
    readOnly: false,
    viewer: botUser,
    graphqlFails: false,
    creatorFilterMissesBots: false,
    misbehaviours: [],
    latencyMs: 0,
    branches: new Map(),
    commits: new Map(),
    addComment(issue, body, author = botUser) {
      const now = new Date().toISOString();
      const comment = { id: nextId++, body, user: { ...authorOf(author) }, created_at: now, updated_at: now };
      fake.comments.set(issue, [...(fake.comments.get(issue) ?? []), comment]);
      return comment;
    },
    addIssue({ title, body, login = fake.viewer.login, state = 'open', pullRequest = false }) {
      const now = new Date().toISOString();
      const number = nextIssueNumber++;
      const issue: StoredIssue = { number, title, body, state, state_reason: state === 'closed' ? 'completed' : null, user: userOf(login), created_at: now, updated_at: now };
      if (pullRequest) issue.pull_request = { url: `https://api.github.com/repos/northwind/compliance/pulls/${number}` };
      fake.issues.set(number, issue);
      return issue;
    },
    readFile(branch, path) {
      const head = fake.branches.get(branch);
      const sha = head === undefined ? undefined : filesOf(fake.commits.get(head)!.tree).get(path);
      return sha === undefined ? undefined : blobs.get(sha)!.toString('utf8');
    },
    listFiles(branch) {
      const head = fake.branches.get(branch);
      return head === undefined ? [] : [...filesOf(fake.commits.get(head)!.tree).keys()].sort();
    },
    addBranch(branch, files) {
      let tree = emptyTree;
      for (const [path, text] of Object.entries(files)) tree = withFile(trees.get(tree)!, path, storeBlob(Buffer.from(text)));
      const commit = storeCommit(tree, [], `seed ${branch}`);
      fake.branches.set(branch, commit.sha);
      return commit.sha;
    },
  };

  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      let body: unknown;
      try {
        body = text === '' ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return send(response, 400, { message: 'Problems parsing JSON' });
      }
      fake.requests.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body, at: Date.now() });
      const answer = () => {
        if (misbehave(request, response)) return;
        route(request, response, body);
      };
      if (fake.latencyMs > 0) setTimeout(answer, fake.latencyMs);
      else answer();
    });
  });

  function misbehave(request: IncomingMessage, response: ServerResponse): boolean {
    const key = `${request.method} ${new URL(request.url ?? '/', 'http://127.0.0.1').pathname}`;
    const rule = fake.misbehaviours.find((candidate) => (candidate.times === undefined || candidate.times > 0) && (candidate.match === undefined || candidate.match.test(key)));
    if (rule === undefined) return false;
    if (rule.times !== undefined) rule.times -= 1;
    const { misbehaviour } = rule;
    if (misbehaviour.kind === 'hang') {
      // Never answer; close() ends the connection.
      hanging.add(response);
    } else if (misbehaviour.kind === 'malformed-json') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end('{"id": 1, "body": "truncated');
    } else {
      send(response, misbehaviour.status, misbehaviour.body ?? { message: `status ${misbehaviour.status}` }, misbehaviour.headers);
    }
    return true;
  }

  function route(request: IncomingMessage, response: ServerResponse, body: unknown): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.headers.authorization === undefined) return send(response, 401, { message: 'Requires authentication' });
    if (url.pathname === '/graphql' && request.method === 'POST') return graphql(response, body);
    const git = /^\/repos\/[^/]+\/[^/]+\/git\/(.+)$/.exec(url.pathname);
    if (git) return routeGit(request.method ?? '', git[1]!, response, body);
    const issues = /^\/repos\/[^/]+\/[^/]+\/issues(?:\/(\d+))?$/.exec(url.pathname);
    if (issues) return routeIssues(request, response, url, issues[1] === undefined ? undefined : Number(issues[1]), body);

    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && request.method === 'GET') return sendPage(request, response, url, fake.comments.get(Number(list[3])) ?? []);
    if (list && request.method === 'POST') {
      if (fake.readOnly) return forbidden(response);
      return send(response, 201, fake.addComment(Number(list[3]), (body as { body: string }).body, fake.viewer));
    }
    if (one && request.method === 'PATCH') {
      if (fake.readOnly) return forbidden(response);
      const comment = [...fake.comments.values()].flat().find((candidate) => candidate.id === Number(one[3]));
      if (!comment) return notFound(response);
      comment.body = (body as { body: string }).body;
      comment.updated_at = new Date().toISOString();
      return send(response, 200, comment);
    }
    return notFound(response);
  }

  /** GraphQL, as far as `viewer { login }` goes: GitHub answers it for every kind of token. */
  function graphql(response: ServerResponse, body: unknown): void {
    const query = String((body as { query?: unknown } | undefined)?.query ?? '');
    if (fake.graphqlFails || !/\bviewer\s*\{\s*login\s*\}/.test(query)) return send(response, 200, { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
    send(response, 200, { data: { viewer: { login: fake.viewer.login } } });
  }

  /** `GET|POST /repos/{owner}/{repo}/issues` and `PATCH /repos/{owner}/{repo}/issues/{number}`. */
  function routeIssues(request: IncomingMessage, response: ServerResponse, url: URL, issueNumber: number | undefined, body: unknown): void {
    const input = (body ?? {}) as Record<string, unknown>;
    if (issueNumber === undefined && request.method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const creator = url.searchParams.get('creator');
      const ascending = url.searchParams.get('direction') === 'asc';
      const byUpdate = url.searchParams.get('sort') === 'updated';
      // A server whose creator filter misses bot logins lists nothing for them.
      const matchesCreator = (login: string) => creator === null || (login === creator && !(fake.creatorFilterMissesBots && login.endsWith('[bot]')));
      const listed = [...fake.issues.values()]
        .filter((issue) => (state === 'all' || issue.state === state) && matchesCreator(issue.user.login))
        .sort((a, b) => (byUpdate ? a.updated_at.localeCompare(b.updated_at) || a.number - b.number : a.number - b.number) * (ascending ? 1 : -1));
      return sendPage(request, response, url, listed);
    }
    if (issueNumber === undefined && request.method === 'POST') {
      if (fake.readOnly) return forbidden(response);
      if (typeof input.title !== 'string' || input.title === '') return unprocessable(response, 'title is required');
      return send(response, 201, fake.addIssue({ title: input.title, body: String(input.body ?? '') }));
    }
    if (issueNumber !== undefined && request.method === 'PATCH') {
      if (fake.readOnly) return forbidden(response);
      const issue = fake.issues.get(issueNumber);
      if (issue === undefined) return notFound(response);
      if (input.state !== undefined && input.state !== 'open' && input.state !== 'closed') return unprocessable(response, 'state must be open or closed');
      if (typeof input.title === 'string') issue.title = input.title;
      if (typeof input.body === 'string') issue.body = input.body;
      if (input.state !== undefined) {
        issue.state = input.state as 'open' | 'closed';
        issue.state_reason = issue.state === 'closed' ? String(input.state_reason ?? 'completed') : 'reopened';
      }
      issue.updated_at = new Date().toISOString();
      return send(response, 200, issue);
    }
    return notFound(response);
  }

  /** A page of `items` as `per_page` and `page` ask, with GitHub's Link header to the next. */
  function sendPage(request: IncomingMessage, response: ServerResponse, url: URL, items: readonly unknown[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      next.host = request.headers.host ?? next.host;
      headers.link = `<${next.href}>; rel="next"`;
    }
    return send(response, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  /** The git data endpoints, after `/repos/{owner}/{repo}/git/`. */
  function routeGit(method: string, path: string, response: ServerResponse, body: unknown): void {
    const writes = method !== 'GET';
    if (writes && fake.readOnly) return forbidden(response);
    const input = (body ?? {}) as Record<string, unknown>;
    let match: RegExpExecArray | null;

    if (method === 'GET' && (match = /^ref\/heads\/(.+)$/.exec(path))) {
      const sha = fake.branches.get(match[1]!);
      return sha === undefined ? notFound(response) : send(response, 200, { ref: `refs/heads/${match[1]}`, object: { sha, type: 'commit' } });
    }
    if (method === 'POST' && path === 'refs') {
      const ref = String(input.ref);
      if (!ref.startsWith('refs/heads/') || !fake.commits.has(String(input.sha))) return unprocessable(response, 'Invalid request');
      const branch = ref.slice('refs/heads/'.length);
      if (fake.branches.has(branch)) return unprocessable(response, 'Reference already exists');
      fake.branches.set(branch, String(input.sha));
      return send(response, 201, { ref, object: { sha: input.sha, type: 'commit' } });
    }
    if (method === 'PATCH' && (match = /^refs\/heads\/(.+)$/.exec(path))) {
      const branch = match[1]!;
      const current = fake.branches.get(branch);
      const commit = fake.commits.get(String(input.sha));
      if (current === undefined || commit === undefined) return unprocessable(response, 'Reference does not exist');
      if (input.force !== true && !commit.parents.includes(current)) return unprocessable(response, 'Update is not a fast forward');
      fake.branches.set(branch, commit.sha);
      return send(response, 200, { ref: `refs/heads/${branch}`, object: { sha: commit.sha, type: 'commit' } });
    }
    if (method === 'GET' && (match = /^commits\/([0-9a-f]{40})$/.exec(path))) {
      const commit = fake.commits.get(match[1]!);
      if (commit === undefined) return notFound(response);
      return send(response, 200, { sha: commit.sha, tree: { sha: commit.tree }, parents: commit.parents.map((sha) => ({ sha })), message: commit.message });
    }
    if (method === 'POST' && path === 'commits') {
      const tree = String(input.tree);
      const parents = (input.parents ?? []) as string[];
      if (!trees.has(tree) || !parents.every((parent) => fake.commits.has(parent))) return unprocessable(response, 'Invalid tree or parent');
      const commit = storeCommit(tree, parents, String(input.message));
      return send(response, 201, { sha: commit.sha, tree: { sha: commit.tree }, parents: commit.parents.map((sha) => ({ sha })), message: commit.message });
    }
    if (method === 'GET' && (match = /^trees\/([0-9a-f]{40})$/.exec(path))) {
      const tree = trees.get(match[1]!);
      if (tree === undefined) return notFound(response);
      const entries = [...tree.entries()].map(([name, item]) => ({ path: name, ...item, ...(item.type === 'blob' ? { size: blobs.get(item.sha)!.length } : {}) }));
      return send(response, 200, { sha: match[1], tree: entries, truncated: false });
    }
    if (method === 'POST' && path === 'trees') {
      const base = input.base_tree === undefined ? emptyTree : String(input.base_tree);
      if (!trees.has(base)) return unprocessable(response, 'Invalid base_tree');
      let tree = base;
      for (const entry of (input.tree ?? []) as { path: string; sha?: string | null; content?: string }[]) {
        const sha = entry.content !== undefined ? storeBlob(Buffer.from(entry.content)) : (entry.sha ?? null);
        if (sha !== null && !blobs.has(sha)) return unprocessable(response, `Invalid sha for ${entry.path}`);
        tree = withFile(trees.get(tree)!, entry.path, sha);
      }
      return send(response, 201, { sha: tree, tree: [], truncated: false });
    }
    if (method === 'GET' && (match = /^blobs\/([0-9a-f]{40})$/.exec(path))) {
      const blob = blobs.get(match[1]!);
      if (blob === undefined) return notFound(response);
      return send(response, 200, { sha: match[1], size: blob.length, encoding: 'base64', content: blob.toString('base64').replace(/(.{60})/g, '$1\n') });
    }
    if (method === 'POST' && path === 'blobs') {
      const content = input.encoding === 'base64' ? Buffer.from(String(input.content), 'base64') : Buffer.from(String(input.content), 'utf8');
      return send(response, 201, { sha: storeBlob(content), url: `/git/blobs/${gitBlobSha(content)}` });
    }
    return notFound(response);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  });
}

function forbidden(response: ServerResponse): void {
  send(response, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
}

function notFound(response: ServerResponse): void {
  send(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
}

function unprocessable(response: ServerResponse, message: string): void {
  send(response, 422, { message, documentation_url: 'https://docs.github.com/rest', status: '422' });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
