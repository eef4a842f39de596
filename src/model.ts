/** The data every stage shares: catalogs, the mapping, the organization's controls, settings. */
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

export interface EvidenceRequirement {
  readonly id: string;
  readonly description: string;
  /** Overrides the policy's maximum evidence age. */
  readonly maxAgeDays: number | undefined;
  readonly minSamples: number;
}

export interface MappingRow {
  readonly iso: string;
  readonly tsc: readonly string[];
  readonly coverage: Coverage;
  readonly notes: string | undefined;
  readonly seed: string | undefined;
  readonly source: string | undefined;
  readonly evidence: readonly EvidenceRequirement[];
}

export interface Mapping {
  readonly name: string;
  /** `default` for the shipped mapping, else the file as the user named it. */
  readonly origin: string;
  readonly rows: readonly MappingRow[];
  /** Every evidence requirement id, with the row that asks for it. */
  readonly requirements: ReadonlyMap<string, { readonly requirement: EvidenceRequirement; readonly row: MappingRow }>;
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
  readonly at: SourceLocation;
}

export interface OrgControl {
  readonly id: string;
  readonly title: string;
  readonly implements: readonly string[];
  readonly covers: readonly string[];
  readonly status: ControlStatus;
  readonly owner: string | undefined;
  readonly justification: string | undefined;
  readonly evidence: readonly EvidenceItem[];
  /** The control's `id` key: where its findings are reported. */
  readonly at: SourceLocation;
}

export const failConditions = ['errors', 'missing-evidence', 'stale-evidence', 'gaps', 'readiness', 'regression'] as const;
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
}

/** Roomy for the largest real compliance repositories (a few thousand controls, a few MiB of YAML). */
export const defaultLimits: Limits = {
  maxFileBytes: 1_048_576,
  maxTotalBytes: 33_554_432,
  maxFiles: 2_000,
  maxControls: 20_000,
  maxDepth: 64,
  maxAliases: 100,
  maxLineLength: 10_000,
  maxGlobLength: 1_024,
  maxGlobExpansion: 256,
  maxRepositoryFiles: 200_000,
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
export type MappingSource = { readonly kind: 'default' } | { readonly kind: 'file'; readonly path: string; readonly fromRepository: boolean };

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
  readonly policy: Policy;
  readonly badge: BadgeSettings;
  readonly limits: Limits;
}

export const defaultControlGlobs = ['controls/**/*.{yaml,yml}'];
export const defaultFailOn: readonly FailCondition[] = ['errors', 'missing-evidence'];
export const defaultMaxEvidenceAgeDays = 365;
export const defaultExpiryWarningDays = 30;
