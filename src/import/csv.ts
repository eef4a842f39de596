/**
 * Reads a CSV file as spreadsheet programs write it: UTF-8 with or without a byte order mark,
 * UTF-16 with one (Excel's "Unicode text"), or a Windows code page (Excel's plain "CSV" on
 * Windows) when the bytes are not UTF-8; `,` `;` or tab between cells (`;` where the decimal
 * separator is a comma), or whatever an Excel `sep=` first line names. Parsing is csv-parse's.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { cellText, maxColumns, maxRows, UnreadableSpreadsheet, type Sheet, type Workbook } from './sheet.js';

const delimiters: readonly string[] = [',', ';', '\t'];

export function readCsv(bytes: Uint8Array): Workbook {
  let text = decode(bytes);
  // Excel writes and honours a first line `sep=;` naming the delimiter; it is not a row.
  const declared = /^sep=(.)\r?\n/i.exec(text);
  if (declared) text = text.slice(declared[0].length);
  const candidates = declared ? [declared[1]!] : likeliestFirst(text);
  const sheets: Sheet[] = [];
  let firstError: UnreadableSpreadsheet | undefined;
  for (const delimiter of candidates) {
    try {
      sheets.push(parseWith(text, delimiter, declared ? 1 : 0));
    } catch (error) {
      if (!(error instanceof CsvError || error instanceof UnreadableSpreadsheet)) throw error;
      firstError ??= error instanceof UnreadableSpreadsheet ? error : new UnreadableSpreadsheet(`it is not valid CSV: ${error.message}`);
    }
  }
  if (sheets.length === 0) throw firstError ?? new UnreadableSpreadsheet('it is not valid CSV');
  return { format: 'csv', sheets };
}

/**
 * The text, by its byte order mark; without one, UTF-8 when the bytes are valid UTF-8 (which
 * text in another encoding almost never is), else Windows-1252, what Excel writes on Windows in
 * Western Europe and the Americas.
 */
export function decode(bytes: Uint8Array): string {
  const startsWith = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (startsWith(0xef, 0xbb, 0xbf)) return new TextDecoder('utf-8').decode(bytes);
  if (startsWith(0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it has the curly quotes, dashes, € and
 * the like that Word and Excel type. Node 20's TextDecoder('windows-1252') decodes those bytes
 * as Latin-1's invisible control characters, so they are mapped here, from the WHATWG Encoding
 * Standard's index (the five bytes it leaves undefined stay as they are).
 */
const windows1252High = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** The delimiters by how often they occur: the one a file was written with is nearly always the most frequent. */
function likeliestFirst(text: string): string[] {
  const sample = text.slice(0, 64 * 1024);
  const count = (delimiter: string) => sample.split(delimiter).length - 1;
  const present = delimiters.filter((delimiter) => count(delimiter) > 0).sort((a, b) => count(b) - count(a) || delimiters.indexOf(a) - delimiters.indexOf(b));
  // A file with one column has no delimiter at all: read it as such, so the message can say which headers it lacks.
  return present.length > 0 ? present : [','];
}

function parseWith(text: string, delimiter: string, linesBefore: number): Sheet {
  const records = parse(text, {
    delimiter,
    bom: true,
    // Title rows and notes have fewer cells than the table; blank lines are rows too (row numbers must match the spreadsheet's).
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
    to_line: maxRows + 1,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (records.length > maxRows) throw new UnreadableSpreadsheet(`it has more than ${maxRows} rows; a Statement of Applicability has 93`);
  const rows: string[][] = [];
  const lines: number[] = [];
  let previousEnd = 0;
  for (const { record, info } of records) {
    rows.push(record.slice(0, maxColumns).map(cellText));
    lines.push(previousEnd + 1 + linesBefore);
    previousEnd = info.lines;
  }
  return { name: undefined, rows, lines };
}
