import { describe, expect, it } from 'vitest';
import { check, compareWithBase } from '../src/check.js';
import { controlFile, makeRepo } from './support/repo.js';

const privileged = controlFile(`  - id: AC-03
    title: Privileged access is approved and reviewed quarterly
    implements: [A.8.2]
    status: implemented
    evidence:
      - id: review
        satisfies: [privileged-access-review]
        path: evidence/privileged/review-2026-q4.csv
        collected: 2026-10-15
      - id: approvals
        satisfies: [privileged-access-approvals]
        path: evidence/privileged/approvals.csv
        collected: 2026-10-15
        samples: 10
  - id: HR-01
    title: Awareness training
    implements: [A.6.3]
    status: implemented
`);

const config = 'as_of: 2026-11-27\npolicy:\n  fail_on: [errors, regression]\n';
const evidence = { 'evidence/privileged/review-2026-q4.csv': 'account,reviewer\n', 'evidence/privileged/approvals.csv': 'grant,approver\n' };

describe('pull-request delta', () => {
  it('shows readiness before and after, the criteria that changed and the evidence that went missing; regression blocks', async () => {
    const baseRoot = await makeRepo({ '.crosswalk.yml': config, 'controls/access.yaml': privileged, ...evidence });
    const headRoot = await makeRepo({ '.crosswalk.yml': config, 'controls/access.yaml': privileged, 'evidence/privileged/approvals.csv': 'grant,approver\n' });
    const base = await check({ root: baseRoot });
    const head = await check({ root: headRoot });
    expect(head.report.summary.passed).toBe(true);

    const compared = compareWithBase(head, base.report);
    expect(compared.delta).toMatchObject({
      before: 12.1,
      after: 6.1,
      change: -6,
      criteriaChanged: [
        { id: 'CC6.2', before: 'ready', after: 'incomplete' },
        { id: 'CC6.3', before: 'ready', after: 'incomplete' },
      ],
      missingEvidenceResolved: [],
    });
    expect(compared.delta.missingEvidenceAdded.map((entry) => [entry.iso, entry.requirement, entry.reason])).toEqual([['A.8.2', 'privileged-access-review', 'file-not-found']]);
    expect(compared.report.summary.passed).toBe(false);
    expect(compared.report.summary.failedConditions).toEqual([{ condition: 'regression', reason: 'readiness falls from 12.1% to 6.1%' }]);
  });

  it('a pull request that adds evidence resolves missing entries and passes', async () => {
    const baseRoot = await makeRepo({ '.crosswalk.yml': config, 'controls/access.yaml': privileged, 'evidence/privileged/approvals.csv': 'x' });
    const headRoot = await makeRepo({ '.crosswalk.yml': config, 'controls/access.yaml': privileged, ...evidence });
    const compared = compareWithBase(await check({ root: headRoot }), (await check({ root: baseRoot })).report);
    expect(compared.delta.change).toBe(6);
    expect(compared.delta.missingEvidenceResolved.map((entry) => entry.requirement)).toEqual(['privileged-access-review']);
    expect(compared.report.summary.passed).toBe(true);
  });
});
