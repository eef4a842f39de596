import packageJson from '../../package.json' with { type: 'json' };
import type { Diagnostic, SourceLocation } from '../diagnostics.js';
import type { Catalogs, ControlStatus, Mapping, Settings, TscCategory } from '../model.js';
import type { MissingReason } from '../score/evidence.js';
import type { Verdict } from '../score/policy.js';
import type { CriterionState, ScoreResult } from '../score/score.js';
import { compareIsoIds } from '../validate/iso-ids.js';

/** The JSON report of SPEC §3: what workflows rely on. Every formatter renders this and nothing else. */
export interface Report {
  readonly tool: { readonly name: 'crosswalk'; readonly version: string };
  readonly asOf: string;
  readonly scope: readonly TscCategory[];
  readonly mapping: { readonly name: string; readonly source: string };
  readonly summary: ReportSummary;
  readonly categories: readonly CategoryReport[];
  readonly criteria: readonly CriterionReport[];
  readonly missingEvidence: readonly MissingEvidenceReport[];
  readonly controls: readonly ControlReport[];
  readonly unverifiedEvidence: readonly EvidenceReference[];
  readonly expiringEvidence: readonly ExpiringEvidenceReport[];
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
  readonly expiringEvidence: number;
  readonly errors: number;
  readonly warnings: number;
  readonly passed: boolean;
  readonly failedConditions: Verdict['failed'];
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
}

export interface ControlReport extends SourceLocation {
  readonly id: string;
  readonly title: string;
  readonly status: ControlStatus;
  readonly owner: string | null;
  readonly implements: readonly string[];
  readonly covers: readonly string[];
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

export interface MissingEvidenceReport extends SourceLocation {
  readonly iso: string | null;
  readonly isoTitle: string | null;
  readonly controls: readonly string[];
  readonly criteria: readonly string[];
  readonly requirement: string;
  readonly description: string;
  readonly reason: MissingReason;
  readonly blocking: boolean;
  /** Samples counted from present, fresh evidence, and the requirement's minimum. */
  readonly samples: { readonly counted: number; readonly required: number };
  /** The evidence items that list the requirement (none when the reason is `absent`). */
  readonly evidence: readonly EvidenceReference[];
}

export interface ReportInput {
  readonly catalogs: Catalogs;
  readonly mapping: Mapping;
  readonly settings: Settings;
  readonly score: ScoreResult;
  readonly diagnostics: readonly Diagnostic[];
  readonly verdict: Verdict;
}

export function buildReport({ catalogs, mapping, settings, score, diagnostics, verdict }: ReportInput): Report {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  return {
    tool: { name: 'crosswalk', version: packageJson.version },
    asOf: settings.asOf,
    scope: settings.scope,
    mapping: { name: mapping.name, source: mapping.origin === 'default' ? 'default' : 'file' },
    summary: {
      readiness: score.readiness,
      designCoverage: score.designCoverage,
      criteria: score.criteria,
      ready: score.ready,
      incomplete: score.incomplete,
      gap: score.gap,
      missingEvidence: score.missingEvidence.length,
      blockingMissingEvidence: score.missingEvidence.filter((entry) => entry.blocking).length,
      expiringEvidence: score.expiring.length,
      errors: count('error'),
      warnings: count('warning'),
      passed: verdict.passed,
      failedConditions: verdict.failed,
    },
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
    criteria: score.criteriaResults.map(({ criterion, state, rows }) => ({
      id: criterion.id,
      category: criterion.category,
      subject: criterion.subject,
      state,
      controls: unique(rows.flatMap((row) => (row.kind === 'mapping' ? [row.row.iso] : []))).sort(compareIsoIds),
      supplementalControls: unique(rows.flatMap((row) => (row.kind === 'supplemental' ? [row.control.id] : []))).sort(),
    })),
    missingEvidence: score.missingEvidence.map((entry) => {
      const first = entry.controls[0];
      return {
        iso: entry.iso,
        isoTitle: entry.iso === null ? null : (catalogs.iso.get(entry.iso)?.title ?? null),
        controls: entry.controls.map((control) => control.id),
        criteria: entry.criteria,
        requirement: entry.requirement,
        description: entry.description,
        reason: entry.reason,
        blocking: entry.blocking,
        samples: entry.samples,
        ...(first ? first.at : { file: '.', line: 1, column: 1 }),
        evidence: entry.items.map(({ control, item }) => ({ control: control.id, evidence: item.id, ...item.at })),
      };
    }),
    controls: score.controls.map((control) => ({
      id: control.id,
      title: control.title,
      status: control.status,
      owner: control.owner ?? null,
      implements: control.implements,
      covers: control.covers,
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
    diagnostics,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
