/**
 * SPEC §2, evidence: when a requirement is satisfied, at a point in time (Type 1) or over an
 * observation period (Type 2), and the first reason it is not.
 */
import { daysBetween } from '../dates.js';
import { frequencyDefaults, type Audit, type DateSpan, type EvidenceItem, type EvidenceObservations, type Frequency, type OrgControl } from '../model.js';
import { collectedInstance, documentsCover, expandCollected, unansweredExceptions, type AnsweredException, type CollectedInstance } from './collected.js';
import { cadenceOf, contains, hasEnded, overlaps, spanDays, windowsOf, type Cadence } from './windows.js';

export type MissingReason = 'absent' | 'file-not-found' | 'stale' | 'period-gap' | 'insufficient-samples' | 'exceptions';

/** An exception of counted collected evidence answered with management's response (SPEC §1.4). */
export interface NotedDeviation extends AnsweredException {
  readonly control: OrgControl;
}

/** An evidence item together with the control that holds it. */
export interface HeldEvidence {
  readonly control: OrgControl;
  readonly item: EvidenceItem;
}

/** What a requirement asks, whether listed in the mapping or the implicit operating evidence. */
export interface RequirementTerms {
  readonly id: string;
  readonly frequency: Frequency | undefined;
  readonly maxAgeDays: number;
  /** Type II sample size over a whole period (population requirements only). */
  readonly minSamples: number;
}

/** One window of a requirement over the period, as a reviewer reads it. */
/** `under-sampled`: a population window with evidence, in a period whose samples fall short of the test. */
export type WindowState = 'collected' | 'under-sampled' | 'missing' | 'current' | 'not-started';

export interface WindowStatus extends DateSpan {
  readonly state: WindowState;
}

export type RequirementVerdict =
  | { readonly satisfied: true; readonly windows: readonly WindowStatus[]; readonly deviations?: readonly NotedDeviation[] }
  | {
      readonly satisfied: false;
      readonly reason: MissingReason;
      readonly items: readonly HeldEvidence[];
      readonly windows: readonly WindowStatus[];
      /** The first window not filled, for `period-gap`. */
      readonly window?: DateSpan;
      /** For `insufficient-samples`. */
      readonly samples?: { readonly counted: number; readonly required: number };
      /** For `exceptions`: changes of collected evidence with an exception no deviation answers. */
      readonly exceptions?: { readonly count: number; readonly changes: readonly string[] };
      readonly deviations?: readonly NotedDeviation[];
    };

export interface EvidenceRules {
  readonly asOf: string;
  readonly audit: Audit;
  readonly maxEvidenceAgeDays: number;
  readonly observations: EvidenceObservations;
}

/** Design documents show what should happen, not that it did (SPEC §1.1): these words and their plurals. */
export const designWords = ['policy', 'procedure', 'standard', 'plan', 'sop', 'runbook', 'playbook', 'guideline', 'manual'] as const;
const designWordForms = new Set(designWords.flatMap((word) => [word, word.endsWith('y') ? `${word.slice(0, -1)}ies` : `${word}s`]));

/** A trailing number or version: `2026`, `v2`, `v1.3`. */
const versionWord = /^v?\d+(\.\d+)*$/i;

/** An organization writes a handful of types, and every requirement of every control asks: each is split into words once. */
const designTypes = new Map<string, boolean>();

/**
 * Whether an evidence type names a design document (SPEC §1.1): its last word decides, the words
 * split at `-`, `_`, spaces and lower-to-upper case changes, trailing numbers and versions left
 * out. `dr-plan`, `access_policy_2026` and `incidentRunbook` are; `dr-plan-test` is not.
 */
export function isDesignType(type: string): boolean {
  let known = designTypes.get(type);
  if (known === undefined) {
    known = readsAsDesignType(type);
    designTypes.set(type, known);
  }
  return known;
}

function readsAsDesignType(type: string): boolean {
  const words = type
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[-_\s]+/)
    .filter((word) => word !== '');
  while (words.length > 1 && versionWord.test(words.at(-1)!)) words.pop();
  const last = words.at(-1);
  return last !== undefined && designWordForms.has(last.toLowerCase());
}

export function isDesignDocument(item: EvidenceItem): boolean {
  return item.type !== undefined && isDesignType(item.type);
}

/** The terms of a requirement: its own values, else its frequency's defaults, else the policy's age. */
export function termsOf(requirement: { readonly id: string; readonly frequency: Frequency | undefined; readonly maxAgeDays?: number | undefined; readonly minSamples?: number | undefined }, maxEvidenceAgeDays: number): RequirementTerms {
  const defaults = requirement.frequency === undefined ? undefined : frequencyDefaults[requirement.frequency];
  return {
    id: requirement.id,
    frequency: requirement.frequency,
    maxAgeDays: requirement.maxAgeDays ?? defaults?.maxAgeDays ?? maxEvidenceAgeDays,
    minSamples: requirement.minSamples ?? defaults?.minSamples ?? 1,
  };
}

/** Present: a url, or a path matching at least one non-empty file (SPEC §2). */
export function isPresent(item: EvidenceItem, observations: EvidenceObservations): boolean {
  if (collectedInstance(item) !== undefined) return true;
  const seen = observations.get(item);
  // Collected evidence whose documents do not count is not present (SPEC §1.4).
  if (seen?.kind === 'files' && seen.collected?.valid === false) return false;
  return seen?.kind === 'url' || (seen?.kind === 'files' && seen.files.some((file) => file.size > 0));
}

export function isFresh(item: Pick<EvidenceItem, 'collected'>, asOf: string, maxAgeDays: number): boolean {
  return daysBetween(item.collected, asOf) <= maxAgeDays;
}

/** An item's stated samples, else the number of non-empty files its path matched, else 1. */
export function sampleCount(item: EvidenceItem, observations: EvidenceObservations): number {
  if (item.samples !== undefined) return item.samples;
  const seen = observations.get(item);
  const files = seen?.kind === 'files' ? seen.files.filter((file) => file.size > 0).length : 0;
  return Math.max(1, files);
}

/** What the item is about: its period, else the day it was collected. */
export function activitySpan(item: EvidenceItem): DateSpan {
  return item.period ?? { start: item.collected, end: item.collected };
}

/** The period of a Type 2 audit that has started by the as-of date; undefined: judge as Type 1. */
export function startedPeriod(rules: Pick<EvidenceRules, 'asOf' | 'audit'>): DateSpan | undefined {
  return rules.audit.type === 'type2' && rules.asOf >= rules.audit.period.start ? rules.audit.period : undefined;
}

/** E: the day evidence is judged at, the as-of date or the period's end when sooner. */
export function judgedAt(rules: Pick<EvidenceRules, 'asOf' | 'audit'>): string {
  const period = startedPeriod(rules);
  return period && period.end < rules.asOf ? period.end : rules.asOf;
}

/** Judges a requirement on the items that may satisfy it (already narrowed to those that list it). */
export function judgeRequirement(terms: RequirementTerms, listing: readonly HeldEvidence[], rules: EvidenceRules): RequirementVerdict {
  // Collected evidence is judged as its documents (SPEC §2); one whose period ends after the as-of date is not written yet.
  const present = expandCollected(listing, rules.observations).filter(({ item }) => isPresent(item, rules.observations) && !isLaterDocument(item, rules.asOf));
  const period = startedPeriod(rules);
  const at = judgedAt(rules);
  const cadence = cadenceOf(terms.frequency);
  const windows = period ? windowsOf(cadence, period) : [];
  const filled = period ? filledWindows(cadence, windows, present, period) : [];
  const ended = period ? windows.filter((window) => hasEnded(window, period, at)) : [];
  const strip = windows.map((window, index): WindowStatus => ({ ...window, state: filled[index] ? 'collected' : ended.includes(window) ? 'missing' : window.start <= at ? 'current' : 'not-started' }));

  if (listing.length === 0) return { satisfied: false, reason: 'absent', items: listing, windows: strip };
  if (present.length === 0) return { satisfied: false, reason: 'file-not-found', items: listing, windows: strip };
  if (!period || ended.length === 0) {
    // Point in time: one present, fresh instance suffices, with no sample count.
    const fresh = present.filter(({ item }) => isFresh(item, at, terms.maxAgeDays));
    if (fresh.length === 0) return { satisfied: false, reason: 'stale', items: listing, windows: strip };
    return withExceptions(fresh, { satisfied: true, windows: strip }, listing);
  }
  const gap = ended.find((window) => !filled[windows.indexOf(window)]);
  if (gap) return { satisfied: false, reason: 'period-gap', items: listing, windows: strip, window: gap };
  if (cadence.kind === 'population') {
    const samples = populationSamples(terms, present, period, at, rules.observations);
    // The strip must agree with the verdict: windows with evidence are not ✔ while the samples fall short.
    if (samples.counted < samples.required) return { satisfied: false, reason: 'insufficient-samples', items: listing, windows: strip.map(underSampled), samples };
  }
  // The collected evidence that counted: overlapping s..E (population), or ending in it (periodic).
  const elapsed = { start: period.start, end: at };
  const counted = present.filter(({ item }) => (cadence.kind === 'population' ? overlaps(activitySpan(item), elapsed) : contains(elapsed, activitySpan(item).end)));
  return withExceptions(counted, { satisfied: true, windows: strip }, listing);
}

/** SPEC §2, last: an unanswered exception of counted collected evidence makes the requirement unsatisfied; answered ones are noted. */
function withExceptions(counted: readonly HeldEvidence[], satisfied: Extract<RequirementVerdict, { satisfied: true }>, listing: readonly HeldEvidence[]): RequirementVerdict {
  const collected = counted.flatMap(({ control, item }) => {
    const instance = collectedInstance(item);
    return instance === undefined ? [] : [{ control, instance }];
  });
  if (collected.length === 0) return satisfied;
  const deviations = collected.flatMap(({ control, instance }) => instance.answered.map((answered) => ({ control, ...answered })));
  const exceptions = unansweredExceptions(collected.map(({ instance }) => instance));
  if (exceptions !== undefined) return { satisfied: false, reason: 'exceptions', items: listing, windows: satisfied.windows, exceptions, deviations };
  return deviations.length === 0 ? satisfied : { ...satisfied, deviations };
}

/**
 * Type 2, a population requirement once the period has started: the samples counted so far and
 * how many are required by now, exactly as `judgeRequirement` tests them. Undefined otherwise.
 */
export function sampleTally(terms: RequirementTerms, listing: readonly HeldEvidence[], rules: EvidenceRules): { readonly counted: number; readonly required: number } | undefined {
  const period = startedPeriod(rules);
  if (!period || cadenceOf(terms.frequency).kind !== 'population') return undefined;
  const present = expandCollected(listing, rules.observations).filter(({ item }) => isPresent(item, rules.observations) && !isLaterDocument(item, rules.asOf));
  return populationSamples(terms, present, period, judgedAt(rules), rules.observations);
}

/** A collected document dated (by its period's end) after the as-of date: looking back, it is not counted. */
function isLaterDocument(item: EvidenceItem, asOf: string): boolean {
  return collectedInstance(item) !== undefined && item.collected > asOf;
}

/**
 * Which windows are filled. A periodic window is filled by an item whose activity ends inside it;
 * a population window by one overlapping it, except a per_file instance, which fills only the
 * window its span ends in (a monthly file does not fill the quarter before it). With collected
 * evidence, its documents decide instead (SPEC §2).
 */
function filledWindows(cadence: Cadence, windows: readonly DateSpan[], present: readonly HeldEvidence[], period: DateSpan): boolean[] {
  const collected = present.map(({ item }) => collectedInstance(item)).filter((instance): instance is CollectedInstance => instance !== undefined);
  if (collected.length > 0) return windows.map((window) => documentsCover(window, period, collected));
  const spans = present.map(({ item }) => ({ span: activitySpan(item), endsInside: cadence.kind === 'periodic' || item.perFile === true }));
  return windows.map((window) => spans.some(({ span, endsInside }) => (endsInside ? contains(window, span.end) : overlaps(window, span))));
}

/**
 * R = ceil(min_samples × f), f the elapsed share of the period, computed exactly on whole days;
 * capped by the population the counted items declare when every one of them declares it.
 */
function populationSamples(terms: RequirementTerms, present: readonly HeldEvidence[], period: DateSpan, at: string, observations: EvidenceObservations) {
  const elapsed = { start: period.start, end: at };
  const counted = present.filter(({ item }) => overlaps(activitySpan(item), elapsed));
  const total = spanDays(period);
  const share = Math.min(spanDays(elapsed), total);
  // Integer ceiling: 25 × 84 / 300 is exactly 7, never 7.000001 rounded up.
  let required = Math.floor((terms.minSamples * share + total - 1) / total);
  if (counted.length > 0 && counted.every(({ item }) => item.population !== undefined)) {
    required = Math.min(required, counted.reduce((sum, { item }) => sum + item.population!, 0));
  }
  return { counted: counted.reduce((sum, { item }) => sum + sampleCount(item, observations), 0), required };
}

function underSampled(window: WindowStatus): WindowStatus {
  return window.state === 'collected' ? { ...window, state: 'under-sampled' } : window;
}
