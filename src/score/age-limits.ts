/**
 * How long an evidence item counts: one rule for the report's `evidence[].expires` and for the
 * expiry warnings, so the two never name different dates for the same item.
 */
import type { EvidenceItem, Mapping, OrgControl } from '../model.js';
import { isDesignDocument, termsOf } from './evidence.js';

/** The pseudo-requirement of operating evidence: what full rows without requirements and `covers` controls need. */
export const operatingEvidence = 'operating-evidence';

/** The pseudo-requirement of an item that serves none: it ages by the policy's default. */
export const policyAgeLimit = 'policy.max_evidence_age_days';

export interface AgeLimit {
  readonly id: string;
  readonly maxAgeDays: number;
}

/** The limits an item has: those of the requirements it serves, strictest first in `strictest`. */
export interface ItemAgeLimits {
  readonly limits: readonly AgeLimit[];
  readonly strictest: number;
  /** The requirements whose limit is the strictest (the policy's pseudo-requirement when the item serves none). */
  readonly strictestBy: readonly string[];
}

/**
 * A function giving each item of a control its age limits: those of the requirements it lists,
 * and the operating evidence of what its control claims (full rows without requirements, by
 * their frequency; `covers`) unless it is a design document. An item that serves none ages by
 * the policy's default. The mapping's rows are indexed once.
 */
export function ageLimitsFor(mapping: Mapping, maxEvidenceAgeDays: number): (control: OrgControl, item: EvidenceItem) => ItemAgeLimits {
  const operatingByIso = new Map<string, AgeLimit[]>();
  for (const row of mapping.rows) {
    if (row.coverage !== 'full' || row.evidence.length > 0) continue;
    const { id, maxAgeDays } = termsOf({ id: operatingEvidence, frequency: row.frequency }, maxEvidenceAgeDays);
    operatingByIso.set(row.iso, [...(operatingByIso.get(row.iso) ?? []), { id, maxAgeDays }]);
  }
  const coversLimit: AgeLimit = { id: operatingEvidence, maxAgeDays: termsOf({ id: operatingEvidence, frequency: undefined }, maxEvidenceAgeDays).maxAgeDays };
  const operatingOf = new Map<OrgControl, AgeLimit[]>();
  return (control, item) => {
    let operating = operatingOf.get(control);
    if (operating === undefined) {
      operating = [...control.implements.flatMap((iso) => operatingByIso.get(iso) ?? []), ...(control.covers.length > 0 ? [coversLimit] : [])];
      operatingOf.set(control, operating);
    }
    const listed = item.satisfies.flatMap((id) => {
      const requirement = mapping.requirements.get(id)?.requirement;
      return requirement ? [termsOf(requirement, maxEvidenceAgeDays)] : [];
    });
    const all = [...listed.map(({ id, maxAgeDays }) => ({ id, maxAgeDays })), ...(isDesignDocument(item) ? [] : operating)];
    const unique = all.filter((limit, index) => all.findIndex((other) => other.id === limit.id && other.maxAgeDays === limit.maxAgeDays) === index);
    const limits = unique.length > 0 ? unique : [{ id: policyAgeLimit, maxAgeDays: maxEvidenceAgeDays }];
    let strictest = limits[0]!.maxAgeDays;
    for (const limit of limits) strictest = Math.min(strictest, limit.maxAgeDays);
    return { limits, strictest, strictestBy: limits.filter((limit) => limit.maxAgeDays === strictest).map((limit) => limit.id) };
  };
}
