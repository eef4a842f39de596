import type { Catalogs, Criterion, CriterionRequirements, DateSpan, EvidenceObservations, EvidenceRequirement, Frequency, Mapping, MappingRow, OrgControl, Settings, TscCategory } from '../model.js';
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

/** A row is absent, or met or incomplete for each criterion it reaches (SPEC §2). */
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
  /** The in-scope criteria it gates (SPEC §2): its `tsc`, else all of its row's. */
  readonly gates: readonly string[];
}

export type UnsatisfiedRequirement = JudgedRequirement & { readonly verdict: Extract<RequirementVerdict, { satisfied: false }> };

interface RowBase {
  /** Absent: a gap row, or no implementing control implemented or in progress. Else judged per criterion (`rowStateFor`). */
  readonly state: 'absent' | 'judged';
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

/**
 * One of SOC 2's own requirements of a criterion (the mapping's `criteria`), judged against the
 * organization whatever ISO controls it implements.
 */
export interface ScoredCriterionRequirement {
  readonly criterion: string;
  readonly requirement: JudgedRequirement;
  /** Its controls: those implemented or in progress with an item that lists it. */
  readonly controls: readonly OrgControl[];
  /** Who is asked for it: its controls, else the live controls reaching the criterion, else those of the criterion's other requirements. */
  readonly owners: readonly OrgControl[];
  /** Satisfied, and one of its controls is implemented. */
  readonly met: boolean;
  /** Its place in the mapping, for a stable report order. */
  readonly order: number;
}

/** What keeps a criterion from being ready. */
export type Blocker =
  /** A row (or `covers` control) reaching the criterion, with the requirements it misses there (none: only in progress). */
  | { readonly kind: 'row'; readonly row: ScoredRow; readonly unsatisfied: readonly UnsatisfiedRequirement[] }
  /** A criterion requirement that is not met (unsatisfied, or only in-progress controls hold it). */
  | { readonly kind: 'criterion-requirement'; readonly requirement: ScoredCriterionRequirement }
  /** Criterion requirements have controls, but no row or `covers` control reaching the criterion is live: they never make it ready alone. */
  | { readonly kind: 'no-live-row' };

export interface CriterionResult {
  readonly criterion: Criterion;
  readonly state: CriterionState;
  /** The rows whose state gives the criterion its state. */
  readonly rows: readonly ScoredRow[];
  /** What stands between it and ready (empty when ready or a gap). */
  readonly blockedBy: readonly Blocker[];
}

/** What a missing-evidence (or due, or timeline) entry belongs to. */
export type EvidenceSubject =
  | { readonly kind: 'row'; readonly row: MappingRow }
  | { readonly kind: 'covers'; readonly control: OrgControl }
  | { readonly kind: 'criterion'; readonly criterion: string };

/** The ISO id an entry is about: null for a `covers` control and for a criterion's own requirement. */
export function isoOfSubject(subject: EvidenceSubject): string | null {
  return subject.kind === 'row' ? subject.row.iso : null;
}

export interface MissingEvidence {
  readonly subject: EvidenceSubject;
  /** Null for a supplemental control's own evidence and for a criterion's own requirement. */
  readonly iso: string | null;
  /** The org controls behind the row; a criterion requirement's owners. */
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
  readonly subject: EvidenceSubject;
  readonly iso: string | null;
  readonly controls: readonly OrgControl[];
  /** The in-scope criteria the requirement gates. */
  readonly criteria: readonly string[];
  readonly requirement: string;
  readonly description: string;
  readonly window: DateSpan;
  /** The window's last day, or the period's end when sooner. */
  readonly due: string;
}

/** Type 2: one requirement's windows over the period, for the strip a reviewer reads. */
export interface RequirementTimeline {
  readonly subject: EvidenceSubject;
  readonly iso: string | null;
  readonly controls: readonly OrgControl[];
  /** The in-scope criteria the requirement gates. */
  readonly criteria: readonly string[];
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
  /** SOC 2's own requirements of the in-scope criteria. */
  readonly criterionRequirements: readonly ScoredCriterionRequirement[];
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
  const { rules, rows, criterionRequirements, criteriaResults, liveCriterionRequirements } = judgeControls(input, controls);
  const categories = input.settings.scope.map((category) => ({
    category,
    ...tally(criteriaResults.filter((result) => result.criterion.category === category)),
  }));
  return {
    ...tally(criteriaResults),
    controls,
    criteriaResults,
    rows,
    criterionRequirements,
    missingEvidence: collectMissingEvidence(rows, liveCriterionRequirements, controls),
    dueEvidence: collectDueEvidence(rows, liveCriterionRequirements, rules),
    timelines: collectTimelines(rows, liveCriterionRequirements),
    categories,
    unverified: controls
      .flatMap((control) => control.evidence.map((item) => ({ control, item })))
      .filter(({ item }) => item.source.kind === 'url'),
    // Type 2 once the period runs: the windows are the test, so ages say nothing about this audit;
    // what is due and what the forecast puts at risk say what to collect.
    expiring: startedPeriod(rules) ? [] : findExpiringEvidence(controls, input.mapping, input.observations, judgedAt(rules), input.settings.policy),
  };
}

/**
 * The forecast's scoring (SPEC §2): the controls a score holds, judged at another day, and only
 * what the forecast reads of it: the criteria and the evidence they miss. Timelines, due and
 * expiring evidence are the present's, and the controls are already in canonical order.
 */
export function scoreOn(asOf: string, input: ScoreInput, scored: Pick<ScoreResult, 'controls'>): Pick<ScoreResult, 'criteriaResults' | 'readiness' | 'ready' | 'missingEvidence'> {
  const { controls } = scored;
  const { rows, criteriaResults, liveCriterionRequirements } = judgeControls({ ...input, settings: { ...input.settings, asOf } }, controls);
  const { readiness, ready } = tally(criteriaResults);
  return { criteriaResults, readiness, ready, missingEvidence: collectMissingEvidence(rows, liveCriterionRequirements, controls) };
}

/** Rows, criterion requirements and criteria judged, on controls in canonical order. */
function judgeControls(input: ScoreInput, controls: readonly OrgControl[]) {
  const inScope = input.catalogs.criteria.filter((criterion) => input.settings.scope.includes(criterion.category));
  const inScopeIds = new Set(inScope.map((criterion) => criterion.id));
  const rules: EvidenceRules = { asOf: input.settings.asOf, audit: input.settings.audit, maxEvidenceAgeDays: input.settings.policy.maxEvidenceAgeDays, observations: input.observations };

  // Only rows that reach an in-scope criterion are judged.
  const implementersOf = implementersByIso(controls);
  const rows: ScoredRow[] = [
    ...input.mapping.rows.flatMap((row, order) => (row.tsc.some((id) => inScopeIds.has(id)) ? [scoreMappingRow(row, order, implementersOf.get(row.iso) ?? [], rules, inScopeIds)] : [])),
    ...controls.filter((control) => control.covers.some((id) => inScopeIds.has(id))).map((control) => scoreSupplemental(control, rules, inScopeIds)),
  ];
  const criterionRequirements = scoreCriterionRequirements(input.mapping, inScopeIds, controls, rows, rules);

  const criteriaResults = inScope.map((criterion) => judgeCriterion(criterion, rows, criterionRequirements));
  const notGap = new Set(criteriaResults.filter((result) => result.state !== 'gap').map((result) => result.criterion.id));
  const liveCriterionRequirements = criterionRequirements.filter((scored) => notGap.has(scored.criterion));
  return { rules, rows, criterionRequirements, criteriaResults, liveCriterionRequirements };
}

function canonicalOrder(controls: readonly OrgControl[]): OrgControl[] {
  const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);
  return [...controls].sort(byId).map((control) => ({ ...control, evidence: [...control.evidence].sort(byId), laterEvidence: [...control.laterEvidence].sort(byId) }));
}

/** The controls that implement each ISO id, in canonical order: each row looks up its own, not through every control. */
function implementersByIso(controls: readonly OrgControl[]): Map<string, OrgControl[]> {
  const byIso = new Map<string, OrgControl[]>();
  for (const control of controls) {
    for (const iso of new Set(control.implements)) {
      const implementers = byIso.get(iso);
      if (implementers === undefined) byIso.set(iso, [control]);
      else implementers.push(control);
    }
  }
  return byIso;
}

function scoreMappingRow(row: MappingRow, order: number, implementers: readonly OrgControl[], rules: EvidenceRules, inScope: ReadonlySet<string>): ScoredRow {
  const active = implementers.filter(isActive);
  const base = { kind: 'mapping' as const, row, order, criteria: row.tsc.filter((id) => inScope.has(id)), active };
  if (row.coverage === 'gap' || active.length === 0) return { ...base, state: 'absent', requirements: [], unsatisfied: [] };

  const held = implementers.filter(isLive).flatMap((control) => control.evidence.map((item) => ({ control, item })));
  // Only requirements that gate an in-scope criterion are judged and reported.
  const requirements: JudgedRequirement[] =
    row.evidence.length > 0
      ? row.evidence.flatMap((requirement) => {
          const gates = requirement.gates.filter((id) => inScope.has(id));
          return gates.length === 0 ? [] : [judgeListed(requirement, gates, held, rules)];
        })
      : [judgeOperatingEvidence(`Evidence that ${row.iso} operates: a record of the control in action, not a policy or procedure`, row.frequency, held, base.criteria, rules)];
  return { ...base, ...settle(requirements) };
}

/** A requirement the mapping lists, judged on the items that list it. */
function judgeListed(requirement: EvidenceRequirement, gates: readonly string[], held: readonly HeldEvidence[], rules: EvidenceRules): JudgedRequirement {
  const terms = termsOf(requirement, rules.maxEvidenceAgeDays);
  return { id: requirement.id, description: requirement.description, terms, gates, verdict: judgeRequirement(terms, held.filter(({ item }) => item.satisfies.includes(requirement.id)), rules) };
}

function scoreSupplemental(control: OrgControl, rules: EvidenceRules, inScope: ReadonlySet<string>): ScoredRow {
  const base = { kind: 'supplemental' as const, control, criteria: control.covers.filter((id) => inScope.has(id)), active: isActive(control) ? [control] : [] };
  if (!isActive(control)) return { ...base, state: 'absent', requirements: [], unsatisfied: [] };
  const held = control.evidence.map((item) => ({ control, item }));
  const requirement = judgeOperatingEvidence(`Evidence that ${control.id} operates: a record of the control in action, not a policy or procedure`, undefined, held, base.criteria, rules);
  return { ...base, ...settle([requirement]) };
}

/** Operating evidence: every item of the row's live controls, pooled, except design documents. It gates all of the row's criteria. */
function judgeOperatingEvidence(description: string, frequency: Frequency | undefined, held: readonly HeldEvidence[], gates: readonly string[], rules: EvidenceRules): JudgedRequirement {
  const terms = termsOf({ id: operatingEvidence, frequency }, rules.maxEvidenceAgeDays);
  return { id: operatingEvidence, description, terms, gates, verdict: judgeRequirement(terms, held.filter(({ item }) => !isDesignDocument(item)), rules) };
}

function settle(requirements: readonly JudgedRequirement[]): Pick<RowBase, 'state' | 'requirements' | 'unsatisfied'> {
  const unsatisfied = requirements.filter((requirement): requirement is UnsatisfiedRequirement => !requirement.verdict.satisfied);
  return { state: 'judged', requirements, unsatisfied };
}

/** The requirements a row misses for one criterion: those that gate it. */
export function unsatisfiedFor(row: ScoredRow, criterion: string): readonly UnsatisfiedRequirement[] {
  return row.unsatisfied.filter((requirement) => requirement.gates.includes(criterion));
}

/**
 * SPEC §2: a row is met for a criterion it reaches when some implementing control is
 * implemented and every requirement that gates the criterion is satisfied; else incomplete for it.
 */
export function rowStateFor(row: ScoredRow, criterion: string): RowState {
  if (row.state === 'absent' || !row.criteria.includes(criterion)) return 'absent';
  const operating = row.active.some((control) => control.status === 'implemented');
  return operating && unsatisfiedFor(row, criterion).length === 0 ? 'met' : 'incomplete';
}

/**
 * SOC 2's own requirements of the in-scope criteria, judged on the items that list them of
 * every control implemented or in progress, whatever it implements (SPEC §2).
 */
function scoreCriterionRequirements(mapping: Mapping, inScope: ReadonlySet<string>, controls: readonly OrgControl[], rows: readonly ScoredRow[], rules: EvidenceRules): ScoredCriterionRequirement[] {
  const active = controls.filter(isActive);
  const listing = heldByRequirement(active);
  const entries = mapping.criteria.filter((entry) => inScope.has(entry.tsc));
  const judged = entries.flatMap((entry, entryIndex) =>
    entry.evidence.map((requirement, position) => {
      const held = listing.get(requirement.id) ?? [];
      const holding = new Set(held.map((entryHeld) => entryHeld.control));
      const holders = active.filter((control) => holding.has(control));
      const judgedRequirement = judgeListed(requirement, [entry.tsc], held, rules);
      return {
        entry,
        criterion: entry.tsc,
        requirement: judgedRequirement,
        controls: holders,
        met: judgedRequirement.verdict.satisfied && holders.some((control) => control.status === 'implemented'),
        order: entryIndex * 1000 + position,
      };
    }),
  );
  return judged.map(({ entry, ...scored }) => ({ ...scored, owners: ownersOf(scored, entry, rows, judged) }));
}

/** The items of the controls that list each requirement id, in control order then item order: one pass, not one per requirement. */
function heldByRequirement(controls: readonly OrgControl[]): Map<string, HeldEvidence[]> {
  const byRequirement = new Map<string, HeldEvidence[]>();
  for (const control of controls) {
    for (const item of control.evidence) {
      for (const id of new Set(item.satisfies)) {
        const held = byRequirement.get(id);
        if (held === undefined) byRequirement.set(id, [{ control, item }]);
        else held.push({ control, item });
      }
    }
  }
  return byRequirement;
}

/** Its controls; else the live controls reaching its criterion (through a row or `covers`); else those of the criterion's other requirements. */
function ownersOf(
  scored: { readonly criterion: string; readonly controls: readonly OrgControl[] },
  entry: CriterionRequirements,
  rows: readonly ScoredRow[],
  all: readonly { readonly entry: CriterionRequirements; readonly controls: readonly OrgControl[] }[],
): readonly OrgControl[] {
  if (scored.controls.length > 0) return scored.controls;
  const reaching = uniqueControls(rows.filter((row) => row.state !== 'absent' && row.criteria.includes(scored.criterion)).flatMap((row) => row.active));
  if (reaching.length > 0) return reaching;
  return uniqueControls(all.filter((other) => other.entry === entry).flatMap((other) => other.controls));
}

/** Distinct controls, by id (the order every report lists them in). */
function uniqueControls(controls: readonly OrgControl[]): OrgControl[] {
  return [...new Set(controls)].sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * SPEC §2: gap when nothing reaching the criterion is live and no criterion requirement of it has
 * a control; ready when some live row is met for it, every live row is, and every criterion
 * requirement is met; else incomplete. Criterion requirements add tests, never readiness.
 */
function judgeCriterion(criterion: Criterion, rows: readonly ScoredRow[], criterionRequirements: readonly ScoredCriterionRequirement[]): CriterionResult {
  const reaching = rows.filter((row) => row.criteria.includes(criterion.id));
  const live = reaching.filter((row) => row.state !== 'absent');
  const own = criterionRequirements.filter((scored) => scored.criterion === criterion.id);
  if (live.length === 0 && own.every((scored) => scored.controls.length === 0)) return { criterion, state: 'gap', rows: reaching, blockedBy: [] };
  const incompleteRows = live.filter((row) => rowStateFor(row, criterion.id) === 'incomplete');
  const blockedBy: Blocker[] = [
    ...incompleteRows.map((row) => ({ kind: 'row' as const, row, unsatisfied: unsatisfiedFor(row, criterion.id) })),
    ...(live.length === 0 ? [{ kind: 'no-live-row' as const }] : []),
    ...own.filter((scored) => !scored.met).map((requirement) => ({ kind: 'criterion-requirement' as const, requirement })),
  ];
  if (blockedBy.length === 0) return { criterion, state: 'ready', rows: live, blockedBy };
  // The rows that keep it incomplete; when only its own requirements do, the live rows reaching it.
  return { criterion, state: 'incomplete', rows: incompleteRows.length > 0 ? incompleteRows : live, blockedBy };
}

const subjectOf = (row: ScoredRow): EvidenceSubject => (row.kind === 'mapping' ? { kind: 'row', row: row.row } : { kind: 'covers', control: row.control });
const isoOf = (row: ScoredRow) => (row.kind === 'mapping' ? row.row.iso : null);
/** ISO controls in the standard's order, then the mapping's own order; criterion requirements next, in the mapping's order; supplemental controls last, by id. */
const orderOf = (row: ScoredRow) => (row.kind === 'mapping' ? row.order : Number.MAX_SAFE_INTEGER);
const criterionOrder = (scored: ScoredCriterionRequirement) => Number.MAX_SAFE_INTEGER / 2 + scored.order;

function inCanonicalOrder<T extends { readonly iso: string | null; readonly controls: readonly OrgControl[] }>(entries: { entry: T; order: number }[]): T[] {
  entries.sort((a, b) => compareNullableIso(a.entry.iso, b.entry.iso) || a.order - b.order || compareStrings(a.entry.controls[0]?.id ?? '', b.entry.controls[0]?.id ?? ''));
  return entries.map(({ entry }) => entry);
}

function collectMissingEvidence(rows: readonly ScoredRow[], criterionRequirements: readonly ScoredCriterionRequirement[], controls: readonly OrgControl[]): MissingEvidence[] {
  const ofRows = rows
    .filter((row) => row.state !== 'absent')
    .flatMap((row) =>
      row.unsatisfied.map(({ id, description, gates, verdict }) => ({
        entry: {
          subject: subjectOf(row),
          iso: isoOf(row),
          controls: row.active,
          criteria: gates,
          requirement: id,
          description,
          reason: verdict.reason,
          blocking: row.active.some((control) => control.status === 'implemented'),
          items: verdict.items,
          laterItems: laterItemsFor(row.kind === 'mapping' ? row.active : [row.control], id),
          window: verdict.window,
          samples: verdict.samples,
          exceptions: verdict.exceptions,
        } satisfies MissingEvidence,
        order: orderOf(row),
      })),
    );
  const ofCriteria = criterionRequirements.flatMap((scored) => {
    const { id, description, verdict } = scored.requirement;
    if (verdict.satisfied) return [];
    return [
      {
        entry: {
          subject: { kind: 'criterion', criterion: scored.criterion },
          iso: null,
          controls: scored.owners,
          criteria: [scored.criterion],
          requirement: id,
          description,
          reason: verdict.reason,
          // An implemented owner is asked for it; in-progress placeholders only warn.
          blocking: scored.owners.some((control) => control.status === 'implemented'),
          items: verdict.items,
          laterItems: laterItemsFor(controls.filter(isActive), id),
          window: verdict.window,
          samples: verdict.samples,
          exceptions: verdict.exceptions,
        } satisfies MissingEvidence,
        order: criterionOrder(scored),
      },
    ];
  });
  return inCanonicalOrder([...ofRows, ...ofCriteria]);
}

/** Items dated after the as-of date that would have listed the requirement: a report names them. */
function laterItemsFor(controls: readonly OrgControl[], requirement: string): HeldEvidence[] {
  return controls.flatMap((control) =>
    control.laterEvidence.filter((item) => (requirement === operatingEvidence ? !isDesignDocument(item) : item.satisfies.includes(requirement))).map((item) => ({ control, item })),
  );
}

/** Every requirement of a live row, and every criterion requirement of a criterion that is not a gap, with what it belongs to. */
function liveRequirements(rows: readonly ScoredRow[], criterionRequirements: readonly ScoredCriterionRequirement[]) {
  return [
    ...rows
      .filter((row) => row.state !== 'absent')
      .flatMap((row) => row.requirements.map((requirement) => ({ requirement, subject: subjectOf(row), iso: isoOf(row), controls: row.active, order: orderOf(row) }))),
    ...criterionRequirements.map((scored) => ({
      requirement: scored.requirement,
      subject: { kind: 'criterion', criterion: scored.criterion } satisfies EvidenceSubject as EvidenceSubject,
      iso: null,
      controls: scored.owners,
      order: criterionOrder(scored),
    })),
  ];
}

/**
 * SPEC §2, due evidence (Type 2, from s, E before e): for each requirement of a live row (or of
 * a criterion that is not a gap), the window that contains E (a population requirement's is the
 * calendar quarter) when E is before its last day and nothing fills it yet.
 */
function collectDueEvidence(rows: readonly ScoredRow[], criterionRequirements: readonly ScoredCriterionRequirement[], rules: EvidenceRules): DueEvidence[] {
  const period = startedPeriod(rules);
  const at = judgedAt(rules);
  if (!period || at >= period.end) return [];
  return inCanonicalOrder(
    liveRequirements(rows, criterionRequirements).flatMap(({ requirement: { id, description, gates, verdict }, subject, iso, controls, order }) => {
      // Population requirements too: their window is the calendar quarter (an empty one is a period gap at its end).
      const current = verdict.windows.find((window) => contains(window, at));
      if (!current || at >= current.end || current.state === 'collected') return [];
      const due = current.end < period.end ? current.end : period.end;
      return [{ entry: { subject, iso, controls, criteria: gates, requirement: id, description, window: { start: current.start, end: current.end }, due } satisfies DueEvidence, order }];
    }),
  ).sort((a, b) => compareStrings(a.due, b.due));
}

function collectTimelines(rows: readonly ScoredRow[], criterionRequirements: readonly ScoredCriterionRequirement[]): RequirementTimeline[] {
  return inCanonicalOrder(
    liveRequirements(rows, criterionRequirements)
      .filter(({ requirement }) => requirement.verdict.windows.length > 0)
      .map(({ requirement: { id, terms, gates, verdict }, subject, iso, controls, order }) => ({
        entry: { subject, iso, controls, criteria: gates, requirement: id, frequency: terms.frequency, windows: verdict.windows } satisfies RequirementTimeline,
        order,
      })),
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
