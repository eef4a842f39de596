import type { SourceLocation } from '../diagnostics.js';
import type { SourceDocument } from '../load/source.js';
import type { Catalogs, Coverage, EvidenceRequirement, Frequency, Mapping, MappingRow } from '../model.js';
import { lintMappingDocument } from './mapping-lint.js';

interface RawRequirement {
  id: string;
  description: string;
  frequency?: Frequency;
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
  corrected?: string;
  frequency?: Frequency;
  evidence?: RawRequirement[];
}

/** What makes a mapping unusable, each at its place. */
export type MappingProblem = SourceLocation & { readonly message: string };

export type MappingResult = { readonly mapping: Mapping; readonly problems: readonly [] } | { readonly mapping: undefined; readonly problems: readonly MappingProblem[] };

/** A mapping as written (after the schema): what `buildMapping` turns into the engine's model. */
export interface RawMapping {
  name: string;
  rows: RawRow[];
}

/**
 * Validates a mapping and its own consistency: the errors of `mapping lint`. A mapping with any
 * error is unusable: a score computed from a broken mapping would be wrong without saying so.
 */
export function validateMapping(document: SourceDocument, origin: string, catalogs: Catalogs): MappingResult {
  const errors = lintMappingDocument(document, [], catalogs).filter((finding) => finding.severity === 'error');
  if (errors.length > 0) return { mapping: undefined, problems: errors };
  return { mapping: buildMapping(document.data as RawMapping, origin), problems: [] };
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
      corrected: row.corrected,
      frequency: row.frequency,
      evidence: (row.evidence ?? []).map((requirement) => ({
        id: requirement.id,
        description: requirement.description,
        frequency: requirement.frequency,
        maxAgeDays: requirement.max_age_days,
        minSamples: requirement.min_samples,
      })),
    };
    for (const requirement of mappedRow.evidence) requirements.set(requirement.id, { requirement, row: mappedRow });
    return mappedRow;
  });
  return { name: raw.name, origin, rows, requirements };
}
