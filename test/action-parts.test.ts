/**
 * The action's parts that need no process: the API session's timeouts, retries and budgets (on a
 * fake clock), the git blob sha and branch names of publishing, the base commit's options, the
 * badge problem's place, and the pull-request delta in Markdown.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ApiError, apiPolicyFrom, apiSession, defaultApiPolicy, realClock, retryDelay, type ApiPolicy, type Clock } from '../src/action/api-requests.js';
import { gitBlobSha, isPublishableBranch, publishToBranch, type GitDataApi } from '../src/action/badge-branch.js';
import { badgeProblemAnnotation } from '../src/action/badges.js';
import { commentBody } from '../src/action/comment.js';
import { baseOptions } from '../src/action/pull-request-delta.js';
import type { ReadinessDelta } from '../src/report/delta.js';
import { formatMarkdown, signed } from '../src/report/github/format-markdown.js';
import { handmadeReport, missingEntry } from './support/reports.js';

/** Time that passes only when the session sleeps. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (milliseconds) => {
      slept.push(milliseconds);
      now += milliseconds;
    },
  };
}

/** What octokit throws for an HTTP answer: a status and the response with its headers. */
function httpError(status: number, headers: Record<string, string> = {}, message = `status ${status}`) {
  return Object.assign(new Error(message), { status, response: { headers } });
}

/** An attempt function that throws the given errors in turn, then answers `ok`. */
function scripted(...failures: unknown[]) {
  let calls = 0;
  const attempt = async () => {
    calls += 1;
    if (calls <= failures.length) throw failures[calls - 1];
    return 'ok';
  };
  return { attempt, calls: () => calls };
}

describe('the API session', () => {
  const policy: ApiPolicy = defaultApiPolicy;

  it('retries 5xx twice, after 1 s then 2 s, then gives up with the status', async () => {
    const clock = fakeClock();
    const { attempt, calls } = scripted(httpError(502), httpError(503), httpError(500, {}, 'Server Error'));
    const failure = await apiSession(policy, clock).send(attempt).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'http', status: 500, message: 'HTTP 500: Server Error' });
    expect(calls()).toBe(3);
    expect(clock.slept).toEqual([1000, 2000]);
  });

  it('succeeds when a retry does', async () => {
    const clock = fakeClock();
    const { attempt, calls } = scripted(httpError(500));
    expect(await apiSession(policy, clock).send(attempt)).toBe('ok');
    expect(calls()).toBe(2);
  });

  it('honours retry-after, in seconds or as a date, on 429 and on a 403 rate limit', async () => {
    const clock = fakeClock();
    // Eight seconds from the start: five after the first retry's three.
    const date = new Date(clock.now() + 8_000).toUTCString();
    const { attempt } = scripted(httpError(429, { 'retry-after': '3' }), httpError(403, { 'retry-after': date }));
    expect(await apiSession(policy, clock).send(attempt)).toBe('ok');
    expect(clock.slept).toEqual([3000, 5000]);
  });

  it('waits for the rate limit reset when the primary limit is used up', () => {
    const now = 1_700_000_000_000;
    expect(retryDelay({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5) }, message: '' }, 0, now)).toBe(5000);
  });

  it('never retries 400, 401, a 403 that is a refusal, 404 or 422', async () => {
    for (const status of [400, 401, 403, 404, 422]) {
      const clock = fakeClock();
      const { attempt, calls } = scripted(httpError(status));
      await expect(apiSession(policy, clock).send(attempt)).rejects.toMatchObject({ kind: 'http', status });
      expect(calls()).toBe(1);
      expect(clock.slept).toEqual([]);
    }
  });

  it('gives up at once when the API asks for a longer wait than the budget, without sleeping', async () => {
    const clock = fakeClock();
    const { attempt, calls } = scripted(httpError(429, { 'retry-after': '60' }, 'Too Many Requests'));
    await expect(apiSession(policy, clock).send(attempt)).rejects.toMatchObject({
      kind: 'rate-limited',
      status: 429,
      message: 'HTTP 429: Too Many Requests; retrying would mean waiting 60 s, more than crosswalk waits for the API',
    });
    expect(calls()).toBe(1);
    expect(clock.slept).toEqual([]);
  });

  it('shares the waiting budget between the requests of a session', async () => {
    const clock = fakeClock();
    const session = apiSession({ ...policy, maxTotalWaitMs: 5_000 }, clock);
    await session.send(scripted(httpError(429, { 'retry-after': '4' })).attempt);
    await expect(session.send(scripted(httpError(429, { 'retry-after': '2' })).attempt)).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(clock.slept).toEqual([4000]);
  });

  it('ends an attempt that gets no answer, and does not retry it', async () => {
    let calls = 0;
    const hang = (signal: AbortSignal) =>
      new Promise<never>((_, reject) => {
        calls += 1;
        signal.addEventListener('abort', () => reject(Object.assign(new Error('This operation was aborted'), { status: 500 })));
      });
    const started = Date.now();
    await expect(apiSession({ ...policy, requestTimeoutMs: 50 }).send(hang)).rejects.toMatchObject({ kind: 'timeout', message: 'no answer within 0.1 s' });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(calls).toBe(1);
  });

  it('once abandoned, cuts the request under way and waits for no retry', async () => {
    const hang = (signal: AbortSignal) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(Object.assign(new Error('This operation was aborted'), { status: 500 }))));
    const underWay = new AbortController();
    const started = Date.now();
    const sent = apiSession(policy, realClock, underWay.signal).send(hang);
    setTimeout(() => underWay.abort(), 20);
    await expect(sent).rejects.toMatchObject({ kind: 'abandoned', message: 'the run no longer needs the API' });
    // A 500 is retried after 1 s; abandoned during that wait, the session ends there.
    const waiting = new AbortController();
    const retried = apiSession(policy, realClock, waiting.signal).send(scripted(httpError(500)).attempt);
    setTimeout(() => waiting.abort(), 20);
    await expect(retried).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('a request that never got an answer is a network failure, not a 5xx to retry', async () => {
    const clock = fakeClock();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { status: 500 });
    const { attempt, calls } = scripted(refused);
    await expect(apiSession(policy, clock).send(attempt)).rejects.toMatchObject({ kind: 'network', message: 'cannot reach the API: connect ECONNREFUSED 127.0.0.1:1' });
    expect(calls()).toBe(1);
  });

  it('stops every request once the session has spent its time on the API, not counting the run’s work between requests', async () => {
    const clock = fakeClock();
    const session = apiSession({ ...policy, sessionTimeMs: 2_500 }, clock);
    await session.send(scripted(httpError(500)).attempt);
    // The run checks the repository between two requests: that is not the API's time.
    await clock.sleep(60_000);
    await session.send(scripted(httpError(500)).attempt);
    // 2 s spent waiting; a third wait of 1 s would end past the session's 2.5 s.
    await expect(session.send(scripted(httpError(500)).attempt)).rejects.toMatchObject({ kind: 'http', status: 500 });
    // A request that takes the rest of the session's time: none is sent after it.
    await session.send(async () => {
      await clock.sleep(600);
      return 'ok';
    });
    await expect(session.send(scripted().attempt)).rejects.toMatchObject({ kind: 'timeout', message: "crosswalk's 2.5 s for the API ran out" });
  });

  it('takes its timeout and waiting budget from the environment, within a minute', () => {
    expect(apiPolicyFrom({})).toEqual(defaultApiPolicy);
    expect(apiPolicyFrom({ CROSSWALK_API_TIMEOUT_MS: '1000', CROSSWALK_API_MAX_WAIT_MS: '0' })).toEqual({ requestTimeoutMs: 1000, maxRetries: 2, maxTotalWaitMs: 0, sessionTimeMs: 6000 });
    expect(apiPolicyFrom({ CROSSWALK_API_TIMEOUT_MS: '999999999' }).requestTimeoutMs).toBe(60_000);
    expect(apiPolicyFrom({ CROSSWALK_API_TIMEOUT_MS: 'soon', CROSSWALK_API_MAX_WAIT_MS: '-5' })).toEqual(defaultApiPolicy);
  });
});

describe('publishing to a branch', () => {
  it('computes the blob sha git does, without asking the API', () => {
    for (const content of ['', 'hello\n', '<svg>72.7%</svg>\n', 'Évidence — 🟢\n']) {
      expect(gitBlobSha(content)).toBe(execFileSync('git', ['hash-object', '--stdin'], { input: content }).toString().trim());
    }
  });

  it('accepts the branch names git accepts, narrowed to what goes into a URL path as it is', () => {
    for (const name of ['badges', 'crosswalk-badges', 'gh-pages', 'badges/main', 'v1.2_x']) expect(isPublishableBranch(name), name).toBe(true);
    for (const name of ['', '-x', '../main', 'a..b', 'a/', '/a', 'a//b', '.hidden', 'a/.b', 'x.lock', 'a.', 'has space', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', 'a@{1}', 'é', 'a'.repeat(201)]) {
      expect(isPublishableBranch(name), name).toBe(false);
    }
  });

  it('replaces a file where the folder should be', async () => {
    const calls: string[] = [];
    const api: GitDataApi = {
      branchHead: async () => 'c'.repeat(40),
      commitTree: async () => 't'.repeat(40),
      treeEntries: async () => [{ path: 'crosswalk', type: 'blob', sha: 'b'.repeat(40) }],
      blobContent: async () => {
        throw new Error('not expected');
      },
      createBlob: async (content) => {
        calls.push(`blob ${content}`);
        return gitBlobSha(content);
      },
      createTree: async (changes, base) => {
        calls.push(`tree ${base} ${changes.map((change) => change.path).join(',')}`);
        return 'n'.repeat(40);
      },
      createCommit: async (_, tree, parents) => {
        calls.push(`commit ${tree} ${parents.join(',')}`);
        return 'm'.repeat(40);
      },
      createBranch: async () => {
        throw new Error('not expected');
      },
      moveBranch: async (branch, commit) => {
        calls.push(`move ${branch} ${commit}`);
      },
    };
    expect(await publishToBranch(api, 'badges', [{ name: 'a.svg', content: 'A' }], 'message')).toEqual({ outcome: 'committed', commit: 'm'.repeat(40) });
    expect(calls).toEqual(['blob A', `tree ${'t'.repeat(40)} crosswalk/a.svg`, `commit ${'n'.repeat(40)} ${'c'.repeat(40)}`, `move badges ${'m'.repeat(40)}`]);
  });
});

describe('the base commit', () => {
  it('is read with the inputs moved to its own files: its configuration judges both sides', () => {
    const head = {
      root: '/ws',
      configFile: '/ws/compliance/crosswalk.yml',
      overrides: { controls: ['compliance/**/*.yaml'], mapping: '/ws/mappings/ours.yaml', scope: ['privacy'], failOn: ['regression'], asOf: undefined },
    };
    expect(baseOptions(head, '/ws', '/tmp/base')).toEqual({
      root: '/tmp/base',
      configFile: '/tmp/base/compliance/crosswalk.yml',
      overrides: { controls: ['compliance/**/*.yaml'], mapping: '/tmp/base/mappings/ours.yaml', scope: ['privacy'], failOn: ['regression'], asOf: undefined },
    });
    // The shipped mappings, no config input, and a file outside the workspace stay as they are.
    expect(baseOptions({ root: '/ws', overrides: { mapping: 'default' } }, '/ws', '/tmp/base')).toEqual({ root: '/tmp/base', configFile: undefined, overrides: { mapping: 'default' } });
    expect(baseOptions({ root: '/ws', overrides: { mapping: 'seed' } }, '/ws', '/tmp/base').overrides?.mapping).toBe('seed');
    expect(baseOptions({ root: '/ws', configFile: '/etc/crosswalk.yml' }, '/ws', '/tmp/base').configFile).toBe('/etc/crosswalk.yml');
  });
});

describe('an invalid badge style', () => {
  it('is annotated at the place its problem names', () => {
    expect(badgeProblemAnnotation('.crosswalk.yml:6:17: badge.colors[1] "yelow" is not a badge colour')).toEqual({
      level: 'error',
      title: 'crosswalk: invalid badge style; no badges written',
      message: 'badge.colors[1] "yelow" is not a badge colour',
      file: '.crosswalk.yml',
      line: 6,
      column: 17,
    });
    expect(badgeProblemAnnotation('something without a place')).toEqual({ level: 'error', title: 'crosswalk: invalid badge style; no badges written', message: 'something without a place' });
  });
});

describe('the pull-request delta in Markdown', () => {
  const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
  const hostile = '<script>alert(1)</script> | @octocat **x** [l](https://evil.example)\n# Heading';

  function deltaOf(overrides: Partial<ReadinessDelta> = {}): ReadinessDelta {
    return {
      before: 50,
      after: 45.5,
      change: -4.5,
      criteriaChanged: [{ id: 'CC6.1', before: 'ready', after: 'incomplete' }],
      controlsChanged: [{ id: hostile, title: hostile, before: 'implemented', after: 'planned', criteria: ['CC6.1'], withdrawn: true }],
      notCompared: [],
      missingEvidenceAdded: [missingEntry({ controls: [hostile], description: hostile })],
      missingEvidenceResolved: [missingEntry({ controls: [hostile], requirement: 'resolved-requirement', reason: 'stale' })],
      ...overrides,
    };
  }

  it('leads with before → after and the signed change, then one table per kind of change, each escaped', () => {
    const markdown = formatMarkdown(handmadeReport(), { delta: deltaOf(), linkBase: 'https://github.com/o/r/blob/abc/' });
    const lines = markdown.split('\n');
    expect(markdown).toContain('\n📉 **This pull request:** readiness 50.0% → 45.5% (**-4.5** points) · 1 criterion changed state · ⚠️ 1 control claim withdrawn · missing evidence: 1 added, 1 resolved\n');
    expect(markdown).toContain('### Criteria this pull request changes (1)\n\n| Criterion | Subject | Before | After |\n| :-- | :-- | :-- | :-- |\n| **CC6.1** | Logical access security | 🟢 ready | 🟡 incomplete |');
    for (const heading of ['| Criterion | Subject | Before | After |', '### Controls whose status this pull request changes (1)', '### Missing evidence this pull request adds (1)', '### Missing evidence this pull request resolves (1)']) {
      expect(markdown).toContain(heading);
    }
    const tableAfter = (heading: string) => {
      const start = lines.findIndex((line) => line.startsWith(heading));
      const header = lines.findIndex((line, index) => index > start && line.startsWith('|'));
      const body = lines.slice(header + 2, lines.indexOf('', header));
      expect(body).toHaveLength(1);
      expect(cells(body[0]!)).toBe(cells(lines[header]!));
    };
    tableAfter('### Controls whose status this pull request changes');
    tableAfter('### Missing evidence this pull request adds');
    tableAfter('### Missing evidence this pull request resolves');
    expect(markdown).toContain('| `resolved-requirement` | was stale |');
    const prose = markdown.replace(/(`+)[^`].*?\1/g, '');
    expect(prose).not.toMatch(/<script/i);
    expect(prose).not.toMatch(/@octocat/);
    expect(prose).not.toContain('[l](https://evil.example)');
    expect(lines.filter((line) => /^#+ /.test(line)).every((line) => /^#+ (SOC 2 readiness|Criteria this pull request|Controls whose status|Missing evidence|What blocks each criterion|Every criterion)/.test(line))).toBe(true);
    // The change comes before the rest of the detail.
    expect(markdown.indexOf('### Criteria this pull request changes')).toBeLessThan(markdown.indexOf('### Missing evidence (1)'));
  });

  it('says so when nothing changed, and shows no delta section without a delta', () => {
    const none = formatMarkdown(handmadeReport(), { delta: deltaOf({ after: 50, change: 0, criteriaChanged: [], controlsChanged: [], missingEvidenceAdded: [], missingEvidenceResolved: [] }) });
    expect(none).toContain('➖ **This pull request:** readiness 50.0% → 50.0% (**0.0** points) · no criterion changed state · missing evidence: 0 added, 0 resolved');
    expect(none).not.toContain('this pull request changes');
    expect(formatMarkdown(handmadeReport())).not.toContain('This pull request');
    expect([signed(3), signed(-0.5), signed(0), signed(-0)]).toEqual(['+3.0', '-0.5', '0.0', '0.0']);
  });

  it('is in the comment too, which still fits GitHub’s limit', () => {
    const body = commentBody(handmadeReport(), { linkBase: undefined, sha: 'abcdef0123', runUrl: undefined, delta: deltaOf({ missingEvidenceAdded: Array.from({ length: 3_000 }, (_, index) => missingEntry({ requirement: `r-${index}` })) }) });
    expect(body).toContain('📉 **This pull request:** readiness 50.0% → 45.5%');
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('more rows, left out to fit');
  });
});
