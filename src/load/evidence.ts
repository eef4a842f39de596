import { Minimatch } from 'minimatch';
import type { Diagnostic } from '../diagnostics.js';
import type { EvidenceItem, OrgControl } from '../model.js';
import { unsafePathReason } from '../validate/paths.js';
import type { RepositoryIndex } from './repository.js';

/** What was found for one evidence item: the files its path matched, or an external link. */
export type EvidenceObservation = { readonly kind: 'files'; readonly files: readonly string[] } | { readonly kind: 'url' };

export type EvidenceObservations = ReadonlyMap<EvidenceItem, EvidenceObservation>;

const globOptions = { dot: false, nocomment: true, nonegate: true, optimizationLevel: 1 } as const;

/**
 * Matches every evidence path against the repository's file list. Paths that could leave the
 * repository match nothing; a glob that reaches a symlink pointing outside is reported.
 */
export function observeEvidence(controls: readonly OrgControl[], index: RepositoryIndex): { observations: EvidenceObservations; diagnostics: Diagnostic[] } {
  const observations = new Map<EvidenceItem, EvidenceObservation>();
  const diagnostics: Diagnostic[] = [];
  const cache = new Map<string, { files: readonly string[]; escapingLink: string | undefined }>();
  for (const control of controls) {
    for (const item of control.evidence) {
      if (item.source.kind === 'url') {
        observations.set(item, { kind: 'url' });
        continue;
      }
      const pattern = item.source.pattern;
      let match = cache.get(pattern);
      if (!match) {
        match = unsafePathReason(pattern) ? { files: [], escapingLink: undefined } : matchPattern(pattern, index);
        cache.set(pattern, match);
      }
      if (match.escapingLink !== undefined) {
        diagnostics.push({
          severity: 'error',
          code: 'evidence-path-outside-repo',
          message: `path "${pattern}" reaches ${match.escapingLink}, a symlink to a place outside the repository; it is not read`,
          ...item.source.at,
        });
      }
      observations.set(item, { kind: 'files', files: match.files });
    }
  }
  return { observations, diagnostics };
}

function matchPattern(pattern: string, index: RepositoryIndex): { files: readonly string[]; escapingLink: string | undefined } {
  const matcher = new Minimatch(pattern, globOptions);
  const escapingLink = index.escapingLinks.find((link) => matcher.match(link) || matcher.match(link, true));
  if (!matcher.hasMagic()) {
    // Literal paths (a brace set such as {a,b}.md expands to several) are looked up, not scanned.
    const literals = [...new Set(matcher.set.map((segments) => segments.join('/')))].sort();
    return { files: literals.filter((literal) => hasFile(index.files, literal)), escapingLink };
  }
  return { files: filesUnder(index.files, literalBase(matcher)).filter((file) => matcher.match(file)), escapingLink };
}

/** The folder a glob cannot match outside of: its leading segments without magic. */
function literalBase(matcher: Minimatch): string {
  const first = matcher.set[0] ?? [];
  const literal: string[] = [];
  // Never the last segment: that one names files, not a folder.
  for (const segment of first.slice(0, -1)) {
    if (typeof segment !== 'string') break;
    literal.push(segment);
  }
  // With brace expansion the sets may differ; only what they all share is a safe base.
  for (const set of matcher.set.slice(1)) {
    let shared = 0;
    while (shared < literal.length && set[shared] === literal[shared]) shared++;
    literal.length = shared;
  }
  return literal.length === 0 ? '' : `${literal.join('/')}/`;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function hasFile(sorted: readonly string[], file: string): boolean {
  return sorted[lowerBound(sorted, file)] === file;
}

function filesUnder(sorted: readonly string[], prefix: string): readonly string[] {
  if (prefix === '') return sorted;
  const start = lowerBound(sorted, prefix);
  let end = start;
  while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++;
  return sorted.slice(start, end);
}
