/**
 * Reads the JSON files evidence paths match and keeps those that say `kind: ChangePopulation`
 * (SPEC §1.4), as parsed data: whether they are valid documents is validation's to say. Reading is
 * bounded per file and per run; a JSON file that is too large, unreadable or not JSON is simply
 * another file.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceItem, EvidenceObservations, MatchedFile, OrgControl } from '../model.js';

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
export async function readChangePopulations(controls: readonly OrgControl[], observations: EvidenceObservations, root: string): Promise<Map<EvidenceItem, PopulationCandidates>> {
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
    const documents = await Promise.all(batch.map((file) => populationDocument(root, file)));
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
async function populationDocument(root: string, file: string): Promise<Read | undefined> {
  let handle;
  try {
    // Non-blocking, and only a regular file is read: a file swapped for a FIFO since it was listed never blocks the run.
    handle = await open(path.join(root, file), constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile() || info.size > maxDocumentBytes) return undefined;
    const { size } = info;
    // One byte more than the cap: a file that grew since it was listed is caught here too.
    const buffer = Buffer.alloc(Math.min(size, maxDocumentBytes) + 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead > maxDocumentBytes) return undefined;
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    // Most JSON evidence is something else: it is not parsed at all.
    if (!text.includes('ChangePopulation')) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return /"kind"\s*:\s*"ChangePopulation"/.test(text) ? { error: `it is not valid JSON (${(error as Error).message})` } : undefined;
    }
    return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'ChangePopulation' ? { data } : undefined;
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}
