import type { Diagnostic } from '../diagnostics.js';
import type { SourceDocument } from '../load/source.js';
import type { Catalogs, Coverage, EvidenceRequirement, Mapping, MappingRow } from '../model.js';
import { judgeIsoId } from './iso-ids.js';
import { checkSchema } from './schemas.js';
import { didYouMean } from './suggest.js';

interface RawRequirement {
  id: string;
  description: string;
  max_age_days?: number;
  min_samples?: number;
}
interface RawRow {
  iso: string;
  tsc: string[];
  coverage: Coverage;
  notes?: string;
  seed?: string;
  source?: string;
  evidence?: RawRequirement[];
}

export type MappingResult = { readonly mapping: Mapping; readonly diagnostics: Diagnostic[] } | { readonly mapping: undefined; readonly diagnostics: Diagnostic[] };

/** A mapping as written (after the schema): what `buildMapping` turns into the engine's model. */
export interface RawMapping {
  name: string;
  rows: RawRow[];
}

/**
 * Validates a mapping and its own consistency. A mapping with any error is unusable: a score
 * computed from a broken mapping would be wrong without saying so.
 */
export function validateMapping(document: SourceDocument, origin: string, catalogs: Catalogs): MappingResult {
  const schemaDiagnostics = checkSchema('Mapping', document).map((finding) => finding.diagnostic);
  if (schemaDiagnostics.length > 0) return { mapping: undefined, diagnostics: schemaDiagnostics };

  const raw = document.data as RawMapping;
  const diagnostics: Diagnostic[] = [];
  const error = (message: string, path: (string | number)[], code: Diagnostic['code']) => diagnostics.push({ severity: 'error', code, message, ...document.locate(['rows', ...path]) });
  const firstSeen = new Map<string, string>();

  raw.rows.forEach((row, index) => {
    const verdict = judgeIsoId(row.iso, catalogs);
    if (verdict.kind !== 'known') error(verdict.message, [index, 'iso'], verdict.kind === 'iso-2013' ? 'iso-2013-id' : 'unknown-iso-control');
    row.tsc.forEach((criterion, position) => {
      if (!catalogs.criteriaById.has(criterion)) {
        error(`${criterion} is not a SOC 2 Trust Services Criterion${didYouMean(criterion, catalogs.criteriaById.keys())}`, [index, 'tsc', position], 'unknown-tsc-criterion');
      }
    });
    if (row.coverage === 'partial' && (row.evidence ?? []).length === 0) {
      error(`row ${row.iso} is partial but lists no evidence requirements: say what SOC 2 needs beyond ISO`, [index, 'coverage'], 'missing-field');
    }
    (row.evidence ?? []).forEach((requirement, position) => {
      const place = document.locate(['rows', index, 'evidence', position, 'id']);
      const previous = firstSeen.get(requirement.id);
      if (previous !== undefined) {
        error(`evidence requirement id "${requirement.id}" is already used at ${previous}; ids must be unique across the mapping`, [index, 'evidence', position, 'id'], 'duplicate-evidence-id');
      } else {
        firstSeen.set(requirement.id, `${place.file}:${place.line}:${place.column}`);
      }
    });
  });

  if (diagnostics.length > 0) return { mapping: undefined, diagnostics };
  return { mapping: buildMapping(raw, origin), diagnostics: [] };
}

/** The engine's model of a mapping that has passed validation (or is shipped, validated in CI). */
export function buildMapping(raw: RawMapping, origin: string): Mapping {
  const requirements = new Map<string, { requirement: EvidenceRequirement; row: MappingRow }>();
  const rows = raw.rows.map((row): MappingRow => {
    const mappedRow: MappingRow = {
      iso: row.iso,
      tsc: row.tsc,
      coverage: row.coverage,
      notes: row.notes,
      seed: row.seed,
      source: row.source,
      evidence: (row.evidence ?? []).map((requirement) => ({
        id: requirement.id,
        description: requirement.description,
        maxAgeDays: requirement.max_age_days,
        minSamples: requirement.min_samples ?? 1,
      })),
    };
    for (const requirement of mappedRow.evidence) requirements.set(requirement.id, { requirement, row: mappedRow });
    return mappedRow;
  });
  return { name: raw.name, origin, rows, requirements };
}
