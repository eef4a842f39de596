/**
 * A spreadsheet as `crosswalk import` sees it, whatever file it came from: sheets of rows of
 * cell texts, positioned as the spreadsheet shows them (rows[0] is row 1, column 0 is A), so a
 * message can name the cell a person would click on.
 */
export interface Sheet {
  /** The sheet's tab name; undefined for a CSV file, which has one unnamed sheet. */
  readonly name: string | undefined;
  /** Cell texts, trimmed; an empty string is an empty cell. Rows may be shorter than others. */
  readonly rows: readonly (readonly string[])[];
  /** CSV only: the file line each row starts on (a quoted cell may span several lines). */
  readonly lines?: readonly number[];
}

export interface Workbook {
  readonly format: 'csv' | 'xlsx';
  /**
   * In workbook order. A CSV file gives one reading per plausible delimiter, likeliest first:
   * the first whose header row is found is the one the file was written with.
   */
  readonly sheets: readonly Sheet[];
}

/** A problem with the file as a whole (not one of its rows): it cannot be read at all. */
export class UnreadableSpreadsheet extends Error {
  override readonly name = 'UnreadableSpreadsheet';
}

/** Rows and columns beyond these are not read: a Statement of Applicability has 93 rows. */
export const maxRows = 10_000;
export const maxColumns = 200;

/** `C14` for the third column of row 14: what a spreadsheet shows in its name box. */
export function cellName(column: number, row: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** A cell's text as read: line breaks made `\n`, outer white space (and no-break spaces) trimmed. */
export function cellText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/^[\s\u00a0\ufeff]+|[\s\u00a0]+$/g, '');
}
