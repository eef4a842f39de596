/**
 * What reports say about collected evidence (SPEC §3): the deviations (exceptions answered with
 * management's response), the criteria they concern, and how each evidence item is verified.
 */
import type { EvidenceItem, EvidenceObservations, OrgControl } from '../model.js';
import type { ScoredRow } from '../score/score.js';
import type { PopulationSummary } from '../change-population.js';
import type { DateSpan, DeviationClass } from '../model.js';

export interface DeviationReport {
  /** Null for a SOC 2–specific control's own evidence. */
  readonly iso: string | null;
  readonly requirement: string;
  readonly control: string;
  /** Qualified: `acme/api#812`, `acme/api@9fceb02`. */
  readonly change: string;
  readonly class: DeviationClass;
  readonly response: string;
  readonly approvedBy: string;
}

/** How crosswalk knows an item is there: it tested it, it hashed its files, someone linked it, or nothing. */
export type Verification = 'collected' | 'file' | 'url' | 'none';

export interface CollectedDocumentReport {
  readonly path: string;
  readonly repository: string;
  readonly branch: string;
  readonly period: DateSpan;
  readonly summary: PopulationSummary;
}

/** Every answered exception of the collected evidence each requirement counted, in the report's row order, once each. */
export function deviationsOf(rows: readonly ScoredRow[]): DeviationReport[] {
  const seen = new Set<string>();
  return rows.flatMap((row) =>
    row.requirements.flatMap(({ id, verdict }) =>
      (verdict.deviations ?? []).flatMap(({ control, change, deviation }) => {
        const entry: DeviationReport = { iso: row.kind === 'mapping' ? row.row.iso : null, requirement: id, control: control.id, change, class: deviation.class, response: deviation.response, approvedBy: deviation.approvedBy };
        const key = JSON.stringify(entry);
        if (seen.has(key)) return [];
        seen.add(key);
        return [entry];
      }),
    ),
  );
}

/** The deviations once per change and response, with the requirements each was counted for: how people read them. */
export function deviationsByChange(deviations: readonly DeviationReport[]): (Omit<DeviationReport, 'requirement' | 'iso' | 'control'> & { readonly requirements: readonly string[] })[] {
  const byKey = new Map<string, Omit<DeviationReport, 'requirement' | 'iso' | 'control'> & { requirements: string[] }>();
  for (const { change, class: kind, response, approvedBy, requirement } of deviations) {
    const key = JSON.stringify([change, kind, response, approvedBy]);
    const entry = byKey.get(key) ?? { change, class: kind, response, approvedBy, requirements: [] };
    if (!entry.requirements.includes(requirement)) entry.requirements.push(requirement);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** The criteria gated by a requirement whose counted collected evidence has answered exceptions. */
export function criteriaWithDeviations(rows: readonly ScoredRow[]): Set<string> {
  // SPEC §3: the criteria its requirement gates, not every criterion of the row.
  return new Set(rows.flatMap((row) => row.requirements.flatMap(({ gates, verdict }) => ((verdict.deviations ?? []).length > 0 ? gates : []))));
}

export function verificationOf(item: EvidenceItem, observations: EvidenceObservations, present: boolean): Verification {
  const seen = observations.get(item);
  if (seen?.kind === 'url') return 'url';
  if (!present) return 'none';
  return seen?.kind === 'files' && seen.collected?.valid === true ? 'collected' : 'file';
}

/** An item of collected evidence, as every format lists it: apart from declared files and links. */
export interface CollectedEvidenceReport {
  readonly control: string;
  readonly evidence: string;
  readonly documents: readonly CollectedDocumentReport[];
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export function collectedEvidenceOf(controls: readonly OrgControl[], observations: EvidenceObservations): CollectedEvidenceReport[] {
  return controls.flatMap((control) =>
    control.evidence.flatMap((item) => {
      const documents = collectedDocumentsOf(item, observations);
      return documents === undefined ? [] : [{ control: control.id, evidence: item.id, documents, ...item.at }];
    }),
  );
}

export function collectedDocumentsOf(item: EvidenceItem, observations: EvidenceObservations): CollectedDocumentReport[] | undefined {
  const seen = observations.get(item);
  if (seen?.kind !== 'files' || seen.collected?.valid !== true) return undefined;
  return seen.collected.documents.map(({ path, document }) => ({ path, repository: document.repository, branch: document.branch, period: document.period, summary: document.summary }));
}
