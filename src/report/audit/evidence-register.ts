/**
 * The SOC 2 evidence register: one entry per evidence requirement that reaches an in-scope
 * criterion (a full row's implicit operating evidence and a `covers` control's included), with
 * the state the repository's evidence leaves it in, who owns it and when it is next due.
 * Freshness, windows and samples are judged exactly as the score judges them (judgeRequirement);
 * "expiring" is the same judgement made `expiryWarningDays` later. A requirement of a row no
 * implemented or in-progress control stands behind is `no-control`, not missing: the score does
 * not ask for its evidence yet, so `missing` + `stale` here is `check`'s missing evidence.
 * Pure: data in, data or text out.
 */
import { addDays } from '../../dates.js';
import { compareStrings } from '../../diagnostics.js';
import type { Audit, CriterionRequirements, EvidenceItem, EvidenceObservations, Frequency, MappingRow, OrgControl, TscCategory } from '../../model.js';
import {
  designWords,
  isDesignDocument,
  isPresent,
  judgeRequirement,
  sampleTally,
  startedPeriod,
  termsOf,
  type EvidenceRules,
  type HeldEvidence,
  type MissingReason,
  type RequirementTerms,
  type RequirementVerdict,
} from '../../score/evidence.js';
import { operatingEvidence, type ScoreInput } from '../../score/score.js';
import { compareNullableIso } from '../../validate/iso-ids.js';
import { verificationOf, type Verification } from '../collected-evidence.js';
import { formatCsv } from '../csv.js';
import { code, escapeMarkdown, owner, table } from '../github/markdown-text.js';
import { ownersOf, type SubjectKind } from '../report.js';

export const registerStates = ['provided', 'expiring', 'stale', 'missing', 'no-control'] as const;
export type RegisterState = (typeof registerStates)[number];

/**
 * Stale evidence is its own state; missing evidence has a reason beyond its state; `no-control`
 * says whether the only controls are planned ones (else none implements the ISO control, or
 * every one is not applicable).
 */
export type Standing =
  | { readonly state: 'provided' | 'expiring' | 'stale' }
  | { readonly state: 'missing'; readonly reason: Exclude<MissingReason, 'stale'> }
  | { readonly state: 'no-control'; readonly planned: boolean };

export interface RegisterEntry {
  /** What asks for the evidence: an ISO control's row, a control's own `covers`, or a criterion itself (SOC 2's own test). */
  readonly kind: SubjectKind;
  /** The in-scope criteria the requirement gates, in catalog order. */
  readonly criteria: readonly string[];
  /** The ISO control whose mapping row asks for the evidence; null for a control's own `covers` and a criterion's own requirement. */
  readonly iso: { readonly id: string; readonly title: string } | null;
  /** Org controls that implement the ISO control (or the covering control; a criterion requirement's owners), not-applicable ones left out. */
  readonly controls: readonly string[];
  readonly owners: readonly string[];
  readonly requirement: string;
  readonly description: string;
  /** As the mapping writes it; undefined: periodic with annual windows. */
  readonly frequency: Frequency | undefined;
  /** The requirement's max age: its own, else its frequency's default, else the policy's. */
  readonly maxAgeDays: number;
  readonly standing: Standing;
  /** Type 2, population requirements: samples counted so far and required by now. */
  readonly samples: { readonly counted: number; readonly required: number } | undefined;
  /** The latest `collected` of the items that list the requirement. */
  readonly collected: string | undefined;
  /**
   * When new evidence is next needed. Type 1: the last day the requirement stays satisfied if
   * none comes in (for stale evidence: the day it last was). Type 2: the last day of the first
   * window of the period not yet filled (or the period's end, when sooner). Missing evidence is
   * due now: the as-of date. None for a requirement no control asks for yet.
   */
  readonly nextDue: string | undefined;
  /** Paths and urls of the items that count for the requirement, as written, each with how crosswalk knows of it. */
  readonly locations: readonly EvidenceLocation[];
  /**
   * Operating evidence only: paths and urls of the controls' items left out because their type
   * names a design document (SPEC §1.1: a policy, plan, runbook… shows design, not operation).
   */
  readonly designDocuments: readonly string[];
}

/**
 * Where an item is, and what backs it (SPEC §3 `verification`): `collected`, ChangePopulation
 * documents crosswalk checked change by change; `file`, files the repository holds; `url`, a link
 * crosswalk cannot open; `none`, nothing found. Verified evidence and declared evidence, apart.
 */
export interface EvidenceLocation {
  readonly location: string;
  readonly verification: Verification;
}

export interface Register {
  readonly asOf: string;
  readonly audit: Audit;
  readonly scope: readonly TscCategory[];
  readonly entries: readonly RegisterEntry[];
}

/** The register is judged from exactly what the score is computed from. */
export type RegisterInput = ScoreInput;

/** Judges a requirement as if today were `asOf`. */
type Judge = (asOf: string) => RequirementVerdict;

/** An entry with what orders it after its first criterion and ISO id: the mapping's own order. */
interface Placed {
  readonly entry: RegisterEntry;
  /** The mapping row's index; covering controls come after every row. */
  readonly row: number;
  /** The requirement's index in its row, or the covering control's id. */
  readonly within: number | string;
}

interface Context {
  readonly input: RegisterInput;
  readonly rules: EvidenceRules;
  readonly inScope: (criteria: readonly string[]) => string[];
}

export function buildRegister(input: RegisterInput): Register {
  const { catalogs, settings } = input;
  const criterionOrder = new Map(catalogs.criteria.filter((criterion) => settings.scope.includes(criterion.category)).map((criterion, index) => [criterion.id, index]));
  const inScope = (criteria: readonly string[]) => criteria.filter((id) => criterionOrder.has(id)).sort((a, b) => criterionOrder.get(a)! - criterionOrder.get(b)!);
  const rules: EvidenceRules = { asOf: settings.asOf, audit: settings.audit, maxEvidenceAgeDays: settings.policy.maxEvidenceAgeDays, observations: input.observations };
  const context: Context = { input, rules, inScope };

  const placed = [
    ...input.mapping.rows.flatMap((row, index) => mappingEntries(row, index, context)),
    ...input.mapping.criteria.flatMap((entry, index) => criterionEntries(entry, index, context)),
    ...input.controls.flatMap((control) => coversEntry(control, context)),
  ];
  // Criteria order (an entry sorts under its first criterion), then ISO id, then the mapping's order.
  const firstCriterion = ({ entry }: Placed) => criterionOrder.get(entry.criteria[0]!)!;
  placed.sort(
    (a, b) =>
      firstCriterion(a) - firstCriterion(b) ||
      compareNullableIso(a.entry.iso?.id ?? null, b.entry.iso?.id ?? null) ||
      a.row - b.row ||
      compareWithin(a.within, b.within),
  );
  return { asOf: settings.asOf, audit: settings.audit, scope: settings.scope, entries: placed.map(({ entry }) => entry) };
}

/** What one requirement asks and the items that may satisfy it, before judging. */
interface Asked {
  readonly id: string;
  /** The in-scope criteria it gates. */
  readonly criteria: readonly string[];
  readonly description: string;
  readonly terms: RequirementTerms;
  readonly listing: readonly HeldEvidence[];
  /** Items that would have been listed but are design documents (operating evidence). */
  readonly designDocuments: readonly HeldEvidence[];
}

const isActive = (control: OrgControl) => control.status === 'implemented' || control.status === 'in-progress';

function mappingEntries(row: MappingRow, index: number, context: Context): Placed[] {
  const { input, rules, inScope } = context;
  const criteria = inScope(row.tsc);
  // A gap row is never scored: no evidence can make it count.
  if (criteria.length === 0 || row.coverage === 'gap') return [];
  const implementers = input.controls.filter((control) => control.implements.includes(row.iso) && control.status !== 'not-applicable');
  const held = implementers.flatMap((control) => control.evidence.map((item) => ({ control, item })));
  // Only requirements that gate an in-scope criterion are asked for.
  const asked: Asked[] =
    row.evidence.length > 0
      ? row.evidence.flatMap((requirement) => {
          const gated = inScope(requirement.gates);
          return gated.length === 0
            ? []
            : [{ id: requirement.id, criteria: gated, description: requirement.description, terms: termsOf(requirement, rules.maxEvidenceAgeDays), listing: held.filter(({ item }) => item.satisfies.includes(requirement.id)), designDocuments: [] }];
        })
      : [operatingAsked(`${row.iso}`, criteria, row.frequency, held, rules)];
  const title = input.catalogs.iso.get(row.iso)?.title ?? '';
  return asked.map((requirement, position) => ({
    entry: entryOf(requirement, 'row', { id: row.iso, title }, implementers, context),
    row: index,
    within: position,
  }));
}

/** A control with `covers` acts as a full row of its own: its one requirement is operating evidence. */
function coversEntry(control: OrgControl, context: Context): Placed[] {
  const criteria = context.inScope(control.covers);
  if (criteria.length === 0 || control.status === 'not-applicable') return [];
  const requirement = operatingAsked(`${control.id} (${control.title})`, criteria, undefined, control.evidence.map((item) => ({ control, item })), context.rules);
  return [{ entry: entryOf(requirement, 'covers', null, [control], context), row: Number.MAX_SAFE_INTEGER, within: control.id }];
}

/**
 * SOC 2's own requirements of a criterion, asked of every organization: judged on the items of
 * the controls implemented or in progress that list them; owned by those controls, else by the
 * live controls reaching the criterion, else by those of its other requirements (SPEC §2).
 */
function criterionEntries(entry: CriterionRequirements, index: number, context: Context): Placed[] {
  const { input, rules, inScope } = context;
  if (inScope([entry.tsc]).length === 0) return [];
  const active = input.controls.filter(isActive);
  const listing = (id: string) => active.flatMap((control) => control.evidence.filter((item) => item.satisfies.includes(id)).map((item) => ({ control, item })));
  const holders = (id: string) => active.filter((control) => control.evidence.some((item) => item.satisfies.includes(id)));
  const reachingRows = new Set(input.mapping.rows.filter((row) => row.coverage !== 'gap' && row.tsc.includes(entry.tsc)).map((row) => row.iso));
  const reaching = active.filter((control) => control.covers.includes(entry.tsc) || control.implements.some((iso) => reachingRows.has(iso)));
  const ofOthers = active.filter((control) => entry.evidence.some((requirement) => holders(requirement.id).includes(control)));
  return entry.evidence.map((requirement, position) => {
    const own = holders(requirement.id);
    const owners = own.length > 0 ? own : reaching.length > 0 ? reaching : ofOthers;
    const asked: Asked = { id: requirement.id, criteria: [entry.tsc], description: requirement.description, terms: termsOf(requirement, rules.maxEvidenceAgeDays), listing: listing(requirement.id), designDocuments: [] };
    return { entry: entryOf(asked, 'criterion', null, owners, context), row: Number.MAX_SAFE_INTEGER - 1, within: index * 1000 + position };
  });
}

/** Operating evidence (SPEC §2): every item of the live controls, pooled, except design documents. */
function operatingAsked(subject: string, criteria: readonly string[], frequency: Frequency | undefined, held: readonly HeldEvidence[], rules: EvidenceRules): Asked {
  const terms = termsOf({ id: operatingEvidence, frequency }, rules.maxEvidenceAgeDays);
  return {
    id: operatingEvidence,
    criteria,
    description: `Evidence that ${subject} operates: a record of the control in action collected within ${terms.maxAgeDays} days, not a design document (a policy, procedure, plan, runbook…)`,
    terms,
    listing: held.filter(({ item }) => !isDesignDocument(item)),
    designDocuments: held.filter(({ item }) => isDesignDocument(item)),
  };
}

function entryOf(asked: Asked, kind: SubjectKind, iso: RegisterEntry['iso'], implementers: readonly OrgControl[], { input, rules }: Context): RegisterEntry {
  const common = {
    kind,
    criteria: asked.criteria,
    iso,
    controls: implementers.map((control) => control.id),
    owners: sortedOwnersOf(implementers),
    requirement: asked.id,
    description: asked.description,
    frequency: asked.terms.frequency,
    maxAgeDays: asked.terms.maxAgeDays,
    collected: asked.listing.map(({ item }) => item.collected).sort().at(-1),
    locations: evidenceLocationsOf(asked.listing, input.observations),
    designDocuments: locationsOf(asked.designDocuments),
  };
  // The row is absent (SPEC §2): nothing is judged until a control is implemented or in progress.
  if (!implementers.some(isActive)) {
    return { ...common, standing: { state: 'no-control', planned: implementers.some((control) => control.status === 'planned') }, samples: undefined, nextDue: undefined };
  }
  const judge: Judge = (asOf) => judgeRequirement(asked.terms, asked.listing, { ...rules, asOf });
  return { ...common, samples: sampleTally(asked.terms, asked.listing, rules), ...assess(judge, asked, rules, input.settings.policy.expiryWarningDays) };
}

function assess(judge: Judge, { listing, terms }: Asked, rules: EvidenceRules, warningDays: number): Pick<RegisterEntry, 'standing' | 'nextDue'> {
  // Each present item stops counting the day after collected + max age; the requirement lapses on one of those days.
  const lastFreshDays = listing
    .filter(({ item }) => isPresent(item, rules.observations))
    .map(({ item }) => addDays(item.collected, terms.maxAgeDays))
    .sort()
    .reverse();
  const now = judge(rules.asOf);
  if (!now.satisfied) {
    if (now.reason === 'stale') return { standing: { state: 'stale' }, nextDue: lastFreshDays[0] };
    return { standing: { state: 'missing', reason: now.reason }, nextDue: rules.asOf };
  }
  const expiring = !judge(addDays(rules.asOf, warningDays)).satisfied;
  const period = startedPeriod(rules);
  // Type 2: the windows are the test; the first one not filled yet is what is due next.
  const open = now.windows.find((window) => window.state === 'current' || window.state === 'not-started');
  const nextDue = period
    ? open && (open.end < period.end ? open.end : period.end)
    : // Type 1: satisfaction only shrinks as days pass, so the latest candidate day that still satisfies is the last one.
      lastFreshDays.find((day) => judge(day).satisfied);
  return { standing: { state: expiring ? 'expiring' : 'provided' }, nextDue };
}

const locationOf = (item: EvidenceItem) => (item.source.kind === 'path' ? item.source.pattern : item.source.url);

function locationsOf(held: readonly HeldEvidence[]): string[] {
  return [...new Set(held.map(({ item }) => locationOf(item)))];
}

/** Each location once; items written with the same path share what was found there. */
function evidenceLocationsOf(held: readonly HeldEvidence[], observations: EvidenceObservations): EvidenceLocation[] {
  const byLocation = new Map<string, EvidenceLocation>();
  for (const { item } of held) {
    const location = locationOf(item);
    if (!byLocation.has(location)) byLocation.set(location, { location, verification: verificationOf(item, observations, isPresent(item, observations)) });
  }
  return [...byLocation.values()];
}

/** The register lists owners alphabetically. */
function sortedOwnersOf(controls: readonly OrgControl[]): string[] {
  return ownersOf(controls).sort(compareStrings);
}

function compareWithin(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareStrings(String(a), String(b));
}

// --- formats ---------------------------------------------------------------------------------

export function countStates(register: Register): Record<RegisterState, number> {
  const counts: Record<RegisterState, number> = { provided: 0, expiring: 0, stale: 0, missing: 0, 'no-control': 0 };
  for (const entry of register.entries) counts[entry.standing.state]++;
  return counts;
}

export function describeCounts(register: Register): string {
  const counts = countStates(register);
  const words = (state: RegisterState) => (state === 'no-control' ? 'without an implemented or in-progress control' : state);
  return `${register.entries.length} evidence requirements: ${registerStates.map((state) => `${counts[state]} ${words(state)}`).join(', ')}`;
}

export const registerColumns = [
  'Criteria',
  'ISO control',
  'ISO title',
  'Org controls',
  'Owners',
  'Requirement',
  'Description',
  'Frequency',
  'Max age (days)',
  'State',
  'Reason',
  'Samples counted',
  'Samples required',
  'Collected',
  'Next due',
  'Location',
  'Not counted (design documents)',
  // Last, so a sheet that reads the columns above by position keeps working; one value per location.
  'Verification',
] as const;

const listSeparator = '; ';

function reasonOf(standing: Standing): string {
  if (standing.state === 'missing') return standing.reason;
  if (standing.state === 'no-control') return standing.planned ? 'planned only' : 'none implements it';
  return '';
}

/** Without a frequency, a requirement is periodic with annual windows (SPEC §1.2). */
const frequencyOf = (entry: RegisterEntry) => entry.frequency ?? 'annual';

/** RFC 4180 CSV with a header row, for spreadsheets and GRC tools (see csv.ts for the injection guard). */
export function formatRegisterCsv(register: Register): string {
  const rows = register.entries.map((entry) => [
    entry.criteria.join(listSeparator),
    entry.iso?.id ?? '',
    entry.iso?.title ?? '',
    entry.controls.join(listSeparator),
    entry.owners.join(listSeparator),
    entry.requirement,
    entry.description,
    frequencyOf(entry),
    String(entry.maxAgeDays),
    entry.standing.state,
    reasonOf(entry.standing),
    entry.samples ? String(entry.samples.counted) : '',
    entry.samples ? String(entry.samples.required) : '',
    entry.collected ?? '',
    entry.nextDue ?? '',
    entry.locations.map(({ location }) => location).join(listSeparator),
    entry.designDocuments.join(listSeparator),
    entry.locations.map(({ verification }) => verification).join(listSeparator),
  ]);
  return formatCsv(registerColumns, rows);
}

/**
 * A Markdown table of eight columns, so it fits GitHub's width; every cell is escaped, since
 * titles, owners and paths are user-written. The CSV has every field in a column of its own.
 */
export function formatRegisterMarkdown(register: Register): string {
  const none = '—';
  const list = (values: readonly string[], render: (value: string) => string) => (values.length === 0 ? none : values.map(render).join(listSeparator));
  const rows = register.entries.map((entry) => [
    list(entry.criteria, escapeMarkdown),
    entry.iso !== null ? `${escapeMarkdown(entry.iso.id)} ${escapeMarkdown(entry.iso.title)}` : entry.kind === 'criterion' ? `${none} (SOC 2's own test)` : `${none} (own control)`,
    `${code(entry.requirement)}: ${escapeMarkdown(entry.description)}`,
    `${list(entry.controls, code)}${entry.owners.length > 0 ? ` · ${entry.owners.map(owner).join(listSeparator)}` : ''}`,
    `${frequencyOf(entry)}, max age ${entry.maxAgeDays} days`,
    [stateCell(entry.standing), ...(entry.samples ? [`${entry.samples.counted} of ${entry.samples.required} samples`] : [])].join(' · '),
    entry.nextDue === undefined ? none : entry.standing.state === 'missing' ? `${entry.nextDue} (now)` : entry.nextDue,
    evidenceCell(entry, list, none),
  ]);
  const header = ['Criteria', 'ISO control', 'Requirement', 'Controls · owners', 'Frequency', 'State', 'Next due', 'Evidence'];
  return [
    '## SOC 2 evidence register',
    '',
    `As of ${register.asOf} · ${escapeMarkdown(auditWords(register))} · scope: ${register.scope.join(', ')} · ${describeCounts(register)}`,
    '',
    'Each location says what backs it: *verified* evidence crosswalk collected and checked itself (a change population from GitHub), or *declared* evidence (a file the repository holds, or a link crosswalk cannot open).',
    '',
    `Operating evidence is any item of the controls that is not a design document: an item whose \`type\` ends in ${designWords.map((word) => `\`${word}\``).join(', ')} (or their plurals) shows what should happen, not that it did, and is listed as not counted.`,
    '',
    register.entries.length === 0 ? '_No evidence requirement reaches a criterion in scope._' : table(header, rows),
    '',
  ].join('\n');
}

/** How the register's Markdown says what backs a location. */
const verificationWords: Record<Verification, string> = { collected: 'verified: collected by crosswalk', file: 'declared: a file', url: 'declared: a link, not verified', none: 'not found' };

/** What counts, each with what backs it (with the latest collected date), then what was left out as a design document. */
function evidenceCell(entry: RegisterEntry, list: (values: readonly string[], render: (value: string) => string) => string, none: string): string {
  const located = entry.locations.map(({ location, verification }) => `${code(location)} (${verificationWords[verification]})`);
  const counted = located.length === 0 ? none : `${located.join(listSeparator)}${entry.collected ? ` · latest collected ${entry.collected}` : ''}`;
  return entry.designDocuments.length === 0 ? counted : `${counted} · not counted, design documents: ${list(entry.designDocuments, code)}`;
}

function stateCell(standing: Standing): string {
  switch (standing.state) {
    case 'missing':
      return `missing (${standing.reason})`;
    case 'no-control':
      return standing.planned ? 'no implementing control (planned only)' : 'no implementing control';
    default:
      return standing.state;
  }
}

/** Type 1 at the as-of date, or the Type 2 period: what the register's states are judged against. */
function auditWords(register: Register): string {
  return register.audit.type === 'type1' ? 'Type 1' : `Type 2 period ${register.audit.period.start}..${register.audit.period.end}`;
}
