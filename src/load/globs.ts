import { Minimatch } from 'minimatch';
import type { Limits } from '../model.js';

/**
 * Globs from the repository (so, from a pull request) are matched within bounds: each pattern's
 * length and brace expansion are capped before it is compiled, and every run shares one budget of
 * work (compiling an alternative, comparing a path with one) so that many patterns against many
 * files cannot add up to minutes. Patterns are matched against the repository's sorted file list,
 * only from the folder their literal start names.
 */

/** Compiling one alternative costs about as much as this many comparisons. */
const compileCost = 20;

/** The glob work left for a run: compiling and comparing, counted in comparisons. */
export class MatchBudget {
  constructor(public remaining: number) {}

  /** Spends `cost` if that much is left; false (and nothing spent) otherwise. */
  spend(cost: number): boolean {
    if (cost > this.remaining) return false;
    this.remaining -= cost;
    return true;
  }
}

export type GlobResult = { readonly ok: true; readonly glob: CompiledGlob } | { readonly ok: false; readonly problem: string };
type MatchResult = { readonly ok: true; readonly files: readonly string[] } | { readonly ok: false; readonly problem: string };

type GlobLimits = Pick<Limits, 'maxGlobLength' | 'maxGlobExpansion' | 'maxGlobMatches'>;

/** Characters that can make a pattern more than a path (minimatch's magic, extglobs and escapes). */
const magic = /[*?[\]{}()!+@\\]/;

/** Whether a pattern holds any of them. */
export function hasGlobMagic(pattern: string): boolean {
  return magic.test(pattern);
}

/**
 * Compiles a pattern within its bounds, spending the budget for the compilation. Negation and
 * comments are off: a pattern only ever selects files. A pattern without magic is a path, looked
 * up rather than compiled.
 */
export function compileGlob(pattern: string, limits: GlobLimits, budget: MatchBudget = new MatchBudget(limits.maxGlobMatches)): GlobResult {
  if (pattern.length > limits.maxGlobLength) {
    return { ok: false, problem: `pattern is ${pattern.length} characters long; the limit is ${limits.maxGlobLength} (limits.max_glob_length)` };
  }
  if (isPlainPath(pattern)) {
    return budget.spend(1) ? { ok: true, glob: new CompiledGlob(pattern, undefined) } : { ok: false, problem: budgetProblem(limits) };
  }
  // The first alternative is paid for before compiling, so a spent budget compiles nothing more.
  if (!budget.spend(compileCost)) return { ok: false, problem: budgetProblem(limits) };
  const matcher = new Minimatch(pattern, { dot: false, nocomment: true, nonegate: true, optimizationLevel: 2, braceExpandMax: limits.maxGlobExpansion + 1 });
  if (matcher.set.length > limits.maxGlobExpansion) {
    return { ok: false, problem: `pattern expands to more than ${limits.maxGlobExpansion} alternatives (limits.max_glob_expansion)` };
  }
  if (!budget.spend((matcher.set.length - 1) * compileCost)) return { ok: false, problem: budgetProblem(limits) };
  return { ok: true, glob: new CompiledGlob(pattern, matcher) };
}

class CompiledGlob {
  /** The folder the pattern cannot match outside of (`a/b/`), or '' for the whole repository. */
  readonly base: string;
  private readonly literals: readonly string[] | undefined;

  constructor(
    readonly pattern: string,
    private readonly matcher: Minimatch | undefined,
  ) {
    // Literal paths (also a brace set such as {a,b}.md, which expands to several) are looked up, not scanned.
    this.literals = matcher === undefined ? [pattern] : matcher.hasMagic() ? undefined : [...new Set(matcher.set.map((segments) => segments.join('/')))].sort();
    this.base = matcher === undefined ? '' : literalBase(matcher);
  }

  /** The files of `sorted` the pattern matches, in order; a problem when that would pass the budget. */
  matchIn(sorted: readonly string[], budget: MatchBudget, limits: GlobLimits): MatchResult {
    if (this.literals !== undefined) {
      if (!budget.spend(this.literals.length)) return { ok: false, problem: budgetProblem(limits) };
      return { ok: true, files: this.literals.filter((literal) => hasEntry(sorted, literal)) };
    }
    const { start, end } = rangeUnder(sorted, this.base);
    if (!budget.spend((end - start) * this.alternatives())) return { ok: false, problem: budgetProblem(limits) };
    const files: string[] = [];
    for (let index = start; index < end; index++) if (this.matcher!.match(sorted[index]!)) files.push(sorted[index]!);
    return { ok: true, files };
  }

  /**
   * The first of `sortedLinks` the pattern reaches: a link it matches, or a link to a folder the
   * pattern would descend into. Only links under its base, or on the way to it, can be.
   */
  firstReached(sortedLinks: readonly string[], budget: MatchBudget): string | undefined {
    if (sortedLinks.length === 0) return undefined;
    if (this.literals !== undefined) {
      const reached = this.literals.flatMap((literal) => [...ancestorsOf(literal), literal]).filter((path) => hasEntry(sortedLinks, path));
      return reached.sort()[0];
    }
    // The base's own folders: a link there is on the way to everything the pattern matches.
    const onTheWay = ancestorsOf(`${this.base}x`).filter((folder) => hasEntry(sortedLinks, folder));
    const { start, end } = rangeUnder(sortedLinks, this.base);
    // Checking links is part of matching: when the budget is spent, only the cheap checks are made.
    const under = budget.spend((end - start) * this.alternatives()) ? sortedLinks.slice(start, end).filter((link) => this.matcher!.match(link) || this.matcher!.match(link, true)) : [];
    return [...onTheWay, ...under].sort()[0];
  }

  private alternatives(): number {
    return this.matcher?.set.length ?? 1;
  }
}

export function budgetProblem(limits: GlobLimits): string {
  return `matching it would pass the run's budget of ${limits.maxGlobMatches.toLocaleString('en-US')} path comparisons (limits.max_glob_matches); start the pattern with the folder it looks in`;
}

/** No magic and no `.` or empty segments that minimatch would rewrite: the pattern is the path. */
function isPlainPath(pattern: string): boolean {
  return !magic.test(pattern) && pattern.split('/').every((segment) => segment !== '' && segment !== '.');
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

/** `a`, `a/b` for `a/b/c` (or `a/b/c/`): the folders a path goes through. */
function ancestorsOf(path: string): string[] {
  const segments = path.split('/').filter((segment) => segment !== '');
  return segments.slice(0, -1).map((_, index) => segments.slice(0, index + 1).join('/'));
}

/** The first index of a sorted list whose entry is not before `value`: a binary search. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function hasEntry(sorted: readonly string[], path: string): boolean {
  return sorted[lowerBound(sorted, path)] === path;
}

/**
 * The index range of the entries of `sorted` that start with `prefix`: two binary searches, so
 * the range is known (and charged to the budget) before any of it is read. The entries starting
 * with `prefix` are those from `prefix` up to, not including, `prefix` with its last character
 * incremented (`a/b/` → `a/b0`).
 */
function rangeUnder(sorted: readonly string[], prefix: string): { start: number; end: number } {
  if (prefix === '') return { start: 0, end: sorted.length };
  const start = lowerBound(sorted, prefix);
  const last = prefix.charCodeAt(prefix.length - 1);
  if (last === 0xffff) {
    let end = start;
    while (end < sorted.length && sorted[end]!.startsWith(prefix)) end++;
    return { start, end };
  }
  return { start, end: lowerBound(sorted, `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`) };
}
