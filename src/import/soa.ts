/**
 * `crosswalk import soa`, without the file system: a Statement of Applicability's bytes in,
 * the control files it becomes (or the rows it cannot read) out. Which sheet: the one named, or
 * the first whose header row names the control reference and its applicability or status.
 */
import type { ScaffoldFile } from '../init/scaffold.js';
import type { Catalogs, IsoControl } from '../model.js';
import { compareIsoIds } from '../validate/iso-ids.js';
import { columnRoles, findHeaderRow, likeliestHeaderRow, type ColumnOverrides, type ColumnRole, type HeaderRow } from './columns.js';
import { importedControlFiles } from './control-files.js';
import { readCsv } from './csv.js';
import { readSoaRows, type ImportedControl } from './soa-rows.js';
import { cellName, UnreadableSpreadsheet, type Sheet, type Workbook } from './sheet.js';

export interface ImportOptions {
  /** The file's name as the user gave it: in the files' headings and in messages. */
  readonly source: string;
  readonly sheet?: string;
  readonly columns: ColumnOverrides;
  readonly catalogs: Catalogs;
}

interface Located {
  readonly sheet: Sheet;
  readonly header: HeaderRow;
}

export type SoaImport =
  | (Located & { readonly kind: 'imported'; readonly controls: readonly ImportedControl[]; readonly files: readonly ScaffoldFile[]; readonly absent: readonly IsoControl[] })
  | (Located & { readonly kind: 'unreadable-rows'; readonly problems: readonly string[] });

export async function importSoa(bytes: Uint8Array, options: ImportOptions): Promise<SoaImport> {
  const workbook = await readWorkbook(bytes, options.source);
  if (workbook.format === 'csv' && options.sheet !== undefined) throw new UnreadableSpreadsheet('--sheet names a sheet of an .xlsx workbook; a CSV file has one');
  const { sheet, header } = locateTable(workbook, options);
  const unnamed = columnRoles.filter((role) => options.columns.has(role) && header.columns[role] === undefined);
  if (unnamed.length > 0) {
    throw new UnreadableSpreadsheet(`${unnamed.map((role) => `--column ${role}="${options.columns.get(role)}"`).join(', ')}: no such header on ${describeRow(sheet, header.index)} (its headers: ${listHeaders(header.headers)})`);
  }
  const { controls, problems } = readSoaRows(sheet, header, options.catalogs);
  if (problems.length > 0) {
    return { kind: 'unreadable-rows', sheet, header, problems: problems.map((problem) => `${describeCell(sheet, header, problem.row, problem.column)}: ${problem.message}`) };
  }
  if (controls.length === 0) throw new UnreadableSpreadsheet(`no row below the header on ${describeRow(sheet, header.index)} names an Annex A control`);
  const imported = new Set(controls.map((control) => control.iso.id));
  const absent = [...options.catalogs.iso.values()].filter((control) => control.kind === 'annex-a' && !imported.has(control.id)).sort((a, b) => compareIsoIds(a.id, b.id));
  return { kind: 'imported', sheet, header, controls, files: importedControlFiles(controls, sheet.name === undefined ? options.source : `${options.source} (sheet "${sheet.name}")`), absent };
}

/** By what the bytes are, not the name: a workbook is a zip archive; anything else is read as CSV. */
async function readWorkbook(bytes: Uint8Array, source: string): Promise<Workbook> {
  const startsWith = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
    if (/\.(ods|numbers)$/i.test(source)) throw new UnreadableSpreadsheet('it is not an .xlsx workbook: save it as .xlsx (Excel 2007–365) or CSV');
    // Loaded only for a workbook: the reader is most of the command's code.
    const { readXlsx } = await import('./xlsx.js');
    return readXlsx(bytes);
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) throw new UnreadableSpreadsheet('it is an Excel 97–2003 .xls workbook: save it as .xlsx or CSV');
  if (/\.xls[xm]?$/i.test(source)) throw new UnreadableSpreadsheet('it is named like a workbook but is not an .xlsx file (a zip archive)');
  return readCsv(bytes);
}

function locateTable(workbook: Workbook, options: ImportOptions): Located {
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const sheet = workbook.sheets.find((candidate) => candidate.name === wanted) ?? workbook.sheets.find((candidate) => candidate.name?.toLowerCase() === wanted.toLowerCase());
    if (sheet === undefined) throw new UnreadableSpreadsheet(`it has no sheet "${wanted}"; its sheets: ${workbook.sheets.map((candidate) => `"${candidate.name}"`).join(', ')}`);
    const header = findHeaderRow(sheet, options.columns);
    if (header === undefined) throw noHeader([sheet], options.columns);
    return { sheet, header };
  }
  for (const sheet of workbook.sheets) {
    const header = findHeaderRow(sheet, options.columns);
    if (header !== undefined) return { sheet, header };
  }
  throw noHeader(workbook.sheets, options.columns);
}

const roleWords: Record<ColumnRole, string> = {
  ref: 'the control reference',
  title: 'the title',
  applicable: 'applicability',
  justification: 'the justification',
  status: 'the status',
  owner: 'the owner',
  description: 'the implementation note',
};

function noHeader(sheets: readonly Sheet[], overrides: ColumnOverrides): UnreadableSpreadsheet {
  const where = sheets.length === 1 && sheets[0]!.name !== undefined ? ` in sheet "${sheets[0]!.name}"` : '';
  const lead = `no header row${where} names the control reference and its applicability or status`;
  const closest = sheets.map((sheet) => ({ sheet, header: likeliestHeaderRow(sheet, overrides) })).find((candidate) => candidate.header !== undefined);
  if (closest === undefined) return new UnreadableSpreadsheet(`${lead}; name the columns with --column ref=HEADER --column applicable=HEADER`);
  const { sheet, header } = closest as { sheet: Sheet; header: HeaderRow };
  const found = columnRoles.filter((role) => header.columns[role] !== undefined).map((role) => `${roleWords[role]} in "${header.headers[header.columns[role]!]}"`);
  const lacking = (['ref', 'applicable', 'status'] as const).filter((role) => header.columns[role] === undefined).map((role) => `--column ${role}=HEADER`);
  return new UnreadableSpreadsheet(`${lead}; the closest is ${describeRow(sheet, header.index)} (${found.join(', ')}): name the others with ${lacking.join(' or ')}`);
}

function describeRow(sheet: Sheet, index: number): string {
  return `${sheet.name === undefined ? '' : `sheet "${sheet.name}", `}row ${index + 1}`;
}

/** `sheet "SoA", cell C14 (Applicable?)`, or for CSV `line 15, cell C14 (Applicable?)`. */
function describeCell(sheet: Sheet, header: HeaderRow, row: number, column: number | undefined): string {
  const line = sheet.lines?.[row - 1];
  const place = sheet.name !== undefined ? `sheet "${sheet.name}", ` : line !== undefined ? `line ${line}, ` : '';
  if (column === undefined) return `${place}row ${row}`;
  return `${place}cell ${cellName(column, row)} (${header.headers[column] ?? ''})`;
}

function listHeaders(headers: readonly string[]): string {
  return headers.filter((header) => header !== '').map((header) => `"${header}"`).join(', ');
}
