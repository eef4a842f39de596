import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Minimatch } from 'minimatch';
import type { Diagnostic } from '../diagnostics.js';
import { defaultLimits, type EvidenceItem, type EvidenceObservation, type EvidenceObservations, type Limits, type OrgControl } from '../model.js';
import { compileGlob } from './globs.js';
import { quoteName } from '../validate/describe-value.js';
import { unsafePathReason } from '../validate/paths.js';
import type { RepositoryIndex } from './repository.js';

/**
 * Matches every evidence path against the repository's file list and measures the files matched
 * (an empty file is not evidence). Paths that could leave the repository match nothing; a glob
 * that reaches a symlink pointing outside is reported.
 */
export async function observeEvidence(
  controls: readonly OrgControl[],
  index: RepositoryIndex,
  limits: Limits = defaultLimits,
): Promise<{ observations: EvidenceObservations; diagnostics: Diagnostic[] }> {
  const matched = matchEvidence(controls, index, limits);
  const sizes = await measure(index.root, [...new Set([...matched.paths.values()].flat())]);
  const observations = new Map<EvidenceItem, EvidenceObservation>();
  for (const [item, found] of matched.paths) observations.set(item, { kind: 'files', files: found.map((file) => ({ path: file, size: sizes.get(file) ?? 0 })) });
  for (const item of matched.urls) observations.set(item, { kind: 'url' });
  return { observations, diagnostics: matched.diagnostics };
}

/** Sizes of the files matched, read concurrently; an unreadable file counts as empty. */
async function measure(root: string, files: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const concurrency = 64;
  for (let start = 0; start < files.length; start += concurrency) {
    await Promise.all(
      files.slice(start, start + concurrency).map(async (file) => {
        try {
          sizes.set(file, (await stat(path.join(root, file))).size);
        } catch {
          sizes.set(file, 0);
        }
      }),
    );
  }
  return sizes;
}

function matchEvidence(controls: readonly OrgControl[], index: RepositoryIndex, limits: Limits) {
  const paths = new Map<EvidenceItem, readonly string[]>();
  const urls: EvidenceItem[] = [];
  const diagnostics: Diagnostic[] = [];
  const cache = new Map<string, PatternMatch>();
  for (const control of controls) {
    for (const item of control.evidence) {
      if (item.source.kind === 'url') {
        urls.push(item);
        continue;
      }
      const pattern = item.source.pattern;
      let match = cache.get(pattern);
      if (!match) {
        match = unsafePathReason(pattern) ? { files: [], escapingLink: undefined, problem: undefined } : matchPattern(pattern, index, limits);
        cache.set(pattern, match);
      }
      if (match.problem !== undefined) {
        diagnostics.push({ severity: 'error', code: 'limit-exceeded', message: `path: ${match.problem}; it is not matched`, ...item.source.at });
      }
      if (match.escapingLink !== undefined) {
        diagnostics.push({
          severity: 'error',
          code: 'evidence-path-outside-repo',
          message: `path ${quoteName(pattern)} reaches ${match.escapingLink}, a symlink to a place outside the repository; it is not read`,
          ...item.source.at,
        });
      }
      paths.set(item, match.files);
    }
  }
  return { paths, urls, diagnostics };
}

interface PatternMatch {
  readonly files: readonly string[];
  readonly escapingLink: string | undefined;
  /** Why the pattern was refused (a limit), if it was. */
  readonly problem: string | undefined;
}

function matchPattern(pattern: string, index: RepositoryIndex, limits: Limits): PatternMatch {
  const compiled = compileGlob(pattern, limits);
  if (!compiled.ok) return { files: [], escapingLink: undefined, problem: compiled.problem };
  const matcher = compiled.matcher;
  const escapingLink = index.escapingLinks.find((link) => matcher.match(link) || matcher.match(link, true));
  if (!matcher.hasMagic()) {
    // Literal paths (a brace set such as {a,b}.md expands to several) are looked up, not scanned.
    const literals = [...new Set(matcher.set.map((segments) => segments.join('/')))].sort();
    return { files: literals.filter((literal) => hasFile(index.files, literal)), escapingLink, problem: undefined };
  }
  return { files: filesUnder(index.files, literalBase(matcher)).filter((file) => matcher.match(file)), escapingLink, problem: undefined };
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
