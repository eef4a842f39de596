import type { Catalogs, Criterion, DateSpan, EvidenceObservations, Frequency, Mapping, MappingRow, OrgControl, Settings, TscCategory } from '../model.js';
import { compareStrings } from '../diagnostics.js';
import { compareNullableIso } from '../validate/iso-ids.js';
import { operatingEvidence } from './age-limits.js';
import { findExpiringEvidence, type ExpiringEvidence } from './expiry.js';
import {
  isDesignDocument,
  judgedAt,
  judgeRequirement,
  startedPeriod,
  termsOf,
  type EvidenceRules,
  type HeldEvidence,
  type MissingReason,
  type RequirementTerms,
  type RequirementVerdict,
  type WindowStatus,
} from './evidence.js';
import { contains } from './windows.js';

export type RowState = 'met' | 'incomplete' | 'absent';
export type CriterionState = 'ready' | 'incomplete' | 'gap';

/** The implicit requirement of a full row without requirements, and of a `covers` control. */
export { operatingEvidence } from './age-limits.js';

/** A requirement of a row, judged. */
export interface JudgedRequirement {
  /** The mapping's requirement id, or `operating-evidence`. */
  readonly id: string;
  readonly description: string;
  readonly terms: RequirementTerms;
  readonly verdict: RequirementVerdict;
}

export type UnsatisfiedRequirement = JudgedRequirement & { readonly verdict: Extract<RequirementVerdict, { satisfied: false }> };

interface RowBase {
  readonly state: RowState;
  /** The row's criteria that are in scope. */
  readonly criteria: readonly string[];
  /** Controls with status implemented or in-progress behind this row, by id. */
  readonly active: readonly OrgControl[];
  /** Every requirement judged (none for an absent row). */
  readonly requirements: readonly JudgedRequirement[];
  readonly unsatisfied: readonly UnsatisfiedRequirement[];
}

/** A row of the mapping, or a SOC 2–specific control acting as a full row of its own (`covers`). */
export type ScoredRow = (RowBase & { readonly kind: 'mapping'; readonly row: MappingRow; readonly order: number }) | (RowBase & { readonly kind: 'supplemental'; readonly control: OrgControl });

export interface CriterionResult {
  readonly criterion: Criterion;
  readonly state: CriterionState;
  /** The rows whose state gives the criterion its state. */
  readonly rows: readonly ScoredRow[];
  /** Rows reaching the criterion that are neither met nor absent: what stands between it and ready. */
  readonly blockedBy: readonly ScoredRow[];
}

export interface MissingEvidence {
  /** Null for a supplemental control's own evidence. */
  readonly iso: string | null;
  readonly controls: readonly OrgControl[];
  readonly criteria: readonly string[];
  readonly requirement: string;
  readonly description: string;
  readonly reason: MissingReason;
  /** An implemented control misses it (an in-progress one only warns). */
  readonly blocking: boolean;
  readonly items: readonly HeldEvidence[];
  /** Items that list the requirement but are dated after the as-of date: not counted. */
  readonly laterItems: readonly HeldEvidence[];
  readonly window: DateSpan | undefined;
  readonly samples: { readonly counted: number; readonly required: number } | undefined;
  /** On `exceptions`: changes of collected evidence with an exception no deviation answers. */
  readonly exceptions?: { readonly count: number; readonly changes: readonly string[] } | undefined;
}

/** Type 2: a periodic requirement whose current window has no evidence yet. */
export interface DueEvidence {
  readonly iso: string | null;
  readonly controls: readonly OrgControl[];
  readonly requirement: string;
  readonly description: string;
  readonly window: DateSpan;
  /** The window's last day, or the period's end when sooner. */
  readonly due: string;
}

/** Type 2: one requirement's windows over the period, for the strip a reviewer reads. */
export interface RequirementTimeline {
  readonly iso: string | null;
  readonly controls: readonly OrgControl[];
  readonly requirement: string;
  readonly frequency: Frequency | undefined;
  readonly windows: readonly WindowStatus[];
}

export interface Tally {
  readonly criteria: number;
  readonly ready: number;
  readonly incomplete: number;
  readonly gap: number;
  readonly readiness: number;
  readonly designCoverage: number;
}

export interface ScoreResult extends Tally {
  /** The controls scored, in canonical order (by id, evidence by id): order in the files never matters. */
  readonly controls: readonly OrgControl[];
  readonly criteriaResults: readonly CriterionResult[];
  readonly rows: readonly ScoredRow[];
  readonly missingEvidence: readonly MissingEvidence[];
  readonly dueEvidence: readonly DueEvidence[];
  readonly timelines: readonly RequirementTimeline[];
  readonly categories: readonly (Tally & { readonly category: TscCategory })[];
  /** Evidence given as a url: counted as present, but nobody looked at it. */
  readonly unverified: readonly HeldEvidence[];
  /** Evidence that counts today but turns stale within the policy's warning window. */
  readonly expiring: readonly ExpiringEvidence[];
}

export interface ScoreInput {
  readonly catalogs: Catalogs;
  readonly mapping: Mapping;
  readonly controls: readonly OrgControl[];
  readonly observations: EvidenceObservations;
  readonly settings: Pick<Settings, 'scope' | 'asOf' | 'policy' | 'audit'>;
}

const isActive = (control: OrgControl) => control.status === 'implemented' || control.status === 'in-progress';
const isLive = (control: OrgControl) => control.status !== 'not-applicable';

/** SPEC §2. Pure: the same input always gives the same result, in the same order. */
export function score(input: ScoreInput): ScoreResult {
  const controls = canonicalOrder(input.controls);
  const inScope = input.catalogs.criteria.filter((criterion) => input.settings.scope.includes(criterion.category));
  const inScopeIds = new Set(inScope.map((criterion) => criterion.id));
  const rules: EvidenceRules = { asOf: input.settings.asOf, audit: input.settings.audit, maxEvidenceAgeDays: input.settings.policy.maxEvidenceAgeDays, observations: input.observations };

  // Only rows that reach an in-scope criterion are judged.
  const rows: ScoredRow[] = [
    ...input.mapping.rows.flatMap((row, order) => (row.tsc.some((id) => inScopeIds.has(id)) ? [scoreMappingRow(row, order, controls, rules, inScopeIds)] : [])),
    ...controls.filter((control) => control.covers.some((id) => inScopeIds.has(id))).map((control) => scoreSupplemental(control, rules, inScopeIds)),
  ];

  const criteriaResults = inScope.map((criterion) => judgeCriterion(criterion, rows));
  const categories = input.settings.scope.map((category) => ({
    category,
    ...tally(criteriaResults.filter((result) => result.criterion.category === category)),
  }));
  return {
    ...tally(criteriaResults),
    controls,
    criteriaResults,
    rows,
    missingEvidence: collectMissingEvidence(rows),
    dueEvidence: collectDueEvidence(rows, rules),
    timelines: collectTimelines(rows),
    categories,
    unverified: controls
      .flatMap((control) => control.evidence.map((item) => ({ control, item })))
      .filter(({ item }) => item.source.kind === 'url'),
    // Type 2 once the period runs: the windows are the test, so ages say nothing about this audit;
    // what is due and what the forecast puts at risk say what to collect.
    expiring: startedPeriod(rules) ? [] : findExpiringEvidence(controls, input.mapping, input.observations, judgedAt(rules), input.settings.policy),
  };
}

function canonicalOrder(controls: readonly OrgControl[]): OrgControl[] {
  const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);
  return [...controls].sort(byId).map((control) => ({ ...control, evidence: [...control.evidence].sort(byId), laterEvidence: [...control.laterEvidence].sort(byId) }));
}

function scoreMappingRow(row: MappingRow, order: number, controls: readonly OrgControl[], rules: EvidenceRules, inScope: ReadonlySet<string>): ScoredRow {
  const implementers = controls.filter((control) => control.implements.includes(row.iso));
  const active = implementers.filter(isActive);
  const base = { kind: 'mapping' as const, row, order, criteria: row.tsc.filter((id) => inScope.has(id)), active };
  if (row.coverage === 'gap' || active.length === 0) return { ...base, state: 'absent', requirements: [], unsatisfied: [] };

  const held = implementers.filter(isLive).flatMap((control) => control.evidence.map((item) => ({ control, item })));
  const requirements: JudgedRequirement[] =
    row.evidence.length > 0
      ? row.evidence.map((requirement) => {
          const terms = termsOf(requirement, rules.maxEvidenceAgeDays);
          return { id: requirement.id, description: requirement.description, terms, verdict: judgeRequirement(terms, held.filter(({ item }) => item.satisfies.includes(requirement.id)), rules) };
        })
      : [judgeOperatingEvidence(`Evidence that ${row.iso} operates: a record of the control in action, not a policy or procedure`, row.frequency, held, rules)];
  return { ...base, ...settle(active, requirements) };
}

function scoreSupplemental(control: OrgControl, rules: EvidenceRules, inScope: ReadonlySet<string>): ScoredRow {
  const base = { kind: 'supplemental' as const, control, criteria: control.covers.filter((id) => inScope.has(id)), active: isActive(control) ? [control] : [] };
  if (!isActive(control)) return { ...base, state: 'absent', requirements: [], unsatisfied: [] };
  const held = control.evidence.map((item) => ({ control, item }));
  const requirement = judgeOperatingEvidence(`Evidence that ${control.id} operates: a record of the control in action, not a policy or procedure`, undefined, held, rules);
  return { ...base, ...settle([control], [requirement]) };
}

/** Operating evidence: every item of the row's live controls, pooled, except design documents. */
function judgeOperatingEvidence(description: string, frequency: Frequency | undefined, held: readonly HeldEvidence[], rules: EvidenceRules): JudgedRequirement {
  const terms = termsOf({ id: operatingEvidence, frequency }, rules.maxEvidenceAgeDays);
  return { id: operatingEvidence, description, terms, verdict: judgeRequirement(terms, held.filter(({ item }) => !isDesignDocument(item)), rules) };
}

/** Met when some control is implemented and every requirement is satisfied; else incomplete. */
function settle(active: readonly OrgControl[], requirements: readonly JudgedRequirement[]): Pick<RowBase, 'state' | 'requirements' | 'unsatisfied'> {
  const unsatisfied = requirements.filter((requirement): requirement is UnsatisfiedRequirement => !requirement.verdict.satisfied);
  const met = active.some((control) => control.status === 'implemented') && unsatisfied.length === 0;
  return { state: met ? 'met' : 'incomplete', requirements, unsatisfied };
}

/** Ready only when every row reaching the criterion that is not absent is met (and one is). */
function judgeCriterion(criterion: Criterion, rows: readonly ScoredRow[]): CriterionResult {
  const reaching = rows.filter((row) => row.criteria.includes(criterion.id));
  const live = reaching.filter((row) => row.state !== 'absent');
  const blockedBy = live.filter((row) => row.state === 'incomplete');
  if (live.length === 0) return { criterion, state: 'gap', rows: reaching, blockedBy };
  return blockedBy.length === 0 ? { criterion, state: 'ready', rows: live, blockedBy } : { criterion, state: 'incomplete', rows: blockedBy, blockedBy };
}

const isoOf = (row: ScoredRow) => (row.kind === 'mapping' ? row.row.iso : null);
/** ISO controls in the standard's order, then the mapping's own order; supplemental controls last, by id. */
const orderOf = (row: ScoredRow) => (row.kind === 'mapping' ? row.order : Number.MAX_SAFE_INTEGER);

function inCanonicalOrder<T extends { readonly iso: string | null; readonly controls: readonly OrgControl[] }>(entries: { entry: T; order: number }[]): T[] {
  entries.sort((a, b) => compareNullableIso(a.entry.iso, b.entry.iso) || a.order - b.order || compareStrings(a.entry.controls[0]?.id ?? '', b.entry.controls[0]?.id ?? ''));
  return entries.map(({ entry }) => entry);
}

function collectMissingEvidence(rows: readonly ScoredRow[]): MissingEvidence[] {
  return inCanonicalOrder(
    rows
      .filter((row) => row.state === 'incomplete')
      .flatMap((row) =>
        row.unsatisfied.map(({ id, description, verdict }) => ({
          entry: {
            iso: isoOf(row),
            controls: row.active,
            criteria: row.criteria,
            requirement: id,
            description,
            reason: verdict.reason,
            blocking: row.active.some((control) => control.status === 'implemented'),
            items: verdict.items,
            laterItems: laterItemsFor(row, id),
            window: verdict.window,
            samples: verdict.samples,
            exceptions: verdict.exceptions,
          } satisfies MissingEvidence,
          order: orderOf(row),
        })),
      ),
  );
}

/** Items dated after the as-of date that would have listed the requirement: a report names them. */
function laterItemsFor(row: ScoredRow, requirement: string): HeldEvidence[] {
  const controls = row.kind === 'mapping' ? row.active : [row.control];
  return controls.flatMap((control) =>
    control.laterEvidence.filter((item) => requirement === operatingEvidence ? !isDesignDocument(item) : item.satisfies.includes(requirement)).map((item) => ({ control, item })),
  );
}

/**
 * SPEC §2, due evidence (Type 2, from s, E before e): for each requirement of a live row, the
 * window that contains E (a population requirement's is the calendar quarter) when E is before
 * its last day and nothing fills it yet.
 */
function collectDueEvidence(rows: readonly ScoredRow[], rules: EvidenceRules): DueEvidence[] {
  const period = startedPeriod(rules);
  const at = judgedAt(rules);
  if (!period || at >= period.end) return [];
  return inCanonicalOrder(
    rows
      .filter((row) => row.state !== 'absent')
      .flatMap((row) =>
        row.requirements.flatMap(({ id, description, verdict }) => {
          // Population requirements too: their window is the calendar quarter (an empty one is a period gap at its end).
          const current = verdict.windows.find((window) => contains(window, at));
          if (!current || at >= current.end || current.state === 'collected') return [];
          const due = current.end < period.end ? current.end : period.end;
          return [{ entry: { iso: isoOf(row), controls: row.active, requirement: id, description, window: { start: current.start, end: current.end }, due } satisfies DueEvidence, order: orderOf(row) }];
        }),
      ),
  ).sort((a, b) => compareStrings(a.due, b.due));
}

function collectTimelines(rows: readonly ScoredRow[]): RequirementTimeline[] {
  return inCanonicalOrder(
    rows
      .filter((row) => row.state !== 'absent')
      .flatMap((row) =>
        row.requirements
          .filter((requirement) => requirement.verdict.windows.length > 0)
          .map(({ id, terms, verdict }) => ({ entry: { iso: isoOf(row), controls: row.active, requirement: id, frequency: terms.frequency, windows: verdict.windows } satisfies RequirementTimeline, order: orderOf(row) })),
      ),
  );
}

function tally(results: readonly CriterionResult[]): Tally {
  const count = (state: CriterionState) => results.filter((result) => result.state === state).length;
  const ready = count('ready');
  const incomplete = count('incomplete');
  return {
    criteria: results.length,
    ready,
    incomplete,
    gap: count('gap'),
    readiness: percent(ready, results.length),
    designCoverage: percent(ready + incomplete, results.length),
  };
}

/** One decimal, rounded half up from the exact fraction (integer arithmetic: no binary drift). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((2000 * part + whole) / (2 * whole)) / 10;
}
