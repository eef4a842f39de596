import type { ControlStatus } from '../model.js';
import type { BaseComparison } from '../score/policy.js';
import type { CriterionState } from '../score/score.js';
import { missingEntryKey, type ControlReport, type MissingEvidenceReport, type Report } from './report.js';

export interface CriterionChange {
  readonly id: string;
  readonly before: CriterionState;
  readonly after: CriterionState;
}

/** An org control whose status the pull request changed, or that it removed (`after: null`). */
export interface ControlChange {
  readonly id: string;
  readonly title: string;
  readonly before: ControlStatus;
  readonly after: ControlStatus | null;
  /** In-scope criteria the control's claims reached at the base. */
  readonly criteria: readonly string[];
  /** A lower status, or removed: the claim is withdrawn (which can raise readiness). */
  readonly withdrawn: boolean;
}

/** What a pull request does to readiness: the base commit's report against the head's. */
export interface ReadinessDelta {
  readonly before: number;
  readonly after: number;
  /** after − before, one decimal. */
  readonly change: number;
  readonly criteriaChanged: readonly CriterionChange[];
  readonly controlsChanged: readonly ControlChange[];
  /**
   * Controls of the base that a file error removed from the head: not compared (the error is the
   * finding), so their missing evidence is neither "resolved" nor "added".
   */
  readonly notCompared: readonly string[];
  readonly missingEvidenceAdded: readonly MissingEvidenceReport[];
  readonly missingEvidenceResolved: readonly MissingEvidenceReport[];
}

/** Higher is a stronger claim. */
const statusRank: Record<ControlStatus, number> = { implemented: 3, 'in-progress': 2, planned: 1, 'not-applicable': 0 };

export function compareReports(base: Report, head: Report): ReadinessDelta {
  const baseStates = new Map(base.criteria.map((criterion) => [criterion.id, criterion.state]));
  const criteriaChanged = head.criteria.flatMap((criterion) => {
    const before = baseStates.get(criterion.id);
    return before !== undefined && before !== criterion.state ? [{ id: criterion.id, before, after: criterion.state }] : [];
  });
  const notCompared = removedByErrors(base, head);
  const ignored = new Set(notCompared);
  const touchesIgnored = (entry: MissingEvidenceReport) => entry.controls.some((id) => ignored.has(id));
  const baseKeys = new Set(base.missingEvidence.map((entry) => missingEntryKey(entry, ignored)));
  const headKeys = new Set(head.missingEvidence.map((entry) => missingEntryKey(entry, ignored)));
  return {
    before: base.summary.readiness,
    after: head.summary.readiness,
    change: Math.round((head.summary.readiness - base.summary.readiness) * 10) / 10,
    criteriaChanged,
    controlsChanged: controlChanges(base, head, ignored),
    notCompared,
    missingEvidenceAdded: head.missingEvidence.filter((entry) => !baseKeys.has(missingEntryKey(entry, ignored))),
    missingEvidenceResolved: base.missingEvidence.filter((entry) => !touchesIgnored(entry) && !headKeys.has(missingEntryKey(entry, ignored))),
  };
}

/** Base controls missing from the head whose file has an error there. */
function removedByErrors(base: Report, head: Report): string[] {
  const inHead = new Set(head.controls.map((control) => control.id));
  const filesWithErrors = new Set(head.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => diagnostic.file));
  return base.controls.filter((control) => !inHead.has(control.id) && filesWithErrors.has(control.file)).map((control) => control.id);
}

function controlChanges(base: Report, head: Report, ignored: ReadonlySet<string>): ControlChange[] {
  const inHead = new Map(head.controls.map((control) => [control.id, control]));
  return base.controls.flatMap((control: ControlReport) => {
    if (ignored.has(control.id)) return [];
    const after = inHead.get(control.id)?.status ?? null;
    if (after === control.status) return [];
    const withdrawn = after === null || statusRank[after] < statusRank[control.status];
    return [{ id: control.id, title: control.title, before: control.status, after, criteria: control.criteria, withdrawn }];
  });
}

/** What `fail_on: regression` and `new-missing-evidence` judge (SPEC §1.3, §2). */
export function comparisonOf(delta: ReadinessDelta): BaseComparison {
  return {
    lowered: delta.after < delta.before,
    before: delta.before,
    after: delta.after,
    criteriaNoLongerReady: delta.criteriaChanged.filter((change) => change.before === 'ready').map((change) => change.id),
    // Withdrawing a claim that reaches a criterion is a regression even when readiness rises.
    controlsWithdrawn: delta.controlsChanged.filter((change) => change.withdrawn && change.criteria.length > 0).map((change) => change.id),
    newBlockingMissingEvidence: delta.missingEvidenceAdded.filter((entry) => entry.blocking).length,
  };
}
