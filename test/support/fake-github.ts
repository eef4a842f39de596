/**
 * A small stand-in for the GitHub REST API, enough for crosswalk's pull-request comment:
 * list (paginated like GitHub, with a Link header), create and update issue comments. It keeps
 * comments in memory, records every request, and can play a read-only token (403 on writes),
 * as a pull request from a fork gets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path and query, as the client sent them. */
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakeGitHub {
  /** What GITHUB_API_URL should be. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Comments per issue number, oldest first. */
  readonly comments: Map<number, StoredComment[]>;
  /** Answer writes with 403, like a fork's read-only GITHUB_TOKEN. */
  readOnly: boolean;
  addComment(issue: number, body: string, login?: string): StoredComment;
  close(): Promise<void>;
}

const botUser = { login: 'github-actions[bot]', type: 'Bot' };

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: Omit<FakeGitHub, 'url' | 'close'> = {
    requests: [],
    comments: new Map(),
    readOnly: false,
    addComment(issue, body, login = botUser.login) {
      const now = new Date().toISOString();
      const comment = { id: nextId++, body, user: login === botUser.login ? botUser : { login, type: 'User' }, created_at: now, updated_at: now };
      fake.comments.set(issue, [...(fake.comments.get(issue) ?? []), comment]);
      return comment;
    },
  };

  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const body = text === '' ? undefined : (JSON.parse(text) as unknown);
      fake.requests.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body });
      route(request, response, body);
    });
  });

  function route(request: IncomingMessage, response: ServerResponse, body: unknown): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (request.headers.authorization === undefined) return send(response, 401, { message: 'Requires authentication' });

    if (list && request.method === 'GET') {
      const comments = fake.comments.get(Number(list[3])) ?? [];
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const headers: Record<string, string> = {};
      if (page * perPage < comments.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        next.host = request.headers.host ?? next.host;
        headers.link = `<${next.href}>; rel="next"`;
      }
      return send(response, 200, comments.slice((page - 1) * perPage, page * perPage), headers);
    }
    if (list && request.method === 'POST') {
      if (fake.readOnly) return forbidden(response);
      return send(response, 201, fake.addComment(Number(list[3]), (body as { body: string }).body));
    }
    if (one && request.method === 'PATCH') {
      if (fake.readOnly) return forbidden(response);
      const comment = [...fake.comments.values()].flat().find((candidate) => candidate.id === Number(one[3]));
      if (!comment) return send(response, 404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      comment.updated_at = new Date().toISOString();
      return send(response, 200, comment);
    }
    return send(response, 404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  });
}

function forbidden(response: ServerResponse): void {
  send(response, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments', status: '403' });
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
