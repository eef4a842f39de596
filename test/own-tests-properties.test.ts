/**
 * SPEC v3 §2 on generated mappings and organizations: a requirement blocks only the criteria it
 * gates, and SOC 2's own criterion requirements are judged against every organization, also one
 * that lists no ISO control, without ever making a criterion ready on their own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/dates.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { controlStatuses, type EvidenceItem, type EvidenceObservation, type Mapping, type OrgControl } from '../src/model.js';
import { rowStateFor, score, type ScoreResult } from '../src/score/score.js';
import { buildMapping, type RawMapping } from '../src/validate/mapping.js';

const catalogs = loadCatalogs();
const asOf = '2026-11-27';
const isoPool = ['5.1', 'A.5.1', 'A.5.15', 'A.8.2', 'A.6.3'];
const criteriaPool = ['CC1.1', 'CC1.2', 'CC6.1', 'CC6.2', 'CC6.3', 'C1.1'];

/** A mapping of a few rows whose requirements gate random subsets of their row's criteria, and a few criteria with their own requirements. */
const mappingArbitrary: fc.Arbitrary<Mapping> = fc
  .record({
    rows: fc.array(
      fc.record({
        iso: fc.constantFrom(...isoPool),
        tsc: fc.subarray(criteriaPool, { minLength: 1 }),
        gates: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    criteria: fc.subarray(criteriaPool, { maxLength: 3 }),
    ownCounts: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ rows, criteria, ownCounts }): Mapping => {
    const raw: RawMapping = {
      name: 'generated',
      rows: rows.map((row, index) => ({
        iso: row.iso,
        tsc: row.tsc,
        coverage: row.gates.length > 0 ? 'partial' : 'full',
        evidence: row.gates.map((picks, position) => ({
          id: `r${index}-${position}`,
          description: 'generated',
          frequency: 'annual',
          tsc: [...new Set(picks.map((pick) => row.tsc[pick % row.tsc.length]!))],
        })),
      })),
      criteria: criteria.map((tsc, index) => ({
        tsc,
        evidence: Array.from({ length: ownCounts[index]! }, (_, position) => ({ id: `own-${tsc.toLowerCase().replace('.', '-')}-${position}`, description: 'generated', frequency: 'annual' as const })),
      })),
    };
    return buildMapping(raw, 'generated');
  });

interface GeneratedControl {
  readonly implements: string[];
  readonly covers: string[];
  readonly status: OrgControl['status'];
  readonly evidence: { readonly picks: number[]; readonly present: boolean; readonly ageDays: number }[];
}

const controlArbitrary = (withIso: boolean): fc.Arbitrary<GeneratedControl> =>
  fc
    .record({
      implements: withIso ? fc.subarray(isoPool, { maxLength: 3 }) : fc.constant<string[]>([]),
      covers: fc.subarray(['CC1.1', 'CC6.2', 'CC6.3'], { maxLength: 1 }),
      status: fc.constantFrom(...controlStatuses),
      evidence: fc.array(fc.record({ picks: fc.array(fc.nat(), { maxLength: 3 }), present: fc.boolean(), ageDays: fc.integer({ min: 0, max: 500 }) }), { maxLength: 4 }),
    })
    .filter((control) => control.implements.length + control.covers.length > 0);

/** Turns generated controls into the engine's model; each item lists requirements picked from the mapping's. */
function materialize(mapping: Mapping, generated: readonly GeneratedControl[]) {
  const ids = [...mapping.requirements.keys()];
  const observations = new Map<EvidenceItem, EvidenceObservation>();
  const controls = generated.map((control, index): OrgControl => {
    const id = `C-${index}`;
    const at = { file: 'controls/c.yaml', line: index + 1, column: 5 };
    const evidence = control.evidence.map((entry, position): EvidenceItem => {
      const item: EvidenceItem = {
        id: `e${position}`,
        satisfies: ids.length === 0 ? [] : [...new Set(entry.picks.map((pick) => ids[pick % ids.length]!))],
        type: undefined,
        source: { kind: 'path', pattern: `evidence/${id}/${position}`, at },
        collected: addDays(asOf, -entry.ageDays),
        samples: undefined,
        period: undefined,
        population: undefined,
        at,
      };
      observations.set(item, { kind: 'files', files: entry.present ? [{ path: `evidence/${id}/${position}`, size: 10 }] : [] });
      return item;
    });
    const justification = control.status === 'not-applicable' ? 'Not relevant' : undefined;
    return { id, title: id, implements: control.implements, covers: control.covers, status: control.status, owner: undefined, justification, evidence, laterEvidence: [], at };
  });
  return { controls, observations };
}

function scoreOf(mapping: Mapping, generated: readonly GeneratedControl[]): ScoreResult {
  const { controls, observations } = materialize(mapping, generated);
  return score({
    catalogs,
    mapping,
    controls,
    observations,
    settings: { scope: ['security', 'confidentiality'], asOf, audit: { type: 'type1' }, policy: { failOn: new Set(), minReadiness: undefined, maxEvidenceAgeDays: 365, expiryWarningDays: 30 } },
  });
}

const runs = { numRuns: 300 };

describe('a requirement gates only its criteria', () => {
  it('a row is met for a criterion exactly when a control is implemented and every requirement gating it is satisfied; blockers and missing entries name only gated criteria', () => {
    fc.assert(
      fc.property(mappingArbitrary, fc.array(controlArbitrary(true), { minLength: 1, maxLength: 6 }), (mapping, generated) => {
        const scored = scoreOf(mapping, generated);
        for (const row of scored.rows.filter((candidate) => candidate.state !== 'absent')) {
          for (const criterion of row.criteria) {
            const gating = row.requirements.filter((requirement) => requirement.gates.includes(criterion));
            const met = row.active.some((control) => control.status === 'implemented') && gating.every((requirement) => requirement.verdict.satisfied);
            expect(rowStateFor(row, criterion)).toBe(met ? 'met' : 'incomplete');
          }
        }
        for (const result of scored.criteriaResults) {
          for (const blocker of result.blockedBy) {
            if (blocker.kind === 'row') for (const requirement of blocker.unsatisfied) expect(requirement.gates).toContain(result.criterion.id);
          }
        }
        for (const entry of scored.missingEvidence) {
          const source = mapping.requirements.get(entry.requirement);
          if (source?.kind === 'row') expect(entry.criteria).toEqual(source.requirement.gates);
          if (source?.kind === 'criterion') expect(entry.criteria).toEqual([source.criterion.tsc]);
        }
      }),
      runs,
    );
  });
});

describe("SOC 2's own requirements", () => {
  it('judge an organization that lists no ISO control: an unmet own requirement keeps its criterion from ready, and an unsatisfied one is asked of someone', () => {
    fc.assert(
      fc.property(mappingArbitrary, fc.array(controlArbitrary(false), { minLength: 1, maxLength: 5 }), (mapping, generated) => {
        const scored = scoreOf(mapping, generated);
        for (const result of scored.criteriaResults) {
          const own = scored.criterionRequirements.filter((requirement) => requirement.criterion === result.criterion.id);
          const coversLive = scored.rows.filter((row) => row.kind === 'supplemental' && row.state !== 'absent' && row.criteria.includes(result.criterion.id));
          // Gap exactly when nothing reaching it is live and no own requirement has a control.
          expect(result.state === 'gap').toBe(coversLive.length === 0 && own.every((requirement) => requirement.controls.length === 0));
          if (result.state === 'ready') {
            expect(own.every((requirement) => requirement.met)).toBe(true);
            // They never make it ready alone: a covering control is live (and met) too.
            expect(coversLive.length).toBeGreaterThan(0);
          }
          if (result.state === 'gap') continue;
          for (const requirement of own.filter((candidate) => !candidate.requirement.verdict.satisfied)) {
            const entry = scored.missingEvidence.find((candidate) => candidate.requirement === requirement.requirement.id);
            expect(entry?.subject).toEqual({ kind: 'criterion', criterion: result.criterion.id });
            expect(entry!.iso).toBeNull();
            expect(entry!.controls.length).toBeGreaterThan(0);
            expect(entry!.blocking).toBe(entry!.controls.some((control) => control.status === 'implemented'));
          }
        }
      }),
      runs,
    );
  });
});
