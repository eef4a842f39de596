/**
 * `crosswalk collect github-changes` (SPEC §1.4, §4) through the built CLI (dist/cli.js) against a
 * local server answering with GitHub's shapes: the population, every change's fields and
 * exceptions, pagination that grows with the population, and the refusals that end in exit 2
 * without touching the output.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import schema from '../schemas/change-population.schema.json' with { type: 'json' };
import { inconsistencies, type ChangePopulation } from '../src/change-population.js';
import { ChangePopulation as validateChangePopulation } from '../src/validate/compiled-schemas.js';
import { quarter, seedManyPullRequests, seedRealisticQuarter, shaOf } from './support/change-scenarios.js';
import { startFakeGitHubChanges, type FakeGitHubChanges } from './support/fake-github-changes.js';

const project = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(project, 'dist/cli.js');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The CLI as a child process (asynchronously: the server answering it runs in this process). */
function crosswalk(args: readonly string[], env: Record<string, string | undefined>, cwd: string): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_API_URL', 'CROSSWALK_DEBUG', 'FORCE_COLOR', 'NO_COLOR']) delete base[name];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      expect(stderr).not.toMatch(/^\s+at /m);
      resolve({ status: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

let server: FakeGitHubChanges;
let dir: string;

beforeEach(async () => {
  server = await startFakeGitHubChanges();
  dir = await mkdtemp(path.join(tmpdir(), 'crosswalk-collect-'));
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const period = `${quarter.start}..${quarter.end}`;
const collect = (extra: readonly string[] = [], env: Record<string, string | undefined> = {}) =>
  crosswalk(['collect', 'github-changes', '--repo', 'acme/api', '--period', period, '--output', 'evidence/changes/2026-q3.json', ...extra], { GITHUB_API_URL: server.url, GITHUB_TOKEN: server.token, ...env }, dir);
const readDocument = async () => JSON.parse(await readFile(path.join(dir, 'evidence/changes/2026-q3.json'), 'utf8')) as Record<string, unknown>;

describe('collect github-changes: a realistic quarter', () => {
  it('writes every pull request merged into main in the quarter and every direct commit, each tested as SPEC §1.4 says', async () => {
    seedRealisticQuarter(server.repository);
    const run = await collect();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const document = await readDocument();

    expect(Object.keys(document)).toEqual(['apiVersion', 'kind', 'repository', 'branch', 'period', 'collected', 'source', 'rules', 'changes', 'summary']);
    expect(document.apiVersion).toBe('crosswalk/v1');
    expect(document.kind).toBe('ChangePopulation');
    expect(document.repository).toBe('acme/api');
    expect(document.branch).toBe('main');
    expect(document.period).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(document.collected).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Math.abs(Date.parse(document.collected as string) - Date.now())).toBeLessThan(5 * 60_000);
    const source = document.source as { api: string; tool: string; queries: string[] };
    expect(source.api).toBe(server.url);
    expect(source.tool).toBe(`crosswalk ${packageJson.version}`);
    expect(source.queries[0]).toBe('GET /repos/acme/api/pulls?state=closed&base=main&sort=updated&direction=desc (merged_at in 2026-07-01..2026-09-30, UTC)');
    expect(source.queries).toContain('GET /repos/acme/api/commits?sha=main&since=2026-07-01T00:00:00Z&until=2026-09-30T23:59:59Z');
    const rules = document.rules as { requiredApprovals: number; requiredChecks: string[]; raw: unknown[] };
    expect(rules.requiredApprovals).toBe(1);
    expect(rules.requiredChecks).toEqual(['lint', 'test']);
    expect(rules.raw).toEqual(server.repository.rules.get('main'));

    expect(document.changes).toEqual([
      // Approved by someone else on the head; a success and a skipped run.
      { id: '#101', kind: 'pull-request', title: 'Rotate the signing key', author: 'alice', mergedBy: 'bob', at: '2026-07-03T10:00:00Z', commit: shaOf('merge-101'), head: shaOf('101-b'), approvals: [{ by: 'carol', at: '2026-07-03T09:12:00Z', commit: shaOf('101-b') }], checks: 'success', exceptions: [] },
      // A bot's approval is no independent approval.
      { id: '#102', kind: 'pull-request', title: 'Bump lodash from 4.17.20 to 4.17.21', author: 'dependabot[bot]', mergedBy: 'alice', at: '2026-07-15T08:30:00Z', commit: shaOf('squash-102'), head: shaOf('102-a'), approvals: [], checks: 'success', exceptions: ['no-independent-approval'] },
      // Approved on an earlier commit (the author's own approval does not count); one check run failed.
      { id: '#103', kind: 'pull-request', title: 'Add rate limiting', author: 'dave', mergedBy: 'dave', at: '2026-08-02T16:45:00Z', commit: shaOf('merge-103'), head: shaOf('103-b'), approvals: [{ by: 'erin', at: '2026-08-02T14:00:00Z', commit: shaOf('103-a') }], checks: 'failure', exceptions: ['approval-not-on-final-commit', 'checks-not-passing'] },
      // Reviewed only after the merge; a status still pending.
      { id: '#104', kind: 'pull-request', title: 'Fix a typo in the README', author: 'alice', mergedBy: 'alice', at: '2026-08-20T12:00:00Z', commit: shaOf('squash-104'), head: shaOf('104-a'), approvals: [], checks: 'pending', exceptions: ['no-independent-approval', 'checks-not-passing'] },
      // bob's approval withdrawn by his later request for changes (his comment after changes nothing); erin's stands; no checks at all.
      { id: '#105', kind: 'pull-request', title: 'Refactor the session store', author: 'carol', mergedBy: 'bob', at: '2026-08-20T12:00:00Z', commit: shaOf('merge-105'), head: shaOf('105-a'), approvals: [{ by: 'erin', at: '2026-08-20T11:00:00Z', commit: shaOf('105-a') }], checks: 'none', exceptions: [] },
      { id: shaOf('hotfix').slice(0, 7), kind: 'direct-commit', title: 'hotfix: disable the new checkout flow', author: 'dave', at: '2026-08-14T22:01:00Z', commit: shaOf('hotfix'), exceptions: ['no-pull-request'] },
      { id: shaOf('local-merge').slice(0, 7), kind: 'direct-commit', title: "Merge branch 'vendor-update'", author: 'Frank Ops', at: '2026-09-02T07:00:00Z', commit: shaOf('local-merge'), exceptions: ['no-pull-request'] },
      // Rebased: the copies on main belong to it; a check run still in progress.
      { id: '#111', kind: 'pull-request', title: 'Split the billing module', author: 'bob', mergedBy: 'carol', at: '2026-09-10T15:00:00Z', commit: shaOf('111-b-rebased'), head: shaOf('111-b'), approvals: [{ by: 'carol', at: '2026-09-10T14:00:00Z', commit: shaOf('111-b') }], checks: 'pending', exceptions: ['checks-not-passing'] },
      // Merged half an hour before the period ends; bob's latest approval is on the head.
      { id: '#110', kind: 'pull-request', title: 'Release 2.4', author: 'erin', mergedBy: 'erin', at: '2026-09-30T23:30:00Z', commit: shaOf('squash-110'), head: shaOf('110-b'), approvals: [{ by: 'bob', at: '2026-09-30T22:00:00Z', commit: shaOf('110-b') }], checks: 'success', exceptions: [] },
    ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1)));
    expect(document.summary).toEqual({ population: 9, exceptions: 6 });
    expect(validateChangePopulation(document), JSON.stringify(validateChangePopulation.errors)).toBe(true);
    expect(inconsistencies(document as unknown as ChangePopulation)).toEqual([]);
    expect(run.stderr).toContain('wrote evidence/changes/2026-q3.json: 9 changes, 6 with exceptions');
    expect(run.stderr).toMatch(/pull requests: 1 page read/);
  });

  it('gives the same document when collected again, but for `collected`', async () => {
    seedRealisticQuarter(server.repository);
    expect((await collect(['--quiet'])).status).toBe(0);
    const first = await readDocument();
    expect((await collect(['--quiet'])).status).toBe(0);
    const second = await readDocument();
    expect({ ...second, collected: undefined }).toEqual({ ...first, collected: undefined });
  });

  it('reads the default branch from the repository when --branch is not given, and another branch when it is', async () => {
    seedRealisticQuarter(server.repository);
    server.repository.defaultBranch = 'release-2.3';
    expect((await collect(['--quiet'])).status).toBe(0);
    expect(((await readDocument()).changes as { id: string }[]).map((change) => change.id)).toEqual(['#108']);
    expect((await collect(['--quiet', '--branch', 'main'])).status).toBe(0);
    expect((await readDocument()).summary).toEqual({ population: 9, exceptions: 6 });
  });

  it('is quiet under --quiet but for the line naming what it wrote, and shows progress otherwise', async () => {
    seedManyPullRequests(server.repository, 101);
    const loud = await collect();
    expect(loud.stderr).toMatch(/pull requests: 2 pages read, 101 merged in the period/);
    expect(loud.stderr).toMatch(/100 of 101 pull requests tested/);
    const quiet = await collect(['--quiet']);
    expect(quiet.stderr).toBe('crosswalk: wrote evidence/changes/2026-q3.json: 101 changes, 3 with exceptions\n');
  });
});

describe('the ChangePopulation schema', () => {
  it('has an $id and refuses a change the collector never writes', () => {
    expect(schema.$id).toBe('https://crosswalk.dev/schemas/v1/change-population.schema.json');
    const document = { apiVersion: 'crosswalk/v1', kind: 'ChangePopulation', repository: 'acme/api', branch: 'main', period: { start: '2026-07-01', end: '2026-09-30' }, collected: '2026-10-01T05:17:03Z', source: { api: 'https://api.github.com', tool: 'crosswalk 1.0.0' }, rules: { requiredApprovals: 0, requiredChecks: [], raw: [] }, changes: [] as unknown[], summary: { population: 0, exceptions: 0 } };
    expect(validateChangePopulation(document)).toBe(true);
    const direct = { id: '9fceb02', kind: 'direct-commit', title: 'hotfix', author: 'dave', at: '2026-08-14T22:01:00Z', commit: shaOf('hotfix'), exceptions: ['no-pull-request'] };
    expect(validateChangePopulation({ ...document, changes: [direct] })).toBe(true);
    expect(validateChangePopulation({ ...document, changes: [{ ...direct, exceptions: ['waived'] }] })).toBe(false);
    expect(validateChangePopulation({ ...document, changes: [{ ...direct, at: '2026-08-14' }] })).toBe(false);
    expect(validateChangePopulation({ ...document, reviewedBy: 'me' })).toBe(false);
  });
});

describe('collect github-changes: requests grow with the population, not the history', () => {
  it('follows Link pagination through every page of the period and stops listing pull requests once past it', async () => {
    seedManyPullRequests(server.repository, 250, 600);
    const run = await collect(['--quiet']);
    expect(run.status, run.stderr).toBe(0);
    const document = await readDocument();
    expect((document.summary as { population: number }).population).toBe(250);
    const pullListPages = server.requests.filter((request) => request.startsWith('GET /repos/acme/api/pulls?'));
    // 250 in the period fill 2.5 pages; the third page reaches back before the period, and listing stops: 3 of the 9 pages.
    expect(pullListPages).toHaveLength(3);
    expect(pullListPages[1]).toContain('page=2');
    // 5 requests per pull request, the commit list's pages (500 squashed commits), the rules: nothing per old pull request.
    const perPull = server.requests.filter((request) => /\/pulls\/\d+|\/commits\/[0-9a-f]{40}\/(check-runs|status)/.test(request));
    expect(perPull).toHaveLength(250 * 5);
    expect(server.requests.filter((request) => request.startsWith('GET /repos/acme/api/commits?'))).toHaveLength(3);
    expect(server.requests).toHaveLength(3 + 250 * 5 + 3 + 1 + 1);
  });
});

describe('collect github-changes: could not collect (exit 2, nothing written)', () => {
  async function expectRefused(run: Run, ...says: string[]) {
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    for (const text of says) expect(run.stderr).toContain(text);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^crosswalk: /);
  }

  it('without a token, and takes GH_TOKEN when GITHUB_TOKEN is not set', async () => {
    seedRealisticQuarter(server.repository);
    await expectRefused(await collect([], { GITHUB_TOKEN: undefined }), 'no token: set GITHUB_TOKEN or GH_TOKEN');
    expect(server.requests).toEqual([]);
    expect((await collect(['--quiet'], { GITHUB_TOKEN: undefined, GH_TOKEN: server.token })).status).toBe(0);
  });

  it('on 401, saying the token is invalid or expired', async () => {
    await expectRefused(await collect([], { GITHUB_TOKEN: 'expired' }), 'GitHub refused the token (GET /repos/acme/api answered 401): it is invalid or has expired', 'evidence/changes/2026-q3.json was not written');
  });

  it('on 403, naming the permission the token lacks', async () => {
    seedRealisticQuarter(server.repository);
    server.refusals.push({ match: /check-runs$/, status: 403, body: { message: 'Resource not accessible by personal access token' } });
    await expectRefused(await collect(), '/check-runs answered 403): it needs `checks: read` on acme/api');
    server.refusals.length = 0;
    server.refusals.push({ match: /\/reviews$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    await expectRefused(await collect(), 'it needs `pull-requests: read` on acme/api');
  });

  it('on 404, saying the repository or branch is not there or not visible', async () => {
    await expectRefused(await collect(['--branch', 'no-such-branch']), 'GET /repos/acme/api/commits answered 404: acme/api or its branch does not exist, or the token cannot see it');
  });

  it('on a spent rate limit, saying when it resets, and leaves an existing document as it was', async () => {
    seedRealisticQuarter(server.repository);
    const reset = Math.floor(Date.parse('2026-12-31T12:00:00Z') / 1000);
    server.refusals.push({ match: /\/reviews$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } });
    await writeFile(path.join(dir, 'previous.json'), '{"kind": "ChangePopulation"}\n');
    const run = await crosswalk(['collect', 'github-changes', '--repo', 'acme/api', '--branch', 'main', '--period', period, '--output', 'previous.json'], { GITHUB_API_URL: server.url, GITHUB_TOKEN: server.token }, dir);
    await expectRefused(run, 'rate limit for this token is spent until 2026-12-31T12:00:00Z', 'previous.json was not written');
    expect(await readFile(path.join(dir, 'previous.json'), 'utf8')).toBe('{"kind": "ChangePopulation"}\n');
    expect(await readdir(dir)).toEqual(['previous.json']);
  });

  it('retries a 5xx and succeeds', async () => {
    seedRealisticQuarter(server.repository);
    server.refusals.push({ match: /\/pulls\/103\/commits$/, status: 502, times: 1, body: { message: 'Server Error' } });
    const run = await collect(['--quiet']);
    expect(run.status, run.stderr).toBe(0);
    expect(server.requests.filter((request) => request.startsWith('GET /repos/acme/api/pulls/103/commits'))).toHaveLength(2);
    expect((await readDocument()).summary).toEqual({ population: 9, exceptions: 6 });
  });

  it('gives up on a 5xx that lasts, writing nothing', async () => {
    seedRealisticQuarter(server.repository);
    server.refusals.push({ match: /\/rules\/branches\//, status: 503, body: { message: 'Service Unavailable' } });
    await expectRefused(await collect([], { CROSSWALK_API_MAX_WAIT_MS: '0' }), 'HTTP 503');
    expect(existsSync(path.join(dir, 'evidence'))).toBe(false);
  });

  it('refuses a period that has not ended, or is not one, before any request', async () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const [value, says] of [
      [`2026-01-01..${today}`, 'has not ended yet'],
      ['2026-07-01', '--period must be written START..END'],
      ['2026-09-31..2026-10-31', '"2026-09-31" is not a calendar date'],
      ['2026-09-30..2026-07-01', 'ends before it starts'],
    ] as const) {
      const run = await crosswalk(['collect', 'github-changes', '--repo', 'acme/api', '--period', value, '--output', 'x.json'], { GITHUB_API_URL: server.url, GITHUB_TOKEN: server.token }, dir);
      await expectRefused(run, says);
    }
    await expectRefused(await crosswalk(['collect', 'github-changes', '--repo', 'acme', '--period', period, '--output', 'x.json'], { GITHUB_TOKEN: 't' }, dir), '--repo must be OWNER/NAME');
    await expectRefused(await crosswalk(['collect', 'gitlab-changes'], {}, dir), 'collect can collect github-changes');
    expect(server.requests).toEqual([]);
  });
});
