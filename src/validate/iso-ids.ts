import type { Catalogs } from '../model.js';
import { didYouMean, withoutLeadingZeros } from './suggest.js';

export type IsoIdVerdict =
  | { readonly kind: 'known' }
  | { readonly kind: 'iso-2013'; readonly message: string }
  | { readonly kind: 'unknown'; readonly message: string };

/**
 * Judges an ISO id as written. 2013 ids get the 2022 controls that replace them, because the
 * most common mistake is numbering carried over from a 2013-era control set.
 */
export function judgeIsoId(id: string, catalogs: Catalogs): IsoIdVerdict {
  if (catalogs.iso.has(id)) return { kind: 'known' };

  const exact = catalogs.iso2013.get(id);
  if (exact) {
    return {
      kind: 'iso-2013',
      message: `${id} is an ISO/IEC 27001:2013 id ("${exact.title}"); in ISO/IEC 27001:2022 it is ${describe2022(exact.replacedBy, catalogs)}`,
    };
  }
  // A 2013 objective such as A.9.2 groups several 2013 controls (A.9.2.1 … A.9.2.6).
  const grouped = [...catalogs.iso2013.values()].filter((entry) => entry.id.startsWith(`${id}.`));
  if (grouped.length > 0) {
    const replacements = [...new Set(grouped.flatMap((entry) => entry.replacedBy))].sort(compareIsoIds);
    return {
      kind: 'iso-2013',
      message: `${id} is an ISO/IEC 27001:2013 objective (${grouped.map((entry) => entry.id).join(', ')}); in ISO/IEC 27001:2022 its controls are ${describe2022(replacements, catalogs)}`,
    };
  }
  // A.08.02: the standard writes no leading zeros; say which id was meant, not the nearest typo.
  const unpadded = withoutLeadingZeros(id);
  if (unpadded !== id) {
    const meant = judgeIsoId(unpadded, catalogs);
    if (meant.kind === 'known') return { kind: 'unknown', message: `${id} is not an ISO/IEC 27001:2022 id as the standard writes it; did you mean "${unpadded}"? (ids have no leading zeros)` };
    if (meant.kind === 'iso-2013') return { kind: 'iso-2013', message: `${id} (written without leading zeros: ${meant.message})` };
  }
  return { kind: 'unknown', message: `${id} is not an ISO/IEC 27001:2022 Annex A control or ISMS clause${didYouMean(id, catalogs.iso.keys())}` };
}

function describe2022(ids: readonly string[], catalogs: Catalogs): string {
  return ids.map((id) => `${id} (${catalogs.iso.get(id)?.title ?? 'unknown'})`).join(', ');
}

/** A.5.2 before A.5.10, clauses before Annex A: the order the standard prints them in. */
export function compareIsoIds(a: string, b: string): number {
  const key = (id: string) => (id.startsWith('A.') ? [1, ...id.slice(2).split('.').map(Number)] : [0, ...id.split('.').map(Number)]);
  const left = key(a);
  const right = key(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** ISO ids in the standard's order; null (a SOC 2–specific control, no ISO id) last. */
export function compareNullableIso(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareIsoIds(a, b);
}
