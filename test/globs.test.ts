/**
 * Glob matching over the sorted repository listing: a pattern reads only the entries under its
 * literal base, found by binary search and charged to the budget before any is compared.
 */
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { compileGlob, MatchBudget } from '../src/load/globs.js';
import { defaultLimits } from '../src/model.js';

// Neighbours of `evidence/b/` on both sides in sort order: `evidence/b.txt` and `evidence/b0` sort around it.
const listing = ['evidence/a/x.csv', 'evidence/b.txt', 'evidence/b/x.csv', 'evidence/b/y/z.csv', 'evidence/b0/x.csv', 'evidence/bb/x.csv', 'evidence/b\u00e9/x.csv', 'other/b/x.csv'].sort();

function matched(pattern: string, budget = new MatchBudget(defaultLimits.maxGlobMatches)) {
  const compiled = compileGlob(pattern, defaultLimits, budget);
  if (!compiled.ok) throw new Error(compiled.problem);
  const spentBefore = budget.remaining;
  const result = compiled.glob.matchIn(listing, budget, defaultLimits);
  return { result, spent: spentBefore - budget.remaining };
}

describe('a glob over the listing', () => {
  it.each(['evidence/b/**', 'evidence/b/*.csv', 'evidence/b*/**', 'evidence/**/x.csv', '**/x.csv'])('%s matches what minimatch matches on the whole listing', (pattern) => {
    const { result } = matched(pattern);
    expect(result).toEqual({ ok: true, files: listing.filter((file) => minimatch(file, pattern, { dot: false, nocomment: true, nonegate: true })) });
  });

  it('is charged exactly the entries under its base, before comparing any', () => {
    // evidence/b/x.csv and evidence/b/y/z.csv: 2 comparisons.
    expect(matched('evidence/b/**').spent).toBe(2);
    // A budget smaller than the range refuses the pattern without reading it.
    const tight = new MatchBudget(defaultLimits.maxGlobMatches);
    const compiled = compileGlob('evidence/**', defaultLimits, tight);
    if (!compiled.ok) throw new Error(compiled.problem);
    tight.remaining = 6;
    expect(compiled.glob.matchIn(listing, tight, defaultLimits).ok).toBe(false);
    expect(tight.remaining).toBe(6);
  });
});
