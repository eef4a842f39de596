/**
 * The `ChangePopulation` document (SPEC §1.4): every change that reached a branch in a period, each
 * tested the way an auditor tests a sampled change. `crosswalk collect github-changes` writes it;
 * scoring reads it back and recomputes what is derived here (exceptions, summary), so a document
 * edited to look clean is caught. Pure: no I/O, no API.
 */
import type { DateSpan } from './model.js';

export type ChecksState = 'success' | 'failure' | 'pending' | 'none';

/** The exceptions an auditor's test of a change can find, in the order SPEC §1.4 lists them. */
export const exceptionKinds = ['no-pull-request', 'no-independent-approval', 'approval-not-on-final-commit', 'checks-not-passing'] as const;
export type ExceptionKind = (typeof exceptionKinds)[number];

export interface Approval {
  readonly by: string;
  /** When the review was submitted (ISO, UTC, seconds). */
  readonly at: string;
  /** The commit the review was on. */
  readonly commit: string;
}

export interface PullRequestChange {
  readonly id: `#${number}`;
  readonly kind: 'pull-request';
  readonly title: string;
  readonly author: string;
  /** Null when the API does not say (a deleted account). */
  readonly mergedBy: string | null;
  /** The merge time. */
  readonly at: string;
  /** The commit the merge put on the branch (merge, squash or last rebased commit). */
  readonly commit: string;
  readonly head: string;
  readonly approvals: readonly Approval[];
  readonly checks: ChecksState;
  readonly exceptions: readonly ExceptionKind[];
}

export interface DirectCommitChange {
  /** The first 7 characters of the commit's sha. */
  readonly id: string;
  readonly kind: 'direct-commit';
  readonly title: string;
  readonly author: string;
  /** The commit time (committer date). */
  readonly at: string;
  readonly commit: string;
  readonly exceptions: readonly ExceptionKind[];
}

export type Change = PullRequestChange | DirectCommitChange;

export interface BranchRules {
  /** The most approvals any rule requires (0: none). */
  readonly requiredApprovals: number;
  /** Status check contexts the rules require, sorted. */
  readonly requiredChecks: readonly string[];
  /** The API's answer, as given. */
  readonly raw: readonly unknown[];
}

export interface ChangePopulation {
  readonly apiVersion: 'crosswalk/v1';
  readonly kind: 'ChangePopulation';
  readonly repository: string;
  readonly branch: string;
  readonly period: DateSpan;
  /** When it was collected (ISO, UTC, seconds): the only field that differs between two collections of the same answers. */
  readonly collected: string;
  readonly source: {
    readonly api: string;
    readonly tool: string;
    /** The requests that found the population, so an auditor can run them again. */
    readonly queries: readonly string[];
  };
  readonly rules: BranchRules;
  readonly changes: readonly Change[];
  readonly summary: PopulationSummary;
}

export interface PopulationSummary {
  readonly population: number;
  readonly exceptions: number;
}

/** The exceptions SPEC §1.4 finds in a change's recorded fields, in its order. */
export function exceptionsOf(change: Change): ExceptionKind[] {
  if (change.kind === 'direct-commit') return ['no-pull-request'];
  const exceptions: ExceptionKind[] = [];
  if (change.approvals.length === 0) exceptions.push('no-independent-approval');
  else if (!change.approvals.some((approval) => approval.commit === change.head)) exceptions.push('approval-not-on-final-commit');
  if (change.checks === 'failure' || change.checks === 'pending') exceptions.push('checks-not-passing');
  return exceptions;
}

export function summaryOf(changes: readonly Change[]): PopulationSummary {
  return { population: changes.length, exceptions: changes.filter((change) => change.exceptions.length > 0).length };
}

/** By `at`, then `id` (SPEC §1.4), comparing code units so the order never depends on a locale. */
export function compareChanges(a: Change, b: Change): number {
  return compareText(a.at, b.at) || compareText(a.id, b.id);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `acme/api#812` for a pull request, `acme/api@9fceb02` for a direct commit (SPEC §2). */
export function qualifiedChange(repository: string, change: Change): string {
  return change.kind === 'pull-request' ? `${repository}${change.id}` : `${repository}@${change.id}`;
}

/** The changes a deviation's `change` names: the id as the document writes it, or qualified by the repository. */
export function changesNamed(name: string, documents: readonly ChangePopulation[]): { document: ChangePopulation; change: Change }[] {
  return documents.flatMap((document) => document.changes.filter((change) => name === change.id || name === qualifiedChange(document.repository, change)).map((change) => ({ document, change })));
}

/**
 * Where a change's exceptions disagree with its fields, and whether the summary does; a change
 * listed twice, out of order or outside the period (a population padded or reshuffled by hand).
 * Empty when the document is consistent.
 */
export function inconsistencies(document: Pick<ChangePopulation, 'changes' | 'summary' | 'period'>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  document.changes.forEach((change, index) => {
    if (seen.has(change.id)) problems.push(`change ${change.id} is listed twice`);
    seen.add(change.id);
    const day = change.at.slice(0, 10);
    if (day < document.period.start || day > document.period.end) problems.push(`change ${change.id} is dated ${change.at}, outside the period ${document.period.start}..${document.period.end}`);
    const previous = document.changes[index - 1];
    if (previous !== undefined && compareChanges(previous, change) > 0) problems.push(`change ${change.id} comes after ${previous.id}, out of the order of time and id`);
  });
  for (const change of document.changes) {
    const expected = exceptionsOf(change);
    if (expected.join(',') !== change.exceptions.join(',')) {
      problems.push(`change ${change.id} records exceptions [${change.exceptions.join(', ')}] but its fields give [${expected.join(', ')}]`);
    }
  }
  const recorded = document.summary;
  const derived = summaryOf(document.changes.map((change) => ({ ...change, exceptions: exceptionsOf(change) })));
  if (recorded.population !== derived.population || recorded.exceptions !== derived.exceptions) {
    problems.push(`summary says ${recorded.population} changes with ${recorded.exceptions} exceptions, the changes give ${derived.population} with ${derived.exceptions}`);
  }
  return problems;
}
