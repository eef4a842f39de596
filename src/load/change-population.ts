/**
 * Reads the JSON files evidence paths match and keeps those that say `kind: ChangePopulation`
 * (SPEC §1.4), as parsed data: whether they are valid documents is validation's to say. Reading is
 * bounded per file and per run. A JSON file that is unreadable or not JSON is simply another file;
 * one past those bounds whose first bytes say it is a ChangePopulation is a document crosswalk
 * cannot verify (an error at the item, which then counts for nothing), never declared evidence that
 * happens to be large: a document too large to check must not count as if it had been checked.
 */
import { compareStrings } from '../diagnostics.js';
import type { EvidenceItem, EvidenceObservations, MatchedFile, OrgControl } from '../model.js';
import type { RepositorySource } from './repository-source.js';

/** What an item's path matched, sorted into ChangePopulation documents and everything else. */
export interface PopulationCandidates {
  /** Files that say they are a ChangePopulation, by path: parsed, or why they are not JSON. */
  readonly documents: readonly PopulationFile[];
  /** Non-empty files that are not. */
  readonly others: readonly string[];
}

export type PopulationFile = { readonly path: string; readonly data: unknown } | { readonly path: string; readonly error: string };
type Read = { readonly data: unknown } | { readonly error: string };

const mebibyte = 1024 * 1024;

/** What one document, and a run's documents together, may hold before crosswalk stops reading them. */
export interface PopulationBounds {
  readonly maxDocumentBytes: number;
  readonly maxBytesPerRun: number;
}

const defaultBounds: PopulationBounds = { maxDocumentBytes: 16 * mebibyte, maxBytesPerRun: 128 * mebibyte };
const readsAtOnce = 16;
/** How much of a file past the bounds is read to see whether it names the kind: `collect` writes `kind` second. */
const headBytes = 4096;

/** Items whose path matched at least one ChangePopulation document, with what it matched. */
export async function readChangePopulations(controls: readonly OrgControl[], observations: EvidenceObservations, source: Pick<RepositorySource, 'read' | 'readStart'>, bounds: PopulationBounds = defaultBounds): Promise<Map<EvidenceItem, PopulationCandidates>> {
  // Items with the same path share one observation: each list of files is looked at once.
  const fileLists = new Set<readonly MatchedFile[]>();
  for (const seen of observations.values()) if (seen.kind === 'files') fileLists.add(seen.files);
  const sizes = new Map<string, number>();
  for (const files of fileLists) for (const file of files) if (file.size > 0 && /\.json$/i.test(file.path)) sizes.set(file.path, file.size);
  if (sizes.size === 0) return new Map();

  // Path order, so the same files fit the run's budget on every run.
  let budget = bounds.maxBytesPerRun;
  const reads = [...sizes]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([file, size]) => {
      if (size > bounds.maxDocumentBytes) return { file, size, beyond: 'file' as const };
      budget -= size;
      return { file, size, beyond: budget < 0 ? ('run' as const) : undefined };
    });
  const parsed = new Map<string, Read>();
  for (let start = 0; start < reads.length; start += readsAtOnce) {
    const batch = reads.slice(start, start + readsAtOnce);
    const documents = await Promise.all(batch.map(({ file, size, beyond }) => (beyond === undefined ? populationDocument(source, file, bounds) : unverifiable(source, file, size, beyond, bounds))));
    batch.forEach(({ file }, index) => {
      if (documents[index] !== undefined) parsed.set(file, documents[index]);
    });
  }
  if (parsed.size === 0) return new Map();

  const sorted = new Map<readonly MatchedFile[], PopulationCandidates | undefined>();
  const candidates = new Map<EvidenceItem, PopulationCandidates>();
  for (const item of controls.flatMap((control) => control.evidence)) {
    const seen = observations.get(item);
    if (seen?.kind !== 'files') continue;
    if (!sorted.has(seen.files)) sorted.set(seen.files, sortFiles(seen.files, parsed));
    const found = sorted.get(seen.files);
    if (found !== undefined) candidates.set(item, found);
  }
  return candidates;
}

function sortFiles(files: readonly MatchedFile[], parsed: ReadonlyMap<string, Read>): PopulationCandidates | undefined {
  const present = files.filter((file) => file.size > 0);
  const documents = present.filter((file) => parsed.has(file.path)).map((file) => ({ path: file.path, ...parsed.get(file.path)! }));
  return documents.length === 0 ? undefined : { documents, others: present.filter((file) => !parsed.has(file.path)).map((file) => file.path) };
}

/** Which bound a file is past: its own size, or what the run reads of JSON evidence. */
type Bound = 'file' | 'run';

/** A file past the bounds that says it is a ChangePopulation: why it cannot be verified. Anything else stays an ordinary file. */
async function unverifiable(source: Pick<RepositorySource, 'readStart'>, file: string, size: number, beyond: Bound, bounds: PopulationBounds): Promise<Read | undefined> {
  const head = await source.readStart(file, headBytes).catch(() => undefined);
  if (head === undefined || !/"kind"\s*:\s*"ChangePopulation"/.test(head.toString('utf8'))) return undefined;
  const mib = (bytes: number) => `${(bytes / mebibyte).toFixed(1)} MiB`;
  return {
    error:
      beyond === 'file'
        ? `it is ${mib(size)}, too large to verify (crosswalk reads ChangePopulation documents up to ${mib(bounds.maxDocumentBytes)}; collect the period in shorter parts, a document each)`
        : `the ${mib(bounds.maxBytesPerRun)} a run reads of JSON evidence is spent on the files before it in path order, so it cannot be verified (point the item at fewer or smaller documents)`,
  };
}

/**
 * The parsed file when it is JSON whose `kind` is ChangePopulation, or why a file naming that kind
 * does not parse (a document broken by hand must not pass for an ordinary file); undefined otherwise.
 */
async function populationDocument(source: Pick<RepositorySource, 'read'>, file: string, bounds: PopulationBounds): Promise<Read | undefined> {
  // Only a regular file within the cap is read (a FIFO never blocks the run): the source refuses anything else.
  const buffer = await source.read(file, file, bounds.maxDocumentBytes).catch(() => undefined);
  if (buffer === undefined) return undefined;
  const text = buffer.toString('utf8');
  // Most JSON evidence is something else: it is not parsed at all.
  if (!text.includes('ChangePopulation')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return /"kind"\s*:\s*"ChangePopulation"/.test(text) ? { error: `it is not valid JSON (${(error as Error).message})` } : undefined;
  }
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'ChangePopulation' ? { data } : undefined;
}
