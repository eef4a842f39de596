import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogs } from '../src/load/catalogs.js';
import { defaultMappingFile, loadDefaultMapping, loadSeedMapping, seedMappingFile, validatedMapping } from '../src/load/mapping.js';

interface RawRow {
  iso: string;
  tsc: string[];
  coverage: string;
  notes?: string;
  seed?: string;
  corrected?: string;
  frequency?: string;
  evidence?: { id: string; description: string; frequency?: string; max_age_days?: number; min_samples?: number }[];
}
const rawRows = (file: string) => (parse(readFileSync(file, 'utf8')) as { rows: RawRow[] }).rows;

/** The seed's two mapping tables, read from the seed document kept in the repository. */
function seedRows(): { control: string; tsc: string[]; coverage: string; notes: string }[] {
  const text = readFileSync('mappings/seed/iso27001-2022-to-soc2-mapping.md', 'utf8');
  const strip = (cell: string) => cell.replace(/\*\*/g, '').replace(/\*/g, '').trim();
  return text
    .split('\n')
    .filter((line) => /^\| \*\*(A\.|\d)/.test(line))
    .map((line) => {
      const [control, tsc, coverage, notes] = line.split('|').slice(1, 5).map(strip);
      return { control: control!, tsc: tsc!.split(',').map((id) => id.trim()), coverage: coverage!.toLowerCase(), notes: notes! };
    });
}

/** The 2022 id(s) each seed control was filed under, decided by the control's title. */
const resolution: Record<string, string[]> = {
  'A.5.1 Policies for Information Security': ['A.5.1'],
  'A.5.7 Threat Intelligence': ['A.5.7'],
  'A.6.1 Roles & Responsibilities': ['A.5.2'],
  'A.6.3 Information Security Awareness & Training': ['A.6.3'],
  'A.7.2 Physical Entry Controls': ['A.7.2'],
  'A.8.1 Operational Planning & Control': ['8.1'],
  'A.8.16 Monitoring Activities': ['A.8.16'],
  'A.8.28 Secure Coding': ['A.8.28'],
  'A.9.1 Access Control Policy': ['A.5.15'],
  'A.9.2 User Access Management': ['A.5.16', 'A.5.18'],
  'A.9.4 System & Application Access Control': ['A.8.3', 'A.8.5'],
  'A.10.1 Cryptographic Controls': ['A.8.24'],
  'A.11.1 Logging & Monitoring': ['A.8.15', 'A.8.16'],
  'A.11.2 Security Event Handling': ['A.5.25'],
  'A.7.4 Securing Offices, Rooms and Facilities': ['A.7.3'],
  'A.8.3 Capacity Management': ['A.8.6'],
  'A.8.14 Change Management': ['A.8.32'],
  'A.8.15 Test Management': ['A.8.29'],
  'A.8.22 Management of Technical Vulnerabilities': ['A.8.8'],
  'A.8.24 Logging': ['A.8.15'],
  'A.8.27 Secure System Architecture and Engineering Principles': ['A.8.27'],
  'A.9.3 Privileged Access Rights': ['A.8.2'],
  'A.9.5 Access to Source Code': ['A.8.4'],
  'A.10.2 Key Management': ['A.8.24'],
  'A.11.1 Logging and Monitoring of Activities': ['A.8.15', 'A.8.16'],
  'A.11.3 Assessment for Technical Compliance': ['A.5.36'],
};

describe('catalogs', () => {
  const catalogs = loadCatalogs();

  it('hold the 93 Annex A controls and the ISMS clauses 4.1–10.2', () => {
    const annexA = [...catalogs.iso.values()].filter((control) => control.kind === 'annex-a');
    expect(annexA).toHaveLength(93);
    expect(catalogs.iso.get('A.8.34')?.title).toBe('Protection of information systems during audit testing');
    expect(catalogs.iso.get('6.1.2')?.title).toBe('Information security risk assessment');
    expect(catalogs.iso.get('10.2')?.kind).toBe('clause');
    expect(catalogs.iso.has('A.9.1.1')).toBe(false);
  });

  it('hold the 61 SOC 2 criteria with a subject each, by category', () => {
    expect(catalogs.criteria).toHaveLength(61);
    const perCategory = Object.fromEntries(['security', 'availability', 'confidentiality', 'processing-integrity', 'privacy'].map((category) => [category, catalogs.criteria.filter((criterion) => criterion.category === category).length]));
    expect(perCategory).toEqual({ security: 33, availability: 3, confidentiality: 2, 'processing-integrity': 5, privacy: 18 });
    for (const criterion of catalogs.criteria) expect(criterion.subject.length).toBeGreaterThan(10);
  });

  it('know where every 2013 control went', () => {
    expect(catalogs.iso2013.get('A.12.4.1')?.replacedBy).toEqual(['A.8.15']);
    expect(catalogs.iso2013.get('A.18.2.3')?.replacedBy).toEqual(['A.5.36', 'A.8.8']);
    for (const entry of catalogs.iso2013.values()) for (const id of entry.replacedBy) expect(catalogs.iso.has(id)).toBe(true);
  });
});

/** The seed's rows expanded to one row per 2022 id, in the seed's order: what both shipped mappings start from. */
function expectedSeedRows() {
  return seedRows().flatMap((row) => resolution[row.control]!.map((iso) => ({ iso, seed: row.control, tsc: row.tsc, coverage: row.coverage, notes: row.notes })));
}

describe('the seed mapping (mapping: seed)', () => {
  const raw = rawRows(seedMappingFile);

  it('is the seed table as written, row by row: 27 seed rows under 31 2022 ids, criteria, coverage and notes unchanged', () => {
    expect(seedRows()).toHaveLength(27);
    const expected = expectedSeedRows();
    expect(expected).toHaveLength(31);
    expect(raw.map(({ iso, seed, tsc, coverage, notes }) => ({ iso, seed, tsc, coverage, notes }))).toEqual(expected);
    expect(raw.every((row) => row.corrected === undefined)).toBe(true);
  });

  it('is what `mapping: seed` loads, and validates clean against the catalogs', () => {
    const loaded = loadSeedMapping();
    expect(loaded.origin).toBe('seed');
    expect(loaded.rows.map(({ iso, seed, tsc, coverage, notes }) => ({ iso, seed, tsc, coverage, notes }))).toEqual(expectedSeedRows());
    const validated = validatedMapping(seedMappingFile, readFileSync(seedMappingFile, 'utf8'), 'seed', loadCatalogs());
    expect(loaded).toEqual(validated);
  });

  it("asks, where it asks for evidence, what the default mapping asks under the same requirement id, but where the default's second audit changed it", () => {
    // The seed mapping stays as it was written; the default's second audit re-worded these (a control
    // file that satisfies one still names a requirement of both mappings).
    const changedByTheAudit: Record<string, { field: 'description' | 'frequency'; why: string }> = {
      'threat-intel-in-risk-assessment': { field: 'description', why: 'the risk assessment considers current threats; no auditor asks for a rating that intelligence changed' },
      'threat-intel-source-review': { field: 'frequency', why: 'annual: the source review is inspected once, not every quarter' },
      'code-review-records': { field: 'description', why: 'tested on the changes sampled for change management, not a parallel sample' },
      'change-tickets-approved': { field: 'description', why: 'one sample of changes for approval, testing and review together' },
    };
    const defaultRequirements = new Map(rawRows(defaultMappingFile).flatMap((row) => row.evidence ?? []).map((requirement) => [requirement.id, requirement]));
    const seedRequirements = raw.flatMap((row) => row.evidence ?? []);
    expect(seedRequirements).toHaveLength(14);
    for (const requirement of seedRequirements) {
      // The default's requirements may gate only some of their row's criteria; the seed's gate all of theirs.
      const inDefault: typeof requirement & { tsc?: string[] } = { ...defaultRequirements.get(requirement.id)! };
      delete inDefault.tsc;
      const changed = changedByTheAudit[requirement.id];
      if (changed === undefined) {
        expect(requirement, requirement.id).toEqual(inDefault);
        continue;
      }
      expect(requirement[changed.field], `${requirement.id}: ${changed.why}`).not.toEqual(inDefault[changed.field]);
      expect({ ...requirement, [changed.field]: inDefault[changed.field] }, requirement.id).toEqual(inDefault);
    }
  });
});

describe('the default mapping', () => {
  const raw = rawRows(defaultMappingFile);

  it('validates clean against the catalogs, and the build-time copy runs use is the same mapping', async () => {
    const validated = validatedMapping(defaultMappingFile, readFileSync(defaultMappingFile, 'utf8'), 'default', loadCatalogs());
    expect(validated.rows.length).toBe(raw.length);
    const criterionRequirements = (parse(readFileSync(defaultMappingFile, 'utf8')) as { criteria: { evidence: unknown[] }[] }).criteria.flatMap((entry) => entry.evidence);
    expect(validated.requirements.size).toBe(raw.flatMap((row) => row.evidence ?? []).length + criterionRequirements.length);
    expect(loadDefaultMapping()).toEqual(validated);
  });

  it("keeps every row of the seed in the seed's order, with its seed and notes, under the 2022 id(s) its title names", () => {
    const seeded = raw.filter((row) => row.seed !== undefined);
    expect(seeded.map(({ iso, seed, notes }) => ({ iso, seed, notes }))).toEqual(expectedSeedRows().map(({ iso, seed, notes }) => ({ iso, seed, notes })));
  });

  it("says in corrected: what the seed had and why, exactly where it changed the seed's criteria or coverage", () => {
    const seeded = raw.filter((row) => row.seed !== undefined);
    const expected = expectedSeedRows();
    const corrections = seeded.flatMap((row, index) => {
      const seed = expected[index]!;
      const dropped = seed.tsc.filter((criterion) => !row.tsc.includes(criterion));
      const changed = dropped.length > 0 || row.tsc.some((criterion) => !seed.tsc.includes(criterion)) || row.coverage !== seed.coverage;
      const where = `${row.iso} (${row.seed})`;
      if (!changed) {
        expect(row.corrected, `${where} keeps the seed's pairs: no corrected:`).toBeUndefined();
        return [];
      }
      expect(row.corrected, `${where} changed the seed without saying why`).toBeDefined();
      const corrected = row.corrected!.replace(/\s+/g, ' ');
      // It names what the seed had, every dropped criterion, and a changed coverage.
      expect(corrected, where).toMatch(/^seed had /);
      for (const criterion of seed.tsc) expect(corrected, `${where} names the seed's ${criterion}`).toContain(criterion);
      if (row.coverage !== seed.coverage) expect(corrected, where).toContain(seed.coverage);
      return dropped.map((criterion) => `${row.iso} ${criterion}`);
    });
    // 27 of the seed's 47 pairs were rejected, on 20 rows (mappings/README.md lists each one).
    const seedPairs = expected.reduce((pairs, row) => pairs + row.tsc.length, 0);
    const correctedRows = seeded.filter((row, index) => expected[index]!.tsc.some((criterion) => !row.tsc.includes(criterion))).length;
    // Rows whose seed note names evidence SOC 2 samples turned partial, with that evidence as requirements.
    const madePartial = seeded.filter((row, index) => row.coverage !== expected[index]!.coverage);
    expect(seedPairs).toBe(47);
    expect(corrections).toHaveLength(27);
    expect(correctedRows).toBe(20);
    for (const row of madePartial) expect(row.coverage, `${row.iso} (${row.seed})`).toBe('partial');
    // The mapping's header and mappings/README.md state the same figures.
    const header = readFileSync(defaultMappingFile, 'utf8').split('\n').filter((line) => line.startsWith('#')).map((line) => line.replace(/^# ?/, '')).join(' ');
    const kept = seedPairs - corrections.length;
    expect(header).toContain(`The audit kept ${kept} of the seed's ${seedPairs} ISO→TSC pairs and corrected ${corrections.length} on ${correctedRows} rows`);
    expect(header).toContain(`${madePartial.length} seed rows changed coverage from full to partial`);
    const readme = readFileSync('mappings/README.md', 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(`## The seed's pairs: ${kept} kept, ${corrections.length} corrected`);
    expect(readme).toContain(`name ${seedPairs} ISO→TSC pairs. The audit kept ${kept} and corrected ${corrections.length} on ${correctedRows} rows`);
    expect(readme).toContain(`${madePartial.length} seed rows changed coverage from full to partial`);
  });

  it('asks for evidence on every partial row', () => {
    const partial = raw.filter((row) => row.coverage === 'partial');
    expect(partial.length).toBeGreaterThan(0);
    for (const row of partial) expect(row.evidence?.length, row.iso).toBeGreaterThan(0);
  });
});
