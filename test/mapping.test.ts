import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogs } from '../src/load/catalogs.js';
import { defaultMappingFile, loadDefaultMapping, validatedMapping } from '../src/load/mapping.js';

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

describe('the default mapping', () => {
  const raw = parse(readFileSync('mappings/iso27001-2022-to-soc2.yaml', 'utf8')) as { rows: { iso: string; tsc: string[]; coverage: string; notes: string; seed?: string; evidence?: { id: string }[] }[] };

  it('validates clean against the catalogs, and the build-time copy runs use is the same mapping', async () => {
    const validated = validatedMapping(defaultMappingFile, readFileSync(defaultMappingFile, 'utf8'), 'default', loadCatalogs());
    expect(validated.rows.length).toBe(raw.rows.length);
    expect(validated.requirements.size).toBe(raw.rows.flatMap((row) => row.evidence ?? []).length);
    expect(loadDefaultMapping()).toEqual(validated);
  });

  it('keeps every row of the seed, with its criteria, coverage and notes, under the 2022 id(s) its title names', () => {
    const seed = seedRows();
    expect(seed).toHaveLength(27);
    for (const seedRow of seed) {
      const rows = raw.rows.filter((row) => row.seed === seedRow.control && row.tsc.join() === seedRow.tsc.join());
      expect(rows.map((row) => row.iso), seedRow.control).toEqual(resolution[seedRow.control]);
      for (const row of rows) {
        expect(row.coverage).toBe(seedRow.coverage);
        expect(row.notes).toBe(seedRow.notes);
      }
    }
  });

  it('asks for evidence on every partial row', () => {
    const partial = raw.rows.filter((row) => row.coverage === 'partial');
    expect(partial.length).toBeGreaterThan(0);
    for (const row of partial) expect(row.evidence?.length, row.iso).toBeGreaterThan(0);
  });
});
