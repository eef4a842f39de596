/**
 * How `crosswalk import soa` reads a Statement of Applicability: the encodings and delimiters
 * spreadsheet programs write, the header wordings SoAs use, the ways an Annex A reference is
 * written, the words for applicability and status, and the rows it refuses to guess at.
 */
import { describe, expect, it } from 'vitest';
import { columnsOf, findHeaderRow, roleOfHeader } from '../src/import/columns.js';
import { readCsv } from '../src/import/csv.js';
import { importSoa, type SoaImport } from '../src/import/soa.js';
import { parseRef } from '../src/import/soa-rows.js';
import { cellName } from '../src/import/sheet.js';
import { loadCatalogs } from '../src/load/catalogs.js';

const catalogs = loadCatalogs();
const noOverrides = new Map();

function importCsv(text: string | Uint8Array, columns = noOverrides): Promise<SoaImport> {
  return importSoa(typeof text === 'string' ? new TextEncoder().encode(text) : text, { source: 'soa.csv', columns, catalogs });
}

async function imported(text: string) {
  const result = await importCsv(text);
  if (result.kind !== 'imported') throw new Error(result.problems.join('\n'));
  return result.controls.map((control) => [control.iso.id, control.status, control.justification ?? null]);
}

async function problems(text: string): Promise<readonly string[]> {
  const result = await importCsv(text);
  if (result.kind !== 'unreadable-rows') throw new Error('every row was read');
  return result.problems;
}

const header = 'Control ref,Applicable?,Justification,Implementation Status\n';

describe('encodings and delimiters', () => {
  it('reads UTF-16 with a byte order mark and tabs (Excel\'s "Unicode Text")', async () => {
    const text = 'Title of the sheet\r\n\r\nControl\tApplicable\tReason\tStatus\r\nA.5.1\tYes\tRisk R-1 – “policy”\tImplemented\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await importCsv(bytes);
    expect(result).toMatchObject({ kind: 'imported', header: { index: 2 } });
    expect(result.kind === 'imported' && result.controls[0]!.justification).toBe('Risk R-1 – “policy”');
  });

  it('reads Windows-1252 when the bytes are not UTF-8 (Excel\'s plain CSV on Windows), curly quotes and € included', async () => {
    // 0x92 is a right single quote and 0xE9 an é in Windows-1252; neither is valid UTF-8 here.
    const bytes = Buffer.concat([Buffer.from(header, 'latin1'), Buffer.from('A.7.1,No,"We don', 'latin1'), Buffer.from([0x92]), Buffer.from('t own premises (sécurité), ', 'latin1'), Buffer.from([0x80, 0x96]), Buffer.from(' 0",Not applicable\n', 'latin1')]);
    const result = await importCsv(bytes);
    expect(result.kind === 'imported' && result.controls[0]!.justification).toBe('We don’t own premises (sécurité), €– 0');
  });

  it('honours Excel\'s sep= line, and finds the delimiter from the header otherwise', async () => {
    const semicolons = 'sep=;\nControl ref;Applicable?;Justification;Status\n5.1;Yes;Risk R-1, R-2;Implemented\n';
    const result = await importCsv(semicolons);
    expect(result).toMatchObject({ kind: 'imported', header: { index: 0 } });
    expect(result.kind === 'imported' && result.controls[0]!.justification).toBe('Risk R-1, R-2');
    // More commas than semicolons in the text, but only ; makes a header row of it.
    const commasInCells = 'Ref;Applicable;Justification;Status\nA.5.1;Yes;a, b, c, d, e, f, g, h;Implemented\nA.5.2;Yes;i, j, k, l, m;Planned\n';
    expect(await imported(commasInCells)).toEqual([
      ['A.5.1', 'implemented', 'a, b, c, d, e, f, g, h'],
      ['A.5.2', 'planned', 'i, j, k, l, m'],
    ]);
  });

  it('keeps every row at its spreadsheet position and line, blank rows included', () => {
    const { sheets } = readCsv(new TextEncoder().encode('\uFEFFtitle;;\n;;\na;"two\nlines";c\nd;e;f\n'));
    expect(sheets[0]!.rows).toEqual([['title', '', ''], ['', '', ''], ['a', 'two\nlines', 'c'], ['d', 'e', 'f']]);
    expect(sheets[0]!.lines).toEqual([1, 2, 3, 5]);
  });

  it('refuses what it cannot read as a whole, saying what to do', async () => {
    const attempt = (bytes: Uint8Array, source: string) => importSoa(bytes, { source, columns: noOverrides, catalogs });
    await expect(attempt(new TextEncoder().encode('Ref;Applicable\nA.5.1;"Yes\n'), 'soa.csv')).rejects.toThrow(/^it is not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2/);
    await expect(attempt(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'soa.xls')).rejects.toThrow('it is an Excel 97–2003 .xls workbook: save it as .xlsx or CSV');
    await expect(attempt(new TextEncoder().encode('Ref,Applicable\n'), 'soa.xlsx')).rejects.toThrow('it is named like a workbook but is not an .xlsx file (a zip archive)');
    await expect(attempt(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'soa.xlsx')).rejects.toThrow(/^it is not an \.xlsx workbook that can be read/);
    await expect(attempt(new TextEncoder().encode('Ref,Applicable\n'), 'soa.csv')).rejects.toThrow('no row below the header on row 1 names an Annex A control');
  });

  it('names cells as a spreadsheet does', () => {
    expect([cellName(0, 1), cellName(2, 14), cellName(25, 3), cellName(26, 3), cellName(27, 9), cellName(701, 1), cellName(702, 1)]).toEqual(['A1', 'C14', 'Z3', 'AA3', 'AB9', 'ZZ1', 'AAA1']);
  });
});

describe('columns by their headers', () => {
  it('recognizes the wordings SoAs use', () => {
    const roles = (headers: string[]) => headers.map((text) => [text, roleOfHeader(text) ?? null]);
    expect(roles(['Control ref', 'Annex A control', 'ISO 27001:2022 Control', 'Ref', 'Control ID', 'Clause'])).toEqual(roles(['Control ref', 'Annex A control', 'ISO 27001:2022 Control', 'Ref', 'Control ID', 'Clause']).map(([text]) => [text, 'ref']));
    expect(roles(['Applicable?', 'Applicable (Y/N)', 'Applicability', 'Included?'])).toEqual([['Applicable?', 'applicable'], ['Applicable (Y/N)', 'applicable'], ['Applicability', 'applicable'], ['Included?', 'applicable']]);
    expect(roles(['Justification', 'Reason for inclusion / exclusion', 'Justification for exclusion', 'Rationale'])).toEqual([['Justification', 'justification'], ['Reason for inclusion / exclusion', 'justification'], ['Justification for exclusion', 'justification'], ['Rationale', 'justification']]);
    expect(roles(['Status', 'Implementation Status', 'Implemented?'])).toEqual([['Status', 'status'], ['Implementation Status', 'status'], ['Implemented?', 'status']]);
    expect(roles(['Owner', 'Control Owner', 'Responsible'])).toEqual([['Owner', 'owner'], ['Control Owner', 'owner'], ['Responsible', 'owner']]);
    expect(roles(['Control title', 'Control name', 'Title'])).toEqual([['Control title', 'title'], ['Control name', 'title'], ['Title', 'title']]);
    expect(roles(['Implementation note', 'How it is implemented', 'Description', 'Notes'])).toEqual([['Implementation note', 'description'], ['How it is implemented', 'description'], ['Description', 'description'], ['Notes', 'description']]);
    // A row counter and a 2013 reference are not the 2022 reference.
    expect(roles(['No.', '#', 'ISO 27001:2013 ref', 'Version', 'Date'])).toEqual([['No.', null], ['#', null], ['ISO 27001:2013 ref', null], ['Version', null], ['Date', null]]);
  });

  it('takes a bare "Control" beside a reference column as the title', () => {
    expect(columnsOf(['Ref', 'Control', 'Applicable', 'Status'], noOverrides)).toEqual({ ref: 0, title: 1, applicable: 2, status: 3 });
    expect(columnsOf(['Control', 'Applicable', 'Status'], noOverrides)).toEqual({ ref: 0, applicable: 1, status: 2 });
  });

  it('finds the header row below title rows, and not in a table without the columns', () => {
    const sheet = { name: 'SoA', rows: [['Statement of Applicability'], [], ['Version', 'Date', 'Author'], ['Annex A control', 'Name', 'Applicable?', 'Justification'], ['A.5.1']] };
    expect(findHeaderRow(sheet, noOverrides)).toMatchObject({ index: 3, columns: { ref: 0, title: 1, applicable: 2, justification: 3 } });
    expect(findHeaderRow({ name: 'Cover', rows: sheet.rows.slice(0, 3) }, noOverrides)).toBeUndefined();
  });
});

describe('rows', () => {
  it('reads A.5.1, 5.1, A 5.1, A5.1, Annex A 5.1 and a reference followed by the name', () => {
    const ids = ['A.5.1', '5.1', 'A 5.1', 'A5.1', 'a.5.1', 'Annex A 5.1', 'A.5.1.'].map((text) => parseRef(text));
    expect(ids.every((ref) => ref.kind === 'control' && ref.id === 'A.5.1')).toBe(true);
    expect(parseRef('A.5.1 Policies for information security')).toEqual({ kind: 'control', id: 'A.5.1', rest: 'Policies for information security' });
    expect(parseRef('A.8.34 – Protection of information systems during audit testing')).toEqual({ kind: 'control', id: 'A.8.34', rest: 'Protection of information systems during audit testing' });
    expect([parseRef('5'), parseRef('A.6'), parseRef('8 Technological controls'), parseRef(''), parseRef('Totals'), parseRef('4')].map((ref) => ref.kind)).toEqual(['theme', 'theme', 'theme', 'none', 'unreadable', 'unreadable']);
  });

  it('maps the status words to crosswalk\'s four, and applicability to yes or no', async () => {
    const rows = [
      ['A.5.1', 'Yes', '', 'Implemented'],
      ['A.5.2', 'Y', '', 'Fully implemented'],
      ['A.5.3', 'yes', '', 'Partially implemented'],
      ['A.5.4', 'TRUE', '', 'In progress'],
      ['A.5.5', '✓', '', 'Planned'],
      ['A.5.6', 'x', '', 'Not started'],
      ['A.5.7', 'Yes', '', 'not-implemented'],
      ['A.5.8', 'No', 'Not used', 'Not applicable'],
      ['A.5.9', 'N', 'Not used', ''],
      ['A.5.10', '', 'Not used', 'N/A'],
      ['A.5.11', 'No (outsourced)', 'Outsourced', 'Not started'],
      ['A.5.12', 'Yes – risk R-4', 'R-4', ''],
    ];
    const result = await importCsv(`Ref,Applicable,Justification,Status\n${rows.map((row) => row.join(',')).join('\n')}\n`);
    if (result.kind !== 'imported') throw new Error(result.problems.join('\n'));
    expect(result.controls.map((control) => [control.iso.id, control.status, control.statusGiven])).toEqual([
      ['A.5.1', 'implemented', true],
      ['A.5.2', 'implemented', true],
      ['A.5.3', 'in-progress', true],
      ['A.5.4', 'in-progress', true],
      ['A.5.5', 'planned', true],
      ['A.5.6', 'planned', true],
      ['A.5.7', 'planned', true],
      ['A.5.8', 'not-applicable', true],
      ['A.5.9', 'not-applicable', true],
      ['A.5.10', 'not-applicable', true],
      ['A.5.11', 'not-applicable', true],
      ['A.5.12', 'planned', false],
    ]);
  });

  it('skips blank rows, theme headings and notes below the table; takes the title from the reference cell or the catalog', async () => {
    const text = `Ref,Applicable,Justification,Status\n5,Organizational controls,,\nA.5.1 Our policy set,Yes,,Implemented\n,,,\n6 People controls,,,\nA.6.1,Yes,,Planned\n* approved by the CISO,,,\n`;
    const result = await importCsv(text);
    if (result.kind !== 'imported') throw new Error(result.problems.join('\n'));
    expect(result.controls.map((control) => [control.iso.id, control.title, control.row])).toEqual([
      ['A.5.1', 'Our policy set', 3],
      ['A.6.1', 'Screening', 6],
    ]);
  });

  it('refuses rows it would have to guess at, naming each cell', async () => {
    expect(
      await problems(
        `${header}A.5.1,maybe,,Implemented\nA.5.2,Yes,,Half done\nA.5.3,,,\nA.5.4,Yes,,Not applicable\nA.5.5,No,,Planned\nA.5.6,No,Too small,Implemented\nA.5.7,Yes,,Implemented\nA.5.7,Yes,,Planned\nZ.1,Yes,,Implemented\n,Yes,,Implemented\nA.12.4.1,Yes,,Implemented\nA.9.2,Yes,,Implemented\n`,
      ),
    ).toEqual([
      'line 2, cell B2 (Applicable?): "maybe" is neither yes nor no',
      'line 3, cell D3 (Implementation Status): "Half done" is not a status crosswalk knows: implemented, partially implemented (or in progress), planned (or not started), not applicable',
      'line 4, cell B4 (Applicable?): A.5.3: neither applicable nor status is given; an auditor requires a decision for every control',
      'line 5, cell D5 (Implementation Status): A.5.4 is applicable, but its status says "Not applicable"',
      'line 6, cell C6 (Justification): A.5.5 is not applicable without a justification: an auditor asks why it is excluded',
      'line 7, cell D7 (Implementation Status): A.5.6 is not applicable, but its status says "Implemented"',
      'line 9, cell A9 (Control ref): A.5.7 is already on row 8: one row per Annex A control',
      'line 10, cell A10 (Control ref): "Z.1" is not an Annex A control reference (write A.5.1, 5.1 or A 5.1)',
      'line 11, cell A11 (Control ref): no Annex A control reference in this row',
      expect.stringMatching(/^line 12, cell A12 \(Control ref\): A\.12\.4\.1 is an ISO\/IEC 27001:2013 id \("Event logging"\); in ISO\/IEC 27001:2022 it is A\.8\.15 \(Logging\): write the 2022 control\(s\) in its place$/),
      expect.stringMatching(/^line 13, cell A13 \(Control ref\): A\.9\.2 is an ISO\/IEC 27001:2013 objective \(A\.9\.2\.1, .*\); in ISO\/IEC 27001:2022 its controls are A\.5\.16 \(Identity management\), /),
    ]);
  });

  it('says when a spreadsheet took 5.10 for the number 5.1: the title is another control\'s', async () => {
    const text = 'Ref,Title,Applicable,Status\n5.1,Policies for information security,Yes,Implemented\n5.1,Acceptable use of information and other associated assets,Yes,Implemented\n8.3,Information access restriction,Yes,Implemented\n8.3,Secure development life cycle,Yes,Implemented\n';
    expect(await problems(text)).toEqual([
      'line 3, cell A3 (Ref): the reference reads A.5.1, but "Acceptable use of information and other associated assets" is A.5.10 (a spreadsheet that took 5.10 for a number shows it as 5.1: format the column as text, or write A.5.10)',
      'line 5, cell A5 (Ref): the reference reads A.8.3, but "Secure development life cycle" is A.8.25',
    ]);
  });

  it('says so when two rows read as the same control and a spreadsheet may have taken 8.10 for 8.1', async () => {
    expect(await problems('Ref,Applicable,Status\n8.1,Yes,Implemented\n8.1,Yes,Planned\n')).toEqual([
      'line 3, cell A3 (Ref): A.8.1 is already on row 2: one row per Annex A control (a spreadsheet that took 8.10 for a number shows it as 8.1: format the column as text, or write A.8.10)',
    ]);
  });

  it('needs a justification column for an exclusion, and says how to name one', async () => {
    expect(await problems('Ref,Status\nA.7.1,Not applicable\n')).toEqual(['line 2, cell B2 (Status): A.7.1 is not applicable: the sheet needs a justification column saying why (name it with --column justification=HEADER)']);
  });
});
