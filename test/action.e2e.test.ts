/**
 * The bundled action, run the way the Actions runner runs it (see test/support/run-action.ts),
 * against a local stand-in for the GitHub API. Needs a built dist/ (`npm run build`); tests never build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputNames, splitGlobs } from '../src/action/inputs.js';
import { outputNames } from '../src/action/outputs.js';
import { describeOmitted, planAnnotations } from '../src/action/annotations.js';
import { commentMarker } from '../src/action/comment.js';
import { renderBadges } from '../src/report/github/badge.js';
import type { Report } from '../src/report/report.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { defaultMappingRows, failingRepo, passingRepo, securityPartialRows } from './support/fixtures.js';
import { diagnostic, handmadeReport, missingEntry } from './support/reports.js';
import { fakeToken, pullRequestPayload, readActionYml, repoRoot, runAction, workspaceFrom, type ActionRun, type WorkflowCommand } from './support/run-action.js';

const baseSha = '1111111111111111111111111111111111111111';
const headSha = '2222222222222222222222222222222222222222';
const nextHeadSha = '3333333333333333333333333333333333333333';

/** Line and column (1-based) of `key` on the first line holding `text`: by default the `id:` of `- id: X`, as the report locates things. */
async function locate(workspace: string, file: string, text: string, key = 'id:'): Promise<{ line: number; col: number }> {
  const lines = (await readFile(path.join(workspace, file), 'utf8')).split('\n');
  const line = lines.findIndex((candidate) => candidate.includes(text));
  if (line === -1) throw new Error(`${text} is not in ${file}`);
  return { line: line + 1, col: lines[line]!.indexOf(key) + 1 };
}

const annotations = (run: ActionRun, command: string) => run.commands.filter((candidate) => candidate.command === command);
/** The comment's notices: these workspaces are no git repositories, so each pull request run has a base-commit notice besides. */
const commentNotices = (run: ActionRun) => annotations(run, 'notice').filter((notice) => notice.properties.title === 'crosswalk: pull request comment skipped');
const fileAnnotations = (run: ActionRun, command: string) => annotations(run, command).filter((candidate) => candidate.properties.file !== undefined);

function expectNoLeaks(run: ActionRun, ...texts: string[]): void {
  for (const text of [run.stdout, run.stderr, run.summary, ...texts]) {
    expect(text).not.toContain(fakeToken);
    expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // a stack frame
  }
}

describe('action.yml', () => {
  it('declares every input the action reads and every output it sets, runs dist/index.js on node24', async () => {
    const action = await readActionYml();
    expect(Object.keys(action.inputs).sort()).toEqual([...inputNames].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([...outputNames].sort());
    for (const input of Object.values(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10);
      expect(typeof input.default).toBe('string');
    }
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(10);
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
    expect(action.inputs.comment!.default).toBe('true');
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding?.icon).toBeTruthy();
    expect(action.branding?.color).toBeTruthy();
  });
});

describe("the action's documentation (docs/action.md)", () => {
  it('documents every input with its default and every output', async () => {
    const page = await readFile(path.join(repoRoot, 'docs', 'action.md'), 'utf8');
    const section = page.slice(page.indexOf('<!-- action:start -->'), page.indexOf('<!-- action:end -->'));
    const action = await readActionYml();
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = input.default === '' ? "''" : input.default!.startsWith('${{') ? input.default : `'${input.default}'`;
      expect(section).toContain(`| \`${name}\` | \`${shown}\` |`);
    }
    for (const name of Object.keys(action.outputs)) expect(section).toContain(`| \`${name}\` |`);
  });
});

describe('the bundled action on a pull request', () => {
  let github: FakeGitHub;
  let workspace: string;
  let first: ActionRun;
  let firstRequests: FakeGitHub['requests'];
  let second: ActionRun;
  let report: Report;

  beforeAll(async () => {
    github = await startFakeGitHub();
    workspace = await workspaceFrom(undefined, await failingRepo());
    const pullRequest = (head: string) => ({
      workspace,
      eventName: 'pull_request',
      eventPayload: pullRequestPayload({ number: 7, headSha: head, baseSha }),
      // No git history here: the pull request judges itself, as the workflow allows.
      inputs: { 'self-judge-when-base-unreadable': 'true' },
      apiUrl: github.url,
      sha: head,
    });
    first = await runAction(pullRequest(headSha));
    firstRequests = [...github.requests];
    github.requests.length = 0;
    second = await runAction(pullRequest(nextHeadSha));
    report = JSON.parse(await readFile(first.outputs.report!, 'utf8')) as Report;
  }, 60_000);
  afterAll(() => github.close());

  it('annotates each known problem at its file, line and column', async () => {
    const file = 'controls/operations.yaml';
    const expected = [
      // A diagnostic sits on the offending value; missing evidence on the evidence item, else on the control.
      { title: /^crosswalk: ISO\/IEC 27001:2013 id \(iso-2013-id\)$/, at: await locate(workspace, file, 'implements: [A.9.1.1]', 'A.9.1.1') },
      { title: /^TI-01 · A\.5\.7: missing evidence \S+ \(none listed\)$/, at: await locate(workspace, file, '- id: TI-01') },
      { title: /^IR-01 · A\.5\.25: missing evidence \S+ \(file not found\)$/, at: await locate(workspace, file, '- id: ev-incident-tickets') },
      { title: /^CH-01 · A\.8\.32: missing evidence \S+ \(stale\)$/, at: await locate(workspace, file, '- id: ev-change-approvals') },
    ];
    const errors = fileAnnotations(first, 'error');
    for (const { title, at } of expected) {
      const { line, col } = at;
      const matching = errors.filter((error) => title.test(error.properties.title ?? ''));
      expect(matching.length, String(title)).toBeGreaterThanOrEqual(1);
      expect(matching[0]!.properties).toMatchObject({ file, line: String(line), col: String(col) });
      expect(first.stdout).toContain(`::error title=${matching[0]!.properties.title!.replace(/:/g, '%3A')},file=${file},line=${line},col=${col}::`);
    }
    // Every finding is annotated (this fixture stays under GitHub's cap), the gate's own error besides.
    const blocking = report.missingEvidence.filter((entry) => entry.blocking).length;
    expect(blocking + report.summary.errors).toBeLessThanOrEqual(9);
    expect(errors).toHaveLength(blocking + report.summary.errors);
  });

  it('fails the step with a one-line reason, because fail_on errors and missing-evidence hold', () => {
    expect(first.exitCode).toBe(1);
    const gate = annotations(first, 'error').filter((error) => error.properties.file === undefined);
    expect(gate).toHaveLength(1);
    expect(gate[0]!.message).toMatch(
      /^crosswalk: the SOC 2 readiness gate failed: 1 error in the control files \(fail-on: errors\); \d+ evidence requirements of implemented controls not met \(fail-on: missing-evidence\)$/,
    );
  });

  it('sets every output; report and sarif are files under RUNNER_TEMP that agree with them', async () => {
    expect(Object.keys(first.outputs).sort()).toEqual([...outputNames].sort());
    expect(first.outputs).toEqual({
      readiness: report.summary.readiness.toFixed(1),
      'design-coverage': report.summary.designCoverage.toFixed(1),
      'missing-evidence': String(report.missingEvidence.length),
      gaps: String(report.criteria.filter((criterion) => criterion.state === 'gap').length),
      report: first.outputs.report,
      sarif: first.outputs.sarif,
      badge: path.join(path.dirname(first.outputs.report!), 'badges', 'soc2-readiness.svg'),
      'badge-json': path.join(path.dirname(first.outputs.report!), 'badges', 'soc2-readiness.json'),
      // The workspace is no git repository, so the base cannot be scored: no delta.
      'readiness-delta': '',
      forecast: report.forecast === undefined ? '' : report.forecast.readiness.toFixed(1),
      'at-risk': report.forecast === undefined ? '' : report.forecast.atRisk.join(','),
      complete: String(report.summary.complete),
    });
    expect(first.outputs.readiness).toMatch(/^\d+\.\d$/);
    expect(report.missingEvidence.map((entry) => entry.reason).sort()).toEqual(expect.arrayContaining(['absent', 'file-not-found', 'stale']));
    expect(first.outputs.report).toMatch(/runner-temp\/crosswalk-[^/]+\/crosswalk-report\.json$/);
    const sarif = JSON.parse(await readFile(first.outputs.sarif!, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(path.dirname(first.outputs.sarif!)).toBe(path.dirname(first.outputs.report!));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(report.missingEvidence.length + report.diagnostics.length);
  });

  it("writes the badges the source renders, byte for byte (the bundle reads badge-maker's font tables from dist/fonts/)", async () => {
    const folder = path.dirname(first.outputs.badge!);
    for (const badge of renderBadges(report)) expect(await readFile(path.join(folder, badge.name), 'utf8'), badge.name).toBe(badge.content);
  });

  it('writes a job summary: numbers first, tables, links to the checked-out commit, detail folded', () => {
    const { summary } = first;
    expect(summary.split('\n')[0]).toBe(`## SOC 2 readiness: ${report.summary.readiness.toFixed(1)}% · ❌ failed`);
    expect(summary).toContain(`**Design coverage ${report.summary.designCoverage.toFixed(1)}%**`);
    expect(summary).toContain('| Security \\(Common Criteria\\) | 33 |');
    expect(summary).toContain(`### Missing evidence (${report.missingEvidence.length})`);
    // The 2013 id, and the incident tickets' path that matches no file (a warning, SPEC §1.1).
    expect(summary).toContain('### Problems (2)');
    expect(summary).toContain(`https://github.com/northwind/compliance/blob/${headSha}/controls/operations.yaml#L`);
    expect(summary).toContain('### Gaps (');
    expect(summary).toMatch(/<details><summary>Security \(Common Criteria\): \d+ of 33 criteria ready/);
    expect(Buffer.byteLength(summary)).toBeLessThan(1_048_576);
  });

  it('creates one comment on the first run, through the API at GITHUB_API_URL with the token', () => {
    expect(firstRequests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual([
      'GET /repos/northwind/compliance/issues/7/comments',
      'POST /repos/northwind/compliance/issues/7/comments',
    ]);
    expect(firstRequests[0]!.url).toContain('per_page=100');
    expect(firstRequests.every((request) => request.authorization === `token ${fakeToken}`)).toBe(true);
    const { body } = firstRequests[1]!.body as { body: string };
    expect(body.startsWith(`${commentMarker}\n## SOC 2 readiness: ${report.summary.readiness.toFixed(1)}%`)).toBe(true);
    expect(body).toContain(`Updated by crosswalk for ${headSha.slice(0, 7)}`);
    expect(body).toContain('[workflow run](https://github.com/northwind/compliance/actions/runs/4242)');
    expect(body).toContain(`https://github.com/northwind/compliance/blob/${headSha}/controls/operations.yaml#L`);
  });

  it('updates the same comment in place on the next push, with no second comment', () => {
    expect(github.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual([
      'GET /repos/northwind/compliance/issues/7/comments',
      // A comment with the marker is adopted only if the token wrote it: who the token is, asked once.
      'POST /graphql',
      `PATCH /repos/northwind/compliance/issues/comments/${github.comments.get(7)![0]!.id}`,
    ]);
    expect(github.comments.get(7)).toHaveLength(1);
    expect(github.comments.get(7)![0]!.body).toContain(`Updated by crosswalk for ${nextHeadSha.slice(0, 7)}`);
    expect(second.exitCode).toBe(1);
  });

  it('never prints the token or a stack trace', () => {
    expectNoLeaks(first, ...github.comments.get(7)!.map((comment) => comment.body));
    expectNoLeaks(second);
  });
});

describe('the bundled action on the example organization', () => {
  it('reports it as it is and gates on its policy, whatever its figures', async () => {
    const run = await runAction({ workspace: await workspaceFrom('fixtures/example-org'), eventName: 'push' });
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report;
    expect(run.exitCode).toBe(report.summary.passed ? 0 : 1);
    expect(report.summary.passed).toBe(false); // the example is deliberately not ready
    expect(run.outputs.readiness).toBe(report.summary.readiness.toFixed(1));
    expect(run.outputs['missing-evidence']).toBe(String(report.missingEvidence.length));
    const findings = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length + report.missingEvidence.filter((entry) => entry.blocking).length;
    expect(fileAnnotations(run, 'error')).toHaveLength(Math.min(findings, 9));
    expect(run.summary.split('\n')[0]).toBe(`## SOC 2 readiness: ${report.summary.readiness.toFixed(1)}% · ❌ failed`);
    expectNoLeaks(run);
  });
});

describe('the bundled action and the comment API', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterAll(() => github.close());

  it('on a fork (read-only token: 403), writes nothing, says so in a notice and passes by policy alone', async () => {
    github.readOnly = true;
    github.requests.length = 0;
    const run = await runAction({
      workspace: await workspaceFrom(undefined, await passingRepo()),
      eventName: 'pull_request',
      eventPayload: pullRequestPayload({ number: 12, headSha, baseSha, fork: true }),
      inputs: { 'self-judge-when-base-unreadable': 'true' },
      apiUrl: github.url,
    });
    github.readOnly = false;
    expect(github.comments.get(12)).toBeUndefined();
    expect(github.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
    const notices = commentNotices(run);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^crosswalk did not comment on pull request #12: the token may not write to it \(HTTP 403; pull requests from forks get a read-only token\)/);
    expect(run.summary).toContain('crosswalk did not comment on pull request \\#&#8203;12');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.readiness).toMatch(/^\d+\.\d$/);
    expect(annotations(run, 'error')).toEqual([]);
    expectNoLeaks(run);
  });

  it('on a fork that also fails the policy, still fails by policy alone', async () => {
    github.readOnly = true;
    const run = await runAction({
      workspace: await workspaceFrom(undefined, await failingRepo()),
      eventName: 'pull_request',
      eventPayload: pullRequestPayload({ number: 13, headSha, baseSha, fork: true }),
      inputs: { 'self-judge-when-base-unreadable': 'true' },
      apiUrl: github.url,
    });
    github.readOnly = false;
    expect(run.exitCode).toBe(1);
    expect(commentNotices(run)).toHaveLength(1);
    expect(github.comments.get(13)).toBeUndefined();
  });

  it('finds its comment on a later page of a long thread and leaves other comments alone', async () => {
    for (let index = 0; index < 130; index += 1) github.addComment(21, index === 30 ? `Someone quoting ${commentMarker} in a review` : `comment ${index}`, 'reviewer');
    const ours = github.addComment(21, `${commentMarker}\nold report`);
    for (let index = 0; index < 5; index += 1) github.addComment(21, `later comment ${index}`, 'reviewer');
    github.requests.length = 0;
    const run = await runAction({
      workspace: await workspaceFrom(undefined, await passingRepo()),
      eventName: 'pull_request_target',
      eventPayload: pullRequestPayload({ number: 21, headSha, baseSha }),
      inputs: { 'self-judge-when-base-unreadable': 'true' },
      apiUrl: github.url,
    });
    expect(run.exitCode).toBe(0);
    expect(github.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /repos/northwind/compliance/issues/21/comments?per_page=100',
      'GET /repos/northwind/compliance/issues/21/comments?per_page=100&page=2',
      'POST /graphql',
      `PATCH /repos/northwind/compliance/issues/comments/${ours.id}`,
    ]);
    expect(ours.body).toContain('## SOC 2 readiness');
    expect(github.comments.get(21)!.filter((comment) => comment.body.includes('## SOC 2 readiness'))).toHaveLength(1);
  });

  it('with comment: false, makes no request', async () => {
    github.requests.length = 0;
    const run = await runAction({
      workspace: await workspaceFrom(undefined, await passingRepo()),
      inputs: { comment: 'false', 'self-judge-when-base-unreadable': 'true' },
      eventName: 'pull_request',
      eventPayload: pullRequestPayload({ number: 30, headSha, baseSha }),
      apiUrl: github.url,
    });
    expect(run.exitCode).toBe(0);
    expect(github.requests).toEqual([]);
  });

  it('on a push, makes no request and still reports and gates', async () => {
    github.requests.length = 0;
    const run = await runAction({ workspace: await workspaceFrom(undefined, await failingRepo()), eventName: 'push', eventPayload: { ref: 'refs/heads/main', after: headSha }, apiUrl: github.url });
    expect(github.requests).toEqual([]);
    expect(run.exitCode).toBe(1);
    expect(Number(run.outputs['missing-evidence'])).toBeGreaterThan(0);
    expect(run.summary).toMatch(/^## SOC 2 readiness: \d+\.\d% · ❌ failed$/m);
  });

  it('when the API is unreachable, gives a notice and keeps the verdict', async () => {
    const run = await runAction({
      workspace: await workspaceFrom(undefined, await passingRepo()),
      eventName: 'pull_request',
      eventPayload: pullRequestPayload({ number: 40, headSha, baseSha }),
      inputs: { 'self-judge-when-base-unreadable': 'true' },
      apiUrl: 'http://127.0.0.1:9',
    });
    expect(run.exitCode).toBe(0);
    const notices = commentNotices(run);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^crosswalk could not comment on pull request #40: cannot reach the API: /);
    expectNoLeaks(run);
  });
});

describe('the bundled action: inputs, bad input and hostile content', () => {
  it('lets inputs override .crosswalk.yml: fail-on readiness with min-readiness 0 passes a failing repo', async () => {
    const run = await runAction({ workspace: await workspaceFrom(undefined, await failingRepo()), inputs: { 'fail-on': 'readiness', 'min-readiness': '0', scope: 'availability' } });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report;
    // Errors and blocking missing evidence are still annotated; they just do not gate.
    expect(fileAnnotations(run, 'error')).toHaveLength(report.summary.errors + report.summary.blockingMissingEvidence);
    expect(annotations(run, 'error').filter((error) => error.properties.file === undefined)).toEqual([]);
    expect(report.scope).toEqual(['security', 'availability']);
    expect(report.summary.passed).toBe(true);
  });

  it('takes controls globs with braces, comma- or newline-separated', async () => {
    const passing = await passingRepo();
    const workspace = await workspaceFrom(undefined, {
      '.crosswalk.yml': passing['.crosswalk.yml'],
      'compliance/isms/governance.yml': passing['controls/governance.yaml'],
      'extra/more.yaml': passing['controls/governance.yaml'].replace('GOV-01', 'GOV-02'),
      'evidence/governance/operating-record.md': passing['evidence/governance/operating-record.md'],
    });
    const run = await runAction({ workspace, inputs: { controls: 'compliance/**/*.{yaml,yml}\nextra/*.yaml' } });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report;
    expect(report.controls.map((control) => control.id)).toEqual(['GOV-01', 'GOV-02']);
    expect(splitGlobs('a/*.{yaml,yml}, b/**/*.yaml\n c/{x,y}/*.yml ,')).toEqual(['a/*.{yaml,yml}', 'b/**/*.yaml', 'c/{x,y}/*.yml']);
    expect(splitGlobs(' \n ')).toBeUndefined();
  });

  it('resolves the config input against the workspace', async () => {
    const workspace = await workspaceFrom(undefined, { ...(await passingRepo()), 'compliance/strict.yml': 'apiVersion: crosswalk/v1\nkind: Config\nas_of: 2026-11-27\npolicy:\n  fail_on: [gaps]\n' });
    const run = await runAction({ workspace, inputs: { config: 'compliance/strict.yml' } });
    expect(run.exitCode).toBe(1);
    expect(annotations(run, 'error').at(-1)!.message).toMatch(/gate failed: \d+ criteria in scope with no control \(gap\) \(fail-on: gaps\)$/);
  });

  it.each([
    ['fail-on', 'sometimes', 'crosswalk: fail-on: "sometimes" is not one of errors, missing-evidence, new-missing-evidence, stale-evidence, gaps, readiness, regression'],
    ['as-of', '2026-02-30', 'crosswalk: as-of must be a calendar date written YYYY-MM-DD, got "2026-02-30"'],
    ['comment', 'maybe', 'crosswalk: comment: "maybe" is not true or false'],
    ['config', 'missing.yml', /^crosswalk: cannot read config missing\.yml: no such file$/],
  ])('%s: %s fails with one clear error line, exit 2 and no stack trace', async (input, value, message) => {
    const run = await runAction({ workspace: await workspaceFrom(undefined, await passingRepo()), inputs: { [input]: value } });
    expect(run.exitCode).toBe(2);
    expect(run.commands.map((command) => command.command)).toEqual(['error']);
    if (typeof message === 'string') expect(run.commands[0]!.message.startsWith(message)).toBe(true);
    else expect(run.commands[0]!.message).toMatch(message);
    expect(run.commands[0]!.message).not.toContain('\n');
    expect(run.stderr).toBe('');
    expect(run.outputs).toEqual({});
    expectNoLeaks(run);
  });

  it('an invalid .crosswalk.yml fails the step with its file, line and column', async () => {
    const workspace = await workspaceFrom(undefined, { ...(await passingRepo()), '.crosswalk.yml': 'apiVersion: crosswalk/v1\nkind: Config\npolicy:\n  fail_onn: [errors]\n' });
    const run = await runAction({ workspace });
    expect(run.exitCode).toBe(2);
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]!.message).toMatch(/^crosswalk: \.crosswalk\.yml:4:3: /);
  });

  it('a workspace without control files fails on the no-control-files error, annotated without a file', async () => {
    const run = await runAction({ workspace: await workspaceFrom(undefined, { 'README.md': '# empty\n' }) });
    expect(run.exitCode).toBe(1);
    const [finding, gate] = annotations(run, 'error');
    expect(finding!.properties).toEqual({ title: 'crosswalk: No control files (no-control-files)' });
    expect(finding!.message).toMatch(/^no control files match controls\/\*\*\/\*\.\{yaml,yml\}/);
    expect(gate!.message).toMatch(/^crosswalk: the SOC 2 readiness gate failed: 1 error in the control files/);
  });

  it('YAML content cannot forge workflow commands, break the summary or leak into the log', async () => {
    const workspace = await workspaceFrom(undefined, {
      'controls/hostile.yaml': [
        'apiVersion: crosswalk/v1',
        'kind: ControlImplementation',
        'controls:',
        '  - id: EVIL-01',
        '    title: "Threat intel\\n::error::forged\\r\\n::warning file=x,line=1::forged | <script>alert(1)</script> @octocat"',
        '    implements: [A.5.7]',
        '    status: implemented',
        '    evidence:',
        '      - id: ev-1',
        '        satisfies: ["nope\\n::error::forged-too"]',
        '        path: evidence/x.md',
        '        collected: 2026-01-01',
        '',
      ].join('\n'),
    });
    const run = await runAction({ workspace, inputs: { 'as-of': '2026-11-27' } });
    const forged = (command: WorkflowCommand) => command.line.includes('forged') && !/^::(error|warning|notice) [^:]*::/.test(command.line);
    expect(run.commands.filter(forged)).toEqual([]);
    expect(run.stdout).not.toMatch(/^\s*::(error::forged|warning file=x)/m);
    // The forged text is still there, inside the real annotations, on one line (sanitize.ts).
    const messages = annotations(run, 'error').map((command) => command.message);
    expect(messages.some((message) => message.includes('Threat intel ::error::forged ::warning file=x,line=1::forged'))).toBe(true);
    expect(messages.some((message) => message.includes('"nope ::error::forged-too"'))).toBe(true);
    expect(run.summary).not.toMatch(/<script/i);
    expect(run.summary).not.toMatch(/(^|[^`])@octocat/);
    // One table row per missing requirement, each with the header's seven cells.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report;
    const missingSection = run.summary.slice(run.summary.indexOf('### Missing evidence ('), run.summary.indexOf('\n### ', run.summary.indexOf('### Missing evidence (') + 1));
    const rows = missingSection.split('\n').filter((line) => line.includes('EVIL\\-01'));
    expect(rows).toHaveLength(report.missingEvidence.length);
    expect(rows.map(cells)).toEqual(rows.map(() => 7));
    expect(run.exitCode).toBe(1);
  });

  it('annotates at most 10 per level, most important first, the gate included, and counts the rest in the summary', async () => {
    const controls = Array.from({ length: 14 }, (_, index) => [
      `  - id: BAD-${String(index + 1).padStart(2, '0')}`,
      `    title: Control ${index + 1}`,
      '    implements: [A.99.1]',
      '    status: implemented',
    ]).flat();
    // In progress on every partial security row: more than 10 non-blocking missing-evidence warnings.
    const partialRows = securityPartialRows(await defaultMappingRows());
    const progress = ['  - id: WIP-01', '    title: Being built', `    implements: [${partialRows.map((iso) => JSON.stringify(iso)).join(', ')}]`, '    status: in-progress'];
    const workspace = await workspaceFrom(undefined, {
      'controls/bad.yaml': ['apiVersion: crosswalk/v1', 'kind: ControlImplementation', 'controls:', ...controls, ...progress, ''].join('\n'),
    });
    const run = await runAction({ workspace, inputs: { 'as-of': '2026-11-27' } });
    const errors = annotations(run, 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 9).every((error) => error.properties.title === 'crosswalk: Unknown ISO/IEC 27001:2022 control (unknown-iso-control)')).toBe(true);
    expect(errors[9]!.message).toMatch(/^crosswalk: the SOC 2 readiness gate failed/);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report;
    const warnings = report.missingEvidence.filter((entry) => !entry.blocking).length;
    expect(warnings).toBeGreaterThan(10);
    expect(annotations(run, 'warning')).toHaveLength(10);
    expect(run.summary).toContain(`so 5 more errors and ${warnings - 10} more warnings are not annotated`);
    // The log still lists every finding.
    expect(run.stdout.match(/^error controls\/bad\.yaml:/gm)).toHaveLength(14);
    expect(run.stdout.match(/^warning controls\/bad\.yaml:/gm)).toHaveLength(warnings);
  });
});

describe('the annotation plan (no process: the pure part)', () => {
  it('orders error diagnostics, blocking missing evidence, warnings, in-progress evidence, notices; caps each level', () => {
    const report = handmadeReport({
      diagnostics: [
        diagnostic({ severity: 'notice', message: 'a notice' }),
        diagnostic({ severity: 'warning', code: 'requirement-not-implemented', message: 'a warning' }),
        ...Array.from({ length: 8 }, (_, index) => diagnostic({ message: `error ${index}` })),
      ],
      missingEvidence: [missingEntry({ blocking: false, requirement: 'wip-requirement' }), missingEntry({ requirement: 'blocking-one' }), missingEntry({ requirement: 'blocking-two' })],
    });
    const plan = planAnnotations(report, { error: 1 });
    expect(plan.shown.map((annotation) => annotation.level)).toEqual([...Array<string>(9).fill('error'), 'warning', 'warning', 'notice']);
    expect(plan.shown.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message)).toEqual([
      ...Array.from({ length: 8 }, (_, index) => `error ${index}`),
      expect.stringContaining('Evidence requirement blocking-one is not met'),
    ]);
    expect(plan.omitted).toEqual({ error: 1, warning: 0, notice: 0 });
    expect(plan.shown.filter((annotation) => annotation.level === 'warning').map((annotation) => annotation.message)).toEqual(['a warning', expect.stringContaining('wip-requirement')]);
    expect(plan.shown.at(-1)).toMatchObject({ level: 'notice', message: 'a notice' });
    expect(describeOmitted({ error: 2, warning: 1, notice: 3 })).toBe('2 more errors, 1 more warning and 3 more notices');
    expect(describeOmitted({ error: 0, warning: 0, notice: 0 })).toBeUndefined();
  });
});

describe('the bundle', () => {
  it('loads @actions/github only in a lazy chunk, never in the CLI', async () => {
    const index = await readFile(path.join(repoRoot, 'dist', 'index.js'), 'utf8');
    const cli = await readFile(path.join(repoRoot, 'dist', 'cli.js'), 'utf8');
    expect(index).toMatch(/import\("\.\/chunks\/github-[A-Z0-9]+\.js"\)/);
    expect(index).not.toContain('getOctokit(token, options');
    expect(cli).not.toMatch(/chunks\/github-/);
  });
});
