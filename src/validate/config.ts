import path from 'node:path';
import { isIsoDate, todayUtc } from '../dates.js';
import { UsageError } from '../errors.js';
import type { SourceDocument } from '../load/source.js';
import {
  categories,
  defaultControlGlobs,
  defaultLimits,
  limitKeys,
  type Limits,
  type MappingSource,
  defaultExpiryWarningDays,
  defaultFailOn,
  defaultMaxEvidenceAgeDays,
  failConditions,
  type FailCondition,
  type Settings,
  type TscCategory,
} from '../model.js';
import { resolveBadgeStyle } from './badge-style.js';
import { unsafePathReason } from './paths.js';
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
}

interface RawConfig {
  controls?: string[];
  mapping?: string;
  scope?: string[];
  as_of?: string;
  limits?: Record<string, number>;
  policy?: { fail_on?: string[]; min_readiness?: number; max_evidence_age_days?: number; expiry_warning_days?: number };
}

/**
 * Merges defaults, the config file and overrides into settings. Anything unusable is a
 * UsageError naming the place (file:line:column, or the flag).
 */
export function resolveSettings(root: string, config: SourceDocument | undefined, overrides: SettingsOverrides, now: Date = new Date()): Settings {
  const raw = config ? checkedConfig(config) : {};
  const failOn = overrides.failOn ? parseList(overrides.failOn, failConditions, 'fail-on') : ((raw.policy?.fail_on ?? defaultFailOn) as FailCondition[]);
  const minReadiness = overrides.minReadiness !== undefined && overrides.minReadiness !== '' ? parsePercent(overrides.minReadiness) : raw.policy?.min_readiness;
  const asOf = overrides.asOf ?? raw.as_of ?? todayUtc(now);
  if (!isIsoDate(asOf)) throw new UsageError(`as-of must be a calendar date written YYYY-MM-DD, got "${asOf}"`);
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
    policy: {
      failOn: new Set(failOn),
      minReadiness,
      maxEvidenceAgeDays: raw.policy?.max_evidence_age_days ?? defaultMaxEvidenceAgeDays,
      expiryWarningDays: raw.policy?.expiry_warning_days ?? defaultExpiryWarningDays,
    },
    badge: resolveBadgeStyle(config),
    limits: limitsOf(raw.limits ?? {}),
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

function mappingFromFlag(value: string): MappingSource {
  return value === 'default' ? { kind: 'default' } : { kind: 'file', path: value, fromRepository: false };
}

function mappingFromConfig(root: string, value: string | undefined, config: SourceDocument | undefined): MappingSource {
  if (value === undefined || value === 'default') return { kind: 'default' };
  const unsafe = unsafePathReason(value);
  if (unsafe) {
    const at = config!.locate(['mapping']);
    throw new UsageError(`${at.file}:${at.line}:${at.column}: mapping path "${value}" ${unsafe}; it is not read`);
  }
  return { kind: 'file', path: path.resolve(root, value), fromRepository: true };
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
    throw new UsageError(`${name}: "${value}" is not one of ${allowed.join(', ')}${didYouMean(value, allowed)}`);
  });
}

function parsePercent(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new UsageError(`min-readiness must be a percentage from 0 to 100, got "${value}"`);
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
