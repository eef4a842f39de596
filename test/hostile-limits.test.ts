/**
 * Limits a repository cannot lift: every `limits:` key has a hard maximum in the schema, the
 * README's table states the same numbers, and a configuration one past a maximum is refused.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { UsageError } from '../src/errors.js';
import { defaultLimits, limitKeys, type Limits } from '../src/model.js';
import { makeRepo } from './support/repo.js';

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

  it('the README table states each default and maximum', async () => {
    const readme = await readFile('README.md', 'utf8');
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
