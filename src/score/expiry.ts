import { addDays, daysBetween } from '../dates.js';
import { compareStrings } from '../diagnostics.js';
import type { EvidenceItem, EvidenceObservations, Mapping, OrgControl, Policy } from '../model.js';
import { ageLimitsFor, policyAgeLimit } from './age-limits.js';
import { lastCollected } from './collected.js';
import { isDesignDocument, isFresh, isPresent, type HeldEvidence } from './evidence.js';

export interface ExpiringEvidence extends HeldEvidence {
  /** The first day on which the item no longer counts as fresh. */
  readonly expires: string;
  readonly daysLeft: number;
  /** The requirements whose age limit it is about to pass (`operating-evidence` for what its control claims; none for the policy's default). */
  readonly requirements: readonly string[];
}

/**
 * Evidence that counts today but turns stale within `expiryWarningDays`: what a team should
 * renew before the audit window. An item's age limit is the strictest of the requirements it
 * serves (age-limits.ts: the same rule as the report's `evidence[].expires`). An item that a
 * later one already replaces (every requirement it lists has a newer present item) needs no renewal.
 */
export function findExpiringEvidence(controls: readonly OrgControl[], mapping: Mapping, observations: EvidenceObservations, asOf: string, policy: Policy): ExpiringEvidence[] {
  const limitsOf = ageLimitsFor(mapping, policy.maxEvidenceAgeDays);
  const expiring: ExpiringEvidence[] = [];
  for (const control of controls) {
    if (control.status === 'not-applicable') continue;
    for (const item of control.evidence) {
      const { strictest, strictestBy } = limitsOf(control, item);
      // Collected evidence is as recent as its latest document.
      const collected = lastCollected(item, observations, asOf);
      if (!isPresent(item, observations) || !isFresh({ collected }, asOf, strictest)) continue;
      const expires = addDays(collected, strictest + 1);
      const daysLeft = daysBetween(asOf, expires);
      // Only an item close to its limit is compared with the control's others: that scan is per item.
      if (daysLeft > policy.expiryWarningDays || isSuperseded(item, control, observations)) continue;
      expiring.push({ control, item, expires, daysLeft, requirements: strictestBy.filter((id) => id !== policyAgeLimit) });
    }
  }
  return expiring.sort((a, b) => a.daysLeft - b.daysLeft || compareStrings(a.control.id, b.control.id) || compareStrings(a.item.id, b.item.id));
}

/**
 * A newer present item of the same control lists every requirement this one lists; for an item
 * that lists none (operating evidence), a newer record that is not a design document.
 */
function isSuperseded(item: EvidenceItem, control: OrgControl, observations: EvidenceObservations): boolean {
  const newer = control.evidence.filter((other) => other !== item && other.collected > item.collected && isPresent(other, observations));
  if (item.satisfies.length === 0) return newer.some((other) => other.satisfies.length === 0 && !isDesignDocument(other));
  return item.satisfies.every((id) => newer.some((other) => other.satisfies.includes(id)));
}
