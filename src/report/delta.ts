import type { Regression } from '../score/policy.js';
import type { CriterionState } from '../score/score.js';
import type { MissingEvidenceReport, Report } from './report.js';

export interface CriterionChange {
  readonly id: string;
  readonly before: CriterionState;
  readonly after: CriterionState;
}

/** What a pull request does to readiness: the base commit's report against the head's. */
export interface ReadinessDelta {
  readonly before: number;
  readonly after: number;
  /** after − before, one decimal. */
  readonly change: number;
  readonly criteriaChanged: readonly CriterionChange[];
  readonly missingEvidenceAdded: readonly MissingEvidenceReport[];
  readonly missingEvidenceResolved: readonly MissingEvidenceReport[];
}

/** A missing-evidence entry is the same entry when it is the same requirement of the same row. */
function entryKey(entry: MissingEvidenceReport): string {
  return entry.iso === null ? `covers:${entry.controls.join(',')}:${entry.requirement}` : `${entry.iso}:${entry.requirement}`;
}

export function compareReports(base: Report, head: Report): ReadinessDelta {
  const baseStates = new Map(base.criteria.map((criterion) => [criterion.id, criterion.state]));
  const criteriaChanged = head.criteria.flatMap((criterion) => {
    const before = baseStates.get(criterion.id);
    return before !== undefined && before !== criterion.state ? [{ id: criterion.id, before, after: criterion.state }] : [];
  });
  const baseKeys = new Set(base.missingEvidence.map(entryKey));
  const headKeys = new Set(head.missingEvidence.map(entryKey));
  return {
    before: base.summary.readiness,
    after: head.summary.readiness,
    change: Math.round((head.summary.readiness - base.summary.readiness) * 10) / 10,
    criteriaChanged,
    missingEvidenceAdded: head.missingEvidence.filter((entry) => !baseKeys.has(entryKey(entry))),
    missingEvidenceResolved: base.missingEvidence.filter((entry) => !headKeys.has(entryKey(entry))),
  };
}

/** `fail_on: regression`: readiness falls, or a criterion that was ready no longer is. */
export function regressionOf(delta: ReadinessDelta): Regression {
  return {
    lowered: delta.after < delta.before,
    before: delta.before,
    after: delta.after,
    criteriaNoLongerReady: delta.criteriaChanged.filter((change) => change.before === 'ready').map((change) => change.id),
  };
}
