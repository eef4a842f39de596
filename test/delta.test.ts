import { describe, expect, it } from 'vitest';
import { check, compareWithBase } from '../src/check.js';
import { controlFile, makeRepo } from './support/repo.js';

/** Two criteria, each reached by one row: every figure below is computed by hand. */
const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Delta test mapping
rows:
  - iso: A.8.2
    tsc: [CC6.2]
    coverage: partial
    evidence:
      - id: privileged-access-review
        description: Quarterly review of privileged accounts
        frequency: quarterly
  - iso: A.5.1
    tsc: [CC1.2]
    coverage: full
`;

const privileged = (status = 'implemented') => `  - id: AC-03
    title: Privileged access is approved and reviewed quarterly
    implements: [A.8.2]
    status: ${status}
    evidence:
      - id: review
        satisfies: [privileged-access-review]
        path: evidence/privileged/review-2026-q4.csv
        collected: 2026-10-15
`;
const policies = `  - id: POL-01
    title: Policies are approved and published
    implements: [A.5.1]
    status: implemented
    evidence:
      - id: publication-log
        type: log
        path: evidence/policies/publication-log.csv
        collected: 2026-11-02
`;

const config = (failOn: string) => `as_of: 2026-11-27\nmapping: mapping.yaml\npolicy:\n  fail_on: [${failOn}]\n`;
const files = {
  'mapping.yaml': mapping,
  'evidence/privileged/review-2026-q4.csv': 'account,reviewer\nroot,dana\n',
  'evidence/policies/publication-log.csv': 'policy,published\nISP,2026-11-02\n',
};

/** The files of a repository without one of them. */
function without(files: Record<string, string>, removed: string): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([file]) => file !== removed));
}

async function compare(base: Record<string, string>, head: Record<string, string>) {
  const baseRun = await check({ root: await makeRepo(base) });
  const headRun = await check({ root: await makeRepo(head) });
  return { head: headRun, compared: compareWithBase(headRun, baseRun.report) };
}

describe('pull-request delta', () => {
  it('shows readiness before and after, the criteria that changed and the evidence that went missing; regression blocks', async () => {
    const repo = { '.crosswalk.yml': config('errors, regression'), 'controls/access.yaml': controlFile(privileged() + policies), ...files };
    const { head, compared } = await compare(repo, without(repo, 'evidence/privileged/review-2026-q4.csv'));
    expect(head.report.summary.passed).toBe(true);
    // Security: 33 criteria. Base: CC6.2 and CC1.2 ready (2/33 = 6.1%); head: CC1.2 only (1/33 = 3.0%).
    expect(compared.delta).toMatchObject({ before: 6.1, after: 3, change: -3.1, criteriaChanged: [{ id: 'CC6.2', before: 'ready', after: 'incomplete' }], missingEvidenceResolved: [] });
    expect(compared.delta.missingEvidenceAdded.map((entry) => [entry.iso, entry.requirement, entry.reason])).toEqual([['A.8.2', 'privileged-access-review', 'file-not-found']]);
    expect(compared.report.summary.failedConditions).toEqual([{ condition: 'regression', reason: 'readiness falls from 6.1% to 3.0%' }]);
  });

  it('a pull request that adds evidence resolves missing entries and passes', async () => {
    const head = { '.crosswalk.yml': config('errors, regression'), 'controls/access.yaml': controlFile(privileged() + policies), ...files };
    const { compared } = await compare(without(head, 'evidence/privileged/review-2026-q4.csv'), head);
    expect(compared.delta.change).toBe(3.1);
    expect(compared.delta.missingEvidenceResolved.map((entry) => entry.requirement)).toEqual(['privileged-access-review']);
    expect(compared.report.summary.passed).toBe(true);
  });
});

describe('a gate that tells the truth', () => {
  it('new-missing-evidence blocks only the blocking missing evidence a pull request adds', async () => {
    // The base already misses A.5.1's operating evidence (no record): a program midway.
    const unfinished = `  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n`;
    const base = { '.crosswalk.yml': config('errors, new-missing-evidence'), 'controls/access.yaml': controlFile(privileged() + unfinished), ...files };
    const same = await compare(base, base);
    expect(same.head.report.summary.missingEvidence).toBe(1);
    expect(same.compared.report.summary.passed).toBe(true);

    const { compared } = await compare(base, without(base, 'evidence/privileged/review-2026-q4.csv'));
    expect(compared.report.summary.failedConditions).toEqual([{ condition: 'new-missing-evidence', reason: 'this pull request adds 1 blocking missing-evidence entry' }]);
  });

  it('new-missing-evidence lets a pull request add missing evidence that does not block: a control still in progress', async () => {
    const base = { '.crosswalk.yml': config('errors, new-missing-evidence'), 'controls/access.yaml': controlFile(privileged('in-progress') + policies), ...files };
    const { compared } = await compare(base, without(base, 'evidence/privileged/review-2026-q4.csv'));
    expect(compared.delta.missingEvidenceAdded.map((entry) => [entry.requirement, entry.blocking])).toEqual([['privileged-access-review', false]]);
    expect(compared.report.summary.passed).toBe(true);
  });

  it('without a base (a push, a schedule), new-missing-evidence and regression cannot hold', async () => {
    // Blocking evidence is missing (the review file is gone), but there is no base to have added it.
    const repo = { '.crosswalk.yml': config('new-missing-evidence, regression'), 'controls/access.yaml': controlFile(privileged()), ...files };
    const run = await check({ root: await makeRepo(without(repo, 'evidence/privileged/review-2026-q4.csv')) });
    expect(run.report.summary.blockingMissingEvidence).toBe(1);
    expect(run.report.summary.passed).toBe(true);
  });

  it('lowering a control\'s status is a regression even though readiness rises, and the delta lists it', async () => {
    // Base: AC-03 implemented but its review is missing → CC6.2 incomplete. Head: AC-03 planned → CC6.2 a gap,
    // the row leaves the test and readiness does not fall: only the withdrawn claim shows it.
    const repo = (status: string) => ({ '.crosswalk.yml': config('errors, regression'), 'controls/access.yaml': controlFile(privileged(status) + policies), ...files, 'evidence/privileged/review-2026-q4.csv': '' });
    const { compared } = await compare(repo('implemented'), repo('planned'));
    expect(compared.delta.change).toBe(0);
    expect(compared.delta.controlsChanged).toEqual([{ id: 'AC-03', title: 'Privileged access is approved and reviewed quarterly', before: 'implemented', after: 'planned', criteria: ['CC6.2'], withdrawn: true }]);
    expect(compared.delta.missingEvidenceResolved.map((entry) => entry.requirement)).toEqual(['privileged-access-review']);
    expect(compared.report.summary.failedConditions).toEqual([{ condition: 'regression', reason: 'this pull request withdraws the claim of AC-03 (status lowered or control removed)' }]);
  });

  it('removing a control is a withdrawal too; raising a status is not', async () => {
    const base = { '.crosswalk.yml': config('errors, regression'), 'controls/access.yaml': controlFile(privileged('in-progress') + policies), ...files };
    const removed = await compare(base, { ...base, 'controls/access.yaml': controlFile(policies) });
    expect(removed.compared.delta.controlsChanged).toMatchObject([{ id: 'AC-03', before: 'in-progress', after: null, withdrawn: true }]);
    expect(removed.compared.report.summary.passed).toBe(false);
    const raised = await compare(base, { ...base, 'controls/access.yaml': controlFile(privileged('implemented') + policies) });
    expect(raised.compared.delta.controlsChanged).toMatchObject([{ id: 'AC-03', before: 'in-progress', after: 'implemented', withdrawn: false }]);
    expect(raised.compared.report.summary.passed).toBe(true);
  });

  it('never reports as resolved the missing evidence of controls that a file error removed; says they were not compared', async () => {
    const base = { '.crosswalk.yml': config('errors, new-missing-evidence'), 'controls/access.yaml': controlFile(privileged()), 'controls/policies.yaml': controlFile(`  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n`), ...files };
    const broken = { ...base, 'controls/policies.yaml': `${controlFile('  - id: POL-01\n    title: "Policies\n')}` };
    const { compared } = await compare(base, broken);
    expect(compared.delta.notCompared).toEqual(['POL-01']);
    expect(compared.delta.missingEvidenceResolved).toEqual([]);
    expect(compared.delta.controlsChanged).toEqual([]);
    expect(compared.report.summary.failedConditions.map((failure) => failure.condition)).toEqual(['errors']);
  });
});
