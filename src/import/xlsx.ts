/**
 * Reads an .xlsx workbook (Excel, LibreOffice, Google Sheets, Numbers all write it) with
 * exceljs: every worksheet, in tab order, as cell texts at their real positions. A formula
 * gives its last computed value, as the spreadsheet shows it.
 */
import exceljs from 'exceljs';
import { cellText, maxColumns, maxRows, UnreadableSpreadsheet, type Sheet, type Workbook } from './sheet.js';

export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new exceljs.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as exceljs.Buffer);
  } catch (error) {
    throw new UnreadableSpreadsheet(`it is not an .xlsx workbook that can be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return { format: 'xlsx', sheets: workbook.worksheets.map(readWorksheet) };
}

function readWorksheet(worksheet: exceljs.Worksheet): Sheet {
  if (worksheet.rowCount > maxRows) throw new UnreadableSpreadsheet(`sheet "${worksheet.name}" has more than ${maxRows} rows; a Statement of Applicability has 93`);
  const rows: string[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (columnNumber > maxColumns) return;
      // A range merged across columns (a heading over the table) shows its text once; one merged
      // down a column (an owner for a theme's rows) belongs to each row it spans, as exceljs gives it.
      const spillsSideways = cell.isMerged && cell.master.address !== cell.address && cell.master.col !== cell.col;
      cells[columnNumber - 1] = spillsSideways ? '' : cellText(textOf(cell.value));
    });
    rows[rowNumber - 1] = Array.from(cells, (text) => text ?? '');
  });
  return { name: worksheet.name, rows: Array.from(rows, (row) => row ?? []) };
}

/** What the cell shows, as text; a date as YYYY-MM-DD (no SoA column is a date, but a note may be). */
function textOf(value: exceljs.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return textOf(value.text as exceljs.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return textOf((value as exceljs.CellFormulaValue).result as exceljs.CellValue);
  if ('error' in value) return value.error;
  return '';
}
