import packageJson from '../../package.json' with { type: 'json' };
import type { Diagnostic, SourceLocation } from '../diagnostics.js';
import { daysBetween } from '../dates.js';
import type { Catalogs, ControlStatus, DateSpan, EvidenceObservations, FileDigests, Frequency, Mapping, OrgControl, Settings, TscCategory } from '../model.js';
import { isPresent, type HeldEvidence, type MissingReason, type WindowStatus } from '../score/evidence.js';
import type { Forecast } from '../score/forecast.js';
import type { Verdict } from '../score/policy.js';
import type { Blocker, CriterionState, ScoreResult } from '../score/score.js';
import { compareIsoIds } from '../validate/iso-ids.js';
import { collectedEvidenceOf, criteriaWithDeviations, deviationsOf, type CollectedEvidenceReport, type DeviationReport } from './collected-evidence.js';
import { evidenceInventory, type EvidenceItemReport } from './evidence-inventory.js';

/** The JSON report of SPEC §3: what workflows rely on. Every formatter renders this and nothing else. */
export interface Report {
  readonly tool: { readonly name: 'crosswalk'; readonly version: string };
  readonly asOf: string;
  readonly audit: AuditReport;
  readonly scope: readonly TscCategory[];
  readonly mapping: { readonly name: string; readonly source: string };
  readonly summary: ReportSummary;
  /** Type 2 while the period runs: readiness at the period's end if nothing more is collected. */
  readonly forecast?: ForecastReport;
  readonly categories: readonly CategoryReport[];
  readonly criteria: readonly CriterionReport[];
  readonly missingEvidence: readonly MissingEvidenceReport[];
  /** Type 2: periodic evidence whose current window is still open and empty, soonest first. */
  readonly dueEvidence: readonly DueEvidenceReport[];
  /** Type 2: every live requirement's windows over the period, for the strip a reviewer reads. */
  readonly timeline: readonly TimelineReport[];
  readonly controls: readonly ControlReport[];
  readonly unverifiedEvidence: readonly EvidenceReference[];
  readonly expiringEvidence: readonly ExpiringEvidenceReport[];
  /** Every evidence item, with the files it matched, their size and SHA-256: on runs that hash (json, html, oscal, the action); empty otherwise. */
  readonly evidence: readonly EvidenceItemReport[];
  /** Items of collected evidence (ChangePopulation documents crosswalk checked), apart from declared files and links. */
  readonly collectedEvidence: readonly CollectedEvidenceReport[];
  /** Every answered exception of counted collected evidence: deviations with management's response (SPEC §3). */
  readonly deviations: readonly DeviationReport[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface ReportSummary {
  readonly readiness: number;
  readonly designCoverage: number;
  readonly criteria: number;
  readonly ready: number;
  readonly incomplete: number;
  readonly gap: number;
  readonly missingEvidence: number;
  readonly blockingMissingEvidence: number;
  readonly dueEvidence: number;
  readonly expiringEvidence: number;
  readonly errors: number;
  readonly warnings: number;
  /** False when a file error left controls unread: readiness then counts only what could be read. */
  readonly complete: boolean;
  readonly passed: boolean;
  readonly failedConditions: Verdict['failed'];
  /** The fail_on conditions the gate tested. */
  readonly checkedConditions: Verdict['checked'];
}

/**
 * What the report attests. Type 2 also says how far the period has run: `judgedAt` is the day
 * evidence is judged at (the as-of date, or the period's end once it is over); before the period
 * starts, the repository is judged as Type 1 (`started: false`).
 */
export type AuditReport =
  | { readonly type: 'type1' }
  | {
      readonly type: 'type2';
      readonly period: DateSpan;
      readonly started: boolean;
      readonly judgedAt: string;
      /** Days of the period elapsed by judgedAt (0 before it starts), and its length in days. */
      readonly elapsedDays: number;
      readonly lengthDays: number;
    };

/** SPEC §3 `forecast`, with what would keep each criterion at risk ready. */
export interface ForecastReport {
  /** The period's end. */
  readonly asOf: string;
  readonly readiness: number;
  readonly ready: number;
  /** Criteria ready today that the period's end finds not ready, in catalogue order. */
  readonly atRisk: readonly string[];
  readonly keepReady: readonly { readonly criterion: string; readonly subject: string; readonly evidence: readonly AtRiskEvidenceReport[] }[];
}

/** A requirement the period's end finds unmet: collect it before then and the criterion stays ready. */
export interface AtRiskEvidenceReport {
  readonly kind: SubjectKind;
  readonly iso: string | null;
  /** The criteria its requirement gates. */
  readonly criteria: readonly string[];
  readonly requirement: string;
  readonly description: string;
  readonly controls: readonly string[];
  readonly owners: readonly string[];
  readonly reason: MissingReason;
  readonly window?: DateSpan;
  readonly samples?: { readonly counted: number; readonly required: number };
}

export interface CategoryReport {
  readonly category: TscCategory;
  readonly title: string;
  readonly criteria: number;
  readonly ready: number;
  readonly incomplete: number;
  readonly gap: number;
  readonly readiness: number;
  readonly designCoverage: number;
}

export interface CriterionReport {
  readonly id: string;
  readonly category: TscCategory;
  readonly subject: string;
  readonly state: CriterionState;
  /** ISO ids whose rows give the criterion its state. */
  readonly controls: readonly string[];
  /** SOC 2–specific org controls (`covers`) that give the criterion its state. */
  readonly supplementalControls: readonly string[];
  /** For a criterion that is not ready: the rows and requirements to close. Empty when ready or a gap. */
  readonly blockedBy: readonly BlockingRowReport[];
  /** Present (true) when a requirement that gates it has answered exceptions of collected evidence. */
  readonly exceptionsNoted?: true;
}

/**
 * What an entry belongs to: an ISO control's row, a SOC 2–specific control (`covers`), or one of
 * SOC 2's own requirements of a criterion (the mapping's `criteria`).
 */
export type SubjectKind = 'row' | 'covers' | 'criterion';

/** What keeps a criterion from being ready: a row, or one of its own requirements. */
export interface BlockingRowReport {
  /** `no-live-row`: only the criterion's own requirements have controls; they never make it ready alone. */
  readonly kind: SubjectKind | 'no-live-row';
  /** Null but for an ISO control's row. */
  readonly iso: string | null;
  readonly isoTitle: string | null;
  /** Org controls implemented or in progress behind the row. */
  readonly controls: readonly string[];
  /** True when none of them is implemented yet: the row (or requirement) is designed, not yet operating. */
  readonly inProgress: boolean;
  readonly requirements: readonly { readonly id: string; readonly reason: MissingReason; readonly window?: DateSpan }[];
}

export interface ControlReport extends SourceLocation {
  readonly id: string;
  readonly title: string;
  readonly status: ControlStatus;
  readonly owner: string | null;
  /** Why a not-applicable control does not apply (the Statement of Applicability's exclusions). */
  readonly justification: string | null;
  readonly implements: readonly string[];
  readonly covers: readonly string[];
  /** In-scope criteria its claims reach through the mapping (or `covers`), whatever its status. */
  readonly criteria: readonly string[];
}

export interface EvidenceReference extends SourceLocation {
  readonly control: string;
  readonly evidence: string;
  readonly url?: string;
}

export interface ExpiringEvidenceReport extends EvidenceReference {
  readonly requirements: readonly string[];
  readonly collected: string;
  /** The first day the evidence no longer counts. */
  readonly expires: string;
  readonly daysLeft: number;
}

/**
 * SPEC §2: two missing-evidence entries (or a due entry and a missing one) are the same ask when
 * they name the same ISO control, requirement and org controls; `leaveOut` drops controls that
 * are not compared.
 */
export function missingEntryKey(
  entry: { readonly iso: string | null; readonly requirement: string; readonly controls: readonly string[] },
  leaveOut: ReadonlySet<string> = new Set(),
): string {
  return JSON.stringify([entry.iso, entry.requirement, entry.controls.filter((id) => !leaveOut.has(id))]);
}

/** A criterion requirement without controls or owners has no location (SPEC §3). */
export interface MissingEvidenceReport extends Partial<SourceLocation> {
  readonly kind: SubjectKind;
  /** Null for a `covers` control and for a criterion's own requirement. */
  readonly iso: string | null;
  readonly isoTitle: string | null;
  readonly controls: readonly string[];
  readonly criteria: readonly string[];
  readonly requirement: string;
  readonly description: string;
  readonly reason: MissingReason;
  readonly blocking: boolean;
  /** Distinct owners of the controls. */
  readonly owners: readonly string[];
  /** On `insufficient-samples`: samples counted over the elapsed period, and how many are required by now. */
  readonly samples?: { readonly counted: number; readonly required: number };
  /** On `period-gap`: the first window with no evidence. */
  readonly window?: DateSpan;
  /** On `exceptions`: how many changes have an unanswered exception, and the first ten (`acme/api#812`). */
  readonly exceptions?: { readonly count: number; readonly changes: readonly string[] };
  /** The evidence items that list the requirement (none when the reason is `absent`). */
  readonly evidence: readonly EvidenceReference[];
  /** Items that list it but are dated after the as-of date, so are not counted. */
  readonly laterEvidence: readonly (EvidenceReference & { readonly collected: string })[];
  /**
   * The paths, as written, of items that list it and match no non-empty file (each also a
   * warning): a typo to fix before collecting anything. Absent when there are none.
   */
  readonly pathsNotFound?: readonly string[];
}

export interface DueEvidenceReport extends Partial<SourceLocation> {
  readonly kind: SubjectKind;
  readonly iso: string | null;
  readonly isoTitle: string | null;
  /** The in-scope criteria its requirement gates. */
  readonly criteria: readonly string[];
  readonly requirement: string;
  readonly description: string;
  readonly controls: readonly string[];
  readonly owners: readonly string[];
  /** The window's last day, or the period's end when sooner. */
  readonly due: string;
  readonly window: DateSpan;
}

export interface TimelineReport {
  readonly kind: SubjectKind;
  readonly iso: string | null;
  readonly requirement: string;
  readonly controls: readonly string[];
  /** The in-scope criteria its requirement gates. */
  readonly criteria: readonly string[];
  /** Undefined: annual windows. */
  readonly frequency: Frequency | null;
  readonly windows: readonly WindowStatus[];
}

export interface ReportInput {
  readonly catalogs: Catalogs;
  readonly mapping: Mapping;
  readonly settings: Settings;
  readonly score: ScoreResult;
  readonly forecast?: Forecast | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly verdict: Verdict;
  /** What each evidence item's path matched. */
  readonly observations: EvidenceObservations;
  /** SHA-256 of the matched files, when the run computed them. */
  readonly digests?: FileDigests | undefined;
}

/** The same report under another verdict: the gate judged again knowing the base, nothing else rebuilt. */
export function withVerdict(report: Report, verdict: Verdict): Report {
  return { ...report, summary: { ...report.summary, ...verdictFields(verdict) } };
}

function verdictFields(verdict: Verdict): Pick<Report['summary'], 'passed' | 'failedConditions' | 'checkedConditions'> {
  return { passed: verdict.passed, failedConditions: verdict.failed, checkedConditions: verdict.checked };
}

export function buildReport({ catalogs, mapping, settings, score, forecast, diagnostics, verdict, observations, digests }: ReportInput): Report {
  const deviations = deviationsOf(score.rows);
  const noted = criteriaWithDeviations(score.rows);
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const errors = count('error');
  const reachedThrough = criteriaThroughRows(mapping);
  const inScopeIds = score.criteriaResults.map((result) => result.criterion.id);
  return {
    tool: { name: 'crosswalk', version: packageJson.version },
    asOf: settings.asOf,
    audit: auditReport(settings),
    scope: settings.scope,
    mapping: { name: mapping.name, source: mapping.origin === 'default' || mapping.origin === 'seed' ? mapping.origin : 'file' },
    summary: {
      readiness: score.readiness,
      designCoverage: score.designCoverage,
      criteria: score.criteria,
      ready: score.ready,
      incomplete: score.incomplete,
      gap: score.gap,
      missingEvidence: score.missingEvidence.length,
      blockingMissingEvidence: score.missingEvidence.filter((entry) => entry.blocking).length,
      dueEvidence: score.dueEvidence.length,
      expiringEvidence: score.expiring.length,
      errors,
      warnings: count('warning'),
      // SPEC §2: a file with an error adds no control, so what it claimed is missing from every figure.
      complete: errors === 0,
      ...verdictFields(verdict),
    },
    ...(forecast ? { forecast: forecastReport(forecast) } : {}),
    categories: score.categories.map((tally) => ({
      category: tally.category,
      title: catalogs.categoryTitles.get(tally.category) ?? tally.category,
      criteria: tally.criteria,
      ready: tally.ready,
      incomplete: tally.incomplete,
      gap: tally.gap,
      readiness: tally.readiness,
      designCoverage: tally.designCoverage,
    })),
    criteria: score.criteriaResults.map(({ criterion, state, rows, blockedBy }) => ({
      id: criterion.id,
      category: criterion.category,
      subject: criterion.subject,
      state,
      controls: unique(rows.flatMap((row) => (row.kind === 'mapping' ? [row.row.iso] : []))).sort(compareIsoIds),
      supplementalControls: unique(rows.flatMap((row) => (row.kind === 'supplemental' ? [row.control.id] : []))).sort(),
      blockedBy: blockedBy.map((blocker) => blockingRow(blocker, catalogs)),
      ...(noted.has(criterion.id) ? { exceptionsNoted: true as const } : {}),
    })),
    missingEvidence: score.missingEvidence.map((entry) => ({
      kind: entry.subject.kind,
      iso: entry.iso,
      isoTitle: isoTitle(entry.iso, catalogs),
      controls: entry.controls.map((control) => control.id),
      criteria: entry.criteria,
      requirement: entry.requirement,
      description: entry.description,
      reason: entry.reason,
      blocking: entry.blocking,
      owners: ownersOf(entry.controls),
      ...(entry.samples ? { samples: entry.samples } : {}),
      ...(entry.window ? { window: entry.window } : {}),
      ...(entry.exceptions ? { exceptions: entry.exceptions } : {}),
      ...locationOf(entry.controls),
      evidence: entry.items.map(evidenceReference),
      laterEvidence: entry.laterItems.map((held) => ({ ...evidenceReference(held), collected: held.item.collected })),
      ...pathsNotFound(entry.items, observations),
    })),
    dueEvidence: score.dueEvidence.map((entry) => ({
      kind: entry.subject.kind,
      iso: entry.iso,
      isoTitle: isoTitle(entry.iso, catalogs),
      criteria: entry.criteria,
      requirement: entry.requirement,
      description: entry.description,
      controls: entry.controls.map((control) => control.id),
      owners: ownersOf(entry.controls),
      due: entry.due,
      window: entry.window,
      ...locationOf(entry.controls),
    })),
    timeline: score.timelines.map((entry) => ({
      kind: entry.subject.kind,
      iso: entry.iso,
      requirement: entry.requirement,
      controls: entry.controls.map((control) => control.id),
      criteria: entry.criteria,
      frequency: entry.frequency ?? null,
      windows: entry.windows,
    })),
    controls: score.controls.map((control) => ({
      id: control.id,
      title: control.title,
      status: control.status,
      owner: control.owner ?? null,
      justification: control.justification ?? null,
      implements: control.implements,
      covers: control.covers,
      criteria: criteriaReachedBy(control, reachedThrough, inScopeIds),
      ...control.at,
    })),
    unverifiedEvidence: score.unverified.map(({ control, item }) => ({
      control: control.id,
      evidence: item.id,
      ...(item.source.kind === 'url' ? { url: item.source.url } : {}),
      ...item.at,
    })),
    expiringEvidence: score.expiring.map(({ control, item, requirements, expires, daysLeft }) => ({
      control: control.id,
      evidence: item.id,
      requirements,
      collected: item.collected,
      expires,
      daysLeft,
      ...item.at,
    })),
    // Only runs whose output shows hashes list the evidence: a text report of a large repository
    // should not pay for an inventory it never prints.
    evidence: digests ? evidenceInventory({ controls: score.controls, mapping, observations, digests, maxEvidenceAgeDays: settings.policy.maxEvidenceAgeDays, asOf: settings.asOf }) : [],
    collectedEvidence: collectedEvidenceOf(score.controls, observations),
    deviations,
    diagnostics,
  };
}

function forecastReport(forecast: Forecast): ForecastReport {
  return {
    asOf: forecast.asOf,
    readiness: forecast.readiness,
    ready: forecast.ready,
    atRisk: forecast.atRisk.map(({ criterion }) => criterion.id),
    keepReady: forecast.atRisk.map(({ criterion, needs }) => ({
      criterion: criterion.id,
      subject: criterion.subject,
      evidence: needs.map((entry) => ({
        kind: entry.subject.kind,
        iso: entry.iso,
        criteria: entry.criteria,
        requirement: entry.requirement,
        description: entry.description,
        controls: entry.controls.map((control) => control.id),
        owners: ownersOf(entry.controls),
        reason: entry.reason,
        ...(entry.window ? { window: entry.window } : {}),
        ...(entry.samples ? { samples: entry.samples } : {}),
      })),
    })),
  };
}

function auditReport(settings: Settings): AuditReport {
  const { audit, asOf } = settings;
  if (audit.type === 'type1') return audit;
  const started = asOf >= audit.period.start;
  const judgedAt = started && audit.period.end < asOf ? audit.period.end : asOf;
  const lengthDays = daysBetween(audit.period.start, audit.period.end) + 1;
  return { type: 'type2', period: audit.period, started, judgedAt, elapsedDays: started ? daysBetween(audit.period.start, judgedAt) + 1 : 0, lengthDays };
}

function blockingRow(blocker: Blocker, catalogs: Catalogs): BlockingRowReport {
  if (blocker.kind === 'no-live-row') return { kind: 'no-live-row', iso: null, isoTitle: null, controls: [], inProgress: false, requirements: [] };
  if (blocker.kind === 'criterion-requirement') {
    const { requirement, owners, controls } = blocker.requirement;
    const { verdict } = requirement;
    return {
      kind: 'criterion',
      iso: null,
      isoTitle: null,
      controls: owners.map((control) => control.id),
      inProgress: verdict.satisfied && !controls.some((control) => control.status === 'implemented'),
      requirements: verdict.satisfied ? [] : [{ id: requirement.id, reason: verdict.reason, ...(verdict.window ? { window: verdict.window } : {}) }],
    };
  }
  const { row, unsatisfied } = blocker;
  const iso = row.kind === 'mapping' ? row.row.iso : null;
  return {
    kind: row.kind === 'mapping' ? 'row' : 'covers',
    iso,
    isoTitle: isoTitle(iso, catalogs),
    controls: (row.kind === 'mapping' ? row.active : [row.control]).map((control) => control.id),
    inProgress: !row.active.some((control) => control.status === 'implemented'),
    requirements: unsatisfied.map(({ id, verdict }) => ({ id, reason: verdict.reason, ...(verdict.window ? { window: verdict.window } : {}) })),
  };
}

/** The criteria each ISO id reaches through the mapping's rows that are not gaps. */
function criteriaThroughRows(mapping: Mapping): Map<string, string[]> {
  const byIso = new Map<string, string[]>();
  for (const row of mapping.rows) {
    if (row.coverage === 'gap') continue;
    const reached = byIso.get(row.iso);
    if (reached === undefined) byIso.set(row.iso, [...row.tsc]);
    else reached.push(...row.tsc);
  }
  return byIso;
}

/** In-scope criteria (in catalog order) a control's claims reach: through every row of what it implements, and what it covers. */
function criteriaReachedBy(control: OrgControl, reachedThrough: ReadonlyMap<string, readonly string[]>, inScope: readonly string[]): string[] {
  const reached = new Set([...control.implements.flatMap((iso) => reachedThrough.get(iso) ?? []), ...control.covers]);
  return inScope.filter((id) => reached.has(id));
}

function isoTitle(iso: string | null, catalogs: Catalogs): string | null {
  return iso === null ? null : (catalogs.iso.get(iso)?.title ?? null);
}

/** Where an entry is reported: the first of its controls; nowhere when it has none (a criterion requirement nobody owns). */
function locationOf(controls: readonly OrgControl[]): Partial<SourceLocation> {
  const first = controls[0];
  return first ? { ...first.at } : {};
}

/** What a blocker is, in words: the row and its controls, a SOC 2–specific control, or the criterion's own test. */
export function blockerSource(row: BlockingRowReport): string {
  switch (row.kind) {
    case 'row':
      return `${row.iso ?? ''} via ${row.controls.join(', ')}`;
    case 'covers':
      return `${row.controls.join(', ')} (SOC 2–specific)`;
    case 'criterion':
      return `SOC 2's own test, asked of ${row.controls.join(', ')}`;
    case 'no-live-row':
      return 'no ISO control or covering control in operation reaches it (its own tests never make it ready alone)';
  }
}

/** How an entry's subject reads where an ISO id would: `A.5.15`, `SOC 2 CC1.1`, or the covering controls. */
export function subjectLabel(entry: { readonly kind: SubjectKind; readonly iso: string | null; readonly criteria: readonly string[]; readonly controls: readonly string[] }): string {
  if (entry.iso !== null) return entry.iso;
  return entry.kind === 'criterion' ? `SOC 2 ${entry.criteria.join(', ')}` : entry.controls.join(', ');
}

function pathsNotFound(items: readonly HeldEvidence[], observations: EvidenceObservations): { pathsNotFound?: string[] } {
  const paths = unique(items.flatMap(({ item }) => (item.source.kind === 'path' && !isPresent(item, observations) ? [item.source.pattern] : [])));
  return paths.length > 0 ? { pathsNotFound: paths } : {};
}

function evidenceReference({ control, item }: HeldEvidence): EvidenceReference {
  return { control: control.id, evidence: item.id, ...item.at };
}

export function ownersOf(controls: readonly OrgControl[]): string[] {
  return unique(controls.flatMap((control) => (control.owner === undefined ? [] : [control.owner])));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
