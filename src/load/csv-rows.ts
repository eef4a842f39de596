/**
 * Counts the data rows of CSV evidence, so a declared sample count can be checked against the
 * file it describes. RFC 4180: a quoted field may hold line breaks and doubled quotes; the first
 * record is the header and is not counted; blank lines are not records. Works on the bytes (the
 * quote and the line breaks are ASCII, and never part of a UTF-8 multi-byte character), so any
 * text encoding a spreadsheet writes counts the same.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';

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
export async function csvDataRows(root: string, file: string): Promise<number | undefined> {
  let handle;
  try {
    handle = await open(path.join(root, file), 'r');
    const { size } = await handle.stat();
    if (size > maxCsvBytes) return undefined;
    // One byte more than the size: a file that grew past the cap since stat is caught here too.
    const buffer = Buffer.alloc(Math.min(size, maxCsvBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return bytesRead > maxCsvBytes ? undefined : countCsvDataRows(buffer.subarray(0, bytesRead));
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}
