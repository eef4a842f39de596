/**
 * Second looks at what evidence paths matched, for the mistakes that otherwise show only as
 * "file not found" or pass unnoticed: a path that names a folder, and a declared sample count
 * that the CSV file it describes contradicts. Warnings: the score is computed as before.
 */
import { compareStrings, type Diagnostic } from '../diagnostics.js';
import type { EvidenceItem, EvidenceObservations, OrgControl } from '../model.js';
import { plural } from '../text.js';
import { folderMessage } from '../validate/controls.js';
import { csvDataRows, isCsvFile } from './csv-rows.js';
import { hasGlobMagic, lowerBound } from './globs.js';
import type { RepositoryIndex } from './repository.js';
import type { RepositorySource } from './repository-source.js';

/** Paths without glob syntax that matched no file but name a folder of the repository. */
export function folderPathWarnings(controls: readonly OrgControl[], observations: EvidenceObservations, index: RepositoryIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const item of pathItems(controls)) {
    const observed = observations.get(item);
    if (item.source.kind !== 'path' || observed?.kind !== 'files' || observed.files.length > 0) continue;
    const { pattern } = item.source;
    // A trailing slash is reported on the text alone (validate/controls.ts).
    if (pattern.endsWith('/') || hasGlobMagic(pattern)) continue;
    if (hasFileUnder(index.files, `${pattern}/`)) diagnostics.push({ severity: 'warning', code: 'evidence-path-is-folder', message: folderMessage(pattern), ...item.source.at });
  }
  return diagnostics;
}

/** At most this many CSV files, and bytes in all, are read per run for the sample check; this many files at a time. */
const maxCsvFiles = 500;
const maxCsvBytesPerRun = 32 * 1024 * 1024;
const readsAtOnce = 32;

/**
 * Items that declare `samples` and whose files are all CSV: more samples declared than the files
 * have data rows is a warning with both numbers. An auditor counts the rows, not the claim.
 */
export async function declaredSamplesWarnings(controls: readonly OrgControl[], observations: EvidenceObservations, source: Pick<RepositorySource, 'readStart'>): Promise<Diagnostic[]> {
  const checked = pathItems(controls).flatMap((item) => {
    const observed = observations.get(item);
    if (item.samples === undefined || observed?.kind !== 'files') return [];
    const files = observed.files.filter((file) => file.size > 0);
    return files.length > 0 && files.every((file) => isCsvFile(file.path)) ? [{ item, files: files.map((file) => file.path), sizes: files }] : [];
  });
  const listed = checked.flatMap(({ sizes }) => sizes);
  const sizeOf = new Map(listed.map((file) => [file.path, file.size]));
  const wanted = withinReadBudget(listed);
  const rows = new Map<string, number | undefined>();
  for (let start = 0; start < wanted.length; start += readsAtOnce) {
    const batch = wanted.slice(start, start + readsAtOnce);
    const counts = await Promise.all(batch.map((file) => csvDataRows(source, file, sizeOf.get(file)!)));
    batch.forEach((file, index) => rows.set(file, counts[index]));
  }

  const diagnostics: Diagnostic[] = [];
  for (const { item, files } of checked) {
    const counts = files.map((file) => rows.get(file));
    if (counts.some((count) => count === undefined) || item.source.kind !== 'path') continue;
    const total = counts.reduce((sum: number, count) => sum + count!, 0);
    if (item.samples! <= total) continue;
    const held = files.length === 1 ? `${files[0]} has ${plural(total, 'data row')}` : `the ${files.length} CSV files it matches have ${plural(total, 'data row')}`;
    diagnostics.push({
      severity: 'warning',
      code: 'samples-exceed-rows',
      message: `evidence ${item.id} declares samples: ${item.samples}, but ${held} (the header not counted); an auditor counts the rows: add the missing rows, or declare what the file holds`,
      ...item.source.at,
    });
  }
  return diagnostics;
}

/** The files to count, in path order, while the run's file and byte budgets last (the size is as listed). */
function withinReadBudget(files: readonly { readonly path: string; readonly size: number }[]): string[] {
  const sizes = new Map(files.map((file) => [file.path, file.size]));
  const wanted: string[] = [];
  let bytes = 0;
  for (const file of [...sizes.keys()].sort(compareStrings)) {
    bytes += sizes.get(file)!;
    if (wanted.length === maxCsvFiles || bytes > maxCsvBytesPerRun) break;
    wanted.push(file);
  }
  return wanted;
}

function pathItems(controls: readonly OrgControl[]): EvidenceItem[] {
  return controls.flatMap((control) => control.evidence.filter((item) => item.source.kind === 'path'));
}

/** Whether any file of the sorted list starts with `prefix`: a binary search, not a scan. */
function hasFileUnder(sorted: readonly string[], prefix: string): boolean {
  return sorted[lowerBound(sorted, prefix)]?.startsWith(prefix) ?? false;
}
