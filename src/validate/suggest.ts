import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to what was written, when it is close enough to be a likely typo:
 * the "did you mean" of every unknown key, id and value.
 */
export function closestMatch(written: string, candidates: Iterable<string>): string | undefined {
  const needle = written.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(needle, candidate.toLowerCase());
    if (score <= limit && (best === undefined || score < best.score || (score === best.score && candidate < best.candidate))) {
      best = { candidate, score };
    }
  }
  return best?.candidate;
}

export function didYouMean(written: string, candidates: Iterable<string>): string {
  const match = closestMatch(written, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}
