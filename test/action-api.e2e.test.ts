/**
 * The GitHub API misbehaving (issue 6, part 5): the bundled action against the local API server
 * made to hang, fail, refuse, rate-limit or answer garbage. Each ends in a notice or a successful
 * retry, after a bounded wait, and the gate's verdict is the one of a run that does not call the
 * API at all. Needs a built dist/; tests never build.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type MisbehaviourRule } from './support/fake-github.js';
import { failingRepo, passingRepo } from './support/fixtures.js';
import { fakeToken, pullRequestPayload, pushPayload, runAction, workspaceFrom, type ActionRun } from './support/run-action.js';

const headSha = '5555555555555555555555555555555555555555';
const baseSha = '6666666666666666666666666666666666666666';
/** A hang costs this much per request in these tests, instead of the default 10 s. */
const testTimeoutMs = 1_000;

const commentNotices = (run: ActionRun) => run.commands.filter((command) => command.command === 'notice' && command.properties.title === 'crosswalk: pull request comment skipped');
const publishNotices = (run: ActionRun) => run.commands.filter((command) => command.command === 'notice' && command.properties.title === 'crosswalk: badges not published');

/** What decides and shows the verdict: the exit code, the summary's headline and the gate's reasons. */
function verdictOf(run: ActionRun) {
  const summaryLines = run.summary.split('\n');
  return {
    exitCode: run.exitCode,
    headline: summaryLines[0],
    gate: summaryLines.filter((line) => line.startsWith('- `')),
    gateAnnotations: run.commands.filter((command) => command.command === 'error' && command.properties.file === undefined).map((command) => command.message),
    outputs: { ...run.outputs, report: '', sarif: '', badge: '', 'badge-json': '' },
  };
}

interface Case {
  readonly name: string;
  readonly rules: readonly MisbehaviourRule[];
  /** A notice when the API never came through; none when a retry did. */
  readonly notice: RegExp | undefined;
  /** Requests the server saw, `METHOD /path`. */
  readonly requests: readonly string[];
  /** Least wall time the run must have spent waiting, as the API asked. */
  readonly minimumWaitMs?: number;
}

const list = 'GET /repos/northwind/compliance/issues/77/comments';
const create = 'POST /repos/northwind/compliance/issues/77/comments';
const onList = /^GET .*\/comments$/;

const cases: readonly Case[] = [
  { name: 'no answer (a hang)', rules: [{ misbehaviour: { kind: 'hang' }, match: onList }], notice: /: no answer within 1 s\. The job summary has the full report\.$/, requests: [list] },
  { name: '500, then 200', rules: [{ misbehaviour: { kind: 'status', status: 500 }, match: onList, times: 1 }], notice: undefined, requests: [list, list, create], minimumWaitMs: 1_000 },
  { name: '502 on every try', rules: [{ misbehaviour: { kind: 'status', status: 502, body: { message: 'Bad Gateway' } }, match: onList }], notice: /: HTTP 502: Bad Gateway\. /, requests: [list, list, list], minimumWaitMs: 3_000 },
  { name: '404', rules: [{ misbehaviour: { kind: 'status', status: 404, body: { message: 'Not Found' } }, match: onList }], notice: /: HTTP 404: Not Found\. /, requests: [list] },
  {
    name: '403 (no permission)',
    rules: [{ misbehaviour: { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } }, match: onList }],
    notice: /^crosswalk did not comment on pull request #77: the token may not write to it \(HTTP 403; give the job `permissions: pull-requests: write`\)/,
    requests: [list],
  },
  {
    name: '429 with retry-after: 1, then 200',
    rules: [{ misbehaviour: { kind: 'status', status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } }, match: onList, times: 1 }],
    notice: undefined,
    requests: [list, list, create],
    minimumWaitMs: 1_000,
  },
  {
    name: '403 secondary rate limit with retry-after: 1, then 200',
    rules: [{ misbehaviour: { kind: 'status', status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } }, match: /^POST /, times: 1 }],
    notice: undefined,
    requests: [list, create, create],
    minimumWaitMs: 1_000,
  },
  {
    name: '429 with retry-after: 3600 (longer than crosswalk waits)',
    rules: [{ misbehaviour: { kind: 'status', status: 429, headers: { 'retry-after': '3600' }, body: { message: 'Too Many Requests' } }, match: onList }],
    notice: /: HTTP 429: Too Many Requests; retrying would mean waiting 3600 s, more than crosswalk waits for the API\. /,
    requests: [list],
  },
  {
    name: '403 primary rate limit exhausted until a reset an hour away',
    rules: [{ misbehaviour: { kind: 'status', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }, body: { message: 'API rate limit exceeded' } }, match: onList }],
    notice: /: HTTP 403: API rate limit exceeded; retrying would mean waiting \d+(\.\d)? s, more than crosswalk waits for the API\. /,
    requests: [list],
  },
  { name: 'malformed JSON', rules: [{ misbehaviour: { kind: 'malformed-json' }, match: onList }], notice: /: the API's answer to GET \/repos\/northwind\/compliance\/issues\/77\/comments is not the JSON expected\. /, requests: [list] },
];

describe.each([
  ['passes', passingRepo],
  ['fails', failingRepo],
] as const)('the comment, when the repository %s by policy and the API misbehaves', (_, repo) => {
  let reference: ActionRun;
  let workspace: string;
  beforeAll(async () => {
    workspace = await workspaceFrom(undefined, await repo());
    reference = await runAction({ workspace, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 77, headSha, baseSha }), inputs: { comment: 'false', 'self-judge-when-base-unreadable': 'true' } });
  }, 30_000);

  it.concurrent.each(cases)('$name', async ({ rules, notice, requests, minimumWaitMs }) => {
    const github = await startFakeGitHub();
    try {
      github.misbehaviours.push(...rules.map((rule) => ({ ...rule })));
      const run = await runAction({
        workspace,
        eventName: 'pull_request',
        eventPayload: pullRequestPayload({ number: 77, headSha, baseSha }),
        // No git history here: the pull request judges itself, as the workflow allows.
        inputs: { 'self-judge-when-base-unreadable': 'true' },
        apiUrl: github.url,
        env: { CROSSWALK_API_TIMEOUT_MS: String(testTimeoutMs) },
      });
      expect(verdictOf(run)).toEqual(verdictOf(reference));
      expect(github.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual(requests);
      const notices = commentNotices(run);
      if (notice === undefined) {
        expect(notices).toEqual([]);
        expect(github.comments.get(77)).toHaveLength(1);
      } else {
        expect(notices).toHaveLength(1);
        expect(notices[0]!.message).toMatch(notice);
        expect(run.summary).toContain('> [!NOTE]\n> crosswalk ');
      }
      if (minimumWaitMs !== undefined) {
        expect(github.requests.at(-1)!.at - github.requests[0]!.at).toBeGreaterThanOrEqual(minimumWaitMs - 50);
      }
      // Bounded: what the API asked to wait, one timeout at most, and a few seconds for the check
      // itself on a busy machine; far from the default 10 s timeout, let alone a stuck socket's minutes.
      expect(run.durationMs).toBeLessThan((minimumWaitMs ?? 0) + testTimeoutMs + 5_000);
      expect(run.stdout + run.stderr + run.summary).not.toContain(fakeToken);
      expect(run.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    } finally {
      await github.close();
    }
  });
});

describe('publishing badges when the API misbehaves', () => {
  let reference: ActionRun;
  let workspace: string;
  beforeAll(async () => {
    workspace = await workspaceFrom(undefined, await passingRepo());
    reference = await runAction({ workspace, eventName: 'push', eventPayload: pushPayload({ after: headSha }) });
  }, 30_000);

  const push = (github: FakeGitHub) =>
    runAction({ workspace, eventName: 'push', eventPayload: pushPayload({ after: headSha }), apiUrl: github.url, inputs: { 'badge-branch': 'badges' }, env: { CROSSWALK_API_TIMEOUT_MS: String(testTimeoutMs) } });
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterAll(() => github.close());

  it('a hang while reading the branch: a notice after the timeout, nothing written', async () => {
    github.misbehaviours.push({ misbehaviour: { kind: 'hang' }, match: /^GET .*\/git\/ref\//, times: 1 });
    const run = await push(github);
    expect(publishNotices(run).map((notice) => notice.message)).toEqual([expect.stringMatching(/^crosswalk could not publish the badges to branch badges: reading branch badges failed: no answer within 1 s\. The badges are still in the badge and badge-json outputs\.$/)]);
    expect(verdictOf(run)).toEqual(verdictOf(reference));
    expect(github.branches.has('badges')).toBe(false);
    expect(run.durationMs).toBeLessThan(testTimeoutMs + 5_000);
  });

  it('a 500 on a blob is retried, and the branch is created all the same', async () => {
    github.requests.length = 0;
    github.misbehaviours.push({ misbehaviour: { kind: 'status', status: 500 }, match: /^POST .*\/git\/blobs$/, times: 1 });
    const run = await push(github);
    expect(publishNotices(run)).toEqual([]);
    expect(github.requests.filter((request) => request.url.endsWith('/git/blobs'))).toHaveLength(7 + 1);
    expect(github.listFiles('badges')).toContain('crosswalk/soc2-readiness.svg');
    expect(verdictOf(run)).toEqual(verdictOf(reference));
  });

  it('malformed JSON for the commit: a notice, and the branch does not move', async () => {
    github.requests.length = 0;
    const before = github.addBranch('badges-old', { 'crosswalk/soc2-readiness.svg': 'old' });
    github.misbehaviours.push({ misbehaviour: { kind: 'malformed-json' }, match: /^GET .*\/git\/commits\//, times: 1 });
    const run = await runAction({ workspace, eventName: 'push', eventPayload: pushPayload({ after: headSha }), apiUrl: github.url, inputs: { 'badge-branch': 'badges-old' } });
    expect(publishNotices(run).map((notice) => notice.message)).toEqual([expect.stringMatching(/: the API's answer to GET \/repos\/northwind\/compliance\/git\/commits\/[0-9a-f]{40} is not the JSON expected\. /)]);
    expect(github.branches.get('badges-old')).toBe(before);
    expect(verdictOf(run)).toEqual(verdictOf(reference));
  });

  it('an unreachable API: a notice, the same verdict', async () => {
    const run = await runAction({ workspace, eventName: 'push', eventPayload: pushPayload({ after: headSha }), apiUrl: 'http://127.0.0.1:1', inputs: { 'badge-branch': 'badges' } });
    expect(publishNotices(run).map((notice) => notice.message)).toEqual([expect.stringMatching(/^crosswalk could not publish the badges to branch badges: reading branch badges failed: cannot reach the API: /)]);
    expect(verdictOf(run)).toEqual(verdictOf(reference));
  });
});

describe('the comment lookup, started before the repository is checked', () => {
  it('does not keep a run that fails before commenting: it ends at once, though the API would not answer for 30 s', async () => {
    const github = await startFakeGitHub();
    try {
      github.misbehaviours.push({ misbehaviour: { kind: 'hang' }, match: onList });
      const workspace = await workspaceFrom(undefined, await passingRepo());
      // The repository is checked, then the report cannot be written (RUNNER_TEMP is a file): the
      // run fails after the lookup went out, before the comment is written.
      const notAFolder = path.join(workspace, 'runner-temp-file');
      await writeFile(notAFolder, '');
      const run = await runAction({
        workspace,
        eventName: 'pull_request',
        eventPayload: pullRequestPayload({ number: 78, headSha, baseSha }),
        inputs: { 'self-judge-when-base-unreadable': 'true' },
        apiUrl: github.url,
        env: { CROSSWALK_API_TIMEOUT_MS: '30000', RUNNER_TEMP: notAFolder },
      });
      expect(run.exitCode).toBe(1);
      expect(run.commands.filter((command) => command.command === 'error').map((command) => command.message)).toEqual([expect.stringMatching(/^crosswalk: internal error: /)]);
      expect(github.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual(['GET /repos/northwind/compliance/issues/78/comments']);
      expect(run.durationMs).toBeLessThan(15_000);
    } finally {
      await github.close();
    }
  }, 60_000);
});
