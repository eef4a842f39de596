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

/**
 * Validates a mapping and its own consistency. A mapping with any error is unusable: a score
 * computed from a broken mapping would be wrong without saying so.
 */
export function validateMapping(document: SourceDocument, origin: string, catalogs: Catalogs): MappingResult {
  const schemaDiagnostics = checkSchema('Mapping', document).map((finding) => finding.diagnostic);
  if (schemaDiagnostics.length > 0) return { mapping: undefined, diagnostics: schemaDiagnostics };

  const raw = document.data as { name: string; rows: RawRow[] };
  const diagnostics: Diagnostic[] = [];
  const error = (message: string, at: ReturnType<SourceDocument['locate']>, code: Diagnostic['code']) =>
    diagnostics.push({ severity: 'error', code, message, ...at });
  const requirements = new Map<string, { requirement: EvidenceRequirement; row: MappingRow }>();
  const firstSeen = new Map<string, string>();

  const rows = raw.rows.map((row, index): MappingRow => {
    const at = document.locate(['rows', index]);
    const verdict = judgeIsoId(row.iso, catalogs);
    if (verdict.kind !== 'known') error(verdict.message, document.locate(['rows', index, 'iso']), verdict.kind === 'iso-2013' ? 'iso-2013-id' : 'unknown-iso-control');
    row.tsc.forEach((criterion, position) => {
      if (!catalogs.criteriaById.has(criterion)) {
        error(`${criterion} is not a SOC 2 Trust Services Criterion${didYouMean(criterion, catalogs.criteriaById.keys())}`, document.locate(['rows', index, 'tsc', position]), 'unknown-tsc-criterion');
      }
    });
    if (row.coverage === 'partial' && (row.evidence ?? []).length === 0) {
      error(`row ${row.iso} is partial but lists no evidence requirements: say what SOC 2 needs beyond ISO`, document.locate(['rows', index, 'coverage']), 'missing-field');
    }
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
      at,
    };
    mappedRow.evidence.forEach((requirement, position) => {
      const place = document.locate(['rows', index, 'evidence', position, 'id']);
      const previous = firstSeen.get(requirement.id);
      if (previous !== undefined) {
        error(`evidence requirement id "${requirement.id}" is already used at ${previous}; ids must be unique across the mapping`, place, 'duplicate-evidence-id');
        return;
      }
      firstSeen.set(requirement.id, `${place.file}:${place.line}:${place.column}`);
      requirements.set(requirement.id, { requirement, row: mappedRow });
    });
    return mappedRow;
  });

  if (diagnostics.length > 0) return { mapping: undefined, diagnostics };
  return { mapping: { name: raw.name, origin, rows, requirements }, diagnostics: [] };
}
