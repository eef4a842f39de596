import type { Catalogs, Criterion, EvidenceObservations, EvidenceRequirement, Mapping, MappingRow, OrgControl, Settings, TscCategory } from '../model.js';
import { compareStrings } from '../diagnostics.js';
import { compareNullableIso } from '../validate/iso-ids.js';
import { findExpiringEvidence, type ExpiringEvidence } from './expiry.js';
import { judgeOperatingEvidence, judgeRequirement, type EvidenceRules, type HeldEvidence, type MissingReason } from './evidence.js';

export type RowState = 'met' | 'incomplete' | 'absent';
export type CriterionState = 'ready' | 'incomplete' | 'gap';

export interface UnsatisfiedRequirement {
  /** The mapping's requirement; for a supplemental control, its own need for operating evidence. */
  readonly id: string;
  readonly description: string;
  readonly reason: MissingReason;
  readonly items: readonly HeldEvidence[];
  /** Samples counted from present, fresh evidence, and how many the requirement asks for. */
  readonly samples: { readonly counted: number; readonly required: number };
}

interface RowBase {
  readonly state: RowState;
  /** The row's criteria that are in scope. */
  readonly criteria: readonly string[];
  /** Controls with status implemented or in-progress behind this row, by id. */
  readonly active: readonly OrgControl[];
  readonly unsatisfied: readonly UnsatisfiedRequirement[];
}

/** A row of the mapping, or a SOC 2–specific control acting as a full row of its own (`covers`). */
export type ScoredRow = (RowBase & { readonly kind: 'mapping'; readonly row: MappingRow; readonly order: number }) | (RowBase & { readonly kind: 'supplemental'; readonly control: OrgControl });

export interface CriterionResult {
  readonly criterion: Criterion;
  readonly state: CriterionState;
  /** The rows whose state gives the criterion its state. */
  readonly rows: readonly ScoredRow[];
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
  readonly samples: UnsatisfiedRequirement['samples'];
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
  readonly settings: Pick<Settings, 'scope' | 'asOf' | 'policy'>;
}

const isActive = (control: OrgControl) => control.status === 'implemented' || control.status === 'in-progress';

/** SPEC §2. Pure: the same input always gives the same result, in the same order. */
export function score(input: ScoreInput): ScoreResult {
  const controls = canonicalOrder(input.controls);
  const inScope = input.catalogs.criteria.filter((criterion) => input.settings.scope.includes(criterion.category));
  const inScopeIds = new Set(inScope.map((criterion) => criterion.id));
  const rules: EvidenceRules = { asOf: input.settings.asOf, maxAgeDays: input.settings.policy.maxEvidenceAgeDays, observations: input.observations };

  const rows: ScoredRow[] = [
    ...input.mapping.rows.map((row, order) => scoreMappingRow(row, order, controls, rules, inScopeIds)),
    ...controls.filter((control) => control.covers.length > 0).map((control) => scoreSupplemental(control, rules, inScopeIds)),
  ].filter((row) => row.criteria.length > 0);

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
    categories,
    unverified: controls
      .flatMap((control) => control.evidence.map((item) => ({ control, item })))
      .filter(({ item }) => item.source.kind === 'url'),
    expiring: findExpiringEvidence(controls, input.mapping, input.observations, input.settings.asOf, input.settings.policy),
  };
}

function canonicalOrder(controls: readonly OrgControl[]): OrgControl[] {
  return [...controls]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((control) => ({ ...control, evidence: [...control.evidence].sort((a, b) => compareStrings(a.id, b.id)) }));
}

function scoreMappingRow(row: MappingRow, order: number, controls: readonly OrgControl[], rules: EvidenceRules, inScope: ReadonlySet<string>): ScoredRow {
  const implementers = controls.filter((control) => control.implements.includes(row.iso));
  const active = implementers.filter(isActive);
  const base = { kind: 'mapping' as const, row, order, criteria: row.tsc.filter((id) => inScope.has(id)), active };
  if (row.coverage === 'gap' || active.length === 0) return { ...base, state: 'absent', unsatisfied: [] };

  const held = implementers.filter((control) => control.status !== 'not-applicable').flatMap((control) => control.evidence.map((item) => ({ control, item })));
  const unsatisfied = row.evidence.flatMap((requirement) => unsatisfiedOf(requirement, held, rules));
  const met = active.some((control) => control.status === 'implemented') && unsatisfied.length === 0;
  return { ...base, state: met ? 'met' : 'incomplete', unsatisfied };
}

function unsatisfiedOf(requirement: EvidenceRequirement, held: readonly HeldEvidence[], rules: EvidenceRules): UnsatisfiedRequirement[] {
  const verdict = judgeRequirement(requirement, held, rules);
  return verdict.satisfied
    ? []
    : [{ id: requirement.id, description: requirement.description, reason: verdict.reason, items: verdict.items, samples: { counted: verdict.samples, required: (requirement.minSamples ?? 1) } }];
}

/** The one requirement of a `covers` control: at least one present, fresh evidence item. */
export const operatingEvidence = 'operating-evidence';

function scoreSupplemental(control: OrgControl, rules: EvidenceRules, inScope: ReadonlySet<string>): ScoredRow {
  const base = { kind: 'supplemental' as const, control, criteria: control.covers.filter((id) => inScope.has(id)), active: isActive(control) ? [control] : [] };
  if (!isActive(control)) return { ...base, state: 'absent', unsatisfied: [] };

  const verdict = judgeOperatingEvidence(
    control.evidence.map((item) => ({ control, item })),
    rules,
  );
  const unsatisfied: UnsatisfiedRequirement[] = verdict.satisfied
    ? []
    : [{ id: operatingEvidence, description: `Evidence that ${control.id} operates: at least one present, fresh evidence item`, reason: verdict.reason, items: verdict.items, samples: { counted: verdict.samples, required: 1 } }];
  const met = control.status === 'implemented' && unsatisfied.length === 0;
  return { ...base, state: met ? 'met' : 'incomplete', unsatisfied };
}

function judgeCriterion(criterion: Criterion, rows: readonly ScoredRow[]): CriterionResult {
  const reaching = rows.filter((row) => row.criteria.includes(criterion.id));
  const met = reaching.filter((row) => row.state === 'met');
  if (met.length > 0) return { criterion, state: 'ready', rows: met };
  const incomplete = reaching.filter((row) => row.state === 'incomplete');
  if (incomplete.length > 0) return { criterion, state: 'incomplete', rows: incomplete };
  return { criterion, state: 'gap', rows: reaching };
}

function collectMissingEvidence(rows: readonly ScoredRow[]): MissingEvidence[] {
  const entries = rows
    .filter((row) => row.state === 'incomplete')
    .flatMap((row) =>
      row.unsatisfied.map((need) => ({
        entry: {
          iso: row.kind === 'mapping' ? row.row.iso : null,
          controls: row.active,
          criteria: row.criteria,
          requirement: need.id,
          description: need.description,
          reason: need.reason,
          blocking: row.active.some((control) => control.status === 'implemented'),
          items: need.items,
          samples: need.samples,
        } satisfies MissingEvidence,
        order: row.kind === 'mapping' ? row.order : Number.MAX_SAFE_INTEGER,
      })),
    );
  // ISO controls in the standard's order, then the mapping's own order; supplemental controls last, by id.
  entries.sort(
    (a, b) =>
      compareNullableIso(a.entry.iso, b.entry.iso) ||
      a.order - b.order ||
      compareStrings(a.entry.controls[0]?.id ?? '', b.entry.controls[0]?.id ?? ''),
  );
  return entries.map(({ entry }) => entry);
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

/** One decimal, as the report promises. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}
