import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { check } from '../src/check.js';
import type { Report } from '../src/report/report.js';
import { controlFile, makeRepo } from './support/repo.js';
import { captureIo } from './support/cli-io.js';

/** A small mapping whose rows make every state and reason easy to compute by hand. */
const testMapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Test mapping
rows:
  - iso: A.5.1
    tsc: [CC1.1]
    coverage: full
  - iso: A.5.7
    tsc: [CC3.2]
    coverage: partial
    evidence:
      - id: intel-review
        description: Threat intelligence reviewed
        max_age_days: 30
      - id: intel-samples
        description: Three sampled records
        min_samples: 3
  - iso: A.8.32
    tsc: [CC8.1]
    coverage: gap
  - iso: A.8.2
    tsc: [CC6.2, C1.1]
    coverage: partial
    evidence:
      - id: priv-review
        description: Privileged access review
  - iso: A.5.15
    tsc: [CC6.2]
    coverage: full
`;

const asOf = '2026-11-27';

async function scoreRepo(controls: string, files: Record<string, string> = {}, overrides: Record<string, unknown> = {}): Promise<Report> {
  const root = await makeRepo({ 'mapping.yaml': testMapping, 'controls/c.yaml': controlFile(controls), ...files });
  const run = await check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml'), ...overrides } });
  return run.report;
}

/** A record of a control in action: the operating evidence a full row needs (SPEC §2). */
const operating = `    evidence:
      - id: record
        type: log
        path: evidence/record.md
        collected: 2026-11-20
`;
const recordFile = { 'evidence/record.md': '2026-11-20 the control ran' };

const stateOf = (report: Report, id: string) => report.criteria.find((criterion) => criterion.id === id)?.state;
const missingFor = (report: Report, requirement: string) => report.missingEvidence.filter((entry) => entry.requirement === requirement);

/** An A.5.7 control whose evidence is given by the test; intel-samples satisfied by default. */
function intelControl(status: string, evidence: string): string {
  return `  - id: TI-01
    title: Threat intelligence informs risk
    implements: [A.5.7]
    status: ${status}
    evidence:
${evidence}`;
}

const samplesOk = `      - id: samples
        satisfies: [intel-samples]
        path: evidence/samples/*.csv
        collected: 2026-11-01
`;
const sampleFiles = { 'evidence/samples/1.csv': 'a', 'evidence/samples/2.csv': 'b', 'evidence/samples/3.csv': 'c' };

describe('criterion states (SPEC §2)', () => {
  it('a full row with an implemented control and a record of it operating makes its criterion ready', async () => {
    const report = await scoreRepo(`  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n${operating}`, recordFile);
    expect(stateOf(report, 'CC1.1')).toBe('ready');
    expect(report.criteria.find((criterion) => criterion.id === 'CC1.1')?.controls).toEqual(['A.5.1']);
  });

  it('an in-progress control makes the criterion incomplete; its missing operating evidence warns, not blocks', async () => {
    const report = await scoreRepo(`  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: in-progress\n`);
    expect(stateOf(report, 'CC1.1')).toBe('incomplete');
    expect(report.missingEvidence).toMatchObject([{ iso: 'A.5.1', requirement: 'operating-evidence', reason: 'absent', blocking: false }]);
  });

  it.each(['planned', 'not-applicable'])('a %s control leaves the criterion a gap', async (status) => {
    const justification = status === 'not-applicable' ? '    justification: Not relevant here\n' : '';
    const report = await scoreRepo(`  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: ${status}\n${justification}`);
    expect(stateOf(report, 'CC1.1')).toBe('gap');
    expect(report.diagnostics).toEqual([]);
  });

  it('a gap row never makes a criterion ready, even with an implemented control', async () => {
    const report = await scoreRepo(`  - id: CHG-01\n    title: Changes\n    implements: [A.8.32]\n    status: implemented\n`);
    expect(stateOf(report, 'CC8.1')).toBe('gap');
    expect(report.criteria.find((criterion) => criterion.id === 'CC8.1')?.controls).toEqual(['A.8.32']);
  });

  it('a criterion is not ready while any live row reaching it is incomplete, and says what blocks it', async () => {
    // A.5.15 → CC6.2 is met (operating evidence), but A.8.2 → CC6.2 misses priv-review.
    const report = await scoreRepo(`  - id: AC-01
    title: Access control
    implements: [A.5.15, A.8.2]
    status: implemented
${operating}`, recordFile);
    expect(stateOf(report, 'CC6.2')).toBe('incomplete');
    const criterion = report.criteria.find((entry) => entry.id === 'CC6.2');
    expect(criterion?.controls).toEqual(['A.8.2']);
    expect(criterion?.blockedBy).toEqual([{ kind: 'row', iso: 'A.8.2', isoTitle: 'Privileged access rights', controls: ['AC-01'], inProgress: false, requirements: [{ id: 'priv-review', reason: 'absent' }] }]);
    expect(missingFor(report, 'priv-review')).toMatchObject([{ iso: 'A.8.2', controls: ['AC-01'], criteria: ['CC6.2'], reason: 'absent', blocking: true }]);
  });

  it('a criterion is ready when every live row reaching it is met; absent rows do not count against it', async () => {
    const report = await scoreRepo(`  - id: AC-01
    title: Access control
    implements: [A.5.15]
    status: implemented
${operating}  - id: AC-02
    title: Privileged access, planned
    implements: [A.8.2]
    status: planned
`, recordFile);
    expect(stateOf(report, 'CC6.2')).toBe('ready');
    expect(report.criteria.find((entry) => entry.id === 'CC6.2')).toMatchObject({ controls: ['A.5.15'], blockedBy: [] });
  });
});

describe('evidence requirement reasons, first that holds', () => {
  it('absent: no item lists the requirement', async () => {
    const report = await scoreRepo(intelControl('implemented', samplesOk), sampleFiles);
    expect(stateOf(report, 'CC3.2')).toBe('incomplete');
    expect(missingFor(report, 'intel-review')).toMatchObject([{ reason: 'absent', blocking: true, evidence: [] }]);
    expect(missingFor(report, 'intel-samples')).toEqual([]);
  });

  it('file-not-found: the items that list it match no file', async () => {
    const evidence = `${samplesOk}      - id: review
        satisfies: [intel-review]
        path: evidence/intel/*.md
        collected: 2026-11-20
`;
    const report = await scoreRepo(intelControl('implemented', evidence), sampleFiles);
    expect(missingFor(report, 'intel-review')).toMatchObject([{ reason: 'file-not-found', evidence: [{ control: 'TI-01', evidence: 'review', file: 'controls/c.yaml', line: 13, column: 9 }] }]);
  });

  it('stale: present but older than the requirement max_age_days (30 here)', async () => {
    const evidence = `${samplesOk}      - id: review
        satisfies: [intel-review]
        path: evidence/intel/review.md
        collected: 2026-10-27
`;
    // 2026-10-27 → 2026-11-27 is 31 days.
    const report = await scoreRepo(intelControl('implemented', evidence), { ...sampleFiles, 'evidence/intel/review.md': '# review' });
    expect(missingFor(report, 'intel-review')).toMatchObject([{ reason: 'stale' }]);
  });

  it('fresh on the last allowed day (age = max_age_days)', async () => {
    const evidence = `${samplesOk}      - id: review
        satisfies: [intel-review]
        path: evidence/intel/review.md
        collected: 2026-10-28
`;
    const report = await scoreRepo(intelControl('implemented', evidence), { ...sampleFiles, 'evidence/intel/review.md': '# review' });
    expect(report.missingEvidence).toEqual([]);
    expect(stateOf(report, 'CC3.2')).toBe('ready');
  });

  it('stale wins over file-not-found when one item is missing and another present but old', async () => {
    const evidence = `${samplesOk}      - id: gone
        satisfies: [intel-review]
        path: evidence/intel/gone.md
        collected: 2026-11-20
      - id: old
        satisfies: [intel-review]
        path: evidence/intel/old.md
        collected: 2025-01-01
`;
    const report = await scoreRepo(intelControl('implemented', evidence), { ...sampleFiles, 'evidence/intel/old.md': 'old' });
    expect(missingFor(report, 'intel-review')).toMatchObject([{ reason: 'stale' }]);
  });

  it('Type 1 needs one fresh instance: no sample count, whatever min_samples says', async () => {
    const evidence = `      - id: samples
        satisfies: [intel-samples]
        path: evidence/samples/*.csv
        collected: 2026-11-01
      - id: review
        satisfies: [intel-review]
        url: https://intel.example/review
        collected: 2026-11-20
`;
    const report = await scoreRepo(intelControl('implemented', evidence), { 'evidence/samples/1.csv': 'a', 'evidence/samples/2.csv': 'b' });
    // Two files against min_samples 3: a Type 1 report attests design at a date, so one instance suffices.
    expect(missingFor(report, 'intel-samples')).toEqual([]);
    expect(stateOf(report, 'CC3.2')).toBe('ready');
  });

  it('samples: on an item overrides the number of files, and items add up', async () => {
    const evidence = `      - id: export
        satisfies: [intel-samples]
        path: evidence/samples/1.csv
        collected: 2026-11-01
        samples: 2
      - id: more
        satisfies: [intel-samples]
        path: evidence/samples/2.csv
        collected: 2026-11-02
      - id: review
        satisfies: [intel-review]
        url: https://intel.example/review
        collected: 2026-11-20
`;
    const report = await scoreRepo(intelControl('implemented', evidence), { 'evidence/samples/1.csv': 'a', 'evidence/samples/2.csv': 'b' });
    expect(report.missingEvidence).toEqual([]);
    expect(stateOf(report, 'CC3.2')).toBe('ready');
  });

  it('url evidence is present, counted once, and reported as unverified', async () => {
    const evidence = `${samplesOk}      - id: review
        satisfies: [intel-review]
        url: https://intel.example/review
        collected: 2026-11-20
`;
    const report = await scoreRepo(intelControl('implemented', evidence), sampleFiles);
    expect(stateOf(report, 'CC3.2')).toBe('ready');
    expect(report.unverifiedEvidence).toMatchObject([{ control: 'TI-01', evidence: 'review', url: 'https://intel.example/review' }]);
  });
});

describe('controls and rows', () => {
  it('missing evidence of an in-progress control is reported but does not block', async () => {
    const report = await scoreRepo(intelControl('in-progress', samplesOk), sampleFiles);
    expect(stateOf(report, 'CC3.2')).toBe('incomplete');
    expect(missingFor(report, 'intel-review')).toMatchObject([{ reason: 'absent', blocking: false }]);
    expect(report.summary.passed).toBe(true);
  });

  it('an in-progress control with every requirement satisfied is incomplete and misses nothing', async () => {
    const evidence = `${samplesOk}      - id: review
        satisfies: [intel-review]
        url: https://intel.example/review
        collected: 2026-11-20
`;
    const report = await scoreRepo(intelControl('in-progress', evidence), sampleFiles);
    expect(stateOf(report, 'CC3.2')).toBe('incomplete');
    expect(report.missingEvidence).toEqual([]);
  });

  it('several org controls implementing one ISO control pool their evidence; the entry lists the active ones', async () => {
    const controls = `  - id: TI-02
    title: Intel feed review
    implements: [A.5.7]
    status: in-progress
    evidence:
      - id: review
        satisfies: [intel-review]
        url: https://intel.example/review
        collected: 2026-11-20
  - id: TI-01
    title: Intel in risk
    implements: [A.5.7]
    status: planned
    evidence:
${samplesOk}  - id: TI-03
    title: Intel, retired
    implements: [A.5.7]
    status: not-applicable
    justification: Replaced by TI-01
`;
    const report = await scoreRepo(controls, sampleFiles);
    // Evidence of the planned TI-01 counts; only TI-02 (in progress) is active, so the row is incomplete, with nothing missing.
    expect(stateOf(report, 'CC3.2')).toBe('incomplete');
    expect(report.missingEvidence).toEqual([]);
  });

  it('evidence on a not-applicable implementer does not count', async () => {
    const controls = `  - id: TI-01
    title: Intel in risk
    implements: [A.5.7]
    status: implemented
  - id: TI-09
    title: Old intel process
    implements: [A.5.7]
    status: not-applicable
    justification: Replaced by TI-01
    evidence:
${samplesOk}`;
    const report = await scoreRepo(controls, sampleFiles);
    expect(missingFor(report, 'intel-samples')).toMatchObject([{ reason: 'absent', controls: ['TI-01'], blocking: true }]);
  });

  it('blocks when any active implementer is implemented; locates the entry at the first control by id', async () => {
    const controls = `  - id: TI-02
    title: Intel feed review
    implements: [A.5.7]
    status: in-progress
  - id: TI-01
    title: Intel in risk
    implements: [A.5.7]
    status: implemented
`;
    const report = await scoreRepo(controls);
    const [entry] = missingFor(report, 'intel-review');
    expect(entry).toMatchObject({ controls: ['TI-01', 'TI-02'], blocking: true, file: 'controls/c.yaml', line: 8, column: 5 });
  });

  it('one org control implementing several ISO controls reaches all their criteria', async () => {
    const report = await scoreRepo(`  - id: GOV-01
    title: Governance
    implements: [A.5.1, A.5.15]
    status: implemented
${operating}`, recordFile);
    expect(stateOf(report, 'CC1.1')).toBe('ready');
    expect(stateOf(report, 'CC6.2')).toBe('ready');
  });
});

describe('supplemental controls (covers)', () => {
  const coversControl = (status: string, evidence: string) => `  - id: SOC-01
    title: Commitments are communicated to customers
    covers: [CC2.3]
    status: ${status}
${evidence}`;

  it('is met when implemented with one present, fresh item', async () => {
    const report = await scoreRepo(coversControl('implemented', `    evidence:\n      - id: page\n        path: evidence/trust.md\n        collected: 2026-06-01\n`), { 'evidence/trust.md': '# Trust' });
    expect(stateOf(report, 'CC2.3')).toBe('ready');
    expect(report.criteria.find((criterion) => criterion.id === 'CC2.3')).toMatchObject({ controls: [], supplementalControls: ['SOC-01'] });
  });

  it('is incomplete with stale evidence, reported under the control with no ISO id', async () => {
    const report = await scoreRepo(coversControl('implemented', `    evidence:\n      - id: page\n        path: evidence/trust.md\n        collected: 2025-06-01\n`), { 'evidence/trust.md': '# Trust' });
    expect(stateOf(report, 'CC2.3')).toBe('incomplete');
    expect(report.missingEvidence).toMatchObject([{ iso: null, controls: ['SOC-01'], criteria: ['CC2.3'], requirement: 'operating-evidence', reason: 'stale', blocking: true }]);
  });

  it('without evidence it misses operating evidence (absent)', async () => {
    const report = await scoreRepo(coversControl('implemented', ''));
    expect(report.missingEvidence).toMatchObject([{ iso: null, reason: 'absent' }]);
  });

  it('a planned one leaves a gap', async () => {
    const report = await scoreRepo(coversControl('planned', ''));
    expect(stateOf(report, 'CC2.3')).toBe('gap');
    expect(report.missingEvidence).toEqual([]);
  });
});

describe('totals, scope and policy', () => {
  const threeStates = `  - id: POL-01
    title: Policies
    implements: [A.5.1]
    status: implemented
${operating}  - id: TI-01
    title: Intel
    implements: [A.5.7]
    status: in-progress
`;

  it('computes readiness and design coverage over the in-scope criteria, one decimal', async () => {
    const report = await scoreRepo(threeStates, recordFile);
    // Security only: 33 criteria; CC1.1 ready, CC3.2 incomplete.
    expect(report.summary).toMatchObject({ criteria: 33, ready: 1, incomplete: 1, gap: 31, readiness: 3, designCoverage: 6.1 });
    expect(report.criteria.map((criterion) => criterion.id)).toEqual(expect.arrayContaining(['CC1.1', 'CC9.2']));
    expect(report.criteria).toHaveLength(33);
    expect(report.categories).toEqual([expect.objectContaining({ category: 'security', criteria: 33, ready: 1, readiness: 3 })]);
  });

  it('criteria of categories out of scope are neither listed nor reported as missing', async () => {
    const controls = `  - id: AC-09\n    title: Privileged access\n    implements: [A.8.2]\n    status: implemented\n`;
    const security = await scoreRepo(controls);
    expect(security.criteria.some((criterion) => criterion.id === 'C1.1')).toBe(false);
    expect(security.missingEvidence).toMatchObject([{ criteria: ['CC6.2'] }]);
    const withConfidentiality = await scoreRepo(controls, {}, { scope: ['confidentiality'] });
    expect(withConfidentiality.summary.criteria).toBe(35);
    expect(withConfidentiality.missingEvidence).toMatchObject([{ criteria: ['CC6.2', 'C1.1'] }]);
    expect(withConfidentiality.scope).toEqual(['security', 'confidentiality']);
  });

  it('fails on gaps, stale evidence or low readiness only when asked to', async () => {
    const base = await scoreRepo(threeStates, recordFile);
    expect(base.summary.passed).toBe(true);
    const gaps = await scoreRepo(threeStates, recordFile, { failOn: ['gaps'] });
    expect(gaps.summary).toMatchObject({ passed: false, failedConditions: [{ condition: 'gaps', reason: '31 criteria in scope with no control (gap)' }] });
    const readiness = await scoreRepo(threeStates, recordFile, { failOn: ['readiness'], minReadiness: '3.1' });
    expect(readiness.summary.failedConditions).toEqual([{ condition: 'readiness', reason: 'readiness 3.0% is below the minimum of 3.1%' }]);
    const enough = await scoreRepo(threeStates, recordFile, { failOn: ['readiness'], minReadiness: '3' });
    expect(enough.summary.passed).toBe(true);
  });

  it('stale-evidence fails on a requirement met only by stale evidence, even for an in-progress control', async () => {
    const evidence = `${samplesOk}      - id: review
        satisfies: [intel-review]
        url: https://intel.example/review
        collected: 2026-01-01
`;
    const report = await scoreRepo(intelControl('in-progress', evidence), sampleFiles, { failOn: ['stale-evidence'] });
    expect(report.summary.failedConditions.map((failure) => failure.condition)).toEqual(['stale-evidence']);
  });

  it('errors do not fail the gate when errors is not in fail_on, but are still reported', async () => {
    const controls = `  - id: POL-01\n    title: Policies\n    implements: [A.5.1, A.9.9.9]\n    status: implemented\n${operating}`;
    const strict = await scoreRepo(controls, recordFile);
    expect(strict.summary).toMatchObject({ errors: 1, passed: false });
    const lenient = await scoreRepo(controls, recordFile, { failOn: ['gaps'], scope: [] });
    expect(lenient.summary.errors).toBe(1);
    expect(lenient.summary.failedConditions.map((failure) => failure.condition)).toEqual(['gaps']);
    // The valid id of the control still counts.
    expect(stateOf(lenient, 'CC1.1')).toBe('ready');
  });
});

describe('the bundled example organization', () => {
  it('scores as its README describes: a Type II program at day 331, one quarter missed', async () => {
    const { report } = await check({ root: path.resolve('fixtures/example-org') });
    expect(report.audit).toEqual({ type: 'type2', period: { start: '2026-01-01', end: '2026-12-31' }, started: true, judgedAt: '2026-11-27', elapsedDays: 331, lengthDays: 365 });
    expect(report.summary).toMatchObject({ criteria: 38, ready: 28, incomplete: 8, gap: 2, readiness: 73.7, designCoverage: 94.7, missingEvidence: 12, blockingMissingEvidence: 9, dueEvidence: 30, errors: 0, passed: false });
    expect(report.forecast).toMatchObject({ asOf: '2026-12-31', readiness: 50, ready: 19, atRisk: ['CC1.4', 'CC2.2', 'CC3.4', 'CC5.3', 'CC6.1', 'CC6.4', 'CC6.5', 'CC7.1', 'C1.1'] });
    expect(report.missingEvidence.map((entry) => [entry.iso, entry.requirement, entry.reason, entry.blocking])).toEqual([
      ['A.5.18', 'access-review-records', 'period-gap', true],
      ['A.5.19', 'vendor-risk-assessments', 'stale', true],
      ['A.5.20', 'supplier-agreement-security-terms', 'absent', true],
      ['A.5.22', 'vendor-assurance-reviews', 'stale', true],
      ['A.5.25', 'incident-tickets', 'file-not-found', true],
      ['A.8.29', 'test-execution-records', 'period-gap', false],
      ['A.8.29', 'release-acceptance-signoff', 'period-gap', false],
      ['A.8.29', 'release-security-test-results', 'period-gap', false],
      // SOC 2's own requirements, owned by the controls reaching their criterion.
      [null, 'code-of-conduct-acknowledgements', 'absent', true],
      [null, 'fraud-risk-assessment', 'absent', true],
      [null, 'customer-data-disposal-records', 'absent', true],
      [null, 'operating-evidence', 'stale', true],
    ]);
    expect(report.missingEvidence.find((entry) => entry.requirement === 'access-review-records')).toMatchObject({ window: { start: '2026-04-01', end: '2026-06-30' }, criteria: ['CC6.2', 'CC6.3'] });
    expect(report.missingEvidence.find((entry) => entry.requirement === 'customer-data-disposal-records')).toMatchObject({ criteria: ['C1.2'], controls: ['PHY-03'] });
    expect(report.criteria.filter((criterion) => criterion.state !== 'ready').map((criterion) => `${criterion.id} ${criterion.state}`)).toEqual([
      'CC1.1 incomplete',
      'CC1.2 gap',
      'CC1.5 gap',
      'CC3.3 incomplete',
      'CC6.2 incomplete',
      'CC6.3 incomplete',
      'CC7.3 incomplete',
      'CC8.1 incomplete',
      'CC9.2 incomplete',
      'C1.2 incomplete',
    ]);
    expect(report.dueEvidence[0]).toMatchObject({ iso: '8.1', requirement: 'operational-plan-approved', due: '2026-12-31' });
    expect(report.dueEvidence.find((entry) => entry.requirement === 'policy-review-records')).toMatchObject({ due: '2026-12-31', owners: ['grc@northwind.example'] });
    // Type 2 once the period runs: the windows are the test, so no item is reported as expiring.
    expect(report.expiringEvidence).toEqual([]);
    // The change-ticket population is sampled each quarter with its size declared: satisfied.
    expect(report.timeline.find((entry) => entry.requirement === 'change-tickets-approved')?.windows.map((window) => window.state)).toEqual(['collected', 'collected', 'collected', 'current']);
  });

  it('gives byte-identical JSON on every run', async () => {
    const first = await check({ root: path.resolve('fixtures/example-org') });
    const second = await check({ root: path.resolve('fixtures/example-org') });
    expect(JSON.stringify(second.report)).toBe(JSON.stringify(first.report));
  });
});

describe('SPEC v2: readiness only on evidence', () => {
  it('a policy, procedure, standard or plan is design, not operating evidence (any case)', async () => {
    const design = ['Policy', 'procedure', 'STANDARD', 'plan']
      .map((type, index) => `      - id: doc-${index}\n        type: ${type}\n        path: evidence/record.md\n        collected: 2026-11-20\n`)
      .join('');
    const report = await scoreRepo(`  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n    evidence:\n${design}`, recordFile);
    expect(stateOf(report, 'CC1.1')).toBe('incomplete');
    expect(missingFor(report, 'operating-evidence')).toMatchObject([{ iso: 'A.5.1', reason: 'absent', blocking: true }]);
  });

  it('operating evidence pools every item of the row’s live controls, planned ones included, whatever they satisfy', async () => {
    const report = await scoreRepo(
      `  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n  - id: POL-02\n    title: Policy reviews, being set up\n    implements: [A.5.1]\n    status: planned\n${operating}`,
      recordFile,
    );
    expect(stateOf(report, 'CC1.1')).toBe('ready');
  });

  it('a path that matches only empty files is not present', async () => {
    const report = await scoreRepo(`  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n${operating}`, { 'evidence/record.md': '' });
    expect(missingFor(report, 'operating-evidence')).toMatchObject([{ reason: 'file-not-found' }]);
  });

  it('a full row’s frequency sets the age of its operating evidence (monthly: 45 days)', async () => {
    const monthly = testMapping.replace('  - iso: A.5.1\n    tsc: [CC1.1]\n    coverage: full\n', '  - iso: A.5.1\n    tsc: [CC1.1]\n    coverage: full\n    frequency: monthly\n');
    const root = await makeRepo({ 'mapping.yaml': monthly, 'controls/c.yaml': controlFile(`  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n${operating.replace('2026-11-20', '2026-10-10')}`), ...recordFile });
    const run = await check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml') } });
    // 2026-10-10 → 2026-11-27 is 48 days: fresh for a year, stale for a monthly control.
    expect(run.report.missingEvidence).toMatchObject([{ requirement: 'operating-evidence', reason: 'stale' }]);
  });

  it('a control in progress beside an implemented one on a met row does not hold the criterion back', async () => {
    const report = await scoreRepo(`  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n${operating}  - id: POL-02\n    title: Policies, second site\n    implements: [A.5.1]\n    status: in-progress\n`, recordFile);
    expect(stateOf(report, 'CC1.1')).toBe('ready');
  });

  it('a covers control in progress keeps its criterion from being ready, even beside a met row', async () => {
    const report = await scoreRepo(
      `  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n${operating}  - id: SOC-01\n    title: Board oversight, being set up\n    covers: [CC1.1]\n    status: in-progress\n${operating}`,
      recordFile,
    );
    expect(stateOf(report, 'CC1.1')).toBe('incomplete');
    expect(report.criteria.find((criterion) => criterion.id === 'CC1.1')?.blockedBy).toEqual([{ kind: 'covers', iso: null, isoTitle: null, controls: ['SOC-01'], inProgress: true, requirements: [] }]);
  });

  it('only rows that reach an in-scope criterion are judged: nothing is reported for the others', async () => {
    const report = await scoreRepo(`  - id: AC-09\n    title: Privileged access\n    implements: [A.8.2]\n    status: implemented\n`, {}, { scope: [] });
    // A.8.2 reaches CC6.2 and C1.1; with security only, its entry names CC6.2 alone.
    expect(report.missingEvidence).toMatchObject([{ iso: 'A.8.2', criteria: ['CC6.2'] }]);
    const controls = await scoreRepo(`  - id: AC-09\n    title: Privileged access\n    implements: [A.8.32]\n    status: implemented\n`);
    expect(controls.missingEvidence).toEqual([]);
  });

  it('a row that reaches only criteria out of scope is not judged: its missing evidence appears once its category is in scope', async () => {
    const mapping = `apiVersion: crosswalk/v1\nkind: Mapping\nname: Scope\nrows:\n  - iso: A.5.34\n    tsc: [P4.1]\n    coverage: partial\n    evidence:\n      - id: pii-register\n        description: Register of personal data\n`;
    const control = `  - id: PRIV-01\n    title: Personal data is registered\n    implements: [A.5.34]\n    status: implemented\n`;
    const root = await makeRepo({ 'mapping.yaml': mapping, 'controls/c.yaml': controlFile(control) });
    const judged = async (scope: string[]) => (await check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml'), scope } })).report.missingEvidence.map((entry) => [entry.iso, entry.requirement, entry.criteria]);
    expect(await judged([])).toEqual([]);
    expect(await judged(['privacy'])).toEqual([['A.5.34', 'pii-register', ['P4.1']]]);
  });

  it('items collected after the as-of date are ignored; the missing entry names them and their dates', async () => {
    const evidence = `${samplesOk}      - id: review-dec
        satisfies: [intel-review]
        url: https://intel.example/review
        collected: 2026-11-25
`;
    const report = await scoreRepo(intelControl('implemented', evidence), sampleFiles, { asOf: '2026-11-20' });
    expect(report.diagnostics).toMatchObject([{ severity: 'notice', code: 'collected-after-as-of', line: 16, column: 20 }]);
    expect(missingFor(report, 'intel-review')).toMatchObject([{ reason: 'absent', evidence: [], laterEvidence: [{ control: 'TI-01', evidence: 'review-dec', collected: '2026-11-25' }] }]);
  });

  it('an organization that implements every control the mapping names and has no evidence: 0% ready, 100% design coverage', async () => {
    const { loadDefaultMapping } = await import('../src/load/mapping.js');
    const isoIds = [...new Set(loadDefaultMapping().rows.filter((row) => row.coverage !== 'gap').map((row) => row.iso))];
    const controls = `  - id: ISMS-01\n    title: The whole ISMS\n    implements: [${isoIds.map((id) => JSON.stringify(id)).join(', ')}]\n    status: implemented\n`;
    const root = await makeRepo({ 'controls/c.yaml': controlFile(controls) });
    const run = await check({ root, overrides: { asOf, scope: ['availability', 'confidentiality', 'processing-integrity', 'privacy'] } });
    expect(run.report.summary).toMatchObject({ criteria: 61, ready: 0, readiness: 0, designCoverage: 100, passed: false });
    // And `crosswalk check` prints it so.
    const { io, out } = captureIo(root);
    expect(await runCli(['check', '.', '--as-of', asOf, '--scope', 'availability,confidentiality,processing-integrity,privacy'], io)).toBe(1);
    const printed = out.join('');
    expect(printed).toMatch(/^ {2}Readiness +0\.0% .* 0 of 61 criteria ready$/m);
    expect(printed).toMatch(/^ {2}Design coverage +100\.0% .* 61 of 61 reached by a control$/m);
  });

  it('expiring: a record of a monthly full row warns by the row\'s 45 days, on the date evidence[].expires names', async () => {
    const monthly = `apiVersion: crosswalk/v1\nkind: Mapping\nname: Monthly\nrows:\n  - iso: A.8.16\n    tsc: [CC7.2]\n    coverage: full\n    frequency: monthly\n`;
    const control = `  - id: MON-01\n    title: Monitoring\n    implements: [A.8.16]\n    status: implemented\n    evidence:\n      - id: october-review\n        type: log\n        path: evidence/record.md\n        collected: 2026-10-20\n`;
    const root = await makeRepo({ 'mapping.yaml': monthly, 'controls/c.yaml': controlFile(control), ...recordFile });
    const { report } = await check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml') }, fingerprints: true });
    // 2026-10-20 + 45 days counts through 2026-12-04: stale from 2026-12-05, 8 days after the as-of date (the policy's 365 would say 2027-10-21).
    expect(report.evidence.map((item) => [item.evidence, item.expires])).toEqual([['october-review', '2026-12-05']]);
    expect(report.expiringEvidence.map((item) => [item.evidence, item.expires, item.daysLeft, item.requirements])).toEqual([['october-review', '2026-12-05', 8, ['operating-evidence']]]);
  });

  it('expiring: an operating record still warns when only a newer policy exists, not when a newer record does', async () => {
    const record = (id: string, collected: string, type = 'log') => `      - id: ${id}\n        type: ${type}\n        path: evidence/record.md\n        collected: ${collected}\n`;
    const control = (items: string) => `  - id: POL-01\n    title: Policies\n    implements: [A.5.1]\n    status: implemented\n    evidence:\n${items}`;
    // 2025-12-10 turns stale on 2026-12-11 (365 days), within the 30-day warning of 2026-11-27.
    const withPolicy = await scoreRepo(control(record('old-record', '2025-12-10') + record('new-policy', '2026-11-01', 'policy')), recordFile);
    expect(withPolicy.expiringEvidence.map((item) => item.evidence)).toEqual(['old-record']);
    const withRecord = await scoreRepo(control(record('old-record', '2025-12-10') + record('new-record', '2026-11-01')), recordFile);
    expect(withRecord.expiringEvidence).toEqual([]);
  });
});
