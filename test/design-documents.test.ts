/**
 * SPEC §1.1: an evidence `type` whose last word is a design word marks a design document, which
 * never counts as operating evidence. The table is the rule; the run below shows it on real files.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { isDesignType } from '../src/score/evidence.js';
import { controlFile, makeRepo } from './support/repo.js';

const cases: readonly (readonly [type: string, design: boolean])[] = [
  ['policy', true],
  ['Policy', true],
  ['POLICIES', true],
  ['procedure', true],
  ['procedures', true],
  ['standard', true],
  ['plan', true],
  ['plans', true],
  ['sop', true],
  ['SOPs', true],
  ['runbook', true],
  ['playbooks', true],
  ['guideline', true],
  ['guidelines', true],
  ['manual', true],
  ['manuals', true],
  // The last word decides; words split at - _ spaces and lower-to-upper changes.
  ['dr-plan', true],
  ['access_policy', true],
  ['incidentRunbook', true],
  ['Incident Response Plan', true],
  ['security-standards', true],
  // A trailing number or version is left out.
  ['access_policy_2026', true],
  ['dr-plan-v2', true],
  ['bcp_plan_v1.3', true],
  ['policy 2026', true],
  // Not design documents: the last word is something else, or a design word is only part of a word.
  ['dr-plan-test', false],
  ['plan-review', false],
  ['policy-acknowledgement', false],
  ['runbook-execution-log', false],
  ['planning', false],
  ['airplane', false],
  ['manually-reviewed', false],
  ['access-review', false],
  ['ticket', false],
  ['log', false],
  ['2026', false],
  ['v2', false],
  ['', false],
];

describe('design documents (SPEC §1.1)', () => {
  it.each(cases)('%j is a design document: %s', (type, design) => {
    expect(isDesignType(type)).toBe(design);
  });

  it('leaves design documents out of operating evidence on a real repository: a dr-plan is not a record of the control in action, a dr-plan-test is', async () => {
    const control = (type: string) =>
      controlFile(`  - id: OPS-01
    title: Vulnerabilities are scanned monthly
    implements: [A.8.8]
    status: implemented
    owner: ops@acme.example
    evidence:
      - id: ev-scan
        type: ${type}
        path: evidence/scan.md
        collected: 2026-11-01
`);
    // The test's own mapping, so that what it proves does not move with the default mapping's audit:
    // A.8.8 is a full row that lists no requirements, so its operating evidence is what it asks for.
    const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Design documents test mapping
rows:
  - iso: A.8.8
    tsc: [CC7.1]
    coverage: full
    frequency: monthly
`;
    const judged = async (type: string) => {
      const root = await makeRepo({ 'mapping.yaml': mapping, 'controls/ops.yaml': control(type), 'evidence/scan.md': '# Scan\n' });
      const run = await check({ root, overrides: { asOf: '2026-11-27', mapping: path.join(root, 'mapping.yaml') } });
      return run.report.missingEvidence.filter((entry) => entry.requirement === 'operating-evidence').map((entry) => entry.reason);
    };
    expect(await judged('dr-plan')).toEqual(['absent']);
    expect(await judged('access_policy_2026')).toEqual(['absent']);
    expect(await judged('incidentRunbook')).toEqual(['absent']);
    expect(await judged('dr-plan-test')).toEqual([]);
  });
});
