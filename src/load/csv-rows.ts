/**
 * Counts the data rows of CSV evidence, so a declared sample count can be checked against the
 * file it describes. RFC 4180: a quoted field may hold line breaks and doubled quotes; the first
 * record is the header and is not counted; blank lines are not records. Works on the bytes (the
 * quote and the line breaks are ASCII, and never part of a UTF-8 multi-byte character), so any
 * text encoding a spreadsheet writes counts the same.
 */
import type { RepositorySource } from './repository-source.js';

const quote = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/** The data rows (records after the header) of a whole CSV file. */
export function countCsvDataRows(bytes: Uint8Array): number {
  let records = 0;
  let inQuotes = false;
  let recordHasContent = false;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (inQuotes) {
      // A doubled quote inside quotes is a literal quote; a single one closes the field.
      if (byte === quote) {
        if (bytes[index + 1] === quote) index++;
        else inQuotes = false;
      }
    } else if (byte === quote) {
      inQuotes = true;
      recordHasContent = true;
    } else if (byte === lineFeed || byte === carriageReturn) {
      if (recordHasContent) records++;
      recordHasContent = false;
    } else {
      recordHasContent = true;
    }
  }
  if (recordHasContent) records++;
  return Math.max(0, records - 1);
}

export function isCsvFile(file: string): boolean {
  return /\.csv$/i.test(file);
}

/** Files larger than this are not counted: the check is a hint, and reading stays cheap. */
const maxCsvBytes = 4 * 1024 * 1024;

/**
 * The data rows of a CSV file in the repository, or undefined when it is larger than the cap or
 * cannot be read. Reads at most the cap, whatever the file grew to since it was listed.
 */
export async function csvDataRows(source: Pick<RepositorySource, 'readStart'>, file: string, listedSize: number): Promise<number | undefined> {
  if (listedSize > maxCsvBytes) return undefined;
  // A buffer the size the file was listed at, and one byte more to see that it grew: buffers the
  // size of the cap, 32 at a time, held some 200 MiB at 10,000 controls of small CSV files. Only a
  // file that grew since it was listed is read again, up to the cap and one byte more.
  let bytes = await source.readStart(file, listedSize + 1);
  if (bytes !== undefined && bytes.length > listedSize) bytes = await source.readStart(file, maxCsvBytes + 1);
  return bytes === undefined || bytes.length > maxCsvBytes ? undefined : countCsvDataRows(bytes);
}
