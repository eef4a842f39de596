import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogs } from '../src/load/catalogs.js';
import { loadDefaultMapping } from '../src/load/mapping.js';
import { frequencies, frequencyDefaults, type EvidenceRequirement, type Mapping, type TscCategory } from '../src/model.js';

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
  frequency?: string;
  evidence?: { id: string; description: string; frequency?: string; max_age_days?: number; min_samples?: number }[];
}

/**
 * Every evidence requirement id the 1.0 mapping had. Organizations' control files name them in
 * satisfies:, so the audit kept each one (moving a requirement only between rows of one ISO id).
 */
const requirementIdsOf10 = `threat-intel-in-risk-assessment threat-intel-source-review operational-plan-approved
operational-procedure-records code-review-records dependency-scan-results incident-tickets incident-retrospectives
change-tickets-approved change-approval-workflow test-execution-records release-acceptance-signoff
privileged-access-review privileged-access-approvals board-oversight-minutes code-of-conduct-approved
role-competence-records performance-evaluations manager-follow-up-records background-check-records
signed-employment-terms disciplinary-case-log acceptable-use-acknowledgements internal-control-communications
external-commitments-communicated policy-acknowledgements policy-review-records isms-measurement-reports
staff-event-reports information-transfer-agreements objectives-mapped-to-commitments legal-and-contractual-register
fraud-risk-assessment change-triggered-risk-assessments project-security-assessments management-review-minutes
management-review-actions segregation-of-duties-review asset-inventory-current authentication-configuration
privileged-utility-access-review clear-desk-and-screen-checks leaver-offboarding-records physical-access-review
physical-monitoring-records secure-area-work-records asset-return-records media-destruction-certificates
removable-media-controls network-rule-review remote-access-enforcement endpoint-compliance-report
dlp-rules-and-alerts web-filtering-configuration software-installation-restrictions security-advisory-intake
time-synchronization-configuration incident-response-exercise incident-response-records forensic-evidence-records
authority-notification-contacts changes-tested-before-deployment emergency-change-reviews
approved-configuration-baselines changes-promoted-through-staging release-security-test-results
outsourced-development-oversight backup-job-records vendor-risk-assessments supplier-agreement-security-terms
ict-supply-chain-review vendor-assurance-reviews cloud-shared-responsibility-matrix equipment-maintenance-records
restore-test-records continuity-test-report classification-labels-applied signed-ndas data-masking-rules
test-data-protection records-protection-configuration retention-schedule retention-enforcement
data-deletion-records processing-specifications input-validation-controls input-output-validation-checks
processing-exception-records output-delivery-records privacy-notice consent-records personal-data-inventory
data-subject-request-log personal-data-disclosure-register privacy-breach-register processor-agreements
personal-data-quality-review privacy-inquiries-and-complaints privacy-compliance-review`.split(/\s+/);

/** Type II sample size of a requirement over a whole period: as written, else its frequency's default. */
function samplesAsked(requirement: EvidenceRequirement): number {
  return requirement.minSamples ?? frequencyDefaults[requirement.frequency!].minSamples;
}

const mappingFile = 'mappings/iso27001-2022-to-soc2.yaml';
const mappingText = readFileSync(mappingFile, 'utf8');
const raw = (parse(mappingText) as { rows: RawRow[] }).rows;
/** SOC 2's own requirements (criteria:), judged whatever ISO controls an organization lists. */
const rawCriteria = (parse(mappingText) as { criteria?: { tsc: string; notes?: string; evidence: NonNullable<RawRow['evidence']> }[] }).criteria ?? [];
const allRequirements = [...raw.flatMap((row) => row.evidence ?? []), ...rawCriteria.flatMap((entry) => entry.evidence)];
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

  it('uses each evidence requirement id once across the whole mapping, rows and criteria', () => {
    const ids = allRequirements.map((requirement) => requirement.id);
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

  it('keeps every evidence requirement id of 1.0', () => {
    expect(requirementIdsOf10).toHaveLength(99);
    expect(requirementIdsOf10.filter((id) => !mapping.requirements.has(id))).toEqual([]);
  });

  it('describes each requirement in one sentence and says how often the control operates', () => {
    for (const requirement of allRequirements) {
      expect(requirement.description, requirement.id).toMatch(/^[A-Z].*\.$/);
      expect(requirement.description.slice(0, -1), `${requirement.id}: one sentence`).not.toMatch(/\.\s+[A-Z]/);
      expect(frequencies, requirement.id).toContain(requirement.frequency);
    }
  });

  it("samples as the AICPA bands do, writing a sample size only where the frequency's default does not fit", () => {
    for (const { requirement } of mapping.requirements.values()) {
      const defaults = frequencyDefaults[requirement.frequency!];
      // The frequency's maximum age fits every requirement: none is written (a quarterly review is late after 122 days, not 90).
      expect(requirement.maxAgeDays, requirement.id).toBeUndefined();
      if (requirement.minSamples === undefined) continue;
      expect(defaults.kind, `${requirement.id}: min_samples counts only on population requirements`).toBe('population');
      expect(requirement.minSamples, `${requirement.id}: write it only when it differs`).not.toBe(defaults.minSamples);
      // Smaller populations than the frequency assumes, sampled from a band below it: 2 (quarterly), 2–5 (monthly), 5–15 (weekly).
      expect(requirement.minSamples, requirement.id).toBeGreaterThanOrEqual(2);
      expect(requirement.minSamples, requirement.id).toBeLessThanOrEqual(15);
    }
    const frequencyOf = (id: string) => mapping.requirements.get(id)?.requirement.frequency;
    // Reviews an auditor samples once a quarter (Type II: every quarter of the period).
    for (const id of ['privileged-access-review', 'physical-access-review', 'privileged-utility-access-review', 'access-review-records']) expect(frequencyOf(id), id).toBe('quarterly');
    // ... twice a year, and once: asking more often than auditors test over-demands.
    for (const id of ['network-rule-review', 'isms-measurement-reports']) expect(frequencyOf(id), id).toBe('semiannual');
    for (const id of ['restore-test-records', 'clear-desk-and-screen-checks', 'threat-intel-source-review', 'manager-follow-up-records', 'asset-inventory-current', 'internal-control-communications', 'penetration-test-report']) expect(frequencyOf(id), id).toBe('annual');
    // Populations that occur daily or many times a day: 25 samples or more, never 3–5.
    for (const id of ['incident-tickets', 'release-acceptance-signoff', 'dlp-rules-and-alerts', 'code-review-records', 'change-tickets-approved', 'test-execution-records', 'backup-job-records']) {
      expect(samplesAsked(mapping.requirements.get(id)!.requirement), id).toBeGreaterThanOrEqual(25);
    }
  });

  it('states a frequency only on full rows, where it sets how often operating evidence is due', () => {
    const withFrequency = mapping.rows.filter((row) => row.frequency !== undefined);
    expect(withFrequency.length).toBeGreaterThan(0);
    for (const row of withFrequency) expect(row.coverage, `${row.iso} → ${row.tsc.join(', ')}`).toBe('full');
    // Logging and monitoring operate continuously: their operating evidence is sampled daily.
    for (const row of mapping.rows.filter((row) => (row.iso === 'A.8.15' || row.iso === 'A.8.16') && row.coverage === 'full')) expect(row.frequency).toBe('daily');
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

  it('files each control under the criterion an auditor tests it under', () => {
    const criteriaOf = (iso: string) => new Set(mapping.rows.filter((row) => row.iso === iso && row.coverage !== 'gap').flatMap((row) => row.tsc));
    const reaches = (iso: string, criterion: string) => criteriaOf(iso).has(criterion);
    // The auditor's examples of seed pairs to reject, and where each control belongs.
    expect([reaches('A.7.2', 'CC6.1'), reaches('A.7.2', 'CC6.4')]).toEqual([false, true]);
    expect([reaches('A.8.16', 'CC4.1'), reaches('A.8.16', 'CC7.2')]).toEqual([false, true]);
    expect([reaches('A.8.4', 'PI1.1'), reaches('A.8.4', 'CC6.1')]).toEqual([false, true]);
    expect([reaches('A.8.32', 'A1.3'), reaches('A.8.32', 'CC7.2')]).toEqual([false, false]);
    // Pairs the references agree on.
    expect([reaches('A.5.18', 'CC6.2'), reaches('A.5.18', 'CC6.3'), reaches('A.5.2', 'CC1.3')]).toEqual([true, true, true]);
    expect([reaches('A.8.25', 'CC8.1'), reaches('A.8.28', 'CC8.1')]).toEqual([true, true]);
    // Code review is evidenced where change management is tested.
    expect(mapping.requirements.get('code-review-records')).toMatchObject({ kind: 'row', row: { iso: 'A.8.28', tsc: expect.arrayContaining(['CC8.1']) } });
    // Capacity is A1.1 and only capacity management reaches it; A1.3 is recovery testing only.
    expect(mapping.rows.filter((row) => row.tsc.includes('A1.1')).map((row) => row.iso)).toEqual(['A.8.6']);
    expect(new Set(mapping.rows.filter((row) => row.tsc.includes('A1.3')).map((row) => row.iso))).toEqual(new Set(['A.8.13', 'A.5.30']));
  });

  it('files change management under CC8.1 and keeps privacy honest', () => {
    const rowsFor = (iso: string, criterion: string) => mapping.rows.filter((row) => row.iso === iso && row.tsc.includes(criterion));
    expect(rowsFor('A.8.32', 'CC8.1').map((row) => row.coverage)).toEqual(['partial']);
    expect(rowsFor('A.8.32', 'CC8.1')[0]!.evidence.find((requirement) => samplesAsked(requirement) >= 25)).toBeDefined();
    // No ISO/IEC 27001 control carries a privacy criterion on its own: no full privacy row.
    const privacy = new Set(catalogs.criteria.filter((criterion) => criterion.category === 'privacy').map((criterion) => criterion.id));
    expect(mapping.rows.filter((row) => row.coverage === 'full' && row.tsc.some((id) => privacy.has(id)))).toEqual([]);
    // Consent: ISO has no consent practice, so every row reaching P2.1 or P3.2 asks for SOC 2's own records.
    for (const criterion of ['P2.1', 'P3.2']) {
      const reaching = mapping.rows.filter((row) => row.tsc.includes(criterion));
      expect(reaching.map((row) => row.iso).sort(), criterion).toEqual(['A.5.31', 'A.5.34']);
      for (const row of reaching) expect(row.coverage, `${row.iso} → ${criterion}`).toBe('partial');
    }
  });
});

describe("the default mapping after the second audit (SOC 2's own tests, gating, routes)", () => {
  const mapping = loadDefaultMapping();
  const rowsReaching = (criterion: string) => mapping.rows.filter((row) => row.coverage !== 'gap' && row.tsc.includes(criterion));
  /** The criteria a requirement gates, wherever it is asked for. */
  const gatesOf = (id: string): readonly string[] => {
    const source = mapping.requirements.get(id);
    if (source === undefined) throw new Error(`${id} is not in the mapping`);
    return source.kind === 'row' ? source.requirement.gates : [source.criterion.tsc];
  };

  it("asks SOC 2's own tests of every organization, under criteria:, not on a clause an organization may not list", () => {
    const own = Object.fromEntries(mapping.criteria.map((entry) => [entry.tsc, entry.evidence.map((requirement) => requirement.id)]));
    expect(own).toMatchObject({ 'CC1.1': ['code-of-conduct-acknowledgements'], 'CC1.2': ['board-oversight-charter'], 'CC1.5': ['performance-evaluations'], 'CC2.2': ['confidential-reporting-line'], 'CC3.3': ['fraud-risk-assessment'], 'C1.2': ['customer-data-disposal-records'] });
    // Each criterion with requirements of its own is still reached by a row: they add tests, never readiness.
    for (const entry of mapping.criteria) expect(rowsReaching(entry.tsc).length, entry.tsc).toBeGreaterThan(0);
    for (const entry of mapping.criteria) expect(entry.notes?.length ?? 0, entry.tsc).toBeGreaterThan(80);
  });

  it('gates each requirement to the criteria it evidences', () => {
    expect(gatesOf('board-oversight-minutes')).toEqual(['CC1.2']);
    expect(gatesOf('code-of-conduct-approved')).toEqual(['CC1.1']);
    expect(gatesOf('privileged-access-review')).not.toContain('CC6.2');
    expect(gatesOf('privileged-access-approvals')).toEqual(['CC6.2']);
    // Leavers' access removal and new users' registration are CC6.2 tests, on the controls that do them.
    expect(gatesOf('access-removal-records')).toContain('CC6.2');
    expect(gatesOf('user-registration-records')).toContain('CC6.2');
    expect(gatesOf('access-review-records')).toEqual(expect.arrayContaining(['CC6.2', 'CC6.3']));
    // Every criterion of a row that lists requirements is gated by one of them.
    for (const row of mapping.rows.filter((candidate) => candidate.evidence.length > 0)) {
      const gated = new Set(row.evidence.flatMap((requirement) => requirement.gates));
      expect(row.tsc.filter((criterion) => !gated.has(criterion)), `${row.iso} → ${row.tsc.join(', ')}`).toEqual([]);
    }
  });

  it('names the evidence where any record of the control would not do', () => {
    const coverage = (iso: string, criterion: string) => mapping.rows.filter((row) => row.iso === iso && row.tsc.includes(criterion)).map((row) => row.coverage);
    // A disposal certificate is a record of A.7.9's control, but not the protection of devices off-site.
    expect(coverage('A.7.9', 'CC6.7')).toEqual(['partial']);
    expect(coverage('A.6.3', 'CC2.2')).toEqual(['partial']);
    expect(coverage('A.8.8', 'CC7.1')).toEqual(['partial']);
    for (const iso of ['A.5.16', 'A.5.18']) expect(coverage(iso, 'CC6.2'), iso).toEqual(['partial']);
    for (const iso of ['A.8.15', 'A.8.16']) expect(coverage(iso, 'CC7.2'), iso).toContain('partial');
    for (const id of ['penetration-test-report', 'vulnerability-remediation-records', 'new-hire-training-completion', 'annual-training-completion', 'alert-investigation-records']) expect(mapping.requirements.has(id), id).toBe(true);
    expect(gatesOf('penetration-test-report')).toContain('CC4.1');
  });

  it('gives the criteria that were reachable only through weak pairs a route an auditor accepts', () => {
    const reaches = (iso: string, criterion: string) => rowsReaching(criterion).some((row) => row.iso === iso);
    expect([reaches('A.8.27', 'A1.2'), reaches('9.3', 'CC1.2'), reaches('7.2', 'CC1.5')]).toEqual([false, false, false]);
    for (const [iso, criterion] of [['A.8.2', 'CC6.1'], ['A.5.9', 'CC2.1'], ['A.8.8', 'CC4.1'], ['A.5.12', 'CC2.1'], ['A.8.16', 'CC7.3'], ['A.8.13', 'CC7.5'], ['5.2', 'CC5.3'], ['A.8.20', 'CC6.1'], ['A.8.32', 'CC6.8'], ['A.5.37', 'PI1.3'], ['A.8.26', 'PI1.4']] as const) {
      expect(reaches(iso, criterion), `${iso} → ${criterion}`).toBe(true);
    }
    // CC1.2 is reached only through clause 5.1, and only the board's minutes gate it there.
    expect(rowsReaching('CC1.2').map((row) => row.iso)).toEqual(['5.1']);
    // PI1.1 is gated on A.8.26 by the processing specifications alone.
    expect(mapping.rows.find((row) => row.iso === 'A.8.26')!.evidence.filter((requirement) => requirement.gates.includes('PI1.1')).map((requirement) => requirement.id)).toEqual(['processing-specifications']);
  });

  it('leaves out on purpose, with a reason, every catalog id no row names', () => {
    const inRows = new Set(mapping.rows.map((row) => row.iso));
    const unmapped = new Map(mapping.unmapped.map((entry) => [entry.iso, entry.reason]));
    for (const id of ['4.1', '4.2', '4.3', '4.4', '6.1.1', '6.3', '7.1', '7.5', '8.3', '10.1', ...Object.keys(leftOut)]) {
      expect(unmapped.get(id)?.length ?? 0, id).toBeGreaterThan(40);
      expect(inRows.has(id), `${id} is both mapped and unmapped`).toBe(false);
    }
    expect(inRows.has('5.2')).toBe(true);
  });
});
