/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet. Small enough that a dependency
 * would be more to review than the code: records end in CRLF; a field is quoted when it holds a
 * comma, a semicolon, a tab, a double quote, CR or LF, and a double quote inside it is doubled.
 *
 * Spreadsheet formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets
 * run a cell that starts with `=`, `+`, `-` or `@` as a formula, and some also honour a leading
 * tab or carriage return. Which character separates cells depends on the reader: Excel in most of
 * continental Europe splits on `;`, others on tabs. Control titles, owners and paths are written
 * by anyone who can open a pull request, so a field in which any `,`-, `;`- or tab-separated part
 * starts like a formula gets a leading single quote, which spreadsheets show as text, and is
 * quoted, so that it stays one cell whatever the separator. The quote is visible in the data: a
 * tool that reads the file as plain CSV sees `'=…`.
 */

/** A UTF-8 byte order mark: without it, Excel reads a CSV file in the local ANSI code page. */
export const utf8Bom = '\uFEFF';

/** A formula trigger at the start of the field or of any part a reader may split it into (spaces before it too), or a leading tab or CR. */
const formulaStart = /(?:^|[,;\t])[ ]*[=+\-@]|^[\t\r]/;
const needsQuotes = /[",;\t\r\n]/;

/** Neutralises a field a spreadsheet would run as a formula, or whose part after a `,`, `;` or tab it would. */
export function guardFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A whole file: a header record, then one record per row, every record ending in CRLF, every
 * field guarded against formula injection; with a byte order mark so spreadsheets read UTF-8.
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const record = (fields: readonly string[]) => `${fields.map((field) => csvField(guardFormula(field))).join(',')}\r\n`;
  return utf8Bom + [header, ...rows].map(record).join('');
}
