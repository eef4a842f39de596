/**
 * The audit period in the action (issue: badges that age, owners asked for their evidence): the
 * bundled action run on a schedule a week apart, as the runner runs it, against the local stand-in
 * for the GitHub API. A Type 2 period with monthly evidence, a custom mapping so the figures are
 * this test's own, owners written as a handle and as an e-mail address. Needs a built dist/.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceIssueMarker } from '../src/report/github/format-evidence-issue.js';
import { startFakeGitHub, type FakeGitHub, type StoredIssue } from './support/fake-github.js';
import { pullRequestPayload, pushPayload, runAction, workspaceFrom, type ActionRun, type RunOptions } from './support/run-action.js';

const badgeBranch = 'crosswalk-badges';
const firstSha = '1111111111111111111111111111111111111111';
const secondSha = '2222222222222222222222222222222222222222';
const thirdSha = '3333333333333333333333333333333333333333';

const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Monthly access reviews
rows:
  - iso: A.8.2
    tsc: [CC6.2]
    coverage: partial
    evidence:
      - id: privileged-access-review
        description: Privileged access reviewed every month
        frequency: monthly
        max_age_days: 400
  - iso: A.5.15
    tsc: [CC6.1]
    coverage: partial
    evidence:
      - id: access-rule-review
        description: Access rules reviewed every month
        frequency: monthly
        max_age_days: 400
`;

const config = `apiVersion: crosswalk/v1
kind: Config
mapping: mapping.yaml
audit:
  type: type2
  period: {start: 2026-07-01, end: 2026-12-31}
`;

/** One monthly record of a review: an evidence item and its file. */
function monthly(id: string, requirement: string, month: string, lastDay = '28'): { yaml: string; file: [string, string] } {
  return {
    yaml: [`      - id: ${id}-${month}`, `        satisfies: [${requirement}]`, `        path: evidence/${id}-${month}.csv`, `        collected: 2026-${month}-${lastDay}`, `        period: {start: 2026-${month}-01, end: 2026-${month}-${lastDay}}`].join('\n'),
    file: [`evidence/${id}-${month}.csv`, 'reviewer,date\nlead,2026-01-01\n'],
  };
}

/**
 * AC-03 (owner @alice) reviews privileged access monthly; AC-01 (owner security@acme.example)
 * reviews access rules monthly. Each lists the months given.
 */
function repository(months: { privileged: readonly string[]; rules: readonly string[] }): Record<string, string> {
  const privileged = months.privileged.map((month) => monthly('pa', 'privileged-access-review', month, month === '11' ? '20' : '28'));
  const rules = months.rules.map((month) => monthly('ar', 'access-rule-review', month, month === '11' ? '20' : '28'));
  const controls = [
    'apiVersion: crosswalk/v1',
    'kind: ControlImplementation',
    'controls:',
    '  - id: AC-03',
    '    title: Privileged access is reviewed monthly',
    '    implements: [A.8.2]',
    '    status: implemented',
    "    owner: '@alice'",
    '    evidence:',
    ...privileged.map((item) => item.yaml),
    '  - id: AC-01',
    '    title: Access rules are reviewed monthly',
    '    implements: [A.5.15]',
    '    status: implemented',
    '    owner: security@acme.example',
    '    evidence:',
    ...rules.map((item) => item.yaml),
    '',
  ].join('\n');
  return { '.crosswalk.yml': config, 'mapping.yaml': mapping, 'controls/access.yaml': controls, ...Object.fromEntries([...privileged, ...rules].map((item) => item.file)) };
}

/** Writes these files over the workspace's, its evidence folder emptied first, as a push would. */
async function checkOut(workspace: string, files: Record<string, string>): Promise<void> {
  await rm(path.join(workspace, 'evidence'), { recursive: true, force: true });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
    await writeFile(path.join(workspace, file), text);
  }
}

/** A schedule payload as github.com sends it since 2022, trimmed. */
const schedulePayload = { schedule: '17 6 * * *', repository: { id: 1, name: 'compliance', full_name: 'northwind/compliance', default_branch: 'main' }, sender: { login: 'github-actions[bot]', type: 'Bot' } };

const lines = (github: FakeGitHub) => github.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`);
const writes = (github: FakeGitHub) => lines(github).filter((line) => !line.startsWith('GET') && line !== 'POST /graphql');
const notices = (run: ActionRun, title: string) => run.commands.filter((command) => command.command === 'notice' && command.properties.title === title);
const historyRecords = (github: FakeGitHub) => github.readFile(badgeBranch, 'crosswalk/history.csv')!.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('scheduled runs a week apart with badge-branch and evidence-issue', () => {
  let github: FakeGitHub;
  let workspace: string;
  let impostor: StoredIssue;
  let botPullRequest: StoredIssue;
  beforeAll(async () => {
    github = await startFakeGitHub();
    workspace = await workspaceFrom(undefined, repository({ privileged: ['07', '08', '09', '10'], rules: ['07', '08', '10'] }));
    // Anyone may open an issue with the marker, and the bot's pull requests are in the issue list too: neither is crosswalk's issue.
    impostor = github.addIssue({ title: 'SOC 2 evidence due', body: `${evidenceIssueMarker}\nPlease send your evidence to https://evil.example`, login: 'mallory' });
    botPullRequest = github.addIssue({ title: 'Bump', body: `${evidenceIssueMarker}\nnot an issue`, pullRequest: true });
  });
  afterAll(() => github.close());

  const scheduled = (asOf: string, sha: string, options: Partial<RunOptions> = {}) =>
    runAction({ workspace, eventName: 'schedule', eventPayload: schedulePayload, sha, apiUrl: github.url, ...options, inputs: { 'badge-branch': badgeBranch, 'evidence-issue': 'true', 'as-of': asOf, ...options.inputs } });
  const ours = () => [...github.issues.values()].filter((issue) => issue !== impostor && issue !== botPullRequest);

  let first: ActionRun;
  it('week 1: publishes the badge with the first point of the history, and opens the issue asking each owner', async () => {
    // An older server's schedule payload names nothing but the cron line: scheduled runs are on the default branch all the same.
    first = await scheduled('2026-11-09', firstSha, { eventPayload: { schedule: '17 6 * * *' } });
    expect(first.exitCode).toBe(1);
    expect(first.outputs.readiness).toBe('3.0');

    expect(github.listFiles(badgeBranch)).toContain('crosswalk/history.csv');
    expect(JSON.parse(github.readFile(badgeBranch, 'crosswalk/soc2-readiness.json')!)).toMatchObject({ message: '3.0%' });
    expect(historyRecords(github)).toEqual(['as_of,readiness,design_coverage,missing_evidence,blocking_missing_evidence,due_evidence,expiring_evidence,commit', `2026-11-09,3.0,6.1,1,1,2,0,${firstSha}`]);
    expect(first.summary).toContain('📊 **Readiness over time:** 3.0% as of 2026-11-09, the first point of the history (`crosswalk/history.csv on crosswalk-badges`)');

    // Found by its marker among the issues the token's identity opened, then among the recently
    // updated ones (in case the creator filter misses bot logins): there were none.
    const issueLines = lines(github).filter((line) => !line.includes('/git/'));
    expect(issueLines).toEqual(['POST /graphql', 'GET /repos/northwind/compliance/issues', 'GET /repos/northwind/compliance/issues', 'POST /repos/northwind/compliance/issues']);
    const list = github.requests.find((request) => request.method === 'GET' && request.url.startsWith('/repos/northwind/compliance/issues?'))!;
    expect(Object.fromEntries(new URL(list.url, github.url).searchParams)).toMatchObject({ creator: 'github-actions[bot]', state: 'all', per_page: '100' });

    expect(ours()).toHaveLength(1);
    const [issue] = ours();
    expect(issue).toMatchObject({ title: 'SOC 2 evidence due', state: 'open', user: { login: 'github-actions[bot]', type: 'Bot' } });
    expect(issue!.body.startsWith(`${evidenceIssueMarker}\n`)).toBe(true);
    // The handle is mentioned as written; the e-mail address is escaped, so it mentions no one.
    expect(issue!.body).toMatch(/^### @alice \(1\)$/m);
    expect(issue!.body).toMatch(/^### security@&#8203;acme\\\.example \(2\)$/m);
    expect(issue!.body).toContain('| 🕳️ period gap 2026-09 | `access-rule-review`<br>Access rules reviewed every month (A.5.15) | **AC\\-01** | nothing collected for 2026\\-09\\-01\\.\\.2026\\-09\\-30 |');
    expect(issue!.body).toContain('| 📅 due by 2026-11-30 | `privileged-access-review`<br>Privileged access reviewed every month (A.8.2) | **AC\\-03** | nothing collected yet for 2026\\-11 \\(2026\\-11\\-01\\.\\.2026\\-11\\-30\\) |');
    // The owner with the most urgent ask first: the period gap.
    expect(issue!.body.indexOf('### security@')).toBeLessThan(issue!.body.indexOf('### @alice'));
    expect(issue!.body).toContain(`[\`controls/access.yaml:4\`](https://github.com/northwind/compliance/blob/${firstSha}/controls/access.yaml#L4)`);
    expect(first.stdout).toMatch(new RegExp(`^crosswalk: evidence issue #${issue!.number} created$`, 'm'));

    // Nothing else was touched.
    expect(impostor).toMatchObject({ state: 'open', body: `${evidenceIssueMarker}\nPlease send your evidence to https://evil.example` });
    expect(botPullRequest.body).toBe(`${evidenceIssueMarker}\nnot an issue`);
    expect(notices(first, 'crosswalk: evidence issue not updated')).toEqual([]);
  });

  let second: ActionRun;
  let secondHead: string;
  it('week 2, after the gap is filled: the badge and the history change, the issue is updated in place', async () => {
    await checkOut(workspace, repository({ privileged: ['07', '08', '09', '10'], rules: ['07', '08', '09', '10'] }));
    const before = github.branches.get(badgeBranch)!;
    const issue = ours()[0]!;
    github.requests.length = 0;
    second = await scheduled('2026-11-16', secondSha);
    expect(second.exitCode).toBe(0);
    expect(second.outputs.readiness).toBe('6.1');

    secondHead = github.branches.get(badgeBranch)!;
    expect(github.commits.get(secondHead)!.parents).toEqual([before]);
    expect(JSON.parse(github.readFile(badgeBranch, 'crosswalk/soc2-readiness.json')!)).toMatchObject({ message: '6.1%' });
    expect(historyRecords(github).slice(1)).toEqual([`2026-11-09,3.0,6.1,1,1,2,0,${firstSha}`, `2026-11-16,6.1,6.1,0,0,2,0,${secondSha}`]);
    expect(second.summary).toContain('📈 **Since the last run** (as of 2026-11-09): readiness **+3.1** points (3.0% → 6.1%) · design coverage 6.1% → 6.1% · missing evidence 1 → 0 · blocking 1 → 0 · due 2 (unchanged) · expiring 0 (unchanged)');
    expect(second.summary).toContain('📊 **Readiness over time** (2 runs, 2026-11-09 → 2026-11-16): `▁█` 3.0% → 6.1% (low 3.0%, high 6.1%)');
    expect(second.summary).toContain(`| 2026-11-16 | 6.1% | 6.1% | 0 (0) | 2 | 0 | \`${secondSha.slice(0, 7)}\` |`);

    // Updated in place: the same issue, open, its body without the gap; no second issue, no comment (no one newly mentioned).
    expect(writes(github).filter((line) => !line.includes('/git/'))).toEqual([`PATCH /repos/northwind/compliance/issues/${issue.number}`]);
    expect(github.requests.find((request) => request.method === 'PATCH' && request.url.includes('/issues/'))!.body).not.toHaveProperty('state');
    expect(ours()).toHaveLength(1);
    expect(issue.state).toBe('open');
    expect(issue.body).not.toContain('period gap');
    expect(issue.body).toMatch(/^### security@&#8203;acme\\\.example \(1\)$/m);
    expect(github.comments.get(issue.number)).toBeUndefined();
    expect(second.stdout).toContain(`crosswalk: evidence issue #${issue.number} updated`);
  });

  it('the same run again: nothing changed, so nothing is committed and the issue is not written', async () => {
    github.requests.length = 0;
    const rerun = await scheduled('2026-11-16', secondSha);
    expect(rerun.exitCode).toBe(0);
    expect(writes(github)).toEqual([]);
    expect(github.branches.get(badgeBranch)).toBe(secondHead);
    expect(rerun.stdout).toContain(`crosswalk: badges branch ${badgeBranch} is up to date at ${secondHead.slice(0, 7)}`);
    expect(rerun.stdout).toMatch(/^crosswalk: evidence issue #\d+ unchanged$/m);
    // The trend is still shown, from the history as it is.
    expect(rerun.summary).toContain('📈 **Since the last run** (as of 2026-11-09)');
  });

  it('week 3, with November collected: nothing is due, so the issue is closed; the history gains its point', async () => {
    await checkOut(workspace, repository({ privileged: ['07', '08', '09', '10', '11'], rules: ['07', '08', '09', '10', '11'] }));
    const issue = ours()[0]!;
    github.requests.length = 0;
    const third = await scheduled('2026-11-23', thirdSha, { eventName: 'workflow_dispatch', eventPayload: { ...schedulePayload, schedule: undefined, inputs: {}, ref: 'refs/heads/main' } });
    expect(third.exitCode).toBe(0);
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    expect(issue.body).toContain('✅ **Nothing is due** as of 2026-11-23');
    // It mentions no one, and keeps, hidden, whom it pinged for what: reopened for the same asks, it pings no one again.
    expect(issue.body.replace(/^<!-- .* -->$/gm, '')).not.toContain('@alice');
    expect(issue.body).toMatch(/^<!-- crosswalk:pinged @alice=[0-9a-f]{8} -->$/m);
    expect(third.stdout).toContain(`crosswalk: evidence issue #${issue.number} closed: nothing is due`);
    // Readiness is the same, so the badge is too; the report, the page and the history are not.
    expect(JSON.parse(github.readFile(badgeBranch, 'crosswalk/soc2-readiness.json')!)).toMatchObject({ message: '6.1%' });
    const uploaded = github.requests.filter((request) => request.url.endsWith('/git/blobs') && request.method === 'POST').map((request) => String((request.body as { content: string }).content));
    expect(uploaded).toHaveLength(3);
    expect(historyRecords(github).at(-1)).toBe(`2026-11-23,6.1,6.1,0,0,0,0,${thirdSha}`);
    expect(third.summary).toContain('📊 **Readiness over time** (3 runs, 2026-11-09 → 2026-11-23): `▁██` 3.0% → 6.1%');
  });

  it('a day later, with a file gone: the issue is reopened, and the owner, pinged in week 1 for that same ask, is not pinged again', async () => {
    // November's privileged access review now points at nothing, so November is due again.
    await rm(path.join(workspace, 'evidence', 'pa-11.csv'));
    const issue = ours()[0]!;
    github.requests.length = 0;
    const run = await scheduled('2026-11-24', thirdSha, { eventName: 'push', eventPayload: pushPayload({ after: thirdSha }) });
    expect(run.exitCode).toBe(0);
    expect(issue.state).toBe('open');
    expect(issue.body).toMatch(/^### @alice \(1\)$/m);
    expect(issue.body).toContain('| 📅 due by 2026-11-30 | `privileged-access-review`');
    expect(issue.body).not.toContain('### security@');
    expect(github.comments.get(issue.number) ?? []).toEqual([]);
    expect(run.stdout).toContain(`crosswalk: evidence issue #${issue.number} reopened: evidence is due again`);
    expect(ours()).toHaveLength(1);
  });

  it('in December, a new window falls due: the owner is asked for it, in a comment, as an edit notifies no one', async () => {
    const issue = ours()[0]!;
    await scheduled('2026-12-01', thirdSha, { eventName: 'push', eventPayload: pushPayload({ after: thirdSha }) });
    expect(issue.body).toContain('| 📅 due by 2026-12-31 | `privileged-access-review`');
    expect(github.comments.get(issue.number)!.map((comment) => comment.body)).toEqual(["@alice: SOC 2 evidence is now due from you. The issue's description lists what to collect, and by when."]);
    // The next run, with nothing new: no second comment.
    await scheduled('2026-12-02', thirdSha, { eventName: 'push', eventPayload: pushPayload({ after: thirdSha }) });
    expect(github.comments.get(issue.number)).toHaveLength(1);
  });

  it('a pull request never touches the issue, nor a manual run on another branch', async () => {
    const issue = ours()[0]!;
    const body = issue.body;
    github.requests.length = 0;
    const pull = await runAction({
      workspace,
      eventName: 'pull_request',
      eventPayload: pullRequestPayload({ number: 9, headSha: thirdSha, baseSha: thirdSha }),
      apiUrl: github.url,
      inputs: { comment: 'false', 'evidence-issue': 'true', 'badge-branch': badgeBranch, 'as-of': '2026-11-25', 'self-judge-when-base-unreadable': 'true' },
    });
    expect(pull.stdout).toContain('crosswalk: evidence-issue is true, but this run is a pull_request, not a push, scheduled or manual run on the default branch, so the issue is left as it is');
    const dispatch = await scheduled('2026-11-25', thirdSha, { eventName: 'workflow_dispatch', eventPayload: { ...schedulePayload, ref: 'refs/heads/feature' }, ref: 'refs/heads/feature' });
    expect(dispatch.stdout).toContain('but this manual run is on refs/heads/feature, not on the default branch main, so the issue is left as it is');
    expect(github.requests).toEqual([]);
    expect(issue.body).toBe(body);
  });

  it('finds its issue among the recently updated when the server\'s creator filter misses bot logins: never a second issue', async () => {
    github.creatorFilterMissesBots = true;
    try {
      const issue = ours()[0]!;
      const run = await scheduled('2026-11-26', thirdSha);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`crosswalk: evidence issue #${issue.number} (updated|unchanged)`));
      expect(github.requests.some((request) => request.url.includes('sort=updated'))).toBe(true);
      expect(ours()).toHaveLength(1);
    } finally {
      github.creatorFilterMissesBots = false;
    }
  });
});

describe('the evidence issue and the history when something goes wrong; the audit inputs', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterAll(() => github.close());

  it('a 403 on creating it is a notice naming the permission; the verdict is that of a run without the issue', async () => {
    const workspace = await workspaceFrom(undefined, repository({ privileged: ['07', '08', '09', '10'], rules: ['07', '08', '10'] }));
    const push = { workspace, eventName: 'push', eventPayload: pushPayload({ after: firstSha }), sha: firstSha, apiUrl: github.url };
    const reference = await runAction({ ...push, inputs: { 'as-of': '2026-11-09' } });
    github.misbehaviours.push({ misbehaviour: { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } }, match: /^POST \/repos\/[^/]+\/[^/]+\/issues$/ });
    const run = await runAction({ ...push, inputs: { 'as-of': '2026-11-09', 'evidence-issue': 'true' } });

    const issueNotices = notices(run, 'crosswalk: evidence issue not updated');
    expect(issueNotices.map((notice) => notice.message)).toEqual([
      'crosswalk did not update the evidence issue: the token may not write issues (HTTP 403; give the job `permissions: issues: write`). The job summary has the full report.',
    ]);
    expect(run.summary).toContain('> [!NOTE]\n> crosswalk did not update the evidence issue&#58; the token may not write issues \\(HTTP 403;');
    expect(github.issues.size).toBe(0);
    expect(run.exitCode).toBe(reference.exitCode);
    expect(run.exitCode).toBe(1);
    expect(run.summary.split('\n')[0]).toBe(reference.summary.split('\n')[0]);
    expect({ ...run.outputs, report: '', sarif: '', badge: '', 'badge-json': '' }).toEqual({ ...reference.outputs, report: '', sarif: '', badge: '', 'badge-json': '' });
  });

  it('a history.csv crosswalk did not write is kept as it is, with a notice; the badges are published all the same', async () => {
    const theirs = 'quarter,score\nQ3,70\n';
    github.addBranch('badges-theirs', { 'crosswalk/history.csv': theirs });
    const workspace = await workspaceFrom(undefined, repository({ privileged: ['07', '08', '09', '10'], rules: ['07', '08', '09', '10'] }));
    const run = await runAction({ workspace, eventName: 'schedule', eventPayload: schedulePayload, apiUrl: github.url, inputs: { 'as-of': '2026-11-09', 'badge-branch': 'badges-theirs' } });
    expect(run.exitCode).toBe(0);
    expect(github.readFile('badges-theirs', 'crosswalk/history.csv')).toBe(theirs);
    expect(github.readFile('badges-theirs', 'crosswalk/soc2-readiness.json')).toBe(await readFile(run.outputs['badge-json']!, 'utf8'));
    expect(notices(run, 'crosswalk: readiness history not updated').map((notice) => notice.message)).toEqual([
      'crosswalk kept crosswalk/history.csv on branch badges-theirs as it is and added no point to it: it is not a readiness history crosswalk wrote. Move it away to start a new one.',
    ]);
    expect(run.summary).not.toContain('Readiness over time');
  });

  it('a history.csv larger than any crosswalk writes is judged by its size in the tree, and never fetched', async () => {
    // 58 MB would cost 508 MB of memory to read whole; 2 MB is enough to be refused by its size.
    const theirs = `as_of,readiness,design_coverage,missing_evidence,blocking_missing_evidence,due_evidence,expiring_evidence,commit\n${'2026-01-01,1.0,1.0,0,0,0,0,\n'.repeat(70_000)}`;
    github.addBranch('badges-large', { 'crosswalk/history.csv': theirs });
    const workspace = await workspaceFrom(undefined, repository({ privileged: ['07', '08', '09', '10'], rules: ['07', '08', '09', '10'] }));
    github.requests.length = 0;
    const run = await runAction({ workspace, eventName: 'schedule', eventPayload: schedulePayload, apiUrl: github.url, inputs: { 'as-of': '2026-11-09', 'badge-branch': 'badges-large' } });
    expect(run.exitCode).toBe(0);
    expect(github.requests.filter((request) => request.method === 'GET' && request.url.includes('/git/blobs/'))).toEqual([]);
    expect(github.readFile('badges-large', 'crosswalk/history.csv')).toBe(theirs);
    expect(github.readFile('badges-large', 'crosswalk/soc2-readiness.json')).toBe(await readFile(run.outputs['badge-json']!, 'utf8'));
    expect(notices(run, 'crosswalk: readiness history not updated').map((notice) => notice.message)).toEqual([
      `crosswalk kept crosswalk/history.csv on branch badges-large as it is and added no point to it: it is ${Buffer.byteLength(theirs).toLocaleString('en-US')} bytes, more than a readiness history crosswalk writes. Move it away to start a new one.`,
    ]);
  });

  it('a history.csv whose blob cannot be read: the notice says what failed, not that the job needs contents: write', async () => {
    github.addBranch('badges-unreadable', { 'crosswalk/history.csv': 'as_of\n' });
    github.misbehaviours.push({ misbehaviour: { kind: 'status', status: 404, body: { message: 'Not Found' } }, match: /^GET \/repos\/[^/]+\/[^/]+\/git\/blobs\//, times: 1 });
    const workspace = await workspaceFrom(undefined, repository({ privileged: ['07', '08', '09', '10'], rules: ['07', '08', '09', '10'] }));
    const run = await runAction({ workspace, eventName: 'schedule', eventPayload: schedulePayload, apiUrl: github.url, inputs: { 'as-of': '2026-11-09', 'badge-branch': 'badges-unreadable' } });
    expect(run.exitCode).toBe(0);
    const published = notices(run, 'crosswalk: badges not published').map((notice) => notice.message);
    expect(published).toEqual([expect.stringMatching(/^crosswalk could not publish the badges to branch badges-unreadable: reading crosswalk\/history\.csv failed: .*Not Found.*\. The badges are still in the badge and badge-json outputs\.$/)]);
    expect(published[0]).not.toContain('contents: write');
  });

  it('an API that does not answer: a notice after the per-request timeout, the verdict unchanged', async () => {
    const workspace = await workspaceFrom(undefined, repository({ privileged: ['07', '08', '09', '10'], rules: ['07', '08', '09', '10'] }));
    const push = { workspace, eventName: 'push', eventPayload: pushPayload({ after: firstSha }), sha: firstSha, apiUrl: github.url, env: { CROSSWALK_API_TIMEOUT_MS: '1000' } };
    const reference = await runAction({ ...push, inputs: { 'as-of': '2026-11-09' } });
    github.misbehaviours.push({ misbehaviour: { kind: 'hang' }, match: /^GET \/repos\/[^/]+\/[^/]+\/issues$/ });
    const run = await runAction({ ...push, inputs: { 'as-of': '2026-11-09', 'evidence-issue': 'true' } });
    expect(notices(run, 'crosswalk: evidence issue not updated').map((notice) => notice.message)).toEqual([
      'crosswalk could not update the evidence issue: no answer within 1 s. The job summary has the full report.',
    ]);
    expect(run.exitCode).toBe(reference.exitCode);
    expect(run.exitCode).toBe(0);
    expect(run.durationMs).toBeLessThan(reference.durationMs + 1_000 + 5_000);
  });

  it('audit-type and period inputs override the config; a bad one is one error line', async () => {
    const files = repository({ privileged: ['07', '08', '09', '10'], rules: ['07', '08', '10'] });
    const workspace = await workspaceFrom(undefined, { ...files, '.crosswalk.yml': 'apiVersion: crosswalk/v1\nkind: Config\nmapping: mapping.yaml\n' });
    const typeTwo = await runAction({ workspace, inputs: { 'as-of': '2026-11-09', 'audit-type': 'type2', period: '2026-07-01..2026-12-31' } });
    const report = JSON.parse(await readFile(typeTwo.outputs.report!, 'utf8')) as { audit: unknown; summary: { dueEvidence: number } };
    expect(report.audit).toMatchObject({ type: 'type2', period: { start: '2026-07-01', end: '2026-12-31' } });
    expect(report.summary.dueEvidence).toBe(2);

    for (const [inputs, message] of [
      [{ 'audit-type': 'type3' }, /^crosswalk: audit-type: "type3" is not one of type1, type2/],
      [{ 'audit-type': 'type2' }, /^crosswalk: audit\.type is type2 but audit\.period is not set/],
      [{ 'audit-type': 'type2', period: '2026-07-01/2026-12-31' }, /^crosswalk: period must be written START\.\.END/],
      [{ 'audit-type': 'type2', period: '2026-12-31..2026-07-01' }, /^crosswalk: audit\.period\.end 2026-07-01 is before audit\.period\.start 2026-12-31$/],
      [{ 'evidence-issue': 'yes' }, /^crosswalk: evidence-issue: "yes" is not true or false$/],
    ] as const) {
      const run = await runAction({ workspace, inputs: { 'as-of': '2026-11-09', ...inputs } });
      expect(run.exitCode).toBe(2);
      expect(run.commands.map((command) => command.command)).toEqual(['error']);
      expect(run.commands[0]!.message).toMatch(message);
      expect(run.outputs).toEqual({});
    }
  });
});
