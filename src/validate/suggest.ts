import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to what was written, when it is close enough to be a likely typo:
 * the "did you mean" of every unknown key, id and value.
 */
export function closestMatch(written: string, candidates: Iterable<string>): string | undefined {
  const needle = written.toLowerCase();
  const list = [...candidates];
  // A.08.02 is A.8.2 written with leading zeros, not a typo of A.8.12 (which is closer by edits).
  const unpadded = withoutLeadingZeros(needle);
  const same = unpadded === needle ? undefined : list.find((candidate) => candidate.toLowerCase() === unpadded);
  if (same !== undefined) return same;
  // Two adjacent characters swapped (A.5.51 for A.5.15) is the likeliest typo of all.
  const swapped = list.filter((candidate) => isTransposition(needle, candidate.toLowerCase())).sort()[0];
  if (swapped !== undefined) return swapped;
  const limit = Math.max(2, Math.floor(needle.length / 3));
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of list) {
    const score = distance(needle, candidate.toLowerCase());
    if (score <= limit && (best === undefined || score < best.score || (score === best.score && candidate < best.candidate))) {
      best = { candidate, score };
    }
  }
  return best?.candidate;
}

/**
 * A requirement id written short (`access-review` for `access-review-records`): the closest
 * match, else the shortest id that begins with what was written as whole words.
 */
export function closestRequirementId(written: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const close = closestMatch(written, list);
  if (close !== undefined) return close;
  const prefix = `${written.toLowerCase()}-`;
  return list.filter((candidate) => candidate.toLowerCase().startsWith(prefix)).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

export function didYouMean(written: string, candidates: Iterable<string>): string {
  const match = closestMatch(written, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((char, index) => (char === b[index] ? [] : [index]));
  const [first, second] = differ;
  return differ.length === 2 && second === first! + 1 && a[first!] === b[second] && a[second] === b[first!];
}

/** `A.08.02` → `A.8.2`, `CC06.1` → `CC6.1`: every number without its leading zeros. */
export function withoutLeadingZeros(id: string): string {
  return id.replace(/(^|\D)0+(?=\d)/g, '$1');
}
