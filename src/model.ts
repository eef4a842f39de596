/** The data every stage shares: catalogs, the mapping, the organization's controls, settings. */
import type { ChangePopulation } from './change-population.js';
import type { SourceLocation } from './diagnostics.js';

export const categories = ['security', 'availability', 'confidentiality', 'processing-integrity', 'privacy'] as const;
export type TscCategory = (typeof categories)[number];
/** Security is always in scope; these are the categories a team may add. */
export type OptionalCategory = Exclude<TscCategory, 'security'>;

export interface Criterion {
  readonly id: string;
  readonly category: TscCategory;
  readonly series: string;
  readonly subject: string;
}

export interface IsoControl {
  readonly id: string;
  readonly title: string;
  /** Annex A control, or a requirement of the ISMS clauses 4–10. */
  readonly kind: 'annex-a' | 'clause';
}

export interface Iso2013Entry {
  readonly id: string;
  readonly title: string;
  readonly replacedBy: readonly string[];
}

export interface Catalogs {
  readonly iso: ReadonlyMap<string, IsoControl>;
  /** In catalog order: CC1.1 … P8.1. */
  readonly criteria: readonly Criterion[];
  readonly criteriaById: ReadonlyMap<string, Criterion>;
  readonly categoryTitles: ReadonlyMap<TscCategory, string>;
  readonly seriesTitles: ReadonlyMap<string, string>;
  readonly iso2013: ReadonlyMap<string, Iso2013Entry>;
}

export type Coverage = 'full' | 'partial' | 'gap';

/** How often a control operates, and so what an auditor samples (SPEC §1.2). */
export const frequencies = ['annual', 'semiannual', 'quarterly', 'monthly', 'weekly', 'daily', 'per-event'] as const;
export type Frequency = (typeof frequencies)[number];

/**
 * Periodic requirements are filled once per window (a review a quarter); population
 * requirements are sampled from the occurrences of the period (changes, tickets, alerts).
 */
export type FrequencyKind = 'periodic' | 'population';

interface FrequencyDefaults {
  readonly kind: FrequencyKind;
  /** Months per window of a periodic requirement (calendar windows, except annual ones from the period start). */
  readonly windowMonths: number | undefined;
  readonly maxAgeDays: number;
  /** Type II sample size over a whole period. */
  readonly minSamples: number;
}

/** SPEC §1.2's table. */
export const frequencyDefaults: Readonly<Record<Frequency, FrequencyDefaults>> = {
  annual: { kind: 'periodic', windowMonths: 12, maxAgeDays: 395, minSamples: 1 },
  semiannual: { kind: 'periodic', windowMonths: 6, maxAgeDays: 213, minSamples: 2 },
  quarterly: { kind: 'periodic', windowMonths: 3, maxAgeDays: 122, minSamples: 2 },
  monthly: { kind: 'periodic', windowMonths: 1, maxAgeDays: 45, minSamples: 2 },
  weekly: { kind: 'population', windowMonths: undefined, maxAgeDays: 45, minSamples: 5 },
  daily: { kind: 'population', windowMonths: undefined, maxAgeDays: 45, minSamples: 25 },
  'per-event': { kind: 'population', windowMonths: undefined, maxAgeDays: 90, minSamples: 25 },
};

export interface EvidenceRequirement {
  readonly id: string;
  readonly description: string;
  /** Undefined: periodic with annual windows, maximum age from the policy (SPEC §1.2). */
  readonly frequency: Frequency | undefined;
  /** As written; undefined: the frequency's default, else the policy's maximum evidence age. */
  readonly maxAgeDays: number | undefined;
  /** As written; undefined: the frequency's default (population requirements only). */
  readonly minSamples: number | undefined;
}

/** A requirement of a row: it gates only some of the row's criteria when it says so (SPEC §1.2). */
export interface RowRequirement extends EvidenceRequirement {
  /** The criteria it evidences: its `tsc` as written, else all of its row's. */
  readonly gates: readonly string[];
}

export interface MappingRow {
  readonly iso: string;
  readonly tsc: readonly string[];
  readonly coverage: Coverage;
  readonly notes: string | undefined;
  readonly seed: string | undefined;
  readonly source: string | undefined;
  /** On a seed row whose TSC references were corrected: what the seed had, and why. */
  readonly corrected: string | undefined;
  /** On full rows: how often the control operates, for its operating evidence. */
  readonly frequency: Frequency | undefined;
  readonly evidence: readonly RowRequirement[];
}

/**
 * SOC 2's own requirements of one criterion (`criteria:`): tested against every organization,
 * whatever ISO controls it implements (SPEC §1.2, §2).
 */
export interface CriterionRequirements {
  readonly tsc: string;
  readonly notes: string | undefined;
  readonly evidence: readonly EvidenceRequirement[];
}

/** A catalog id the mapping leaves out on purpose (`unmapped:`). */
export interface UnmappedId {
  readonly iso: string;
  readonly reason: string;
}

/** Where a requirement of the mapping is asked for: on a row, or by a criterion itself. */
export type RequirementSource =
  | { readonly kind: 'row'; readonly requirement: RowRequirement; readonly row: MappingRow }
  | { readonly kind: 'criterion'; readonly requirement: EvidenceRequirement; readonly criterion: CriterionRequirements };

export interface Mapping {
  readonly name: string;
  /** `default` or `seed` for a shipped mapping, else the file as the user named it. */
  readonly origin: string;
  readonly rows: readonly MappingRow[];
  /** One entry per criterion that has requirements of its own, in the mapping's order. */
  readonly criteria: readonly CriterionRequirements[];
  readonly unmapped: readonly UnmappedId[];
  /** Every evidence requirement id (unique across rows and criteria), with what asks for it. */
  readonly requirements: ReadonlyMap<string, RequirementSource>;
}

export const controlStatuses = ['implemented', 'in-progress', 'planned', 'not-applicable'] as const;
export type ControlStatus = (typeof controlStatuses)[number];

/** Where an evidence item lives: a file or glob inside the repository, or an external link. */
export type EvidenceSource = { readonly kind: 'path'; readonly pattern: string; readonly at: SourceLocation } | { readonly kind: 'url'; readonly url: string };

export interface EvidenceItem {
  readonly id: string;
  readonly satisfies: readonly string[];
  readonly type: string | undefined;
  readonly source: EvidenceSource;
  /** ISO date, YYYY-MM-DD. */
  readonly collected: string;
  readonly samples: number | undefined;
  /** The span of activity the item records (a quarter's review); undefined: the day it was collected. */
  readonly period: DateSpan | undefined;
  /** How many occurrences happened in that span, as the item declares (0: none). */
  readonly population: number | undefined;
  /**
   * `per_file: true` (SPEC §1.1): judged as one instance per matched file, dated by its name; also
   * set on those instances, which fill only the window their span ends in. Absent: false.
   */
  readonly perFile?: boolean;
  /** Collected evidence: management's answers to changes' exceptions (SPEC §1.4). */
  readonly deviations?: readonly Deviation[];
  readonly at: SourceLocation;
}

export const deviationClasses = ['emergency', 'automated-dependency', 'error'] as const;
export type DeviationClass = (typeof deviationClasses)[number];

/** An exception answered with management's response. */
export interface Deviation {
  /** The change's id as written: `#812`, `9fceb02`, or qualified, `acme/api#812`, `acme/api@9fceb02`. */
  readonly change: string;
  readonly class: DeviationClass;
  readonly response: string;
  readonly approvedBy: string;
  readonly at: SourceLocation;
}

/** Inclusive span of ISO dates, start ≤ end. */
export interface DateSpan {
  readonly start: string;
  readonly end: string;
}

/** One file an evidence path matched. */
export interface MatchedFile {
  /** Repository-relative, `/` separators. */
  readonly path: string;
  readonly size: number;
}

/**
 * A matched file's SHA-256, or why it has none: hashing is bounded (a file above the per-file
 * cap, or past the run's total, is never read) and only done for outputs that show hashes.
 */
export type FileDigest = { readonly sha256: string } | { readonly sha256: null; readonly reason: DigestSkipReason };
export type DigestSkipReason = 'not-requested' | 'file-too-large' | 'hashing-budget-spent' | 'unreadable' | 'changed-while-read';
/** Digests by repository-relative path. */
export type FileDigests = ReadonlyMap<string, FileDigest>;

/**
 * What was found for one evidence item: the files its path matched (with, when they are
 * ChangePopulation documents, what they hold: SPEC §1.4), or an external link.
 */
export type EvidenceObservation = { readonly kind: 'files'; readonly files: readonly MatchedFile[]; readonly collected?: CollectedEvidence } | { readonly kind: 'url' };

/** A ChangePopulation document an evidence path matched. */
export interface CollectedDocument {
  /** Repository-relative, `/` separators. */
  readonly path: string;
  readonly document: ChangePopulation;
}

/**
 * Collected evidence: the documents an item's path matched, in path order. Not `valid` (and the
 * item not present) when one fails its schema or its recomputed exceptions, or the path also
 * matched other files; the diagnostics say which.
 */
export interface CollectedEvidence {
  readonly documents: readonly CollectedDocument[];
  readonly valid: boolean;
}

export type EvidenceObservations = ReadonlyMap<EvidenceItem, EvidenceObservation>;

export interface OrgControl {
  readonly id: string;
  readonly title: string;
  readonly implements: readonly string[];
  readonly covers: readonly string[];
  readonly status: ControlStatus;
  readonly owner: string | undefined;
  readonly justification: string | undefined;
  /** Items that count (collected on or before the as-of date), in canonical order once scored. */
  readonly evidence: readonly EvidenceItem[];
  /**
   * Items dated after the as-of date: not counted, as if not written (SPEC §2), but kept so a
   * report can name them where a requirement would otherwise just be "absent".
   */
  readonly laterEvidence: readonly EvidenceItem[];
  /** The control's `id` key: where its findings are reported. */
  readonly at: SourceLocation;
}

export const failConditions = ['errors', 'missing-evidence', 'new-missing-evidence', 'stale-evidence', 'gaps', 'readiness', 'regression'] as const;
export type FailCondition = (typeof failConditions)[number];

export interface Policy {
  readonly failOn: ReadonlySet<FailCondition>;
  readonly minReadiness: number | undefined;
  readonly maxEvidenceAgeDays: number;
  readonly expiryWarningDays: number;
}

/**
 * Bounds on what a pull request can make crosswalk read or compute. Every input is
 * attacker-controlled on pull_request_target and fork PRs; each limit is a clear error.
 */
export interface Limits {
  readonly maxFileBytes: number;
  readonly maxTotalBytes: number;
  readonly maxFiles: number;
  readonly maxControls: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxLineLength: number;
  readonly maxGlobLength: number;
  readonly maxGlobExpansion: number;
  readonly maxRepositoryFiles: number;
  /** Glob work of a run, in path comparisons (compiling an alternative counts 20). */
  readonly maxGlobMatches: number;
  /** Distinct evidence paths and globs. */
  readonly maxEvidencePatterns: number;
}

/** Roomy for the largest real compliance repositories (a few thousand controls, a few MiB of YAML). */
export const defaultLimits: Limits = {
  maxFileBytes: 1_048_576,
  maxTotalBytes: 4_194_304,
  maxFiles: 2_000,
  maxControls: 20_000,
  maxDepth: 64,
  maxAliases: 100,
  maxLineLength: 10_000,
  maxGlobLength: 1_024,
  maxGlobExpansion: 256,
  maxRepositoryFiles: 200_000,
  maxGlobMatches: 2_000_000,
  maxEvidencePatterns: 100_000,
};

/** The `.crosswalk.yml` key of each limit. */
export const limitKeys: Record<keyof Limits, string> = {
  maxFileBytes: 'max_file_bytes',
  maxTotalBytes: 'max_total_bytes',
  maxFiles: 'max_files',
  maxControls: 'max_controls',
  maxDepth: 'max_depth',
  maxAliases: 'max_aliases',
  maxLineLength: 'max_line_length',
  maxGlobLength: 'max_glob_length',
  maxGlobExpansion: 'max_glob_expansion',
  maxRepositoryFiles: 'max_repository_files',
  maxGlobMatches: 'max_glob_matches',
  maxEvidencePatterns: 'max_evidence_patterns',
};

/** How readiness badges are coloured: below thresholds[i] → colors[i]; from the last threshold up → the last colour. */
export interface BadgeStyle {
  readonly label: string;
  readonly thresholds: readonly number[];
  readonly colors: readonly string[];
}

export const defaultBadgeStyle: BadgeStyle = { label: 'SOC 2 readiness', thresholds: [50, 80], colors: ['red', 'yellow', 'green'] };

/** A bad badge style is reported where badges are made; it never stops the check itself. */
export type BadgeSettings = { readonly ok: true; readonly style: BadgeStyle } | { readonly ok: false; readonly problem: string };

/**
 * Which mapping to score against. A path written in `.crosswalk.yml` comes from the repository
 * (so, on a pull request, from its author) and must stay inside it; a flag or action input is
 * the workflow's own and may point anywhere.
 */
export type MappingSource = { readonly kind: 'default' } | { readonly kind: 'seed' } | { readonly kind: 'file'; readonly path: string };

/** The mappings crosswalk ships, by the names `mapping:`, `--mapping` and the action's input take (SPEC §1.2). */
export const shippedMappingNames = ['default', 'seed'] as const;
type ShippedMappingName = (typeof shippedMappingNames)[number];

/** A bare `default` or `seed` names a shipped mapping; a user's file of that name is written as a path (`./seed`). */
export function isShippedMappingName(value: string): value is ShippedMappingName {
  return (shippedMappingNames as readonly string[]).includes(value);
}

/**
 * What the report attests (SPEC §1.3): readiness at the as-of date (Type 1), or operation over
 * an observation period (Type 2).
 */
export type Audit = { readonly type: 'type1' } | { readonly type: 'type2'; readonly period: DateSpan };

/** Configuration after defaults, `.crosswalk.yml` and flags have been merged. */
export interface Settings {
  /** Absolute path of the repository being checked. */
  readonly root: string;
  readonly controls: readonly string[];
  readonly mapping: MappingSource;
  /** In canonical order, security first. */
  readonly scope: readonly TscCategory[];
  /** ISO date, YYYY-MM-DD. */
  readonly asOf: string;
  readonly audit: Audit;
  readonly policy: Policy;
  readonly badge: BadgeSettings;
  readonly evidenceIssue: EvidenceIssueSettings;
  readonly limits: Limits;
  /** What the OSCAL exports need to know about the organization; unset when the config says nothing. */
  readonly oscal?: OscalSettings;
}

export interface OscalSettings {
  /** The UUID the exports' UUIDs are derived from (`oscal.namespace`). */
  readonly namespace?: string | undefined;
  /** The organization's name (`oscal.organization`). */
  readonly organization?: string | undefined;
}

/** The evidence issue: which teams it may ping (`evidence_issue.mention_teams`); users always may be. */
export interface EvidenceIssueSettings {
  readonly mentionTeams: readonly string[];
}

export const defaultControlGlobs = ['controls/**/*.{yaml,yml}'];
export const defaultFailOn: readonly FailCondition[] = ['errors', 'missing-evidence'];
export const defaultMaxEvidenceAgeDays = 365;
export const defaultExpiryWarningDays = 30;
