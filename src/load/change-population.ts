/**
 * Reads the JSON files evidence paths match and keeps those that say `kind: ChangePopulation`
 * (SPEC §1.4), as parsed data: whether they are valid documents is validation's to say. Reading is
 * bounded per file and per run; a JSON file that is too large, unreadable or not JSON is simply
 * another file.
 */
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

const maxDocumentBytes = 16 * 1024 * 1024;
const maxBytesPerRun = 128 * 1024 * 1024;
const readsAtOnce = 16;

/** Items whose path matched at least one ChangePopulation document, with what it matched. */
export async function readChangePopulations(controls: readonly OrgControl[], observations: EvidenceObservations, source: Pick<RepositorySource, 'read'>): Promise<Map<EvidenceItem, PopulationCandidates>> {
  // Items with the same path share one observation: each list of files is looked at once.
  const fileLists = new Set<readonly MatchedFile[]>();
  for (const seen of observations.values()) if (seen.kind === 'files') fileLists.add(seen.files);
  const sizes = new Map<string, number>();
  for (const files of fileLists) for (const file of files) if (file.size > 0 && file.size <= maxDocumentBytes && /\.json$/i.test(file.path)) sizes.set(file.path, file.size);
  if (sizes.size === 0) return new Map();

  let budget = maxBytesPerRun;
  const affordable = [...sizes].filter(([, size]) => (budget -= size) >= 0).map(([file]) => file);
  const parsed = new Map<string, Read>();
  for (let start = 0; start < affordable.length; start += readsAtOnce) {
    const batch = affordable.slice(start, start + readsAtOnce);
    const documents = await Promise.all(batch.map((file) => populationDocument(source, file)));
    batch.forEach((file, index) => {
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

/**
 * The parsed file when it is JSON whose `kind` is ChangePopulation, or why a file naming that kind
 * does not parse (a document broken by hand must not pass for an ordinary file); undefined otherwise.
 */
async function populationDocument(source: Pick<RepositorySource, 'read'>, file: string): Promise<Read | undefined> {
  // Only a regular file within the cap is read (a FIFO never blocks the run): the source refuses anything else.
  const buffer = await source.read(file, file, maxDocumentBytes).catch(() => undefined);
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
