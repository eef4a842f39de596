/**
 * Issue 19, the period ahead (SPEC v3 §2): the forecast at the period's end, due population
 * requirements, one rule for what expires, the incomplete picture, a strip that agrees with its
 * verdict, a pass that names what it tested and a pull-request comment that stays short.
 * Real repositories on disk through the whole engine.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkWithSettings } from '../src/check.js';
import { renderBadges } from '../src/report/github/badge.js';
import { formatHtml } from '../src/report/audit/format-html.js';
import { formatMarkdown } from '../src/report/github/format-markdown.js';
import { formatText } from '../src/report/terminal/format-text.js';
import type { Report } from '../src/report/report.js';
import { commentBody } from '../src/action/comment.js';
import { actionOutputs } from '../src/action/outputs.js';
import { controlFile, makeRepo } from './support/repo.js';

const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Period-ahead test mapping
rows:
  - iso: A.5.1
    tsc: [CC1.2]
    coverage: partial
    evidence:
      - id: policy-review
        description: Annual policy review
        frequency: annual
  - iso: A.8.32
    tsc: [CC8.1]
    coverage: partial
    evidence:
      - id: change-tickets
        description: Sampled change tickets with approvals
        frequency: per-event
        min_samples: 4
  - iso: A.5.15
    tsc: [CC6.1]
    coverage: partial
    evidence:
      - id: access-review
        description: Quarterly access review
        frequency: quarterly
`;

const policyReviewInMarch = `  - id: GOV-01
    title: Policies are reviewed every year
    implements: [A.5.1]
    status: implemented
    owner: grc@acme.example
    evidence:
      - id: review-2026
        satisfies: [policy-review]
        path: evidence/policy-review.md
        collected: 2025-09-10
`;

function changeControl(items: string): string {
  return `  - id: CHG-01
    title: Changes are approved
    implements: [A.8.32]
    status: implemented
    owner: eng@acme.example
    evidence:
${items}`;
}

const q1Tickets = `      - id: tickets-q1
        satisfies: [change-tickets]
        path: evidence/tickets-q1.csv
        collected: 2026-04-02
        period: {start: 2026-01-01, end: 2026-03-31}
        samples: 4
`;

const files = { 'mapping.yaml': mapping, 'evidence/policy-review.md': '# 2026 review\n', 'evidence/tickets-q1.csv': 'id\n1\n2\n3\n4\n' };

async function run(controls: string, options: { asOf: string; period?: string; extra?: Record<string, string> }): Promise<Report> {
  const root = await makeRepo({ ...files, 'controls/c.yaml': controlFile(controls), ...options.extra });
  const overrides = { mapping: path.join(root, 'mapping.yaml'), asOf: options.asOf, ...(options.period ? { auditType: 'type2' as const, period: options.period } : {}) };
  return (await check({ root, overrides })).report;
}

const halfYear = '2026-01-01..2026-06-30';

describe('the forecast: readiness at the period’s end with the evidence as it stands', () => {
  it('annual evidence from before the period counts today but leaves the period’s only window empty: its criterion is at risk', async () => {
    const report = await run(policyReviewInMarch + changeControl(q1Tickets), { asOf: '2026-06-07', period: halfYear });
    expect(report.criteria.find((criterion) => criterion.id === 'CC1.2')?.state).toBe('ready');
    expect(report.forecast).toMatchObject({ asOf: '2026-06-30', atRisk: ['CC1.2', 'CC8.1'] });
    // CC1.2's review must end inside 2026-01-01..2026-06-30; CC8.1 has nothing in Q2.
    const keep = Object.fromEntries(report.forecast!.keepReady.map((risk) => [risk.criterion, risk.evidence.map((entry) => [entry.requirement, entry.reason, entry.window])]));
    expect(keep).toEqual({
      'CC1.2': [['policy-review', 'period-gap', { start: '2026-01-01', end: '2026-06-30' }]],
      'CC8.1': [['change-tickets', 'period-gap', { start: '2026-04-01', end: '2026-06-30' }]],
    });
    expect(report.forecast!.readiness).toBeLessThan(report.summary.readiness);
    expect(report.forecast!.ready).toBe(report.summary.ready - 2);
  });

  it('evidence that fills every window keeps the forecast equal to today', async () => {
    const q2 = `      - id: tickets-q2
        satisfies: [change-tickets]
        path: evidence/tickets-q2.csv
        collected: 2026-06-05
        period: {start: 2026-04-01, end: 2026-06-05}
        samples: 4
`;
    const review = policyReviewInMarch.replace('collected: 2025-09-10', 'collected: 2026-03-10');
    const report = await run(review + changeControl(q1Tickets + q2), { asOf: '2026-06-07', period: halfYear, extra: { 'evidence/tickets-q2.csv': 'id\n5\n' } });
    expect(report.forecast).toMatchObject({ atRisk: [], readiness: report.summary.readiness, keepReady: [] });
  });

  it('is not scored, nor are the warning-only checks run, for a run only compared with another (a pull request\'s base): the same score', async () => {
    // A control file no glob matches: the judged run warns about it, the compared one does not look.
    const stray = controlFile(changeControl(q1Tickets));
    const root = await makeRepo({ ...files, 'controls/c.yaml': controlFile(policyReviewInMarch + changeControl(q1Tickets)), 'notes/c.yaml': stray });
    const overrides = { mapping: path.join(root, 'mapping.yaml'), asOf: '2026-06-07', auditType: 'type2' as const, period: halfYear };
    const judged = await check({ root, overrides });
    const compared = await checkWithSettings(judged.settings, undefined, { mapping: judged.mapping, role: 'compared' });
    expect(judged.report.forecast).toBeDefined();
    expect(compared.forecast).toBeUndefined();
    expect(compared.report.forecast).toBeUndefined();
    // What a comparison with the base reads (report/delta.ts) is the same.
    const comparedFields = ({ summary, criteria, controls, missingEvidence }: typeof judged.report) => ({ readiness: summary.readiness, criteria, controls, missingEvidence });
    expect(comparedFields(compared.report)).toEqual(comparedFields(judged.report));
    expect(judged.report.diagnostics.map((diagnostic) => diagnostic.code)).toContain('unmatched-control-file');
    expect(compared.report.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('unmatched-control-file');
  });

  it('is absent for Type 1, before the period starts and once it has ended', async () => {
    const controls = policyReviewInMarch + changeControl(q1Tickets);
    expect((await run(controls, { asOf: '2026-06-07' })).forecast).toBeUndefined();
    expect((await run(controls, { asOf: '2025-12-31', period: halfYear })).forecast).toBeUndefined();
    expect((await run(controls, { asOf: '2026-07-05', period: halfYear })).forecast).toBeUndefined();
  });

  it('is shown next to readiness in text, Markdown, HTML and the action’s outputs', async () => {
    const report = await run(policyReviewInMarch + changeControl(q1Tickets), { asOf: '2026-06-07', period: halfYear });
    const figure = `${report.forecast!.readiness.toFixed(1)}%`;
    const text = formatText(report, { color: false });
    expect(text).toMatch(new RegExp(`At period end +${figure.replace('.', '\\.')}`));
    expect(text).toContain('At risk by 2026-06-30  2 criteria ready today would not be');
    const markdown = formatMarkdown(report);
    expect(markdown).toContain(`At the period's end (2026-06-30): ${figure}`);
    expect(markdown).toContain('### At risk by 2026-06-30 (2)');
    expect(formatHtml(report)).toContain('id="at-risk"');
    const outputs = actionOutputs(report, { directory: '/tmp', report: '/tmp/r.json', sarif: '/tmp/r.sarif' });
    expect(outputs).toMatchObject({ forecast: report.forecast!.readiness.toFixed(1), 'at-risk': 'CC1.2,CC8.1', complete: 'true' });
  });
});

describe('due evidence', () => {
  it('lists a per-event requirement with nothing yet in the current quarter, due at its end', async () => {
    const report = await run(policyReviewInMarch + changeControl(q1Tickets), { asOf: '2026-06-07', period: halfYear });
    expect(report.dueEvidence.map((entry) => [entry.requirement, entry.due, entry.window])).toContainEqual(['change-tickets', '2026-06-30', { start: '2026-04-01', end: '2026-06-30' }]);
  });

  it('under Type 2 the windows are the test: no expiry warnings, only what is due', async () => {
    const type1 = await run(policyReviewInMarch, { asOf: '2026-09-20' });
    expect(type1.expiringEvidence.map((item) => item.evidence)).toEqual(['review-2026']);
    const type2 = await run(policyReviewInMarch, { asOf: '2026-06-07', period: halfYear });
    expect(type2.expiringEvidence).toEqual([]);
    expect(type2.summary.expiringEvidence).toBe(0);
  });
});

describe('an incomplete picture', () => {
  const broken = { 'controls/broken.yaml': controlFile('  - id: GOV-02\n    title: Broken\n    implements: [A.5.1]\n    status: done\n') };

  it('a file error makes summary.complete false, says so next to readiness in every format, and the badge shows errors', async () => {
    const report = await run(policyReviewInMarch, { asOf: '2026-06-07', extra: broken });
    expect(report.summary).toMatchObject({ complete: false });
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(formatText(report, { color: false })).toContain('Incomplete picture:');
    expect(formatMarkdown(report)).toContain('> [!WARNING]\n> Incomplete picture:');
    const page = formatHtml(report);
    expect(page).toContain('Incomplete picture:');
    // Problems come first on the page.
    expect(page.indexOf('id="problems"')).toBeLessThan(page.indexOf('id="summary"'));
    const badges = renderBadges(report);
    expect(JSON.parse(badges.find((badge) => badge.name === 'soc2-readiness.json')!.content)).toMatchObject({ message: 'errors' });
    expect(badges.find((badge) => badge.name === 'soc2-readiness.svg')!.content).toContain('>errors<');
  });

  it('notices alone do not push the figures down the page: Problems then comes after them', async () => {
    // In progress: a planned control without evidence draws no notice.
    const unreached = '  - id: ISMS-01\n    title: Context of the organization\n    implements: ["4.1"]\n    status: in-progress\n';
    const report = await run(policyReviewInMarch + unreached, { asOf: '2026-06-07', extra: { 'controls/c.yaml': controlFile(policyReviewInMarch + unreached) } });
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.diagnostics.map((diagnostic) => diagnostic.severity)).toContain('notice');
    const page = formatHtml(report);
    expect(page.indexOf('id="problems"')).toBeGreaterThan(page.indexOf('id="summary"'));
  });

  it('a repository without errors is complete and its badge shows the figure', async () => {
    const report = await run(policyReviewInMarch, { asOf: '2026-06-07' });
    expect(report.summary.complete).toBe(true);
    expect(JSON.parse(renderBadges(report).find((badge) => badge.name === 'soc2-readiness.json')!.content).message).toBe(`${report.summary.readiness.toFixed(1)}%`);
  });
});

describe('the strip agrees with the verdict', () => {
  it('a population requirement short of samples shows its windows with evidence as too few samples, not ✔', async () => {
    const fewTickets = q1Tickets.replace('samples: 4', 'samples: 1');
    const report = await run(changeControl(fewTickets), { asOf: '2026-06-07', period: halfYear });
    expect(report.missingEvidence.find((entry) => entry.requirement === 'change-tickets')).toMatchObject({ reason: 'insufficient-samples' });
    const strip = report.timeline.find((entry) => entry.requirement === 'change-tickets')!.windows.map((window) => window.state);
    expect(strip).toEqual(['under-sampled', 'current']);
    expect(formatText(report, { color: false })).toContain('Q1 2026 ◐');
  });
});

describe('what the gate checked', () => {
  it('a pass at 0.0% names the conditions it tested and that readiness is not one of them', async () => {
    const planned = '  - id: GOV-01\n    title: Policies\n    implements: [A.5.1]\n    status: planned\n';
    const report = await run(planned, { asOf: '2026-06-07' });
    expect(report.summary).toMatchObject({ passed: true, readiness: 0, checkedConditions: ['errors', 'missing-evidence'] });
    expect(formatText(report, { color: false })).toContain('PASSED — the gate tested errors, missing-evidence and none holds; readiness (0.0%) is not part of it');
  });
});

describe('the pull-request comment', () => {
  it('keeps the example short: blocking evidence and the criteria at risk, each ask once, the rest in the job summary', async () => {
    const { report } = await check({ root: path.resolve('fixtures/example-org'), overrides: { asOf: '2026-12-07', period: '2026-07-01..2026-12-31' } });
    const body = commentBody(report, { linkBase: undefined, sha: 'abc1234', runUrl: undefined });
    expect(body.length).toBeLessThanOrEqual(12_500);
    expect(body).toContain('Blocking missing evidence');
    expect(body).toContain('The job summary of this run has the rest');
    expect(body).not.toContain('Every criterion in scope');
    // Each ask once: a requirement row appears once per control, however many mapping rows repeat it.
    const rows = body.split('\n').filter((line) => line.startsWith('| **'));
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows).size).toBe(rows.length);
    expect(body).toContain('At risk by 2026-12-31');
  });
});
