/**
 * What a pull request does to readiness: the bundled action scores the base commit from git in
 * the workspace (real repositories, made with the git on PATH) and shows before → after in the
 * summary, the comment and the readiness-delta output. Needs a built dist/; tests never build.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../src/action/comment.js';
import type { Report } from '../src/report/report.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { privilegedAccessRepo } from './support/fixtures.js';
import { git, gitRepository, shallowClone } from './support/git-repo.js';
import { pullRequestPayload, runAction, type ActionRun } from './support/run-action.js';

const commandsOf = (run: ActionRun, command: string) => run.commands.filter((candidate) => candidate.command === command);
const readReport = async (run: ActionRun) => JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report;
const deltaNotices = (run: ActionRun) => commandsOf(run, 'notice').filter((notice) => notice.properties.title === 'crosswalk: no readiness delta');

describe('a pull request whose head removes evidence the base had', () => {
  let github: FakeGitHub;
  let root: string;
  let base: string;
  let head: string;
  let run: ActionRun;
  let report: Report;

  beforeAll(async () => {
    github = await startFakeGitHub();
    const failOn = ['errors', 'regression'];
    const repository = await gitRepository([await privilegedAccessRepo({ failOn }), await privilegedAccessRepo({ failOn, without: ['privileged-access-review'] })]);
    root = repository.root;
    [base, head] = repository.shas as [string, string];
    run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 8, headSha: head, baseSha: base }), sha: head, apiUrl: github.url });
    report = await readReport(run);
  }, 60_000);
  afterAll(() => github.close());

  it('is blocked under fail-on regression, naming the fall', () => {
    expect(run.exitCode).toBe(1);
    expect(report.summary.passed).toBe(false);
    expect(report.summary.failedConditions).toEqual([{ condition: 'regression', reason: expect.stringMatching(/^readiness falls from [\d.]+% to [\d.]+%$/) }]);
    const gate = commandsOf(run, 'error').filter((error) => error.properties.file === undefined);
    expect(gate.map((error) => error.message)).toEqual([expect.stringMatching(/^crosswalk: the SOC 2 readiness gate failed: readiness falls from [\d.]+% to [\d.]+% \(fail-on: regression\)$/)]);
    expect(deltaNotices(run)).toEqual([]);
  });

  it('sets readiness-delta to head minus base, one decimal', () => {
    const [, before, after] = /falls from ([\d.]+)% to ([\d.]+)%/.exec(report.summary.failedConditions[0]!.reason)!;
    expect(Number(run.outputs.readiness)).toBe(Number(after));
    expect(run.outputs['readiness-delta']).toBe((Math.round((Number(after) - Number(before)) * 10) / 10).toFixed(1));
    expect(run.outputs['readiness-delta']).toMatch(/^-\d+\.\d$/);
    expect(Number(run.outputs['readiness-delta'])).toBeLessThan(0);
  });

  it('shows before → after, the criteria that changed and the evidence it adds, in the summary and the comment', () => {
    const before = (Number(run.outputs.readiness) - Number(run.outputs['readiness-delta'])).toFixed(1);
    const line = `📉 **This pull request:** readiness ${before}% → ${run.outputs.readiness}% (**${run.outputs['readiness-delta']}** points)`;
    const comment = github.comments.get(8)![0]!.body;
    expect(comment.startsWith(commentMarker)).toBe(true);
    for (const markdown of [run.summary, comment]) {
      expect(markdown).toContain(line);
      expect(markdown).toMatch(/criteri(on|a) changed state · missing evidence: 1 added, 0 resolved/);
      expect(markdown).toMatch(/### Criteria this pull request changes \(\d+\)\n\n\| Criterion \| Subject \| Before \| After \|/);
      expect(markdown).toMatch(/^\| \*\*CC6\.\d\*\* \| .+ \| 🟢 ready \| 🟡 incomplete \|$/m);
      expect(markdown).toContain('### Missing evidence this pull request adds (1)');
      expect(markdown).toMatch(/\| `privileged-access-review`<br>.+ \| file not found: [^|]+ \|/);
      expect(markdown).not.toContain('this pull request resolves');
      expect(markdown).toContain('`regression`: readiness falls from');
    }
    // The change comes before the rest of the detail.
    expect(run.summary.indexOf('### Criteria this pull request changes')).toBeLessThan(run.summary.indexOf('### Missing evidence ('));
  });

  it('leaves the work tree and HEAD as they were', async () => {
    expect(await git(root, 'status', '--porcelain')).toBe('');
    expect(await git(root, 'rev-parse', 'HEAD')).toBe(head);
  });
});

describe('scoring the base commit', () => {
  it('fetches the base from origin when the checkout is shallow, and shows evidence the pull request resolves', async () => {
    // The base misses the review file, the head adds it: readiness rises, nothing regresses.
    const failOn = ['errors', 'regression'];
    const origin = await gitRepository([await privilegedAccessRepo({ failOn, without: ['privileged-access-review'] }), await privilegedAccessRepo({ failOn })]);
    const [base, head] = origin.shas as [string, string];
    const workspace = await shallowClone(origin.root);
    await expect(git(workspace, 'cat-file', '-e', `${base}^{commit}`)).rejects.toThrow();

    const run = await runAction({ workspace, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 9, headSha: head, baseSha: base }), inputs: { comment: 'false' }, sha: head });
    expect(deltaNotices(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(Number(run.outputs['readiness-delta'])).toBeGreaterThan(0);
    expect(run.summary).toMatch(/📈 \*\*This pull request:\*\* readiness [\d.]+% → [\d.]+% \(\*\*\+\d+\.\d\*\* points\)/);
    expect(run.summary).toContain('missing evidence: 0 added, 1 resolved');
    expect(run.summary).toMatch(/### Missing evidence this pull request resolves \(1\)\n\n\| Control \| ISO control \| Criteria \| Requirement \| On the base branch \|\n.*\n\| \*\*AC\\-03\*\* \| A\.8\.2 .+ \| `privileged-access-review` \| was file not found \|/);
    // Fetched into the object store only: the work tree is untouched.
    expect(await git(workspace, 'status', '--porcelain')).toBe('');
    expect(await git(workspace, 'rev-parse', 'HEAD')).toBe(head);
  });

  it('a base commit that cannot be read fails the gate closed (exit 2), saying what to change', async () => {
    const { root, shas } = await gitRepository([await privilegedAccessRepo()]);
    const payload = pullRequestPayload({ number: 10, headSha: shas[0]!, baseSha: 'deadbeef'.repeat(5) });
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: payload, inputs: { comment: 'false' }, sha: shas[0] });
    expect(run.exitCode).toBe(2);
    const errors = run.commands.filter((command) => command.command === 'error').map((error) => error.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^crosswalk: cannot read the base commit of pull request #10 \(deadbee: the commit is not in the checkout, and git fetch of it failed: .+\), and a pull request is judged by its base's configuration, never by its own, so the gate fails\./);
    for (const change of ['fetch-depth: 0', 'persist-credentials: true', 'safe.directory', 'self-judge-when-base-unreadable: true']) expect(errors[0]).toContain(change);
    expect(run.outputs.readiness).toBeUndefined();
  });

  it('a base commit that does not exist, with self-judge-when-base-unreadable: a notice, no delta, and the head reported and gated as it is', async () => {
    const failOn = ['errors', 'regression'];
    const { root, shas } = await gitRepository([await privilegedAccessRepo({ failOn, without: ['privileged-access-review'] })]);
    const missing = 'deadbeef'.repeat(5);
    const payload = pullRequestPayload({ number: 10, headSha: shas[0]!, baseSha: missing });
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: payload, inputs: { comment: 'false', 'self-judge-when-base-unreadable': 'true' }, sha: shas[0] });
    const notices = deltaNotices(run);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^crosswalk could not score the base commit of pull request #10 \(deadbee: the commit is not in the checkout, and git fetch of it failed: .+\), so it shows no before → after and no readiness-delta\.$/);
    expect(run.outputs['readiness-delta']).toBe('');
    expect(run.outputs.readiness).toMatch(/^\d+\.\d$/);
    expect(run.summary).not.toContain('This pull request');
    expect(run.summary).toMatch(/^## SOC 2 readiness: [\d.]+% · ✅ passed$/m);
    expect(run.exitCode).toBe(0);
  });

  it('a payload without a base sha, or with something else in its place, gives the notice and never reaches git as an option', async () => {
    const { root, shas } = await gitRepository([await privilegedAccessRepo()]);
    const payload = pullRequestPayload({ number: 11, headSha: shas[0]!, baseSha: '--upload-pack=touch /tmp/pwned' });
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: payload, inputs: { comment: 'false', 'self-judge-when-base-unreadable': 'true' } });
    expect(deltaNotices(run).map((notice) => notice.message)).toEqual([expect.stringContaining('(the event payload names no base commit (pull_request.base.sha is not a commit sha))')]);
    expect(run.exitCode).toBe(0);
  });

  it('judges both sides by the base’s configuration and the same inputs, and shows the configuration the pull request changes', async () => {
    // The base's config dates the check a year earlier than the head's. The base's date judges both
    // sides (with the scope input on top): the content is the same, so nothing changed, and the new
    // date is shown as a change that takes effect once merged.
    const base = await privilegedAccessRepo({ failOn: ['errors', 'regression'] });
    const { root, shas } = await gitRepository([{ ...base, '.crosswalk.yml': base['.crosswalk.yml']!.replace('as_of: 2026-11-27', 'as_of: 2025-11-27') }, base]);
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 12, headSha: shas[1]!, baseSha: shas[0]! }), inputs: { comment: 'false', scope: 'confidentiality' } });
    expect(deltaNotices(run)).toEqual([]);
    expect((await readReport(run)).asOf).toBe('2025-11-27');
    // Same content, same date, same inputs: no change at all.
    expect(run.outputs['readiness-delta']).toBe('0.0');
    expect(run.summary).toContain('➖ **This pull request:** readiness');
    expect(run.summary).toContain('no criterion changed state · missing evidence: 0 added, 0 resolved');
    expect(run.summary).toContain("**This pull request changes crosswalk's configuration** (1 key). It was judged by the base branch's configuration; the change takes effect once it is merged.\n> - `as_of`: `2025-11-27` → `2026-11-27`");
    expect(run.exitCode).toBe(0);
  });
});
