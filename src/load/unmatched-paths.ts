/**
 * SPEC §1.1: an evidence item whose path matches no non-empty file is a warning at its `path`,
 * whatever else satisfies the requirements it lists, so a typo never hides behind another item.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { EvidenceObservations, OrgControl } from '../model.js';
import { quoteName } from '../validate/describe-value.js';
import { closestMatch } from '../validate/suggest.js';
import { repositoryRelative } from './evidence.js';
import { hasGlobMagic, lowerBound } from './globs.js';
import type { RepositoryIndex } from './repository.js';

/**
 * One warning per counted item whose path matched nothing present, except where a finding at that
 * path already says why (a folder, a backslash, a path out of the repository, a limit): each thing once.
 */
export function unmatchedPathWarnings(controls: readonly OrgControl[], observations: EvidenceObservations, index: RepositoryIndex, reported: readonly Diagnostic[]): Diagnostic[] {
  const alreadySaid = new Set(reported.map(placeOf));
  const diagnostics: Diagnostic[] = [];
  const nearMisses = new NearMisses(index.files);
  for (const control of controls) {
    for (const item of control.evidence) {
      if (item.source.kind !== 'path') continue;
      const observed = observations.get(item);
      if (observed?.kind !== 'files' || observed.files.some((file) => file.size > 0)) continue;
      if (alreadySaid.has(placeOf(item.source.at))) continue;
      const { pattern } = item.source;
      const found = observed.files.length === 0 ? 'matches no file' : `matches only empty files (${observed.files.length === 1 ? observed.files[0]!.path : `${observed.files.length} of them`}), and an empty file is not evidence`;
      const hint = observed.files.length === 0 ? nearMisses.hint(repositoryRelative(pattern)) : '';
      diagnostics.push({
        severity: 'warning',
        code: 'evidence-path-not-found',
        message: `evidence ${item.id}: path ${quoteName(pattern)} ${found}, so the item is not present (whatever else satisfies what it lists)${hint}`,
        ...item.source.at,
      });
    }
  }
  return diagnostics;
}

function placeOf(at: { readonly file: string; readonly line: number; readonly column: number }): string {
  return `${at.file}:${at.line}:${at.column}`;
}

/** At most this many paths get a "did you mean" in a run: a hint, never a cost a pull request can multiply. */
const maxHints = 100;
/** Files looked at under one folder for the names beside a missing one. */
const maxScanned = 20_000;

/**
 * Where the path leaves the repository's folders, the name it likely meant: the first folder of
 * the path that does not exist, compared with the folders beside it (`evidence/vulns/` when the
 * folder is `evidence/vuln/`); for a plain path in a folder that exists, the file name likewise.
 */
class NearMisses {
  private hintsLeft = maxHints;
  private readonly names = new Map<string, string[]>();

  constructor(private readonly files: readonly string[]) {}

  hint(pattern: string): string {
    if (this.hintsLeft === 0) return '';
    this.hintsLeft--;
    const segments = pattern.split('/');
    let folder = '';
    for (const [position, segment] of segments.entries()) {
      if (hasGlobMagic(segment)) return '';
      const last = position === segments.length - 1;
      const wanted = last ? `${folder}${segment}` : `${folder}${segment}/`;
      if (!last && startsAny(this.files, wanted)) {
        folder = wanted;
        continue;
      }
      const likely = closestMatch(segment, this.namesUnder(folder, last));
      if (likely === undefined) return '';
      return last ? `; did you mean "${folder}${likely}"?` : `; there is no folder ${wanted}, did you mean "${folder}${likely}/"?`;
    }
    return '';
  }

  /** The names of the files (or folders) directly under `folder`, among the first files under it. */
  private namesUnder(folder: string, wantFiles: boolean): string[] {
    const key = `${wantFiles ? 'f' : 'd'}:${folder}`;
    let names = this.names.get(key);
    if (names === undefined) {
      const found = new Set<string>();
      const start = lowerBound(this.files, folder);
      const end = Math.min(this.files.length, start + maxScanned);
      for (let index = start; index < end; index++) {
        const file = this.files[index]!;
        if (!file.startsWith(folder)) break;
        const rest = file.slice(folder.length);
        const slash = rest.indexOf('/');
        if (wantFiles ? slash === -1 : slash > 0) found.add(wantFiles ? rest : rest.slice(0, slash));
      }
      names = [...found].slice(0, 1_000);
      this.names.set(key, names);
    }
    return names;
  }
}

function startsAny(files: readonly string[], prefix: string): boolean {
  return files[lowerBound(files, prefix)]?.startsWith(prefix) ?? false;
}
