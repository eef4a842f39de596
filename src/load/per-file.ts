/**
 * `per_file: true` (SPEC §1.1): one evidence item, one instance per matched non-empty file, each
 * dated by the rightmost date its path names. Turns such items into their instances, each an
 * item of its own with the one file it stands for, so scoring judges them like any other item
 * (SPEC §2: a per_file item is judged as its instances). Pure: paths in, items out.
 */
import { addDays, addMonths, isIsoDate } from '../dates.js';
import type { Diagnostic } from '../diagnostics.js';
import type { DateSpan, EvidenceItem, EvidenceObservation, EvidenceObservations, OrgControl } from '../model.js';
import { quoteName } from '../validate/describe-value.js';

/** What a path says about when its file's activity happened. */
export type PathDate =
  | { readonly kind: 'span'; readonly span: DateSpan; readonly token: string }
  | { readonly kind: 'none' }
  /** A token shaped like a date that is no calendar date (`2026-02-30`, `2026-13`, `2026-Q5`). */
  | { readonly kind: 'invalid'; readonly token: string };

/**
 * Date tokens, longest form first, delimited by characters that are not letters or digits:
 * YYYY-MM-DD, YYYYMMDD, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY.
 */
const dateToken = /(?<![\p{L}\p{N}])(?:(\d{4})-(\d{2})-(\d{2})|(\d{4})(\d{2})(\d{2})|(\d{4})-([QqHh])(\d)|(\d{4})-(\d{2})|(\d{4}))(?![\p{L}\p{N}])/gu;

/**
 * The rightmost date a repository-relative path names, for a file collected in `latestYear`:
 * years run from 2000 to that year (`CHG-1042.pdf` names no year). A bare year counts only as a
 * whole folder name or a file name without its extension (`pentest/2026.pdf`, `2026/report.pdf`).
 */
export function dateOfPath(path: string, latestYear: number): PathDate {
  const segments = path.split('/');
  const fileName = segments.at(-1) ?? '';
  const stem = fileName.includes('.') && !fileName.startsWith('.') ? fileName.slice(0, fileName.lastIndexOf('.')) : fileName;
  const wholeNames = new Set([...segments.slice(0, -1), stem]);
  let found: PathDate = { kind: 'none' };
  for (const match of path.matchAll(dateToken)) {
    const token = match[0];
    const year = Number(match[1] ?? match[4] ?? match[7] ?? match[10] ?? match[12]);
    if (year < 2000 || year > latestYear) continue;
    if (match[12] !== undefined && !wholeNames.has(token)) continue;
    // Matches come left to right: the last one kept is the rightmost.
    found = spanOf(match, token) ?? { kind: 'invalid', token };
  }
  return found;
}

function spanOf(match: RegExpMatchArray, token: string): PathDate | undefined {
  const day = (year: string, month: string, date: string) => {
    const iso = `${year}-${month}-${date}`;
    return isIsoDate(iso) ? { start: iso, end: iso } : undefined;
  };
  const months = (year: string, first: number, count: number) => {
    const start = `${year}-${String(first).padStart(2, '0')}-01`;
    return isIsoDate(start) ? { start, end: addDays(addMonths(start, count), -1) } : undefined;
  };
  let span: DateSpan | undefined;
  if (match[1] !== undefined) span = day(match[1], match[2]!, match[3]!);
  else if (match[4] !== undefined) span = day(match[4], match[5]!, match[6]!);
  else if (match[7] !== undefined) {
    const part = Number(match[9]);
    const quarter = match[8]!.toLowerCase() === 'q';
    const valid = part >= 1 && part <= (quarter ? 4 : 2);
    span = valid ? months(match[7], quarter ? part * 3 - 2 : part * 6 - 5, quarter ? 3 : 6) : undefined;
  } else if (match[10] !== undefined) span = months(match[10], Number(token.slice(5)), 1);
  else span = months(match[12]!, 1, 12);
  return span === undefined ? undefined : { kind: 'span', span, token };
}

/** Why a matched file is not an instance, as the error at the item's path says it. */
type Refusal = 'no-date' | 'invalid-date' | 'after-collected';

export interface PerFileResult {
  /** The controls with each per_file item that matched files replaced by its instances. */
  readonly controls: OrgControl[];
  readonly observations: EvidenceObservations;
  readonly diagnostics: Diagnostic[];
}

/**
 * Replaces every per_file item that matched non-empty files with its instances: one item per
 * file, its span the date the name gives cut at the item's `collected`, collected on the earlier
 * of the two, 1 sample, its path the file itself. A per_file item that matches no non-empty file
 * stays one item that is not present. Files whose names give no usable date are errors at the
 * item's path, one per item and reason, naming the first file.
 */
export function expandPerFileItems(controls: readonly OrgControl[], observations: EvidenceObservations): PerFileResult {
  const expanded = new Map<EvidenceItem, EvidenceObservation>(observations);
  const diagnostics: Diagnostic[] = [];
  const result = controls.map((control) => {
    if (!control.evidence.some((item) => item.perFile === true)) return control;
    const evidence = control.evidence.flatMap((item) => {
      const observed = observations.get(item);
      if (item.perFile !== true || item.source.kind !== 'path' || observed?.kind !== 'files') return [item];
      const files = observed.files.filter((file) => file.size > 0);
      if (files.length === 0) return [item];
      const at = item.source.at;
      const refused = new Map<Refusal, { first: string; token?: string; count: number }>();
      const refuse = (reason: Refusal, file: string, token?: string) => {
        const entry = refused.get(reason);
        if (entry) entry.count++;
        else refused.set(reason, { first: file, ...(token === undefined ? {} : { token }), count: 1 });
      };
      const instances = files.flatMap((file) => {
        const date = dateOfPath(file.path, Number(item.collected.slice(0, 4)));
        if (date.kind === 'none') return refuse('no-date', file.path), [];
        if (date.kind === 'invalid') return refuse('invalid-date', file.path, date.token), [];
        if (date.span.start > item.collected) return refuse('after-collected', file.path, date.token), [];
        const end = date.span.end < item.collected ? date.span.end : item.collected;
        const instance: EvidenceItem = {
          ...item,
          id: `${item.id}: ${file.path}`,
          source: { kind: 'path', pattern: file.path, at },
          collected: end,
          samples: 1,
          period: { start: date.span.start, end },
          population: undefined,
        };
        expanded.set(instance, { kind: 'files', files: [file] });
        return [instance];
      });
      for (const [reason, { first, token, count }] of refused) diagnostics.push({ severity: 'error', code: 'per-file-date', message: refusalMessage(item, reason, first, token, count), ...at });
      if (instances.length > 0) return instances;
      // No file gave a date: the item still lists what it satisfies, as an item that is not present.
      expanded.set(item, { kind: 'files', files: [] });
      return [item];
    });
    return { ...control, evidence };
  });
  return { controls: result, observations: expanded, diagnostics };
}

function refusalMessage(item: EvidenceItem, reason: Refusal, file: string, token: string | undefined, count: number): string {
  const which = count === 1 ? `file ${quoteName(file)}` : `${count} of the files it matches (the first: ${quoteName(file)})`;
  const names = count === 1 ? 'names' : 'name';
  const why =
    reason === 'no-date'
      ? `${names} no date (a YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY-Qn or YYYY-Hn token, or a year from 2000 to ${item.collected.slice(0, 4)} as a whole folder or file name)`
      : reason === 'invalid-date'
        ? `${names} ${quoteName(token!)}, which is no calendar date`
        : `${names} ${quoteName(token!)}, a span that starts after the item was collected (${item.collected})`;
  return `evidence ${item.id} is per_file, and ${which} ${why}: ${count === 1 ? 'it is' : 'they are'} not counted`;
}
