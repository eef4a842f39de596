/**
 * `crosswalk import soa` on Statements of Applicability as spreadsheet programs write them
 * (fixtures/soa-import: made with LibreOffice; see its README): title rows, blank rows and theme
 * headings above and among the controls, a cover sheet before the table, `5.1` references, a
 * `;`-separated CSV with a byte order mark and a cell holding a line break. Each is imported
 * by the built CLI; `check` then runs with no errors and `crosswalk soa` gives back every row's
 * applicability, status and justification, read from the spreadsheet itself.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsvText } from 'csv-parse/sync';
import exceljs from 'exceljs';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { soaColumns } from '../src/report/audit/soa.js';
import { parseCsv } from './support/csv.js';
import { makeRepo } from './support/repo.js';

const project = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(project, 'dist/cli.js');
const fixture = (name: string) => path.join(project, 'fixtures/soa-import', name);

function crosswalk(args: readonly string[], cwd = project): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CROSSWALK_DEBUG']) delete env[name];
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  expect(result.stderr).not.toMatch(/^\s+at /m);
  return result;
}

/** A row of the spreadsheet as a person reads it. */
interface SheetRow {
  readonly ref: string;
  readonly applicable: string;
  readonly justification: string;
  readonly status: string;
}

/** The fixture's rows, read with the spreadsheet libraries themselves: what the import must give back. */
async function rowsOfWorkbook(file: string, sheetName: string): Promise<SheetRow[]> {
  const workbook = new exceljs.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: SheetRow[] = [];
  workbook.getWorksheet(sheetName)!.eachRow((row) => {
    const text = (column: number) => String(row.getCell(column).value ?? '');
    if (/^\d\.\d+$/.test(text(1))) rows.push({ ref: `A.${text(1)}`, applicable: text(3), justification: text(4), status: text(5) });
  });
  return rows;
}

async function rowsOfCsv(file: string): Promise<SheetRow[]> {
  const records = parseCsvText(await readFile(file), { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
  return records.filter((record) => /^\d\.\d+$/.test(record[0]!)).map((record) => ({ ref: `A.${record[0]}`, applicable: record[2]!, justification: record[3]!, status: record[4]! }));
}

const statusWords: Record<string, string> = { Implemented: 'implemented', 'Partially implemented': 'in-progress', Planned: 'planned', 'Not started': 'planned', 'Not applicable': 'not-applicable' };

/** Every file under a folder with its content. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(root, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

async function importsAndGivesBack(file: string, expected: readonly SheetRow[], summary: RegExp): Promise<void> {
  expect(expected).toHaveLength(93);
  const root = await makeRepo({});
  const run = crosswalk(['import', 'soa', file, root]);
  expect(run.stderr).toMatch(summary);
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(['organizational', 'people', 'physical', 'technological'].map((theme) => `created controls/${theme}.yaml\n`).join(''));

  const checked = await check({ root });
  expect(checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  expect(checked.controls).toHaveLength(93);

  const soa = crosswalk(['soa', root]);
  expect(soa.status).toBe(0);
  const [header, ...records] = parseCsv(soa.stdout.slice(1));
  expect(header).toEqual([...soaColumns]);
  const column = (name: (typeof soaColumns)[number]) => soaColumns.indexOf(name);
  for (const row of expected) {
    const record = records.find((candidate) => candidate[0] === row.ref)!;
    const applicable = /^(yes|y)$/i.test(row.applicable);
    const status = applicable ? statusWords[row.status]! : 'not-applicable';
    expect([row.ref, record[column('Applicable')]]).toEqual([row.ref, applicable ? 'yes' : 'no']);
    expect([row.ref, record[column('Status')]]).toEqual([row.ref, `${record[column('Org controls')]} ${status}`]);
    // Excluded: the row's justification as written. Included: the implementing control, with the row's reason for inclusion.
    if (applicable) expect(record[column('Justification')]).toContain(` — ${row.justification}`);
    else expect(record[column('Justification')]).toBe(row.justification);
    if (row.ref.startsWith('A.6.')) expect([row.ref, record[column('Owners')]]).toEqual([row.ref, 'Head of People']);
  }

  // Once more into the same folder: every file it would write is there, so it writes nothing.
  const before = await snapshot(root);
  const again = crosswalk(['import', 'soa', file, root]);
  expect(again.status).toBe(2);
  expect(again.stdout).toBe('');
  for (const theme of ['organizational', 'people', 'physical', 'technological']) expect(again.stderr).toContain(`crosswalk: controls/${theme}.yaml already exists in `);
  expect(again.stderr).toMatch(/crosswalk: nothing written: import soa never overwrites a file/);
  expect(await snapshot(root)).toEqual(before);
}

describe('crosswalk import soa on real spreadsheets', () => {
  it('imports the .xlsx workbook from its second sheet, below the title rows, and gives back every row', async () => {
    const file = fixture('acme-soa.xlsx');
    await importsAndGivesBack(file, await rowsOfWorkbook(file, 'SoA'), /^crosswalk: imported 93 controls from .*acme-soa\.xlsx \(sheet "SoA", header on row 4\): 79 implemented, 3 in-progress, 3 planned, 8 not-applicable; next: crosswalk init /m);
  });

  it('imports the ;-separated CSV with a byte order mark and gives back every row', async () => {
    const file = fixture('acme-soa.csv');
    await importsAndGivesBack(file, await rowsOfCsv(file), /^crosswalk: imported 93 controls from .*acme-soa\.csv \(header on row 4\): 79 implemented, 3 in-progress, 3 planned, 8 not-applicable; next: /m);
  });

  it('writes each row as an org control of its theme, with the title, owner, justification and implementation note', async () => {
    const root = await makeRepo({});
    expect(crosswalk(['import', 'soa', fixture('acme-soa.csv'), root]).status).toBe(0);
    const people = await readFile(path.join(root, 'controls/people.yaml'), 'utf8');
    expect(people).toContain(`  - id: PPL-6.3
    title: Information security awareness, education and training
    implements: [A.6.3]
    status: implemented
    owner: Head of People
    justification: Best practice – ISO/IEC 27002
    description: |-
      Annual security awareness training in the LMS;
      phishing simulations every quarter
`);
    const physical = await readFile(path.join(root, 'controls/physical.yaml'), 'utf8');
    expect(physical).toContain(`  - id: PHY-7.11
    title: Supporting utilities
    implements: [A.7.11]
    status: not-applicable
    justification: Supporting utilities are the hosting provider’s (AWS SOC 2)
`);
    expect(physical.split('\n')[2]).toBe('# Physical controls: 14 controls imported from acme-soa.csv by crosswalk import soa, one per row.');
  });

  it('names every row it cannot read by its cell, and writes nothing', async () => {
    const root = await makeRepo({});
    const run = crosswalk(['import', 'soa', fixture('bad-rows.xlsx'), root]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^crosswalk: .*bad-rows\.xlsx, sheet "bad", cell B5 \(Applicable\?\): "maybe" is neither yes nor no$/),
      expect.stringMatching(/^crosswalk: .*bad-rows\.xlsx, sheet "bad", cell A6 \(Annex A control\): A\.5\.40 is not an ISO\/IEC 27001:2022 Annex A control/),
      expect.stringMatching(/^crosswalk: .*bad-rows\.xlsx, sheet "bad", cell A7 \(Annex A control\): A\.9\.2\.1 is an ISO\/IEC 27001:2013 id \(".*"\); in ISO\/IEC 27001:2022 it is A\.5\.16 \(Identity management\): write the 2022 control\(s\) in its place$/),
      expect.stringMatching(/^crosswalk: .*bad-rows\.xlsx, sheet "bad", cell C8 \(Justification\): A\.7\.1 is not applicable without a justification/),
      expect.stringMatching(/^crosswalk: nothing written: 4 rows of .*bad-rows\.xlsx cannot be read$/),
    ]);
    expect(await readdir(root)).toEqual([]);
  });

  it('names the CSV row by its line and cell, counting a quoted line break', async () => {
    const text = (await readFile(fixture('acme-soa.csv'), 'utf8')).replace('8.5;Secure authentication;Yes;', '8.5;Secure authentication;maybe;');
    const root = await makeRepo({ 'soa.csv': text });
    const run = crosswalk(['import', 'soa', 'soa.csv', 'out'], root);
    expect(run.status).toBe(1);
    // The row of A.8.5 starts a line after its row number: the note of A.6.3 above it spans two lines.
    expect(run.stderr).toMatch(/^crosswalk: soa\.csv, line \d+, cell C\d+ \(Applicable\?\): "maybe" is neither yes nor no$/m);
    const [, line, row] = /line (\d+), cell C(\d+)/.exec(run.stderr)!;
    expect(Number(line)).toBe(Number(row) + 1);
    expect(text.split('\n')[Number(line) - 1]).toMatch(/^8\.5;/);
    expect(await readdir(root)).toEqual(['soa.csv']);
  });
});

describe('crosswalk import soa: usage', () => {
  it('exits 2 for a missing file, a sheet it lacks, an unknown column role, and --sheet on a CSV', async () => {
    const root = await makeRepo({ 'soa.csv': await readFile(fixture('acme-soa.csv')) });
    expect(crosswalk(['import', 'soa', 'nowhere.xlsx'], root)).toMatchObject({ status: 2, stderr: 'crosswalk: cannot read nowhere.xlsx: no such file\n' });
    expect(crosswalk(['import', 'soa', fixture('acme-soa.xlsx'), root, '--sheet', 'Risks'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/: it has no sheet "Risks"; its sheets: "Cover", "SoA"\n$/) });
    expect(crosswalk(['import', 'soa', 'soa.csv', '--column', 'stauts=State'], root)).toMatchObject({ status: 2, stderr: expect.stringContaining('"stauts" is not a column role; the roles are ref, title, applicable, justification, status, owner, description; did you mean "status"?') });
    expect(crosswalk(['import', 'soa', 'soa.csv', '--sheet', 'SoA'], root)).toMatchObject({ status: 2, stderr: 'crosswalk: soa.csv: --sheet names a sheet of an .xlsx workbook; a CSV file has one\n' });
    expect(crosswalk(['import'], root)).toMatchObject({ status: 2, stderr: 'crosswalk: import needs what to import: soa (crosswalk import soa FILE [DIR])\n' });
    expect(await readdir(root)).toEqual(['soa.csv']);
  });

  it('reads the sheet --sheet names, and says which headers it found when the sheet has none it can use', async () => {
    const root = await makeRepo({});
    const cover = crosswalk(['import', 'soa', fixture('acme-soa.xlsx'), root, '--sheet', 'cover']);
    expect(cover.status).toBe(2);
    expect(cover.stderr).toMatch(/: no header row in sheet "Cover" names the control reference and its applicability or status; name the columns with --column ref=HEADER --column applicable=HEADER\n$/);
    expect(crosswalk(['import', 'soa', fixture('acme-soa.xlsx'), root, '--sheet', 'SoA']).status).toBe(0);
  });

  it('takes a header the recognition misses from --column', async () => {
    const csv = 'Nº;Kontrolle;Umsetzung;Begründung\nA.5.1;Policies;Implemented;Risk R-1\nA.5.2;Roles;planned;Risk R-2\n';
    const root = await makeRepo({ 'soa.csv': csv });
    const missed = crosswalk(['import', 'soa', 'soa.csv', 'out'], root);
    expect(missed.status).toBe(2);
    expect(missed.stderr).toContain('no header row names the control reference and its applicability or status');
    const named = crosswalk(['import', 'soa', 'soa.csv', 'out', '--column', 'ref=Nº', '--column', 'status=Umsetzung', '--column', 'justification=Begründung', '--column', 'title=Kontrolle'], root);
    expect(named.stderr).toMatch(/imported 2 controls from soa\.csv \(header on row 1\): 1 implemented, 0 in-progress, 1 planned, 0 not-applicable; 91 Annex A controls are not in it \(A\.5\.3, /);
    expect(named.status).toBe(0);
    expect(await readFile(path.join(root, 'out/controls/organizational.yaml'), 'utf8')).toContain('  - id: ORG-5.2\n    title: Roles\n    implements: [A.5.2]\n    status: planned\n    justification: Risk R-2\n');
    const unknownHeader = crosswalk(['import', 'soa', 'soa.csv', 'out2', '--column', 'ref=Nº', '--column', 'status=Umsetzung', '--column', 'owner=Verantwortlich'], root);
    expect(unknownHeader).toMatchObject({ status: 2, stderr: 'crosswalk: soa.csv: --column owner="Verantwortlich": no such header on row 1 (its headers: "Nº", "Kontrolle", "Umsetzung", "Begründung")\n' });
  });

  it('is mentioned by init, which afterwards keeps the imported files', async () => {
    const root = await makeRepo({});
    const run = crosswalk(['init', root]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('crosswalk: have an SoA? crosswalk import soa soa.xlsx writes the controls from your Statement of Applicability instead (remove controls/organizational.yaml, controls/people.yaml, controls/physical.yaml, controls/technological.yaml first: it never overwrites a file)\n');
    expect(crosswalk(['init', '--help']).stdout).toContain('crosswalk import soa soa.xlsx [DIR] writes the four\ntheme files from it');
    // After an import, init keeps the imported files and has nothing to suggest.
    const imported = await makeRepo({});
    expect(crosswalk(['import', 'soa', fixture('acme-soa.csv'), imported]).status).toBe(0);
    const after = crosswalk(['init', imported]);
    expect(after.status).toBe(0);
    expect(after.stderr).toContain('skipped controls/people.yaml: the repository already has control files');
    expect(after.stderr).not.toContain('have an SoA?');
    expect((await check({ root: imported })).diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
});
