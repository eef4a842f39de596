import { daysBetween } from '../dates.js';
import type { EvidenceObservations } from '../load/evidence.js';
import type { EvidenceItem, EvidenceRequirement, OrgControl } from '../model.js';

export type MissingReason = 'absent' | 'file-not-found' | 'stale' | 'insufficient-samples';

/** An evidence item together with the control that holds it. */
export interface HeldEvidence {
  readonly control: OrgControl;
  readonly item: EvidenceItem;
}

export type RequirementVerdict =
  | { readonly satisfied: true; readonly samples: number }
  | { readonly satisfied: false; readonly reason: MissingReason; readonly samples: number; readonly items: readonly HeldEvidence[] };

export interface EvidenceRules {
  readonly asOf: string;
  readonly maxAgeDays: number;
  readonly observations: EvidenceObservations;
}

export function isPresent(item: EvidenceItem, observations: EvidenceObservations): boolean {
  const seen = observations.get(item);
  return seen?.kind === 'url' || (seen?.kind === 'files' && seen.files.length > 0);
}

export function isFresh(item: EvidenceItem, asOf: string, maxAgeDays: number): boolean {
  return daysBetween(item.collected, asOf) <= maxAgeDays;
}

/** An item's stated samples, else the number of files its path matched, else 1. */
export function sampleCount(item: EvidenceItem, observations: EvidenceObservations): number {
  if (item.samples !== undefined) return item.samples;
  const seen = observations.get(item);
  return seen?.kind === 'files' && seen.files.length > 0 ? seen.files.length : 1;
}

/**
 * SPEC §2: a requirement is satisfied when the present, fresh items that list it count enough
 * samples; otherwise the first reason that holds, in the order absent → file-not-found → stale → insufficient-samples.
 */
export function judgeRequirement(requirement: EvidenceRequirement, held: readonly HeldEvidence[], rules: EvidenceRules): RequirementVerdict {
  const listing = held.filter(({ item }) => item.satisfies.includes(requirement.id));
  const maxAge = requirement.maxAgeDays ?? rules.maxAgeDays;
  const present = listing.filter(({ item }) => isPresent(item, rules.observations));
  const fresh = present.filter(({ item }) => isFresh(item, rules.asOf, maxAge));
  const samples = fresh.reduce((sum, { item }) => sum + sampleCount(item, rules.observations), 0);
  const reason: MissingReason | undefined =
    listing.length === 0 ? 'absent' : present.length === 0 ? 'file-not-found' : fresh.length === 0 ? 'stale' : samples < requirement.minSamples ? 'insufficient-samples' : undefined;
  return reason === undefined ? { satisfied: true, samples } : { satisfied: false, reason, samples, items: listing };
}

/**
 * The one requirement of a SOC 2–specific (`covers`) control: at least one present item within
 * the policy's age limit. Same reasons, same order, as a mapping requirement (no sample count).
 */
export function judgeOperatingEvidence(held: readonly HeldEvidence[], rules: EvidenceRules): RequirementVerdict {
  const present = held.filter(({ item }) => isPresent(item, rules.observations));
  const fresh = present.filter(({ item }) => isFresh(item, rules.asOf, rules.maxAgeDays));
  const reason: MissingReason | undefined = held.length === 0 ? 'absent' : present.length === 0 ? 'file-not-found' : fresh.length === 0 ? 'stale' : undefined;
  return reason === undefined ? { satisfied: true, samples: fresh.length } : { satisfied: false, reason, samples: 0, items: held };
}
