import type { Diagnostic } from '../diagnostics.js';
import { defaultLimits, type EvidenceItem, type EvidenceObservation, type EvidenceObservations, type Limits, type OrgControl } from '../model.js';
import { budgetProblem, compileGlob, MatchBudget } from './globs.js';
import { quoteName } from '../validate/describe-value.js';
import { unsafePathReason } from '../validate/paths.js';
import type { RepositoryIndex } from './repository.js';
import { diskSource, type RepositorySource } from './repository-source.js';

/**
 * Matches every evidence path against the repository's file list and measures the files matched
 * (an empty file is not evidence). Paths that could leave the repository match nothing; a glob
 * that reaches a symlink pointing outside is reported.
 */
export async function observeEvidence(
  controls: readonly OrgControl[],
  index: RepositoryIndex,
  limits: Limits = defaultLimits,
  budget: MatchBudget = new MatchBudget(limits.maxGlobMatches),
  files: Pick<RepositorySource, 'sizes'> = diskSource(index.root, undefined),
): Promise<{ observations: EvidenceObservations; diagnostics: Diagnostic[] }> {
  const matched = matchEvidence(controls, index, limits, budget);
  // An unreadable file counts as empty.
  const sizes = await files.sizes([...new Set([...new Set(matched.paths.values())].flat())]);
  const observations = new Map<EvidenceItem, EvidenceObservation>();
  // Items with the same path share one observation.
  const shared = new Map<readonly string[], EvidenceObservation>();
  for (const [item, found] of matched.paths) {
    let observation = shared.get(found);
    if (observation === undefined) {
      observation = { kind: 'files', files: found.map((file) => ({ path: file, size: sizes.get(file) ?? 0 })) };
      shared.set(found, observation);
    }
    observations.set(item, observation);
  }
  for (const item of matched.urls) observations.set(item, { kind: 'url' });
  return { observations, diagnostics: matched.diagnostics };
}

function matchEvidence(controls: readonly OrgControl[], index: RepositoryIndex, limits: Limits, budget: MatchBudget) {
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
        match =
          cache.size >= limits.maxEvidencePatterns
            ? refused(`the repository's evidence uses more than ${limits.maxEvidencePatterns.toLocaleString('en-US')} distinct paths (limits.max_evidence_patterns)`)
            : unsafePathReason(pattern)
              ? { files: [], escapingLink: undefined, problem: undefined }
              : matchPattern(repositoryRelative(pattern), index, limits, budget);
        cache.set(pattern, match);
      }
      // Every item that lists the files costs their number again: scoring goes through them per item.
      if (match.problem === undefined && match.files.length > 1 && !budget.spend(match.files.length)) match = refused(budgetProblem(limits));
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

function refused(problem: string): PatternMatch {
  return { files: [], escapingLink: undefined, problem };
}

/**
 * `./evidence/q3.csv` is `evidence/q3.csv`: a leading `./` (as a shell completes a path) names
 * the repository root, where every evidence path starts; minimatch and a file lookup would read
 * it as a literal `.` folder and match nothing.
 */
export function repositoryRelative(pattern: string): string {
  return pattern.replace(/^(\.\/+)+/, '');
}

function matchPattern(pattern: string, index: RepositoryIndex, limits: Limits, budget: MatchBudget): PatternMatch {
  const compiled = compileGlob(pattern, limits, budget);
  if (!compiled.ok) return refused(compiled.problem);
  const escapingLink = compiled.glob.firstReached(index.escapingLinks, budget);
  const matched = compiled.glob.matchIn(index.files, budget, limits);
  if (!matched.ok) return { files: [], escapingLink, problem: matched.problem };
  return { files: matched.files, escapingLink, problem: undefined };
}
