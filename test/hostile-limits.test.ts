/**
 * Limits a repository cannot lift: every `limits:` key has a hard maximum in the schema, the
 * README's table states the same numbers, and a configuration one past a maximum is refused.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { UsageError } from '../src/errors.js';
import { defaultLimits, limitKeys, type Limits } from '../src/model.js';
import { controlFile, makeRepo } from './support/repo.js';
import { documentation } from './support/docs.js';

interface LimitSchema {
  readonly type: string;
  readonly minimum: number;
  readonly maximum?: number;
}

const schema = JSON.parse(await readFile('schemas/config.schema.json', 'utf8')) as { properties: { limits: { properties: Record<string, LimitSchema> } } };
const limitSchemas = schema.properties.limits.properties;
const keys = Object.keys(limitKeys) as (keyof Limits)[];

describe('limits: keys', () => {
  it('every limit has a schema with a maximum at or above its default', () => {
    expect(Object.keys(limitSchemas).sort()).toEqual(keys.map((key) => limitKeys[key]).sort());
    for (const key of keys) {
      const limit = limitSchemas[limitKeys[key]]!;
      expect(limit, limitKeys[key]).toMatchObject({ type: 'integer', minimum: 1, maximum: expect.any(Number) });
      expect(limit.maximum, limitKeys[key]).toBeGreaterThanOrEqual(defaultLimits[key]);
    }
  });

  it('the documentation\'s table states each default and maximum', async () => {
    const readme = documentation;
    for (const key of keys) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${limitKeys[key]}\` |`));
      expect(row, limitKeys[key]).toBeDefined();
      const [, , defaultCell, maximumCell] = row!.split('|').map((cell) => cell.trim());
      expect(Number(defaultCell!.replace(/,/g, '')), `${limitKeys[key]} default`).toBe(defaultLimits[key]);
      expect(Number(maximumCell!.replace(/,/g, '')), `${limitKeys[key]} maximum`).toBe(limitSchemas[limitKeys[key]]!.maximum);
    }
  });

  it.each(keys)('%s: the maximum is accepted, one more is refused at its place', async (key) => {
    const name = limitKeys[key];
    const maximum = limitSchemas[name]!.maximum!;
    const at = async (value: number) => check({ root: await makeRepo({ '.crosswalk.yml': `as_of: 2026-11-27\nlimits:\n  ${name}: ${value}\n` }) });
    await expect(at(maximum)).resolves.toMatchObject({ settings: { limits: { [key]: maximum } } });
    await expect(at(maximum + 1)).rejects.toThrow(new UsageError(`.crosswalk.yml:3:${name.length + 5}: limits.${name} must be <= ${maximum}`));
  });
});

/**
 * Day spans and counts have maxima too: a date plus 10^9 days is no date, and the run used to end
 * in "internal error: Invalid time value" instead of naming the key.
 */
describe('day spans and counts', () => {
  const control = (evidence: string) =>
    controlFile(`  - id: AC-01
    title: Access reviews
    implements: [A.5.15]
    status: implemented
    owner: security@acme.example
    evidence:
      - id: ev-review
        type: review
        path: evidence/review.csv
        collected: 2026-10-01
        satisfies: [access-review]
${evidence}`);
  const mapping = (requirement: string) => `apiVersion: crosswalk/v1
kind: Mapping
name: Bounds
rows:
  - iso: A.5.15
    tsc: [CC6.1]
    coverage: partial
    evidence:
      - id: access-review
        description: Access review
        frequency: quarterly
${requirement}`;
  const repo = (files: { config?: string; controls?: string; mapping?: string }) =>
    makeRepo({
      '.crosswalk.yml': `as_of: 2026-11-27\nmapping: mapping.yaml\n${files.config ?? ''}`,
      'controls/access.yaml': control(files.controls ?? ''),
      'evidence/review.csv': 'reviewer,date\nana,2026-10-01\n',
      'mapping.yaml': mapping(files.mapping ?? ''),
    });

  it.each([
    ['max_evidence_age_days', 36_500],
    ['expiry_warning_days', 36_500],
  ])('policy.%s: %d runs, one more is refused at its place', async (key, maximum) => {
    const at = async (value: number) => check({ root: await repo({ config: `policy:\n  ${key}: ${value}\n` }) });
    await expect(at(maximum)).resolves.toMatchObject({ report: { summary: { errors: 0 } } });
    await expect(at(maximum + 1)).rejects.toThrow(new UsageError(`.crosswalk.yml:4:${key.length + 5}: policy.${key} must be <= ${maximum}`));
  });

  it.each([
    ['max_age_days', 36_500],
    ['min_samples', 100_000],
  ])('a mapping requirement\'s %s: %d runs, one more makes the mapping unusable', async (key, maximum) => {
    const at = async (value: number) => check({ root: await repo({ mapping: `        ${key}: ${value}\n` }) });
    await expect(at(maximum)).resolves.toMatchObject({ report: { summary: { errors: 0 } } });
    await expect(at(maximum + 1)).rejects.toThrow(new RegExp(`^mapping mapping\\.yaml:12:${key.length + 11}: .*${key} must be <= ${maximum}`));
  });

  it.each([
    ['samples', 1_000_000_000],
    ['population', 1_000_000_000],
  ])('an evidence item\'s %s: %d is read, one more is an error at the value', async (key, maximum) => {
    const at = async (value: number) => check({ root: await repo({ controls: `        ${key}: ${value}\n` }) });
    expect((await at(maximum)).report.summary.errors).toBe(0);
    const refused = (await at(maximum + 1)).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(refused).toMatchObject([{ code: 'invalid-value', file: 'controls/access.yaml', line: 15, column: key.length + 11 }]);
  });
});
