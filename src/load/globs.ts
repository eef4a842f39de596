import { Minimatch } from 'minimatch';
import type { Limits } from '../model.js';

export type GlobResult = { readonly ok: true; readonly matcher: Minimatch } | { readonly ok: false; readonly problem: string };

/**
 * Compiles a glob from the repository (so from the pull request) within bounds: its length and
 * its brace expansion ({a,b}{c,d}… grows exponentially) are capped before any matching happens.
 * Negation and comments are off: a pattern only ever selects files.
 */
export function compileGlob(pattern: string, limits: Pick<Limits, 'maxGlobLength' | 'maxGlobExpansion'>): GlobResult {
  if (pattern.length > limits.maxGlobLength) {
    return { ok: false, problem: `pattern is ${pattern.length} characters long; the limit is ${limits.maxGlobLength} (limits.max_glob_length)` };
  }
  const matcher = new Minimatch(pattern, { dot: false, nocomment: true, nonegate: true, optimizationLevel: 2, braceExpandMax: limits.maxGlobExpansion + 1 });
  if (matcher.set.length > limits.maxGlobExpansion) {
    return { ok: false, problem: `pattern expands to more than ${limits.maxGlobExpansion} alternatives (limits.max_glob_expansion)` };
  }
  return { ok: true, matcher };
}
