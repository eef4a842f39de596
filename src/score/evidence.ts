import { daysBetween } from '../dates.js';
import type { EvidenceItem, EvidenceObservations, EvidenceRequirement, OrgControl } from '../model.js';

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

/** Present: a url, or a path matching at least one non-empty file (SPEC §2). */
export function isPresent(item: EvidenceItem, observations: EvidenceObservations): boolean {
  const seen = observations.get(item);
  return seen?.kind === 'url' || (seen?.kind === 'files' && seen.files.some((file) => file.size > 0));
}

function nonEmptyFiles(item: EvidenceItem, observations: EvidenceObservations): number {
  const seen = observations.get(item);
  return seen?.kind === 'files' ? seen.files.filter((file) => file.size > 0).length : 0;
}

export function isFresh(item: EvidenceItem, asOf: string, maxAgeDays: number): boolean {
  return daysBetween(item.collected, asOf) <= maxAgeDays;
}

/** An item's stated samples, else the number of non-empty files its path matched, else 1. */
export function sampleCount(item: EvidenceItem, observations: EvidenceObservations): number {
  if (item.samples !== undefined) return item.samples;
  return Math.max(1, nonEmptyFiles(item, observations));
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
    listing.length === 0 ? 'absent' : present.length === 0 ? 'file-not-found' : fresh.length === 0 ? 'stale' : samples < (requirement.minSamples ?? 1) ? 'insufficient-samples' : undefined;
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
