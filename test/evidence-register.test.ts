/**
 * The SOC 2 evidence register on a small repository of its own (with its own mapping, so the
 * shipped mapping can grow without changing these figures): which requirements it lists (a full
 * row's operating evidence included), their states (provided, expiring, stale, missing with its
 * reason, no implementing control), frequency, max age, samples, dates and locations; that it
 * agrees with check's missing evidence; the CSV's RFC 4180 quoting and its formula-injection
 * guard; the Markdown table.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { runCli } from '../src/cli.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { observeEvidence } from '../src/load/evidence.js';
import { indexRepository } from '../src/load/repository.js';
import { csvField, guardFormula } from '../src/report/csv.js';
import { buildRegister, countStates, formatRegisterCsv, formatRegisterMarkdown, registerColumns, type Register, type RegisterEntry } from '../src/report/audit/evidence-register.js';
import { captureIo } from './support/cli-io.js';
import { parseCsv } from './support/csv.js';
import { makeRepo } from './support/repo.js';

const project = fileURLToPath(new URL('..', import.meta.url));

const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Register test mapping
rows:
  - iso: A.5.15
    tsc: [CC6.1]
    coverage: partial
    evidence:
      - id: access-review
        description: "Quarterly access review, \\"signed\\" by the owner,\\nwith every removal ticketed"
        max_age_days: 90
      - id: mfa-config
        description: Identity provider MFA policy export
      - id: provisioning-tickets
        description: Sampled provisioning tickets with approvals
        min_samples: 3
      - id: access-policy-acknowledgements
        description: Signed acknowledgements of the access control policy
  - iso: A.6.3
    tsc: [CC5.3]
    coverage: partial
    evidence:
      - id: training-records
        description: Training completion records, two sampled periods
        min_samples: 2
  - iso: A.8.32
    tsc: [CC8.1, A1.3]
    coverage: partial
    evidence:
      - id: change-tickets
        description: Sampled change tickets with approvals
      - id: change-workflow
        description: The enforced change-approval workflow
  - iso: A.5.1
    tsc: [CC1.2]
    coverage: full
  - iso: A.5.34
    tsc: [P1.1]
    coverage: partial
    evidence:
      - id: privacy-notice
        description: The published privacy notice
  - iso: A.7.2
    tsc: [CC6.4]
    coverage: gap
`;

const controls = `apiVersion: crosswalk/v1
kind: ControlImplementation
controls:
  - id: AC-01
    title: Access is granted through SSO groups
    implements: [A.5.15]
    status: implemented
    owner: 'Security, "IAM" team'
    evidence:
      - id: review
        satisfies: [access-review]
        path: evidence/access/review.csv
        collected: 2026-11-01
      - id: mfa
        satisfies: [mfa-config]
        path: evidence/access/mfa.json
        collected: 2025-12-10
      - id: tickets
        satisfies: [provisioning-tickets]
        path: evidence/access/tickets.csv
        collected: 2026-10-01
        samples: 2
  - id: AC-02
    title: Legacy VPN access
    implements: [A.5.15]
    status: not-applicable
    justification: No VPN any more
    owner: nobody@example.com
  - id: HR-01
    title: Security awareness training
    implements: [A.6.3, A.5.1]
    status: implemented
    owner: people@example.com
    evidence:
      - id: h1
        satisfies: [training-records]
        path: evidence/hr/training-h1.csv
        collected: 2026-05-01
      - id: h2
        satisfies: [training-records]
        path: evidence/hr/training-h2.csv
        collected: 2026-11-01
  - id: CH-01
    title: Changes are reviewed and approved
    implements: [A.8.32]
    status: in-progress
    owner: "+SUM(1,2)"
    evidence:
      - id: tickets
        satisfies: [change-tickets]
        path: evidence/changes/tickets.csv
        collected: 2025-01-01
      - id: workflow
        satisfies: [change-workflow]
        path: evidence/changes/workflow.md
        collected: 2026-11-01
  - id: SUP-01
    title: Security commitments are published to customers
    covers: [CC2.3]
    status: implemented
    owner: trust@example.com
    evidence:
      - id: trust-page
        url: https://trust.example.com/commitments
        collected: 2026-06-01
  - id: SUP-02
    title: Capacity is forecast
    covers: [A1.2]
    status: planned
    owner: sre@example.com
`;

async function registerRepo(): Promise<string> {
  return makeRepo({
    '.crosswalk.yml': 'mapping: mapping.yaml\nas_of: 2026-11-27\n',
    'mapping.yaml': mapping,
    'controls/controls.yaml': controls,
    'evidence/access/review.csv': 'user,decision\n',
    'evidence/access/mfa.json': '{}\n',
    'evidence/access/tickets.csv': 'ticket\n',
    'evidence/hr/training-h1.csv': 'name\n',
    'evidence/hr/training-h2.csv': 'name\n',
    'evidence/changes/tickets.csv': 'ticket\n',
  });
}

async function registerOf(root: string, scope?: string[]): Promise<Register> {
  const run = await check({ root, overrides: { scope } });
  expect(run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  const { observations } = await observeEvidence(run.controls, await indexRepository(root));
  return buildRegister({ catalogs: loadCatalogs(), mapping: run.mapping, controls: run.controls, observations, settings: run.settings });
}

describe('the evidence register', () => {
  it('lists one entry per requirement in scope, in criteria order, with its state, dates and location', async () => {
    const register = await registerOf(await registerRepo());
    expect(register.asOf).toBe('2026-11-27');
    const summary = (entry: RegisterEntry) => ({ criteria: entry.criteria, iso: entry.iso?.id ?? null, requirement: entry.requirement, maxAgeDays: entry.maxAgeDays, standing: entry.standing, collected: entry.collected, nextDue: entry.nextDue });
    expect(register.entries.map(summary)).toEqual([
      // A full row without requirements: its implicit operating evidence, any record of HR-01 in action.
      { criteria: ['CC1.2'], iso: 'A.5.1', requirement: 'operating-evidence', maxAgeDays: 365, standing: { state: 'provided' }, collected: '2026-11-01', nextDue: '2027-11-01' },
      // A SOC 2–specific control: its operating evidence, given as a url.
      { criteria: ['CC2.3'], iso: null, requirement: 'operating-evidence', maxAgeDays: 365, standing: { state: 'provided' }, collected: '2026-06-01', nextDue: '2027-06-01' },
      // Type 1: one fresh instance suffices, so the requirement lapses when the newest item turns stale (2026-11-01 + 365 days).
      { criteria: ['CC5.3'], iso: 'A.6.3', requirement: 'training-records', maxAgeDays: 365, standing: { state: 'provided' }, collected: '2026-11-01', nextDue: '2027-11-01' },
      { criteria: ['CC6.1'], iso: 'A.5.15', requirement: 'access-review', maxAgeDays: 90, standing: { state: 'provided' }, collected: '2026-11-01', nextDue: '2027-01-30' },
      // Collected 2025-12-10: fresh until 2026-12-10, 13 days after as-of, within the 30-day warning.
      { criteria: ['CC6.1'], iso: 'A.5.15', requirement: 'mfa-config', maxAgeDays: 365, standing: { state: 'expiring' }, collected: '2025-12-10', nextDue: '2026-12-10' },
      // Two samples against min_samples 3: sample sizes are a Type 2 test, over a period.
      { criteria: ['CC6.1'], iso: 'A.5.15', requirement: 'provisioning-tickets', maxAgeDays: 365, standing: { state: 'provided' }, collected: '2026-10-01', nextDue: '2027-10-01' },
      { criteria: ['CC6.1'], iso: 'A.5.15', requirement: 'access-policy-acknowledgements', maxAgeDays: 365, standing: { state: 'missing', reason: 'absent' }, collected: undefined, nextDue: '2026-11-27' },
      { criteria: ['CC8.1'], iso: 'A.8.32', requirement: 'change-tickets', maxAgeDays: 365, standing: { state: 'stale' }, collected: '2025-01-01', nextDue: '2026-01-01' },
      { criteria: ['CC8.1'], iso: 'A.8.32', requirement: 'change-workflow', maxAgeDays: 365, standing: { state: 'missing', reason: 'file-not-found' }, collected: '2026-11-01', nextDue: '2026-11-27' },
    ]);
    // Missing evidence is due now: the as-of date, never a blank.
    // Type 1: no frequency in this mapping, no sample count.
    expect(register.entries.every((entry) => entry.frequency === undefined && entry.samples === undefined)).toBe(true);
  });

  it('says what backs each location: evidence crosswalk collected and checked (verified), apart from files and links (declared)', async () => {
    const root = path.resolve('fixtures/collected-evidence');
    const run = await check({ root, fingerprints: true });
    const register = buildRegister({ catalogs: loadCatalogs(), mapping: run.mapping, controls: run.controls, observations: run.observations, settings: run.settings });
    const tickets = register.entries.find((entry) => entry.requirement === 'change-tickets-approved')!;
    expect(tickets.locations).toEqual([{ location: 'evidence/changes/*.json', verification: 'collected' }]);
    // What the JSON report says of the same item.
    expect(run.report.evidence.find((item) => item.path === 'evidence/changes/*.json')?.verification).toBe('collected');
    const records = parseCsv(formatRegisterCsv(register).slice(1));
    const row = records.find((record) => record[registerColumns.indexOf('Requirement')] === 'change-tickets-approved')!;
    expect([row[registerColumns.indexOf('Location')], row[registerColumns.indexOf('Verification')]]).toEqual(['evidence/changes/*.json', 'collected']);
    expect(registerColumns.at(-1)).toBe('Verification');
    const markdown = formatRegisterMarkdown(register);
    expect(markdown).toContain('`evidence/changes/*.json` (verified: collected by crosswalk) · latest collected 2026-10-01 |');
    expect(markdown).toContain('*verified* evidence crosswalk collected and checked itself');
  });

  it('names the ISO control, the org controls (not the not-applicable ones), their owners and the evidence locations', async () => {
    const register = await registerOf(await registerRepo());
    const review = register.entries.find((entry) => entry.requirement === 'access-review')!;
    expect(review.iso).toEqual({ id: 'A.5.15', title: 'Access control' });
    expect(review.controls).toEqual(['AC-01']);
    expect(review.owners).toEqual(['Security, "IAM" team']);
    expect(review.locations).toEqual([{ location: 'evidence/access/review.csv', verification: 'file' }]);
    const own = register.entries.find((entry) => entry.iso === null)!;
    expect(own).toMatchObject({ controls: ['SUP-01'], owners: ['trust@example.com'], locations: [{ location: 'https://trust.example.com/commitments', verification: 'url' }] });
  });

  it('follows the scope: out-of-scope criteria and gap rows add nothing; requirements no live control stands behind are no-control', async () => {
    const root = await registerRepo();
    const security = await registerOf(root);
    expect(security.entries.flatMap((entry) => entry.criteria).filter((id) => !id.startsWith('CC'))).toEqual([]);
    const wider = await registerOf(root, ['availability', 'privacy']);
    expect(wider.entries.find((entry) => entry.requirement === 'change-tickets')?.criteria).toEqual(['CC8.1', 'A1.3']);
    // Availability and privacy criteria come after the common criteria. Neither row has an
    // implemented or in-progress control, so the score asks nothing of them yet: not missing.
    expect(wider.entries.slice(-2).map((entry) => [entry.requirement, entry.controls, entry.standing])).toEqual([
      ['operating-evidence', ['SUP-02'], { state: 'no-control', planned: true }],
      ['privacy-notice', [], { state: 'no-control', planned: false }],
    ]);
    expect(wider.entries.some((entry) => entry.iso?.id === 'A.7.2')).toBe(false);
  });

  it('says which items count as operating evidence: a design document is listed as not counted', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'mapping: mapping.yaml\nas_of: 2026-11-27\n',
      'mapping.yaml': mapping,
      'controls/governance.yaml': `apiVersion: crosswalk/v1
kind: ControlImplementation
controls:
  - id: GOV-01
    title: The security policy is approved and reviewed
    implements: [A.5.1]
    status: implemented
    owner: ciso@example.com
    evidence:
      - id: policy
        type: access_policy_2026
        path: policies/security.md
        collected: 2026-11-01
      - id: runbook
        type: incidentRunbook
        path: policies/incident.md
        collected: 2026-11-01
      - id: minutes
        type: management-review
        path: evidence/minutes.md
        collected: 2026-10-01
`,
      'policies/security.md': '# Policy\n',
      'policies/incident.md': '# Runbook\n',
      'evidence/minutes.md': '# Minutes\n',
    });
    const register = await registerOf(root);
    const operating = register.entries.find((entry) => entry.requirement === 'operating-evidence')!;
    expect([operating.locations, operating.designDocuments, operating.collected]).toEqual([[{ location: 'evidence/minutes.md', verification: 'file' }], ['policies/security.md', 'policies/incident.md'], '2026-10-01']);
    const records = parseCsv(formatRegisterCsv(register).slice(1));
    const row = records.find((record) => record[registerColumns.indexOf('Requirement')] === 'operating-evidence')!;
    expect(row[registerColumns.indexOf('Not counted (design documents)')]).toBe('policies/security.md; policies/incident.md');
    const markdown = formatRegisterMarkdown(register);
    expect(markdown).toContain('`evidence/minutes.md` (declared: a file) · latest collected 2026-10-01 · not counted, design documents: `policies/security.md`; `policies/incident.md` |');
    expect(markdown).toContain('Operating evidence is any item of the controls that is not a design document');
  });

  it('takes expiring from the warning window in the policy', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'mapping: mapping.yaml\nas_of: 2026-11-27\npolicy:\n  expiry_warning_days: 10\n',
      'mapping.yaml': mapping,
      'controls/controls.yaml': controls,
      'evidence/access/mfa.json': '{}\n',
    });
    const register = await registerOf(root);
    expect(register.entries.find((entry) => entry.requirement === 'mfa-config')?.standing).toEqual({ state: 'provided' });
  });
});

const type2Mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Type 2 register test mapping
rows:
  - iso: A.5.15
    tsc: [CC6.1]
    coverage: partial
    evidence:
      - id: access-review
        description: Quarterly access review
        frequency: quarterly
      - id: provisioning-tickets
        description: Sampled provisioning tickets
        frequency: per-event
        min_samples: 8
  - iso: A.8.15
    tsc: [CC7.2]
    coverage: full
    frequency: monthly
`;

const type2Controls = `apiVersion: crosswalk/v1
kind: ControlImplementation
controls:
  - id: AC-01
    title: Access is reviewed every quarter
    implements: [A.5.15]
    status: implemented
    owner: "@acme/it"
    evidence:
${['q1:2026-01-01:2026-03-31:2026-04-03', 'q2:2026-04-01:2026-06-30:2026-07-02', 'q3:2026-07-01:2026-09-30:2026-10-05']
  .map((spec) => {
    const [id, start, end, collected] = spec.split(':');
    return `      - id: review-${id}\n        satisfies: [access-review]\n        path: evidence/review.csv\n        period: {start: ${start}, end: ${end}}\n        collected: ${collected}\n`;
  })
  .join('')}      - id: tickets-h1
        satisfies: [provisioning-tickets]
        path: evidence/tickets.csv
        samples: 4
        period: {start: 2026-01-01, end: 2026-06-30}
        collected: 2026-07-01
      - id: tickets-h2
        satisfies: [provisioning-tickets]
        path: evidence/tickets.csv
        samples: 3
        period: {start: 2026-07-01, end: 2026-11-20}
        collected: 2026-11-21
  - id: LOG-01
    title: Logs are reviewed monthly
    implements: [A.8.15]
    status: implemented
    evidence:
      - id: october
        type: log-review
        path: evidence/logs.md
        period: {start: 2026-10-01, end: 2026-10-31}
        collected: 2026-11-02
`;

describe('the evidence register over a Type 2 period', () => {
  it('gives each requirement its frequency, max age, samples counted and required, and the day the open window is due', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'mapping: mapping.yaml\nas_of: 2026-11-27\naudit:\n  type: type2\n  period: {start: 2026-01-01, end: 2026-12-31}\n',
      'mapping.yaml': type2Mapping,
      'controls/access.yaml': type2Controls,
      'evidence/review.csv': 'user,decision\n',
      'evidence/tickets.csv': 'ticket\n',
      'evidence/logs.md': 'reviewed\n',
    });
    const register = await registerOf(root);
    expect(register.entries.map(({ requirement, frequency, maxAgeDays, standing, samples, nextDue, owners }) => ({ requirement, frequency, maxAgeDays, standing, samples, nextDue, owners }))).toEqual([
      // Q1–Q3 filled; Q4 is open until the period's end.
      { requirement: 'access-review', frequency: 'quarterly', maxAgeDays: 122, standing: { state: 'provided' }, samples: undefined, nextDue: '2026-12-31', owners: ['@acme/it'] },
      // 8 × 331/365 days elapsed = 7.3, so 8 by now; the two items hold 7.
      { requirement: 'provisioning-tickets', frequency: 'per-event', maxAgeDays: 90, standing: { state: 'missing', reason: 'insufficient-samples' }, samples: { counted: 7, required: 8 }, nextDue: '2026-11-27', owners: ['@acme/it'] },
      // Monthly operating evidence of a full row: January to September have nothing.
      { requirement: 'operating-evidence', frequency: 'monthly', maxAgeDays: 45, standing: { state: 'missing', reason: 'period-gap' }, samples: undefined, nextDue: '2026-11-27', owners: [] },
    ]);
    const csv = parseCsv(formatRegisterCsv(register).slice(1));
    const tickets = csv.find((record) => record[registerColumns.indexOf('Requirement')] === 'provisioning-tickets')!;
    expect(['Frequency', 'Max age (days)', 'State', 'Reason', 'Samples counted', 'Samples required'].map((column) => tickets[registerColumns.indexOf(column as (typeof registerColumns)[number])])).toEqual([
      'per-event',
      '90',
      'missing',
      'insufficient-samples',
      '7',
      '8',
    ]);
    const markdown = formatRegisterMarkdown(register);
    expect(markdown).toContain('| missing (insufficient-samples) · 7 of 8 samples | 2026-11-27 (now) |');
    // A handle is a code span: it mentions no one and never breaks after the @.
    expect(markdown).toContain('`AC-01` · `@acme/it`');
    expect(markdown).not.toContain('&#8203;');
  });
});

describe('the register and check agree', () => {
  it.each([[[]], [['availability', 'confidentiality', 'processing-integrity', 'privacy']]])('missing + stale in the register is check’s missing evidence (scope %j)', async (scope) => {
    const run = await check({ root: path.resolve('fixtures/example-org'), overrides: { scope } });
    const register = buildRegister({ catalogs: loadCatalogs(), mapping: run.mapping, controls: run.controls, observations: run.observations, settings: run.settings });
    const counts = countStates(register);
    expect(counts.missing + counts.stale).toBe(run.report.summary.missingEvidence);
    // Requirements of rows without an implemented or in-progress control are not missing: the score asks nothing of them yet.
    expect(counts['no-control']).toBeGreaterThan(0);
    const missing = register.entries.filter((entry) => entry.standing.state === 'missing' || entry.standing.state === 'stale').map((entry) => `${entry.iso?.id ?? entry.controls[0]} ${entry.requirement}`);
    expect(missing.sort()).toEqual(run.report.missingEvidence.map((entry) => `${entry.iso ?? entry.controls[0]} ${entry.requirement}`).sort());
  });
});

describe('the CSV', () => {
  it('is RFC 4180: a header row, CRLF line ends, quoted fields with doubled quotes; it round-trips', async () => {
    const register = await registerOf(await registerRepo());
    const csv = formatRegisterCsv(register);
    expect(csv.startsWith('\uFEFFCriteria,ISO control,')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual([...registerColumns]);
    expect(records).toHaveLength(register.entries.length + 1);
    expect(records.every((record) => record.length === registerColumns.length)).toBe(true);

    const column = (name: (typeof registerColumns)[number]) => registerColumns.indexOf(name);
    const review = records.find((record) => record[column('Requirement')] === 'access-review')!;
    expect(review[column('Description')]).toBe('Quarterly access review, "signed" by the owner,\nwith every removal ticketed');
    expect(review[column('Owners')]).toBe('Security, "IAM" team');
    expect(review[column('ISO title')]).toBe('Access control');
    expect(review[column('State')]).toBe('provided');
    expect(review[column('Next due')]).toBe('2027-01-30');
    expect(csv).toContain('"Quarterly access review, ""signed"" by the owner,\nwith every removal ticketed"');
    const workflow = records.find((record) => record[column('Requirement')] === 'change-workflow')!;
    expect([workflow[column('State')], workflow[column('Reason')], workflow[column('Location')]]).toEqual(['missing', 'file-not-found', 'evidence/changes/workflow.md']);
  });

  it('defuses fields a spreadsheet would run as a formula', async () => {
    const records = parseCsv(formatRegisterCsv(await registerOf(await registerRepo())).slice(1));
    const changes = records.find((record) => record[registerColumns.indexOf('Requirement')] === 'change-tickets')!;
    expect(changes[registerColumns.indexOf('Owners')]).toBe("'+SUM(1,2)");
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', `"'\tx"`],
    // Excel in most of continental Europe splits on `;`; others on tabs: any part that starts like a formula counts.
    ['No regulated exports;=1+41;', `"'No regulated exports;=1+41;"`],
    ['it@example.com; =HYPERLINK("http://evil")', `"'it@example.com; =HYPERLINK(""http://evil"")"`],
    ['a, +1', `"'a, +1"`],
    ['a\t@SUM(A1)', `"'a\t@SUM(A1)"`],
    ['a;b', '"a;b"'],
    ['2026-11-09', '2026-11-09'],
    ['72.7', '72.7'],
    ['\rx', `"'\rx"`],
    ['a-b=c', 'a-b=c'],
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['a\nb', '"a\nb"'],
    ['say "hi"', '"say ""hi"""'],
  ])('writes %j as %j', (value, written) => {
    expect(csvField(guardFormula(value))).toBe(written);
  });
});

describe('the Markdown table', () => {
  it('has one cell per column on every row, whatever the user wrote', async () => {
    const markdown = formatRegisterMarkdown(await registerOf(await registerRepo()));
    expect(markdown).toContain('9 evidence requirements: 5 provided, 1 expiring, 1 stale, 2 missing, 0 without an implemented or in-progress control');
    const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(2 + 9);
    // Cells are split on pipes that are not escaped.
    const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;
    // Eight columns: GitHub shows them without a horizontal scroll; the CSV has every field.
    expect(rows.every((row) => cells(row) === 8)).toBe(true);
    expect(markdown).toContain('missing (file-not-found)');
    expect(markdown).toContain('Quarterly access review, "signed" by the owner, with every removal ticketed');
  });
});

describe('crosswalk evidence-register', () => {
  it('writes the register to --output and a summary to standard error; exits 0 whatever the states', async () => {
    const root = await registerRepo();
    const { io, out, err } = captureIo(root);
    expect(await runCli(['evidence-register', '.', '--format', 'markdown', '--output', 'register.md'], io)).toBe(0);
    expect(out).toEqual([]);
    expect(err.join('')).toBe('crosswalk: evidence register as of 2026-11-27: 9 evidence requirements: 5 provided, 1 expiring, 1 stale, 2 missing, 0 without an implemented or in-progress control\n');
    expect(await runCli(['evidence-register', '.', '--format', 'xlsx'], captureIo(root).io)).toBe(2);
  });

  it('runs as the built CLI: CSV on standard output, exit 0; 2 on a bad flag', async () => {
    const root = await registerRepo();
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(project, 'dist/cli.js'), 'evidence-register', ...args], { cwd: root, encoding: 'utf8' });
    const csv = run();
    expect(csv.status).toBe(0);
    expect(parseCsv(csv.stdout.slice(1))).toHaveLength(10);
    const bad = run('--format', 'xlsx');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('crosswalk: --format must be one of csv, markdown, got "xlsx"\n');
  });
});
