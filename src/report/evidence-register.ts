/**
 * The SOC 2 evidence register: one entry per evidence requirement that reaches an in-scope
 * criterion, with the state the repository's evidence leaves it in, who owns it and when it is
 * next due. Freshness and samples are judged exactly as the score judges them (judgeRequirement);
 * "expiring" is the same judgement made `expiryWarningDays` later. Pure: data in, data or text out.
 */
import { addDays } from '../dates.js';
import { compareStrings } from '../diagnostics.js';
import type { MappingRow, OrgControl, TscCategory } from '../model.js';
import { isDesignDocument, isPresent, judgeRequirement, termsOf, type EvidenceRules, type HeldEvidence, type MissingReason, type RequirementVerdict } from '../score/evidence.js';
import { operatingEvidence, type ScoreInput } from '../score/score.js';
import { compareNullableIso } from '../validate/iso-ids.js';
import { formatCsv } from './csv.js';
import { code, escapeMarkdown, table } from './markdown-text.js';

export const registerStates = ['provided', 'expiring', 'stale', 'missing'] as const;
export type RegisterState = (typeof registerStates)[number];

/** Stale evidence is its own state; only missing evidence has a reason beyond its state. */
export type Standing = { readonly state: 'provided' | 'expiring' | 'stale' } | { readonly state: 'missing'; readonly reason: Exclude<MissingReason, 'stale'> };

export interface RegisterEntry {
  /** The in-scope criteria the requirement's row reaches, in catalog order. */
  readonly criteria: readonly string[];
  /** The ISO control whose mapping row asks for the evidence; null for a control's own `covers`. */
  readonly iso: { readonly id: string; readonly title: string } | null;
  /** Org controls that implement the ISO control (or the covering control), not-applicable ones left out. */
  readonly controls: readonly string[];
  readonly owners: readonly string[];
  readonly requirement: string;
  readonly description: string;
  readonly standing: Standing;
  /** The latest `collected` of the items that list the requirement. */
  readonly collected: string | undefined;
  /**
   * The last day the requirement stays satisfied if no new evidence comes in (for stale
   * evidence: the day it last was); none for missing evidence, which is due now.
   */
  readonly nextDue: string | undefined;
  /** Paths and urls of the items that list the requirement, as written. */
  readonly locations: readonly string[];
}

export interface Register {
  readonly asOf: string;
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

  const placed = [...input.mapping.rows.flatMap((row, index) => mappingEntries(row, index, context)), ...input.controls.flatMap((control) => coversEntry(control, context))];
  // Criteria order (an entry sorts under its first criterion), then ISO id, then the mapping's order.
  const firstCriterion = ({ entry }: Placed) => criterionOrder.get(entry.criteria[0]!)!;
  placed.sort(
    (a, b) =>
      firstCriterion(a) - firstCriterion(b) ||
      compareNullableIso(a.entry.iso?.id ?? null, b.entry.iso?.id ?? null) ||
      a.row - b.row ||
      compareWithin(a.within, b.within),
  );
  return { asOf: settings.asOf, scope: settings.scope, entries: placed.map(({ entry }) => entry) };
}

function mappingEntries(row: MappingRow, index: number, { input, rules, inScope }: Context): Placed[] {
  const criteria = inScope(row.tsc);
  // A gap row is never scored: no evidence can make it count.
  if (criteria.length === 0 || row.coverage === 'gap') return [];
  const implementers = input.controls.filter((control) => control.implements.includes(row.iso) && control.status !== 'not-applicable');
  const held = implementers.flatMap((control) => control.evidence.map((item) => ({ control, item })));
  const title = input.catalogs.iso.get(row.iso)?.title ?? '';
  return row.evidence.map((requirement, position) => {
    const listing = held.filter(({ item }) => item.satisfies.includes(requirement.id));
    const terms = termsOf(requirement, rules.maxEvidenceAgeDays);
    const judge: Judge = (asOf) => judgeRequirement(terms, listing, { ...rules, asOf });
    return {
      entry: {
        criteria,
        iso: { id: row.iso, title },
        controls: implementers.map((control) => control.id),
        owners: ownersOf(implementers),
        requirement: requirement.id,
        description: requirement.description,
        ...assess(judge, listing, terms.maxAgeDays, rules, input.settings.policy.expiryWarningDays),
      },
      row: index,
      within: position,
    };
  });
}

/** A control with `covers` acts as a full row of its own: its one requirement is operating evidence. */
function coversEntry(control: OrgControl, { input, rules, inScope }: Context): Placed[] {
  const criteria = inScope(control.covers);
  if (criteria.length === 0 || control.status === 'not-applicable') return [];
  const items = control.evidence.filter((item) => !isDesignDocument(item)).map((item) => ({ control, item }));
  const terms = termsOf({ id: operatingEvidence, frequency: undefined }, rules.maxEvidenceAgeDays);
  const judge: Judge = (asOf) => judgeRequirement(terms, items, { ...rules, asOf });
  return [
    {
      entry: {
        criteria,
        iso: null,
        controls: [control.id],
        owners: ownersOf([control]),
        requirement: operatingEvidence,
        description: `Evidence that ${control.id} (${control.title}) operates: a record of the control in action collected within ${terms.maxAgeDays} days, not a policy or procedure`,
        ...assess(judge, items, terms.maxAgeDays, rules, input.settings.policy.expiryWarningDays),
      },
      row: Number.MAX_SAFE_INTEGER,
      within: control.id,
    },
  ];
}

function assess(judge: Judge, listing: readonly HeldEvidence[], maxAge: number, rules: EvidenceRules, warningDays: number): Pick<RegisterEntry, 'standing' | 'collected' | 'nextDue' | 'locations'> {
  // Each present item stops counting the day after collected + max age; the requirement lapses on one of those days.
  const lastFreshDays = listing
    .filter(({ item }) => isPresent(item, rules.observations))
    .map(({ item }) => addDays(item.collected, maxAge))
    .sort()
    .reverse();
  const now = judge(rules.asOf);
  const common = {
    collected: listing.map(({ item }) => item.collected).sort().at(-1),
    locations: [...new Set(listing.map(({ item }) => (item.source.kind === 'path' ? item.source.pattern : item.source.url)))],
  };
  if (!now.satisfied) {
    if (now.reason === 'stale') return { ...common, standing: { state: 'stale' }, nextDue: lastFreshDays[0] };
    return { ...common, standing: { state: 'missing', reason: now.reason }, nextDue: undefined };
  }
  // Satisfaction only shrinks as days pass, so the latest candidate day that still satisfies is the last one.
  const nextDue = lastFreshDays.find((day) => judge(day).satisfied);
  const expiring = !judge(addDays(rules.asOf, warningDays)).satisfied;
  return { ...common, standing: { state: expiring ? 'expiring' : 'provided' }, nextDue };
}

function ownersOf(controls: readonly OrgControl[]): string[] {
  return [...new Set(controls.flatMap((control) => (control.owner === undefined ? [] : [control.owner])))].sort(compareStrings);
}

function compareWithin(a: number | string, b: number | string): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareStrings(String(a), String(b));
}

// --- formats ---------------------------------------------------------------------------------

export function countStates(register: Register): Record<RegisterState, number> {
  const counts: Record<RegisterState, number> = { provided: 0, expiring: 0, stale: 0, missing: 0 };
  for (const entry of register.entries) counts[entry.standing.state]++;
  return counts;
}

export function describeCounts(register: Register): string {
  const counts = countStates(register);
  return `${register.entries.length} evidence requirements: ${registerStates.map((state) => `${counts[state]} ${state}`).join(', ')}`;
}

export const registerColumns = ['Criteria', 'ISO control', 'ISO title', 'Org controls', 'Owners', 'Requirement', 'Description', 'State', 'Reason', 'Collected', 'Next due', 'Location'] as const;

const listSeparator = '; ';

function reasonOf(standing: Standing): string {
  return standing.state === 'missing' ? standing.reason : '';
}

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
    entry.standing.state,
    reasonOf(entry.standing),
    entry.collected ?? '',
    entry.nextDue ?? '',
    entry.locations.join(listSeparator),
  ]);
  return formatCsv(registerColumns, rows);
}

/** A Markdown table; every cell is escaped, since titles, owners and paths are user-written. */
export function formatRegisterMarkdown(register: Register): string {
  const none = '—';
  const list = (values: readonly string[], render: (value: string) => string) => (values.length === 0 ? none : values.map(render).join(listSeparator));
  const rows = register.entries.map((entry) => [
    list(entry.criteria, escapeMarkdown),
    entry.iso === null ? `${none} (own control)` : `${escapeMarkdown(entry.iso.id)} ${escapeMarkdown(entry.iso.title)}`,
    list(entry.controls, code),
    list(entry.owners, escapeMarkdown),
    code(entry.requirement),
    escapeMarkdown(entry.description),
    entry.standing.state === 'missing' ? `missing (${entry.standing.reason})` : entry.standing.state,
    entry.collected ?? none,
    entry.nextDue ?? none,
    list(entry.locations, code),
  ]);
  const header = ['Criteria', 'ISO control', 'Org controls', 'Owners', 'Requirement', 'Description', 'State', 'Collected', 'Next due', 'Location'];
  return [
    '## SOC 2 evidence register',
    '',
    `As of ${register.asOf} · scope: ${register.scope.join(', ')} · ${describeCounts(register)}`,
    '',
    register.entries.length === 0 ? '_No evidence requirement reaches a criterion in scope._' : table(header, rows),
    '',
  ].join('\n');
}
