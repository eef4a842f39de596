/**
 * The catalogue of evidence requirements a mapping asks for (`crosswalk requirements`): the ids a
 * user picks `satisfies` from, with what each asks and the criteria it gates. Pure: mapping in,
 * data or text out.
 */
import { frequencyDefaults, type Catalogs, type Coverage, type EvidenceRequirement, type Frequency, type FrequencyKind, type Mapping } from '../../model.js';
import { compareIsoIds } from '../../validate/iso-ids.js';
import { formatCsv } from '../csv.js';

export interface CatalogueEntry {
  readonly id: string;
  /** A row's requirement, or one of SOC 2's own requirements of a criterion (asked of every organization). */
  readonly kind: 'row' | 'criterion';
  /** The ISO control whose row asks for it; null for a criterion's own requirement. */
  readonly iso: string | null;
  readonly isoTitle: string | null;
  readonly coverage: Coverage | null;
  /** The criteria it gates, in catalog order. */
  readonly criteria: readonly string[];
  readonly description: string;
  /** As written; null: periodic with annual windows. */
  readonly frequency: Frequency | null;
  readonly frequencyKind: FrequencyKind;
  /** Type II sample size over a whole period (population requirements); null for periodic ones, filled once per window. */
  readonly minSamples: number | null;
  /** Its own, else its frequency's default; null: the policy's max_evidence_age_days. */
  readonly maxAgeDays: number | null;
}

export interface Catalogue {
  readonly mapping: { readonly name: string; readonly source: string };
  readonly requirements: readonly CatalogueEntry[];
}

/** Every requirement of the mapping: rows in the mapping's order (ISO ids in the standard's order), then the criteria's own. */
export function buildCatalogue(mapping: Mapping, catalogs: Catalogs): Catalogue {
  const criterionIndex = new Map(catalogs.criteria.map((criterion, index) => [criterion.id, index]));
  const inCatalogOrder = (ids: readonly string[]) => [...ids].sort((a, b) => (criterionIndex.get(a) ?? 0) - (criterionIndex.get(b) ?? 0));
  const ofRows = mapping.rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => compareIsoIds(a.row.iso, b.row.iso) || a.order - b.order)
    .flatMap(({ row }) =>
      row.evidence.map((requirement) =>
        entryOf(requirement, { kind: 'row', iso: row.iso, isoTitle: catalogs.iso.get(row.iso)?.title ?? null, coverage: row.coverage, criteria: inCatalogOrder(requirement.gates) }),
      ),
    );
  const ofCriteria = [...mapping.criteria]
    .sort((a, b) => (criterionIndex.get(a.tsc) ?? 0) - (criterionIndex.get(b.tsc) ?? 0))
    .flatMap((entry) => entry.evidence.map((requirement) => entryOf(requirement, { kind: 'criterion', iso: null, isoTitle: null, coverage: null, criteria: [entry.tsc] })));
  return { mapping: { name: mapping.name, source: mapping.origin }, requirements: [...ofRows, ...ofCriteria] };
}

function entryOf(requirement: EvidenceRequirement, where: Pick<CatalogueEntry, 'kind' | 'iso' | 'isoTitle' | 'coverage' | 'criteria'>): CatalogueEntry {
  const defaults = requirement.frequency === undefined ? undefined : frequencyDefaults[requirement.frequency];
  const frequencyKind = defaults?.kind ?? 'periodic';
  return {
    id: requirement.id,
    ...where,
    description: requirement.description,
    frequency: requirement.frequency ?? null,
    frequencyKind,
    minSamples: frequencyKind === 'population' ? (requirement.minSamples ?? defaults?.minSamples ?? 1) : null,
    maxAgeDays: requirement.maxAgeDays ?? defaults?.maxAgeDays ?? null,
  };
}

/** The entries an id selects: an ISO id, the requirements of its rows; a criterion, those that gate it. */
export function selectEntries(catalogue: Catalogue, ids: readonly string[]): CatalogueEntry[] {
  if (ids.length === 0) return [...catalogue.requirements];
  return catalogue.requirements.filter((entry) => ids.some((id) => entry.iso === id || entry.criteria.includes(id)));
}

function sampling(entry: CatalogueEntry): string {
  const frequency = entry.frequency ?? 'annual (no frequency written)';
  return entry.minSamples === null ? `${frequency}, one record per window` : `${frequency}, ${entry.minSamples} samples a period`;
}

function maxAge(entry: CatalogueEntry): string {
  return entry.maxAgeDays === null ? "the policy's max_evidence_age_days" : `${entry.maxAgeDays} days`;
}

export function formatCatalogueText(catalogue: Catalogue, entries: readonly CatalogueEntry[]): string {
  const lines = [`crosswalk requirements · ${catalogue.mapping.name} (${catalogue.mapping.source}) · ${entries.length} evidence requirements`];
  let heading = '';
  for (const entry of entries) {
    const next = entry.kind === 'criterion' ? `SOC 2 ${entry.criteria.join(', ')}: its own test, asked of every organization` : `${entry.iso} ${entry.isoTitle ?? ''} (${entry.coverage})`;
    if (next !== heading) lines.push('', next);
    heading = next;
    lines.push(`  ${entry.id}`, `    ${entry.description}`, `    ${sampling(entry)} · stale after ${maxAge(entry)} · gates ${entry.criteria.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatCatalogueJson(catalogue: Catalogue, entries: readonly CatalogueEntry[]): string {
  return `${JSON.stringify({ mapping: catalogue.mapping, requirements: entries }, null, 2)}\n`;
}

export const catalogueColumns = ['Requirement', 'Kind', 'ISO control', 'ISO title', 'Coverage', 'Criteria gated', 'Description', 'Frequency', 'Samples', 'Max age (days)'] as const;

export function formatCatalogueCsv(entries: readonly CatalogueEntry[]): string {
  return formatCsv(
    catalogueColumns,
    entries.map((entry) => [
      entry.id,
      entry.kind,
      entry.iso ?? '',
      entry.isoTitle ?? '',
      entry.coverage ?? '',
      entry.criteria.join('; '),
      entry.description,
      entry.frequency ?? 'annual',
      entry.minSamples === null ? '' : String(entry.minSamples),
      entry.maxAgeDays === null ? '' : String(entry.maxAgeDays),
    ]),
  );
}
