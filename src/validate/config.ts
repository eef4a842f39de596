import path from 'node:path';
import { addMonths, isIsoDate, todayUtc } from '../dates.js';
import { UsageError } from '../errors.js';
import type { SourceDocument } from '../load/source.js';
import {
  categories,
  defaultControlGlobs,
  defaultLimits,
  limitKeys,
  isShippedMappingName,
  type Limits,
  type MappingSource,
  defaultExpiryWarningDays,
  defaultFailOn,
  defaultMaxEvidenceAgeDays,
  failConditions,
  type FailCondition,
  type Audit,
  type Settings,
  type TscCategory,
} from '../model.js';
import { resolveBadgeStyle } from './badge-style.js';
import { unsafePathReason } from './paths.js';
import { quoteName } from './describe-value.js';
import { checkSchema } from './schemas.js';
import { didYouMean } from './suggest.js';

/** What flags (CLI) or inputs (action) say; each overrides `.crosswalk.yml`. */
export interface SettingsOverrides {
  readonly controls?: readonly string[] | undefined;
  /** `default`, or a path already resolved against where the flag was given. */
  readonly mapping?: string | undefined;
  readonly scope?: readonly string[] | undefined;
  readonly asOf?: string | undefined;
  readonly failOn?: readonly string[] | undefined;
  readonly minReadiness?: string | undefined;
  /** `type1` or `type2`. */
  readonly auditType?: string | undefined;
  /** `START..END`. */
  readonly period?: string | undefined;
}

interface RawConfig {
  controls?: string[];
  mapping?: string;
  scope?: string[];
  as_of?: string;
  audit?: { type?: 'type1' | 'type2'; period?: { start: string; end: string } };
  limits?: Record<string, number>;
  evidence_issue?: { mention_teams?: string[] };
  policy?: { fail_on?: string[]; min_readiness?: number; max_evidence_age_days?: number; expiry_warning_days?: number };
  oscal?: { namespace?: string; organization?: string };
}

/**
 * Merges defaults, the config file and overrides into settings. Anything unusable is a
 * UsageError naming the place (file:line:column, or the flag).
 */
export function resolveSettings(root: string, config: SourceDocument | undefined, overrides: SettingsOverrides, now: Date = new Date()): Settings {
  const raw = config ? checkedConfig(config) : {};
  const failOn = overrides.failOn ? parseList(overrides.failOn, failConditions, 'fail-on') : ((raw.policy?.fail_on ?? defaultFailOn) as FailCondition[]);
  const minReadiness = overrides.minReadiness !== undefined && overrides.minReadiness !== '' ? parsePercent(overrides.minReadiness) : raw.policy?.min_readiness;
  const today = todayUtc(now);
  const asOf = overrides.asOf ?? raw.as_of ?? today;
  if (!isIsoDate(asOf)) throw new UsageError(`as-of must be a calendar date written YYYY-MM-DD, got ${quoteName(asOf)}`);
  if (asOf > today) throw new UsageError(`as-of ${asOf} is after today (${today}): evidence cannot be judged at a date that has not come; look back, not ahead`);
  if (failOn.includes('readiness') && minReadiness === undefined) {
    throw new UsageError('fail_on includes "readiness" but no minimum is set: add policy.min_readiness (or --min-readiness)');
  }
  const mapping = overrides.mapping !== undefined ? mappingFromFlag(overrides.mapping) : mappingFromConfig(root, raw.mapping, config);
  return {
    root,
    controls: overrides.controls ?? raw.controls ?? defaultControlGlobs,
    mapping,
    scope: scopeOf(overrides.scope ? parseList(overrides.scope, categories, 'scope') : ((raw.scope ?? []) as TscCategory[])),
    asOf,
    audit: auditOf(raw.audit, overrides),
    policy: {
      failOn: new Set(failOn),
      minReadiness,
      maxEvidenceAgeDays: raw.policy?.max_evidence_age_days ?? defaultMaxEvidenceAgeDays,
      expiryWarningDays: raw.policy?.expiry_warning_days ?? defaultExpiryWarningDays,
    },
    badge: resolveBadgeStyle(config),
    evidenceIssue: { mentionTeams: raw.evidence_issue?.mention_teams ?? [] },
    limits: limitsOf(raw.limits ?? {}),
    oscal: { namespace: raw.oscal?.namespace?.toLowerCase(), organization: raw.oscal?.organization },
  };
}

function checkedConfig(config: SourceDocument): RawConfig {
  const [first, ...rest] = checkSchema('Config', config).map((finding) => finding.diagnostic);
  if (first) {
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    throw new UsageError(`${first.file}:${first.line}:${first.column}: ${first.message}${more}`);
  }
  return config.data as RawConfig;
}

/** The shipped mappings by name; a user's file of the same name is read only when written as a path (`./seed`). */
function shippedMapping(value: string): MappingSource | undefined {
  // Not a lookup in an object literal: `mapping: constructor` must be a file name, not Object.prototype's.
  return isShippedMappingName(value) ? { kind: value } : undefined;
}

function mappingFromFlag(value: string): MappingSource {
  return shippedMapping(value) ?? { kind: 'file', path: value };
}

function mappingFromConfig(root: string, value: string | undefined, config: SourceDocument | undefined): MappingSource {
  if (value === undefined) return { kind: 'default' };
  const shipped = shippedMapping(value);
  if (shipped) return shipped;
  const unsafe = unsafePathReason(value);
  if (unsafe) {
    const at = config!.locate(['mapping']);
    throw new UsageError(`${at.file}:${at.line}:${at.column}: mapping path ${quoteName(value)} ${unsafe}; it is not read`);
  }
  return { kind: 'file', path: path.resolve(root, value) };
}

/**
 * SPEC §1.3: Type 1 unless `type2` with a period. A SOC 2 Type II period runs 1 to 12 months;
 * one that starts after the as-of date is not an error (the run judges as Type 1 until then).
 */
function auditOf(raw: RawConfig['audit'], overrides: SettingsOverrides): Audit {
  const type = overrides.auditType !== undefined && overrides.auditType !== '' ? parseList([overrides.auditType], ['type1', 'type2'] as const, 'audit-type')[0]! : (raw?.type ?? 'type1');
  const period = overrides.period !== undefined && overrides.period !== '' ? parsePeriod(overrides.period) : raw?.period;
  if (type === 'type1') {
    // A period on the command line (or the action's input) would be ignored: say so, not silently.
    if (overrides.period !== undefined && overrides.period !== '') throw new UsageError(`--period ${quoteName(overrides.period)} is the observation period of a Type 2 audit, but the audit type is type1: add --audit-type type2 (or audit.type: type2 in .crosswalk.yml), or leave --period out`);
    return { type };
  }
  if (period === undefined) throw new UsageError('audit.type is type2 but audit.period is not set: give the observation period (audit.period.start and .end, or --period START..END)');
  for (const [key, date] of [['start', period.start], ['end', period.end]] as const) {
    if (!isIsoDate(date)) throw new UsageError(`audit.period.${key} must be a calendar date written YYYY-MM-DD, got ${quoteName(date)}`);
  }
  if (period.end < period.start) throw new UsageError(`audit.period.end ${period.end} is before audit.period.start ${period.start}`);
  if (period.end >= addMonths(period.start, 12)) throw new UsageError(`audit.period ${period.start}..${period.end} is longer than 12 months; a SOC 2 Type II period is at most 12`);
  if (period.end < addMonths(period.start, 1, -1)) throw new UsageError(`audit.period ${period.start}..${period.end} is shorter than 1 month; a SOC 2 Type II period runs 1 to 12 months`);
  return { type, period: { start: period.start, end: period.end } };
}

function parsePeriod(value: string): { start: string; end: string } {
  const parts = value.split('..');
  if (parts.length !== 2) throw new UsageError(`period must be written START..END (e.g. 2026-01-01..2026-12-31), got ${quoteName(value)}`);
  return { start: parts[0]!.trim(), end: parts[1]!.trim() };
}

function limitsOf(raw: Record<string, number>): Limits {
  const entries = (Object.keys(limitKeys) as (keyof Limits)[]).map((key) => [key, raw[limitKeys[key]] ?? defaultLimits[key]]);
  return Object.fromEntries(entries) as Limits;
}

/** Security always, then the added categories in the catalog's order. */
function scopeOf(added: readonly TscCategory[]): TscCategory[] {
  return categories.filter((category) => category === 'security' || added.includes(category));
}

function parseList<T extends string>(values: readonly string[], allowed: readonly T[], name: string): T[] {
  return values.map((value) => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new UsageError(`${name}: ${quoteName(value)} is not one of ${allowed.join(', ')}${didYouMean(value, allowed)}`);
  });
}

function parsePercent(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new UsageError(`min-readiness must be a percentage from 0 to 100, got ${quoteName(value)}`);
  }
  return number;
}

/** Splits a flag or action input written as `a,b` or one per line. */
export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
