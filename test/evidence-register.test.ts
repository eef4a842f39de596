/**
 * The SOC 2 evidence register on a small repository of its own (with its own mapping, so the
 * shipped mapping can grow without changing these figures): which requirements it lists, their
 * states (provided, expiring, stale, missing with its reason), dates and locations; the CSV's
 * RFC 4180 quoting and its formula-injection guard; the Markdown table.
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
import { buildRegister, formatRegisterCsv, formatRegisterMarkdown, registerColumns, type Register } from '../src/report/evidence-register.js';
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
    expect(register.entries.map((entry) => ({ criteria: entry.criteria, iso: entry.iso?.id ?? null, requirement: entry.requirement, standing: entry.standing, collected: entry.collected, nextDue: entry.nextDue }))).toEqual([
      // A SOC 2–specific control: its operating evidence, given as a url.
      { criteria: ['CC2.3'], iso: null, requirement: 'operating-evidence', standing: { state: 'provided' }, collected: '2026-06-01', nextDue: '2027-06-01' },
      // Type 1: one fresh instance suffices, so the requirement lapses when the newest item turns stale (2026-11-01 + 365 days).
      { criteria: ['CC5.3'], iso: 'A.6.3', requirement: 'training-records', standing: { state: 'provided' }, collected: '2026-11-01', nextDue: '2027-11-01' },
      { criteria: ['CC6.1'], iso: 'A.5.15', requirement: 'access-review', standing: { state: 'provided' }, collected: '2026-11-01', nextDue: '2027-01-30' },
      // Collected 2025-12-10: fresh until 2026-12-10, 13 days after as-of, within the 30-day warning.
      { criteria: ['CC6.1'], iso: 'A.5.15', requirement: 'mfa-config', standing: { state: 'expiring' }, collected: '2025-12-10', nextDue: '2026-12-10' },
      // Two samples against min_samples 3: sample sizes are a Type 2 test, over a period.
      { criteria: ['CC6.1'], iso: 'A.5.15', requirement: 'provisioning-tickets', standing: { state: 'provided' }, collected: '2026-10-01', nextDue: '2027-10-01' },
      { criteria: ['CC6.1'], iso: 'A.5.15', requirement: 'access-policy-acknowledgements', standing: { state: 'missing', reason: 'absent' }, collected: undefined, nextDue: undefined },
      { criteria: ['CC8.1'], iso: 'A.8.32', requirement: 'change-tickets', standing: { state: 'stale' }, collected: '2025-01-01', nextDue: '2026-01-01' },
      { criteria: ['CC8.1'], iso: 'A.8.32', requirement: 'change-workflow', standing: { state: 'missing', reason: 'file-not-found' }, collected: '2026-11-01', nextDue: undefined },
    ]);
  });

  it('names the ISO control, the org controls (not the not-applicable ones), their owners and the evidence locations', async () => {
    const register = await registerOf(await registerRepo());
    const review = register.entries.find((entry) => entry.requirement === 'access-review')!;
    expect(review.iso).toEqual({ id: 'A.5.15', title: 'Access control' });
    expect(review.controls).toEqual(['AC-01']);
    expect(review.owners).toEqual(['Security, "IAM" team']);
    expect(review.locations).toEqual(['evidence/access/review.csv']);
    const own = register.entries.find((entry) => entry.requirement === 'operating-evidence')!;
    expect(own).toMatchObject({ controls: ['SUP-01'], owners: ['trust@example.com'], locations: ['https://trust.example.com/commitments'] });
  });

  it('follows the scope: out-of-scope criteria, gap rows and rows without evidence requirements add nothing', async () => {
    const root = await registerRepo();
    const security = await registerOf(root);
    expect(security.entries.flatMap((entry) => entry.criteria).filter((id) => !id.startsWith('CC'))).toEqual([]);
    const wider = await registerOf(root, ['availability', 'privacy']);
    expect(wider.entries.find((entry) => entry.requirement === 'change-tickets')?.criteria).toEqual(['CC8.1', 'A1.3']);
    // Availability and privacy criteria come after the common criteria.
    expect(wider.entries.slice(-2).map((entry) => [entry.requirement, entry.controls, entry.standing])).toEqual([
      ['operating-evidence', ['SUP-02'], { state: 'missing', reason: 'absent' }],
      ['privacy-notice', [], { state: 'missing', reason: 'absent' }],
    ]);
    expect(wider.entries.some((entry) => entry.iso?.id === 'A.7.2' || entry.iso?.id === 'A.5.1')).toBe(false);
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
    ['\tx', "'\tx"],
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
    expect(markdown).toContain('8 evidence requirements: 4 provided, 1 expiring, 1 stale, 2 missing');
    const rows = markdown.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(2 + 8);
    // Cells are split on pipes that are not escaped.
    const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;
    expect(rows.every((row) => cells(row) === 10)).toBe(true);
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
    expect(err.join('')).toBe('crosswalk: evidence register as of 2026-11-27: 8 evidence requirements: 4 provided, 1 expiring, 1 stale, 2 missing\n');
    expect(await runCli(['evidence-register', '.', '--format', 'xlsx'], captureIo(root).io)).toBe(2);
  });

  it('runs as the built CLI: CSV on standard output, exit 0; 2 on a bad flag', async () => {
    const root = await registerRepo();
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(project, 'dist/cli.js'), 'evidence-register', ...args], { cwd: root, encoding: 'utf8' });
    const csv = run();
    expect(csv.status).toBe(0);
    expect(parseCsv(csv.stdout.slice(1))).toHaveLength(9);
    const bad = run('--format', 'xlsx');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('crosswalk: --format must be one of csv, markdown, got "xlsx"\n');
  });
});
