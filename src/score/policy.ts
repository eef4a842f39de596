import type { Diagnostic } from '../diagnostics.js';
import type { FailCondition, Policy } from '../model.js';
import type { ScoreResult } from './score.js';
import { plural } from '../text.js';

export interface FailedCondition {
  readonly condition: FailCondition;
  /** One line a person can act on. */
  readonly reason: string;
}

export interface Verdict {
  readonly passed: boolean;
  readonly failed: readonly FailedCondition[];
  /** What the gate tested (the policy's fail_on): a pass says only that none of these holds. */
  readonly checked: readonly FailCondition[];
}

/** A pull request's effect, when the base commit was scored too. */
export interface BaseComparison {
  readonly lowered: boolean;
  readonly before: number;
  readonly after: number;
  readonly criteriaNoLongerReady: readonly string[];
  /** Org controls whose status the pull request lowered, or that it removed, that reach a criterion. */
  readonly controlsWithdrawn: readonly string[];
  /** Blocking missing-evidence entries the head has and the base did not. */
  readonly newBlockingMissingEvidence: number;
}

export interface VerdictInput {
  readonly policy: Policy;
  readonly score: ScoreResult;
  readonly diagnostics: readonly Diagnostic[];
  /** Only on a pull request whose base was scored: without it, regression and new-missing-evidence cannot hold. */
  readonly base?: BaseComparison | undefined;
}

/** `passed` is false exactly when a `fail_on` condition holds (SPEC §3). */
export function judge(input: VerdictInput): Verdict {
  const failed = [...input.policy.failOn].flatMap((condition) => {
    const reason = conditionHolds(condition, input);
    return reason === undefined ? [] : [{ condition, reason }];
  });
  return { passed: failed.length === 0, failed, checked: [...input.policy.failOn] };
}

function conditionHolds(condition: FailCondition, { policy, score, diagnostics, base }: VerdictInput): string | undefined {
  switch (condition) {
    case 'errors': {
      const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
      return errors > 0 ? `${plural(errors, 'error')} in the control files` : undefined;
    }
    case 'missing-evidence': {
      const blocking = score.missingEvidence.filter((entry) => entry.blocking).length;
      return blocking > 0 ? `${plural(blocking, 'evidence requirement')} of implemented controls not met` : undefined;
    }
    case 'stale-evidence': {
      const stale = score.missingEvidence.filter((entry) => entry.reason === 'stale').length;
      return stale > 0 ? `${plural(stale, 'evidence requirement')} only met by stale evidence` : undefined;
    }
    case 'gaps':
      return score.gap > 0 ? `${plural(score.gap, 'criterion', 'criteria')} in scope with no control (gap)` : undefined;
    case 'readiness':
      return policy.minReadiness !== undefined && score.readiness < policy.minReadiness ? `readiness ${score.readiness.toFixed(1)}% is below the minimum of ${policy.minReadiness}%` : undefined;
    case 'new-missing-evidence':
      if (!base || base.newBlockingMissingEvidence === 0) return undefined;
      return `this pull request adds ${plural(base.newBlockingMissingEvidence, 'blocking missing-evidence entry', 'blocking missing-evidence entries')}`;
    case 'regression':
      if (!base) return undefined;
      if (base.lowered) return `readiness falls from ${base.before.toFixed(1)}% to ${base.after.toFixed(1)}%`;
      if (base.criteriaNoLongerReady.length > 0) return `${base.criteriaNoLongerReady.join(', ')} no longer ready`;
      if (base.controlsWithdrawn.length > 0) return `this pull request withdraws the claim of ${base.controlsWithdrawn.join(', ')} (status lowered or control removed)`;
      return undefined;
  }
}
