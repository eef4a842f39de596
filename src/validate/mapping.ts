import type { SourceLocation } from '../diagnostics.js';
import type { SourceDocument } from '../load/source.js';
import type { Catalogs, Coverage, CriterionRequirements, EvidenceRequirement, Frequency, Mapping, MappingRow, RequirementSource } from '../model.js';
import { lintMappingDocument } from './mapping-lint.js';

interface RawRequirement {
  id: string;
  description: string;
  frequency?: Frequency;
  max_age_days?: number;
  min_samples?: number;
}
interface RawRowRequirement extends RawRequirement {
  tsc?: string[];
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
  evidence?: RawRowRequirement[];
}
interface RawCriterion {
  tsc: string;
  notes?: string;
  evidence: RawRequirement[];
}

/** What makes a mapping unusable, each at its place. */
export type MappingProblem = SourceLocation & { readonly message: string };

export type MappingResult = { readonly mapping: Mapping; readonly problems: readonly [] } | { readonly mapping: undefined; readonly problems: readonly MappingProblem[] };

/** A mapping as written (after the schema): what `buildMapping` turns into the engine's model. */
export interface RawMapping {
  name: string;
  rows: RawRow[];
  criteria?: RawCriterion[];
  unmapped?: { iso: string; reason: string }[];
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
  const requirements = new Map<string, RequirementSource>();
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
      evidence: (row.evidence ?? []).map((requirement) => ({ ...requirementOf(requirement), gates: requirement.tsc ?? row.tsc })),
    };
    for (const requirement of mappedRow.evidence) requirements.set(requirement.id, { kind: 'row', requirement, row: mappedRow });
    return mappedRow;
  });
  const criteria = (raw.criteria ?? []).map((entry): CriterionRequirements => {
    const criterion: CriterionRequirements = { tsc: entry.tsc, notes: entry.notes, evidence: entry.evidence.map(requirementOf) };
    for (const requirement of criterion.evidence) requirements.set(requirement.id, { kind: 'criterion', requirement, criterion });
    return criterion;
  });
  const unmapped = (raw.unmapped ?? []).map(({ iso, reason }) => ({ iso, reason }));
  return { name: raw.name, origin, rows, criteria, unmapped, requirements };
}

function requirementOf(requirement: RawRequirement): EvidenceRequirement {
  return {
    id: requirement.id,
    description: requirement.description,
    frequency: requirement.frequency,
    maxAgeDays: requirement.max_age_days,
    minSamples: requirement.min_samples,
  };
}
