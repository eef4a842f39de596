/**
 * A self-hosted runner behind a proxy: the bundled action reaches the API through HTTP_PROXY, as
 * @actions/http-client arranges (undici's ProxyAgent, which the bundle loads only when a proxy is
 * set), and straight where NO_PROXY says so. The API's host name is one only the proxy can
 * reach, so a request that skipped the proxy could not land. Needs a built dist/; tests never build.
 */
import { createServer, type Server } from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { passingRepo } from './support/fixtures.js';
import { pullRequestPayload, runAction, workspaceFrom } from './support/run-action.js';

/** A forward proxy that tunnels CONNECT to the fake API on 127.0.0.1, whatever host was asked for, and records what was asked. */
async function startTunnellingProxy(port: number): Promise<{ url: string; tunnels: string[]; close: () => Promise<void> }> {
  const tunnels: string[] = [];
  const sockets = new Set<net.Socket>();
  const server: Server = createServer((_, response) => response.writeHead(405).end());
  server.on('connect', (request, client: net.Socket, head: Buffer) => {
    tunnels.push(request.url ?? '');
    sockets.add(client);
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: own } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${own}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('the action behind a proxy', () => {
  let github: FakeGitHub;
  let proxy: Awaited<ReturnType<typeof startTunnellingProxy>>;
  beforeAll(async () => {
    github = await startFakeGitHub();
    proxy = await startTunnellingProxy(Number(new URL(github.url).port));
  });
  afterAll(async () => {
    await proxy.close();
    await github.close();
  });

  it('comments on the pull request through HTTP_PROXY, to an API host only the proxy reaches', async () => {
    const apiPort = new URL(github.url).port;
    const run = await runAction({
      workspace: await workspaceFrom(undefined, await passingRepo()),
      eventName: 'pull_request',
      eventPayload: pullRequestPayload({ number: 31, headSha: '7777777777777777777777777777777777777777', baseSha: '8888888888888888888888888888888888888888' }),
      inputs: { 'self-judge-when-base-unreadable': 'true' },
      // `.invalid` never resolves (RFC 6761): only the proxy, which sends every tunnel to the fake API, gets there.
      apiUrl: `http://api.crosswalk.invalid:${apiPort}`,
      env: { HTTP_PROXY: proxy.url, http_proxy: proxy.url },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.commands.filter((command) => command.command === 'notice' && /comment/i.test(command.properties.title ?? ''))).toEqual([]);
    expect(github.comments.get(31)).toHaveLength(1);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`api.crosswalk.invalid:${apiPort}`]));
  });

  it('goes straight to an API host NO_PROXY names, with the proxy set', async () => {
    const tunnelsBefore = proxy.tunnels.length;
    const run = await runAction({
      workspace: await workspaceFrom(undefined, await passingRepo()),
      eventName: 'pull_request',
      eventPayload: pullRequestPayload({ number: 32, headSha: '7777777777777777777777777777777777777777', baseSha: '8888888888888888888888888888888888888888' }),
      inputs: { 'self-judge-when-base-unreadable': 'true' },
      apiUrl: github.url,
      env: { HTTP_PROXY: proxy.url, http_proxy: proxy.url, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(github.comments.get(32)).toHaveLength(1);
    expect(proxy.tunnels.length).toBe(tunnelsBefore);
  });
});
