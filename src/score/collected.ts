/**
 * Collected evidence in scoring (SPEC §1.4, §2): an item whose path matched ChangePopulation
 * documents is judged as its documents, each an instance of its own (span: the document's period;
 * collected: the period's end; population and samples: the changes it tested). The windows of a
 * requirement with collected evidence are filled only where every repository and branch's documents
 * cover every day, and a change's exception counts against the requirement unless the item answers
 * it with a deviation.
 */
import { changesNamed, qualifiedChange, type ChangePopulation } from '../change-population.js';
import { addDays } from '../dates.js';
import type { CollectedDocument, DateSpan, Deviation, EvidenceItem, EvidenceObservations, OrgControl } from '../model.js';

/** One document of a collected item, as the scorer sees it. */
export interface CollectedInstance {
  /** The item as written. */
  readonly item: EvidenceItem;
  readonly document: CollectedDocument;
  /** Changes with an exception no deviation answers, qualified (`acme/api#812`), in document order. */
  readonly unanswered: readonly string[];
  /** Exceptions the item's deviations answer. */
  readonly answered: readonly AnsweredException[];
}

export interface AnsweredException {
  /** Qualified: `acme/api#812`. */
  readonly change: string;
  readonly deviation: Deviation;
}

/** Instance items → what they are; items with instances → their instance items. Per item object, so each run has its own. */
const instances = new WeakMap<EvidenceItem, CollectedInstance>();
const expansions = new WeakMap<EvidenceItem, readonly EvidenceItem[]>();

export function collectedInstance(item: EvidenceItem): CollectedInstance | undefined {
  return instances.get(item);
}

/** The instance items of a collected item (one per document), or undefined when it is not collected evidence. */
export function instancesOf(item: EvidenceItem, observations: EvidenceObservations): readonly EvidenceItem[] | undefined {
  const seen = observations.get(item);
  if (seen?.kind !== 'files' || seen.collected === undefined || !seen.collected.valid) return undefined;
  let expanded = expansions.get(item);
  if (expanded === undefined) {
    expanded = seen.collected.documents.map((document) => instanceItem(item, document));
    expansions.set(item, expanded);
  }
  return expanded;
}

/** Every held item, a collected one replaced by its instances. */
export function expandCollected<T extends { readonly control: OrgControl; readonly item: EvidenceItem }>(held: readonly T[], observations: EvidenceObservations): T[] {
  if (!held.some(({ item }) => instancesOf(item, observations) !== undefined)) return [...held];
  return held.flatMap((entry) => instancesOf(entry.item, observations)?.map((item) => ({ ...entry, item })) ?? [entry]);
}

function instanceItem(item: EvidenceItem, { path, document }: CollectedDocument): EvidenceItem {
  const population = document.summary.population;
  const instance: EvidenceItem = { ...item, period: document.period, collected: document.period.end, samples: population, population };
  const unanswered: string[] = [];
  const answered: AnsweredException[] = [];
  for (const change of document.changes) {
    if (change.exceptions.length === 0) continue;
    const deviation = (item.deviations ?? []).find((candidate) => answers(candidate, change.id, document));
    if (deviation === undefined) unanswered.push(qualifiedChange(document.repository, change));
    else answered.push({ change: qualifiedChange(document.repository, change), deviation });
  }
  instances.set(instance, { item, document: { path, document }, unanswered, answered });
  return instance;
}

/** A deviation answers a change it names, when someone other than its author approved it. */
function answers(deviation: Deviation, id: string, document: ChangePopulation): boolean {
  return changesNamed(deviation.change, [document]).some(({ change }) => change.id === id && change.author !== deviation.approvedBy);
}

/**
 * When a collected item was last collected: the end of its latest document's period by the as-of
 * date (SPEC §1.4); an item that is not collected evidence, its own date.
 */
export function lastCollected(item: EvidenceItem, observations: EvidenceObservations, asOf: string): string {
  const ends = (instancesOf(item, observations) ?? []).map((instance) => instance.collected).filter((end) => end <= asOf);
  return ends.length === 0 ? item.collected : ends.reduce((latest, end) => (end > latest ? end : latest));
}

/**
 * SPEC §2: with collected evidence, a window is filled only when, for every repository and branch
 * among the documents, their periods together cover every day of the window that lies in the
 * audit period.
 */
export function documentsCover(window: DateSpan, period: DateSpan, collected: readonly CollectedInstance[]): boolean {
  const start = window.start > period.start ? window.start : period.start;
  const end = window.end < period.end ? window.end : period.end;
  if (start > end) return true;
  const byBranch = new Map<string, DateSpan[]>();
  for (const { document } of collected) {
    const key = `${document.document.repository}\u0000${document.document.branch}`;
    byBranch.set(key, [...(byBranch.get(key) ?? []), document.document.period]);
  }
  return [...byBranch.values()].every((spans) => covers(spans, { start, end }));
}

/** The spans together cover every day of `target`. */
function covers(spans: readonly DateSpan[], target: DateSpan): boolean {
  let next = target.start;
  for (const span of [...spans].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))) {
    if (span.start > next) return false;
    if (span.end >= next) next = addDays(span.end, 1);
    if (next > target.end) return true;
  }
  return next > target.end;
}

/** SPEC §2's `exceptions` entry: how many changes have an unanswered exception, and the first ten. */
export function unansweredExceptions(collected: readonly CollectedInstance[]): { readonly count: number; readonly changes: readonly string[] } | undefined {
  const changes = [...new Set(collected.flatMap((instance) => instance.unanswered))];
  return changes.length === 0 ? undefined : { count: changes.length, changes: changes.slice(0, 10) };
}
