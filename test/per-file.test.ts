/**
 * `per_file: true` (SPEC §1.1, §2): one evidence item, one instance per matched non-empty file,
 * dated strictly by its name, filling only the window its span ends in. The date rule as a table,
 * then real repositories on disk through the whole pipeline.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { dateOfPath } from '../src/load/per-file.js';
import { controlFile, makeRepo } from './support/repo.js';

describe('the date a per_file path names', () => {
  const span = (start: string, end: string) => ({ kind: 'span', span: { start, end } });
  it.each([
    ['evidence/scans/2026-07-15.json', span('2026-07-15', '2026-07-15')],
    ['evidence/scans/scan_20260715.json', span('2026-07-15', '2026-07-15')],
    ['evidence/scans/2026-07.json', span('2026-07-01', '2026-07-31')],
    ['evidence/scans/2026-02.json', span('2026-02-01', '2026-02-28')],
    ['evidence/reviews/access-2026-Q3.csv', span('2026-07-01', '2026-09-30')],
    ['evidence/reviews/access-2026-q4.csv', span('2026-10-01', '2026-12-31')],
    ['evidence/dr/test-2026-H1.pdf', span('2026-01-01', '2026-06-30')],
    ['evidence/dr/test-2026-h2.pdf', span('2026-07-01', '2026-12-31')],
    // A bare year only as a whole folder name or file name without its extension.
    ['evidence/pentest/2026.pdf', span('2026-01-01', '2026-12-31')],
    ['evidence/2025/report.pdf', span('2025-01-01', '2025-12-31')],
    // The rightmost date decides: the folder's year, then the file's month.
    ['evidence/2025/scans/2026-03.json', span('2026-03-01', '2026-03-31')],
    ['evidence/2026-01-05/summary-2026-02.md', span('2026-02-01', '2026-02-28')],
    // Not dates: a ticket number, an invoice number, a year inside a name, a year after the collected year, a timestamp glued to letters.
    ['evidence/changes/CHG-1042.pdf', { kind: 'none' }],
    ['evidence/changes/CHG-2031.pdf', { kind: 'none' }],
    ['evidence/invoices/INV-2026-0012.pdf', { kind: 'none' }],
    ['evidence/report-2026.pdf', { kind: 'none' }],
    ['evidence/2027/report.pdf', { kind: 'none' }],
    ['evidence/1999-12.json', { kind: 'none' }],
    ['evidence/scan-20260715T1200.json', { kind: 'none' }],
    ['evidence/FY2026-Q3.csv', { kind: 'none' }],
    // Shaped like a date but no calendar date: an error that says so.
    ['evidence/scans/2026-02-30.json', { kind: 'invalid', token: '2026-02-30' }],
    ['evidence/scans/2026-13.json', { kind: 'invalid', token: '2026-13' }],
    ['evidence/scans/20261301.json', { kind: 'invalid', token: '20261301' }],
    ['evidence/reviews/2026-Q5.csv', { kind: 'invalid', token: '2026-Q5' }],
  ])('%s', (path, expected) => {
    expect(dateOfPath(path, 2026)).toMatchObject(expected);
  });
});

const asOf = '2026-11-27';
const type2 = '.crosswalk.yml';
const period = 'audit:\n  type: type2\n  period: {start: 2026-01-01, end: 2026-12-31}\n';

/**
 * The tests' own mapping, so that what they prove does not move with the default mapping's audit:
 * two full rows without requirements, whose operating evidence is periodic by month (A.8.8) and
 * a population judged by calendar quarter (A.8.15, daily).
 */
const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: per_file test mapping
rows:
  - iso: A.8.8
    tsc: [CC7.1]
    coverage: full
    frequency: monthly
  - iso: A.8.15
    tsc: [CC7.2]
    coverage: full
    frequency: daily
`;

/** Runs check on a repository of these files and the tests' mapping. */
async function checkRepo(files: Record<string, string>) {
  const root = await makeRepo({ 'mapping.yaml': mapping, ...files });
  return check({ root, overrides: { asOf, mapping: path.join(root, 'mapping.yaml') } });
}

/** OPS-01 implements A.8.8, in the tests' mapping a full row with monthly operating evidence (CC7.1). */
function scans(item: string): string {
  return controlFile(`  - id: OPS-01
    title: Vulnerabilities are scanned monthly
    implements: [A.8.8]
    status: implemented
    owner: ops@acme.example
    evidence:
${item}`);
}

const monthlyFiles = (months: readonly string[]) => Object.fromEntries(months.map((month) => [`evidence/scans/2026-${month}.json`, '{"findings": []}\n']));

describe('per_file evidence over a Type 2 period', () => {
  it('fills one month per file: five monthly scans fill five months, where one item filled one', async () => {
    const files = monthlyFiles(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    const item = (perFile: boolean) => `      - id: ev-scans
        type: scan-report
        path: evidence/scans/*.json
${perFile ? '        per_file: true\n' : ''}        collected: 2026-11-02
`;
    const judged = async (perFile: boolean) => {
      const run = await checkRepo({ [type2]: period, 'controls/ops.yaml': scans(item(perFile)), ...files });
      expect(run.diagnostics).toEqual([]);
      return run.report.missingEvidence.filter((entry) => entry.requirement === 'operating-evidence').map((entry) => [entry.reason, entry.window]);
    };
    // As one item, collected 2026-11-02, it fills November only: January is the first empty month.
    expect(await judged(false)).toEqual([['period-gap', { start: '2026-01-01', end: '2026-01-31' }]]);
    // As instances, January to October are filled; November is the current month, not yet judged.
    expect(await judged(true)).toEqual([]);
  });

  it('leaves the month whose file is missing empty, and the timeline shows each month a file fills', async () => {
    const run = await checkRepo({
      [type2]: period,
      'controls/ops.yaml': scans(`      - id: ev-scans
        path: evidence/scans/*.json
        per_file: true
        collected: 2026-11-02
`),
      ...monthlyFiles(['01', '02', '03', '05', '06', '07', '08', '09', '10']),
    });
    const missing = run.report.missingEvidence.filter((entry) => entry.requirement === 'operating-evidence');
    expect(missing.map((entry) => [entry.reason, entry.window])).toEqual([['period-gap', { start: '2026-04-01', end: '2026-04-30' }]]);
    const strip = run.report.timeline.find((entry) => entry.iso === 'A.8.8' && entry.requirement === 'operating-evidence')!;
    expect(strip.windows.map((window) => window.state).join(' ')).toBe('collected collected collected missing collected collected collected collected collected collected current not-started');
  });

  it('cuts an instance at the item’s collected date and refuses names without a usable date, at the item’s path', async () => {
    const run = await checkRepo({
      [type2]: period,
      'controls/ops.yaml': scans(`      - id: ev-scans
        path: evidence/scans/*
        per_file: true
        collected: 2026-11-02
`),
      'evidence/scans/2026-10.json': '{}\n',
      'evidence/scans/2026-11.json': '{}\n',
      'evidence/scans/2026-12.json': '{}\n',
      'evidence/scans/CHG-1042.pdf': 'x',
      'evidence/scans/INV-2026-0012.pdf': 'x',
      'evidence/scans/2026-02-30.json': '{}\n',
      'evidence/scans/empty-2026-09.json': '',
    });
    expect(run.diagnostics.map(({ severity, code, line, column, message }) => ({ severity, code, line, column, message }))).toEqual([
      { severity: 'error', code: 'per-file-date', line: 11, column: 15, message: 'evidence ev-scans is per_file, and 2 of the files it matches (the first: "evidence/scans/CHG-1042.pdf") name no date (a YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY-Qn or YYYY-Hn token, or a year from 2000 to 2026 as a whole folder or file name): they are not counted' },
      { severity: 'error', code: 'per-file-date', line: 11, column: 15, message: 'evidence ev-scans is per_file, and file "evidence/scans/2026-02-30.json" names "2026-02-30", which is no calendar date: it is not counted' },
      { severity: 'error', code: 'per-file-date', line: 11, column: 15, message: 'evidence ev-scans is per_file, and file "evidence/scans/2026-12.json" names "2026-12", a span that starts after the item was collected (2026-11-02): it is not counted' },
    ]);
    // October's file, and November's cut at the collected date; the empty file is no instance.
    const items = run.controls[0]!.evidence.map((item) => [item.id, item.collected, item.period, item.samples]);
    expect(items).toEqual([
      ['ev-scans: evidence/scans/2026-10.json', '2026-10-31', { start: '2026-10-01', end: '2026-10-31' }, 1],
      ['ev-scans: evidence/scans/2026-11.json', '2026-11-02', { start: '2026-11-01', end: '2026-11-02' }, 1],
    ]);
  });

  it('fills only the window an instance’s span ends in, even for a population requirement', async () => {
    // A.8.15 is, in the tests' mapping, a full row with daily operating evidence: a population, judged by calendar quarter.
    const logs = (item: string) =>
      controlFile(`  - id: LOG-01
    title: Logs are reviewed
    implements: [A.8.15]
    status: implemented
    owner: ops@acme.example
    evidence:
${item}`);
    const firstGap = async (item: string, files: Record<string, string>) => {
      const run = await checkRepo({ [type2]: period, 'controls/logs.yaml': logs(item), ...files });
      expect(run.diagnostics).toEqual([]);
      return run.report.missingEvidence.find((entry) => entry.requirement === 'operating-evidence')?.window;
    };
    // An item whose period is the first half overlaps Q1 and Q2: Q3 is the first empty quarter.
    expect(await firstGap('      - id: ev-logs\n        path: evidence/logs/review.json\n        period: {start: 2026-01-01, end: 2026-06-30}\n        collected: 2026-07-01\n', { 'evidence/logs/review.json': '{}' })).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    // A per_file instance named for the first half fills only Q2, where its span ends: Q1 is empty.
    expect(await firstGap('      - id: ev-logs\n        path: evidence/logs/*.json\n        per_file: true\n        collected: 2026-07-01\n', { 'evidence/logs/review-2026-H1.json': '{}' })).toEqual({ start: '2026-01-01', end: '2026-03-31' });
  });

  it('keeps an item none of whose files names a date as one item that is not present, so what it lists is not "absent"', async () => {
    const run = await checkRepo({
      [type2]: period,
      'controls/ops.yaml': scans(`      - id: ev-scans
        path: evidence/scans/*.pdf
        per_file: true
        collected: 2026-11-02
`),
      'evidence/scans/CHG-1042.pdf': 'x',
    });
    expect(run.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['per-file-date']);
    expect(run.report.missingEvidence.map((entry) => [entry.requirement, entry.reason, entry.evidence.map((item) => item.evidence)])).toEqual([['operating-evidence', 'file-not-found', ['ev-scans']]]);
  });

  it('counts a per_file item that matches no file as one item that is not present', async () => {
    const run = await checkRepo({
      [type2]: period,
      'controls/ops.yaml': scans(`      - id: ev-scans
        path: evidence/scan/*.json
        per_file: true
        collected: 2026-11-02
`),
      ...monthlyFiles(['10']),
    });
    expect(run.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['evidence-path-not-found']);
    expect(run.report.missingEvidence.map((entry) => [entry.requirement, entry.reason, entry.evidence.map((item) => item.evidence)])).toEqual([['operating-evidence', 'file-not-found', ['ev-scans']]]);
  });
});

describe('per_file in the schema', () => {
  it('needs a path and declares no url, period, samples or population', async () => {
    const run = await checkRepo({
      'controls/ops.yaml': scans(`      - id: ev-link
        url: https://scans.example.com/
        per_file: true
        collected: 2026-11-02
      - id: ev-declared
        path: evidence/scans/*.json
        per_file: true
        samples: 3
        period: {start: 2026-10-01, end: 2026-10-31}
        population: 10
        collected: 2026-11-02
`),
      ...monthlyFiles(['10']),
    });
    expect(run.diagnostics.map(({ code, line, column, message }) => [code, line, column, message])).toEqual([
      ['missing-field', 10, 9, 'controls[0].evidence[0] is missing the required key "path": a per_file item counts the files its path matches'],
      ['invalid-value', 11, 9, 'controls[0].evidence[0].url cannot be given on a per_file item: each file it matches is an instance of its own, dated by its name, with 1 sample (per_file needs a path)'],
      ['invalid-value', 17, 9, 'controls[0].evidence[1].samples cannot be given on a per_file item: each file it matches is an instance of its own, dated by its name, with 1 sample'],
      ['invalid-value', 18, 9, 'controls[0].evidence[1].period cannot be given on a per_file item: each file it matches is an instance of its own, dated by its name, with 1 sample'],
      ['invalid-value', 19, 9, 'controls[0].evidence[1].population cannot be given on a per_file item: each file it matches is an instance of its own, dated by its name, with 1 sample'],
    ]);
  });
});
