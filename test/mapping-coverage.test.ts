import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogs } from '../src/load/catalogs.js';
import { loadDefaultMapping } from '../src/load/mapping.js';
import type { Mapping, TscCategory } from '../src/model.js';

/**
 * Annex A controls the default mapping leaves out on purpose. Keep this short, give the reason,
 * and keep it in step with the comment at the end of mappings/iso27001-2022-to-soc2.yaml.
 */
const leftOut: Record<string, string> = {
  'A.5.32': 'intellectual property rights: licence and copyright compliance is outside the TSC; software sources are tested through A.8.19 and A.8.1',
  'A.8.34': 'protection of systems during audit testing: no criterion or point of focus asks for it and SOC 2 auditors do not sample it',
};

interface RawRow {
  iso: string;
  tsc: string[];
  coverage: 'full' | 'partial' | 'gap';
  notes?: string;
  seed?: string;
  source?: string;
  evidence?: { id: string; description: string; max_age_days?: number; min_samples?: number }[];
}

const mappingFile = 'mappings/iso27001-2022-to-soc2.yaml';
const mappingText = readFileSync(mappingFile, 'utf8');
const raw = (parse(mappingText) as { rows: RawRow[] }).rows;
const ownRows = raw.filter((row) => row.seed === undefined);
const catalogs = loadCatalogs();
const categories: TscCategory[] = ['security', 'availability', 'confidentiality', 'processing-integrity', 'privacy'];

describe('the default mapping covers SOC 2', () => {
  let mapping: Mapping;
  beforeAll(async () => {
    mapping = loadDefaultMapping();
  });

  it('reaches every one of the 61 criteria with a full or partial row (a gap row alone does not count)', () => {
    const reached = new Set(mapping.rows.filter((row) => row.coverage !== 'gap').flatMap((row) => row.tsc));
    const unreached = catalogs.criteria.filter((criterion) => !reached.has(criterion.id)).map((criterion) => criterion.id);
    expect(unreached).toEqual([]);
    expect(catalogs.criteria).toHaveLength(61);
    const perCategory = Object.fromEntries(categories.map((category) => [category, catalogs.criteria.filter((criterion) => criterion.category === category && reached.has(criterion.id)).length]));
    expect(perCategory).toEqual({ security: 33, availability: 3, confidentiality: 2, 'processing-integrity': 5, privacy: 18 });
  });

  it('asks for evidence on every partial row, and only on partial rows', () => {
    for (const row of mapping.rows) {
      if (row.coverage === 'partial') expect(row.evidence.length, `${row.iso} → ${row.tsc.join(', ')}`).toBeGreaterThan(0);
      else expect(row.evidence, `${row.iso} → ${row.tsc.join(', ')} is ${row.coverage}`).toEqual([]);
    }
  });

  it('uses each evidence requirement id once across the whole mapping', () => {
    const ids = raw.flatMap((row) => (row.evidence ?? []).map((requirement) => requirement.id));
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated).toEqual([]);
    expect(mapping.requirements.size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives every row of its own (not the seed's) a source and notes that explain the judgement", () => {
    expect(ownRows.length).toBeGreaterThan(0);
    for (const row of ownRows) {
      const where = `${row.iso} → ${row.tsc.join(', ')}`;
      expect(row.source?.trim().length ?? 0, `${where}: source`).toBeGreaterThan(20);
      expect(row.notes?.trim().length ?? 0, `${where}: notes`).toBeGreaterThan(80);
    }
  });

  it('states sampling on the requirements of its own rows: a one-sentence record, its age and sample size', () => {
    for (const row of ownRows) {
      for (const requirement of row.evidence ?? []) {
        expect(requirement.description, requirement.id).toMatch(/^[A-Z].*\.$/);
        expect(requirement.description.slice(0, -1), `${requirement.id}: one sentence`).not.toMatch(/\.\s+[A-Z]/);
        expect(requirement.max_age_days, requirement.id).toBeGreaterThan(0);
        expect(requirement.min_samples, requirement.id).toBeGreaterThan(0);
      }
    }
  });

  it('puts every Annex A control in some row, except the short, explained allow-list', () => {
    const inRows = new Set(mapping.rows.map((row) => row.iso));
    const annexA = [...catalogs.iso.values()].filter((control) => control.kind === 'annex-a').map((control) => control.id);
    expect(annexA).toHaveLength(93);
    expect(annexA.filter((id) => !inRows.has(id) && !(id in leftOut))).toEqual([]);
    // The allow-list stays honest: everything on it really is left out, is a real control, and says why.
    for (const [id, reason] of Object.entries(leftOut)) {
      expect(catalogs.iso.get(id)?.kind, id).toBe('annex-a');
      expect(inRows.has(id), `${id} is mapped after all: drop it from the allow-list`).toBe(false);
      expect(reason.length).toBeGreaterThan(30);
    }
    expect(Object.keys(leftOut).length).toBeLessThanOrEqual(5);
  });

  it('names the left-out controls in the closing comment of the mapping file too', () => {
    const closing = mappingText.slice(mappingText.lastIndexOf('# Annex A controls deliberately left out'));
    for (const id of Object.keys(leftOut)) expect(closing).toContain(`#   ${id} `);
  });

  it('does not map an ISO control to the same criterion twice in rows of its own', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const row of raw) {
      for (const criterion of row.tsc) {
        const pair = `${row.iso} → ${criterion}`;
        if (seen.has(pair) && (row.seed === undefined || seen.get(pair) === 'own')) repeats.push(pair);
        if (!seen.has(pair)) seen.set(pair, row.seed === undefined ? 'own' : 'seed');
      }
    }
    expect(repeats).toEqual([]);
  });

  it('files change management under CC8.1 and keeps privacy honest', () => {
    const rowsFor = (iso: string, criterion: string) => mapping.rows.filter((row) => row.iso === iso && row.tsc.includes(criterion));
    expect(rowsFor('A.8.32', 'CC8.1').map((row) => row.coverage)).toEqual(['partial']);
    expect(rowsFor('A.8.32', 'CC8.1')[0]!.evidence.find((requirement) => (requirement.minSamples ?? 1) >= 25)).toBeDefined();
    // No ISO/IEC 27001 control carries a privacy criterion on its own: no full privacy row.
    const privacy = new Set(catalogs.criteria.filter((criterion) => criterion.category === 'privacy').map((criterion) => criterion.id));
    expect(mapping.rows.filter((row) => row.coverage === 'full' && row.tsc.some((id) => privacy.has(id)))).toEqual([]);
    // Consent: A.5.34 documents the gap, and another row still reaches it.
    expect(rowsFor('A.5.34', 'P2.1').map((row) => row.coverage)).toEqual(['gap']);
    expect(mapping.rows.some((row) => row.tsc.includes('P2.1') && row.coverage === 'partial')).toBe(true);
  });
});
