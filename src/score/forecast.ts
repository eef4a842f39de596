/**
 * SPEC §2, the forecast: a Type II program is judged at the period's end, not today. The same
 * scoring at E = e with the evidence as it stands says what readiness will be if nothing more is
 * collected, and which criteria ready today would fall by then.
 */
import type { Criterion } from '../model.js';
import { scoreOn, type MissingEvidence, type ScoreInput, type ScoreResult } from './score.js';

/** A criterion ready today that the period's end would find not ready, and what would keep it ready. */
export interface CriterionAtRisk {
  readonly criterion: Criterion;
  /** The requirements gating it that the evidence as it stands leaves unmet at the period's end. */
  readonly needs: readonly MissingEvidence[];
}

export interface Forecast {
  /** The period's end: the day the forecast judges at. */
  readonly asOf: string;
  readonly readiness: number;
  readonly ready: number;
  /** In catalogue order. */
  readonly atRisk: readonly CriterionAtRisk[];
}

/** Type 2 while the period runs (s ≤ E < e); undefined otherwise: there is nothing ahead to forecast. */
export function forecast(input: ScoreInput, now: ScoreResult): Forecast | undefined {
  const { audit, asOf } = input.settings;
  if (audit.type !== 'type2' || asOf < audit.period.start || asOf >= audit.period.end) return undefined;
  // The controls hold only evidence collected by the as-of date (later items are set aside when
  // validated), so judging them at e is "the evidence as it stands".
  const atEnd = scoreOn(audit.period.end, input, now);
  const readyNow = new Set(now.criteriaResults.filter((result) => result.state === 'ready').map((result) => result.criterion.id));
  const atRisk = atEnd.criteriaResults
    .filter((result) => readyNow.has(result.criterion.id) && result.state !== 'ready')
    .map((result) => ({ criterion: result.criterion, needs: atEnd.missingEvidence.filter((entry) => entry.criteria.includes(result.criterion.id)) }));
  return { asOf: audit.period.end, readiness: atEnd.readiness, ready: atEnd.ready, atRisk };
}
