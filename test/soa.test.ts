/**
 * The Statement of Applicability on real repositories: every Annex A control in catalog order,
 * applicable / not applicable / not decided, the justification for inclusion or exclusion, the
 * org controls with status and owners, the evidence on file; CSV (RFC 4180, formula guard) and
 * Markdown; the command's exit codes and its count of undecided controls.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { runCli } from '../src/cli.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { buildSoa, formatSoaCsv, formatSoaMarkdown, soaColumns, type StatementOfApplicability } from '../src/report/audit/soa.js';
import { captureIo } from './support/cli-io.js';
import { parseCsv } from './support/csv.js';
import { controlFile, makeRepo } from './support/repo.js';

const controls = controlFile(`  - id: AC-01
    title: Access is granted through SSO groups
    implements: [A.5.15, A.8.5]
    status: implemented
    owner: it@example.com
    evidence:
      - id: review
        path: evidence/review.csv
        collected: 2026-10-01
      - id: missing-file
        path: evidence/nowhere.csv
        collected: 2026-10-01
      - id: empty-file
        path: evidence/empty.csv
        collected: 2026-10-01
      - id: portal
        url: https://grc.example/access
        collected: 2026-10-01
  - id: AC-02
    title: Legacy VPN access
    implements: [A.5.15]
    status: not-applicable
    justification: The VPN was retired in 2025
  - id: AC-03
    title: Privileged access is brokered
    implements: [A.8.2, A.8.5]
    status: planned
    owner: "=HYPERLINK(\\"http://evil\\")"
  - id: PH-01
    title: No offices
    implements: [A.7.1, A.7.2]
    status: not-applicable
    owner: facilities@example.com
    justification: Fully remote company, no premises
  - id: PH-02
    title: No data centre
    implements: [A.7.1]
    status: not-applicable
    justification: Cloud hosting only; the provider's SOC 2 covers it
  - id: OPS-01
    title: Capacity is monitored
    implements: [A.8.6]
    status: in-progress
`);

async function soaOf(root: string): Promise<StatementOfApplicability> {
  const run = await check({ root });
  expect(run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  return buildSoa({ catalogs: loadCatalogs(), controls: run.controls, observations: run.observations, asOf: run.settings.asOf });
}

const repo = () =>
  makeRepo({ '.crosswalk.yml': 'as_of: 2026-11-27\n', 'controls/controls.yaml': controls, 'evidence/review.csv': 'user,decision\n', 'evidence/empty.csv': '' });

describe('the Statement of Applicability', () => {
  it('lists all 93 Annex A controls in catalog order, with their theme', async () => {
    const soa = await soaOf(await repo());
    expect(soa.entries).toHaveLength(93);
    expect(soa.entries.map((entry) => entry.id).slice(0, 3)).toEqual(['A.5.1', 'A.5.2', 'A.5.3']);
    expect(soa.entries.map((entry) => entry.id).slice(-2)).toEqual(['A.8.33', 'A.8.34']);
    expect(soa.entries.findIndex((entry) => entry.id === 'A.5.10')).toBe(9);
    expect(new Set(soa.entries.map((entry) => entry.theme))).toEqual(new Set(['Organizational', 'People', 'Physical', 'Technological']));
    expect(soa.entries.filter((entry) => entry.theme === 'People').map((entry) => entry.id)).toEqual(['A.6.1', 'A.6.2', 'A.6.3', 'A.6.4', 'A.6.5', 'A.6.6', 'A.6.7', 'A.6.8']);
    expect(soa.counts).toEqual({ yes: 4, no: 2, 'not-decided': 87 });
  });

  it('says why each control is included or excluded, and by which org controls', async () => {
    const soa = await soaOf(await repo());
    const entry = (id: string) => soa.entries.find((candidate) => candidate.id === id)!;
    expect(entry('A.5.15')).toMatchObject({
      applicable: 'yes',
      implemented: 'yes',
      justification: 'Implemented by AC-01 (Access is granted through SSO groups); AC-02 not applicable: The VPN was retired in 2025',
      owners: ['it@example.com'],
    });
    expect(entry('A.5.15').controls.map((control) => [control.id, control.status])).toEqual([
      ['AC-01', 'implemented'],
      ['AC-02', 'not-applicable'],
    ]);
    expect(entry('A.8.5')).toMatchObject({ applicable: 'yes', implemented: 'partly', justification: 'Implemented by AC-01 (Access is granted through SSO groups); planned: AC-03 (Privileged access is brokered)' });
    expect(entry('A.8.2')).toMatchObject({ applicable: 'yes', implemented: 'no', justification: 'Planned: AC-03 (Privileged access is brokered)' });
    expect(entry('A.8.6')).toMatchObject({ applicable: 'yes', implemented: 'no', justification: 'In progress: OPS-01 (Capacity is monitored)', owners: [] });
    // One exclusion: its justification as written. Several: each one, named.
    expect(entry('A.7.2')).toMatchObject({ applicable: 'no', implemented: undefined, justification: 'Fully remote company, no premises', owners: ['facilities@example.com'] });
    expect(entry('A.7.1').justification).toBe("PH-01 not applicable: Fully remote company, no premises; PH-02 not applicable: Cloud hosting only; the provider's SOC 2 covers it");
    expect(entry('A.5.1')).toMatchObject({ applicable: 'not-decided', implemented: undefined, controls: [], justification: 'No decision recorded: no org control implements or excludes it' });
  });

  it('gives an applicable control\'s own justification as the reason for inclusion', async () => {
    const root = await makeRepo({
      'controls/controls.yaml': controlFile(`  - id: ORG-5.1
    title: Policies for information security
    implements: [A.5.1]
    status: implemented
    justification: Risk treatment (R-04); customer contracts
    description: The policy set is approved by the CISO every year
  - id: ORG-5.1-B
    title: Topic-specific policies
    implements: [A.5.1]
    status: planned
`),
    });
    const entry = (await soaOf(root)).entries.find((candidate) => candidate.id === 'A.5.1')!;
    expect(entry.justification).toBe('Implemented by ORG-5.1 (Policies for information security) — Risk treatment (R-04); customer contracts; planned: ORG-5.1-B (Topic-specific policies)');
  });

  it('counts the evidence items of the live controls and how many are present (a url is; an empty or missing file is not)', async () => {
    const soa = await soaOf(await repo());
    expect(soa.entries.find((entry) => entry.id === 'A.5.15')!.evidence).toEqual({ items: 4, present: 2 });
    expect(soa.entries.find((entry) => entry.id === 'A.7.1')!.evidence).toEqual({ items: 0, present: 0 });
  });
});

describe('the SoA as CSV and Markdown', () => {
  it('is RFC 4180 CSV, one record per Annex A control, with the formula guard', async () => {
    const csv = formatSoaCsv(await soaOf(await repo()));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(csv.slice(1));
    expect(records[0]).toEqual([...soaColumns]);
    expect(records).toHaveLength(94);
    expect(records.every((record) => record.length === soaColumns.length)).toBe(true);
    const column = (name: (typeof soaColumns)[number]) => soaColumns.indexOf(name);
    const a815 = records.find((record) => record[0] === 'A.8.5')!;
    expect(a815[column('Status')]).toBe('AC-01 implemented; AC-03 planned');
    // A list that starts with a name is guarded too: Excel in most of continental Europe splits it on `;`.
    expect(a815[column('Owners')]).toBe(`'it@example.com; =HYPERLINK("http://evil")`);
    expect(records.find((record) => record[0] === 'A.8.2')![column('Owners')]).toBe(`'=HYPERLINK("http://evil")`);
    expect(a815[column('Evidence present')]).toBe('2');
    const a71 = records.find((record) => record[0] === 'A.7.1')!;
    expect([a71[column('Applicable')], a71[column('Implemented')], a71[column('Theme')]]).toEqual(['no', '', 'Physical']);
  });

  it('is one Markdown table per theme, the undecided controls named up front', async () => {
    const markdown = formatSoaMarkdown(await soaOf(await repo()));
    expect(markdown).toContain('93 Annex A controls: 4 applicable, 2 not applicable, 87 not decided');
    expect(markdown).toMatch(/No decision is recorded for these 87 controls: A\.5\.1, A\.5\.2, /);
    expect(markdown.match(/^### A\.\d (\w+) controls \((\d+)\)$/gm)).toEqual(['### A.5 Organizational controls (37)', '### A.6 People controls (8)', '### A.7 Physical controls (14)', '### A.8 Technological controls (34)']);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| **A.'));
    expect(rows).toHaveLength(93);
    const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;
    expect(rows.every((row) => cells(row) === 7)).toBe(true);
    expect(markdown).not.toContain('=HYPERLINK("');
  });
});

describe('crosswalk soa', () => {
  it('writes the statement and counts the undecided controls on standard error; exit 0', async () => {
    const root = await repo();
    const { io, out, err } = captureIo(root);
    expect(await runCli(['soa', '--format', 'markdown'], io)).toBe(0);
    expect(out.join('')).toContain('## Statement of Applicability');
    expect(err.join('')).toBe(
      'crosswalk: Statement of Applicability as of 2026-11-27: 93 Annex A controls: 4 applicable, 2 not applicable, 87 not decided; an auditor requires a decision for every control: implement each of the 87 not decided, or mark it not-applicable with a justification\n',
    );
  });

  it('runs on the example organization; exit 2 on a bad format or flag', async () => {
    const { io, out, err } = captureIo(process.cwd());
    expect(await runCli(['soa', path.resolve('fixtures/example-org')], io)).toBe(0);
    expect(parseCsv(out.join('').slice(1))).toHaveLength(94);
    expect(err.join('')).toMatch(/^crosswalk: Statement of Applicability as of 2026-11-27: 93 Annex A controls: \d+ applicable/);
    const bad = captureIo(process.cwd());
    expect(await runCli(['soa', 'fixtures/example-org', '--format', 'xlsx'], bad.io)).toBe(2);
    expect(bad.err.join('')).toBe('crosswalk: --format must be one of csv, markdown, got "xlsx"\n');
    expect(await runCli(['soa', 'fixtures/example-org', '--colour'], captureIo(process.cwd()).io)).toBe(2);
  });

  it('says when errors left controls out: they would show as not decided', async () => {
    const { io, err } = captureIo(process.cwd());
    expect(await runCli(['soa', 'fixtures/invalid/mixed', '--as-of', '2026-11-27', '--output', path.join(await makeRepo({}), 'soa.csv')], io)).toBe(0);
    expect(err.join('')).toMatch(/; 1 error in the control files left some controls out \(run crosswalk check\)\n$/);
  });
});
