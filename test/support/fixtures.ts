/**
 * Compliance repositories for the action's tests, written from the default mapping as it is now,
 * so they keep their meaning when the mapping gains rows or requirements: the tests read the
 * expected figures from the report the action writes, and these fixtures only fix the *kind*
 * of problem and where it sits.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './run-action.js';

interface MappingRow {
  readonly iso: string;
  readonly tsc: readonly string[];
  readonly coverage: 'full' | 'partial' | 'gap';
  readonly evidence?: readonly { readonly id: string; readonly min_samples?: number; readonly max_age_days?: number }[];
}

export async function defaultMappingRows(): Promise<MappingRow[]> {
  const text = await readFile(path.join(repoRoot, 'mappings', 'iso27001-2022-to-soc2.yaml'), 'utf8');
  return (parse(text) as { rows: MappingRow[] }).rows;
}

/** The evidence requirement ids of an ISO control's partial rows (the seed's rows are always kept). */
export function requirementsOf(rows: readonly MappingRow[], iso: string): string[] {
  const ids = rows.filter((row) => row.iso === iso).flatMap((row) => row.evidence?.map((requirement) => requirement.id) ?? []);
  if (ids.length === 0) throw new Error(`the default mapping has no evidence requirement for ${iso}`);
  return ids;
}

/** ISO ids of every partial row that reaches a security criterion: an in-progress control on all of them misses plenty. */
export function securityPartialRows(rows: readonly MappingRow[]): string[] {
  return [...new Set(rows.filter((row) => row.coverage === 'partial' && row.tsc.some((id) => id.startsWith('CC'))).map((row) => row.iso))];
}

export const asOfConfig = 'apiVersion: crosswalk/v1\nkind: Config\nas_of: 2026-11-27\n';

/**
 * Passes the default policy: one implemented control on an ISO control whose every row is full
 * coverage, with one record of it operating (a full row's only requirement, SPEC §2).
 */
export async function passingRepo(): Promise<{ '.crosswalk.yml': string; 'controls/governance.yaml': string; 'evidence/governance/operating-record.md': string }> {
  const rows = await defaultMappingRows();
  const plainFull = (row: MappingRow) => row.coverage === 'full' && (row.evidence ?? []).length === 0;
  const fullOnly = rows.find((row) => plainFull(row) && rows.every((other) => other.iso !== row.iso || plainFull(other)));
  if (!fullOnly) throw new Error('the default mapping has no ISO control covered by full rows only');
  return {
    '.crosswalk.yml': asOfConfig,
    'controls/governance.yaml': [
      'apiVersion: crosswalk/v1',
      'kind: ControlImplementation',
      'controls:',
      '  - id: GOV-01',
      '    title: A control the mapping asks no evidence of',
      `    implements: [${JSON.stringify(fullOnly.iso)}]`,
      '    status: implemented',
      '    evidence:',
      '      - id: ev-operating-record',
      '        type: record',
      '        path: evidence/governance/operating-record.md',
      '        collected: 2026-11-20',
      '',
    ].join('\n'),
    'evidence/governance/operating-record.md': '# The control in action\n\nA record of the control operating.\n',
  };
}

/**
 * Fails the default policy with one problem of each kind, each at a place the tests look up:
 * an ISO 2013 id (error), evidence that is absent (TI-01), whose file is not found (IR-01's
 * ev-incident-tickets) and that is stale (CH-01's ev-change-approvals).
 */
export async function failingRepo(): Promise<Record<string, string>> {
  const rows = await defaultMappingRows();
  const [incidentRequirement] = requirementsOf(rows, 'A.5.25');
  const [changeRequirement] = requirementsOf(rows, 'A.8.32');
  return {
    '.crosswalk.yml': asOfConfig,
    // As many rows as the item declares samples: the file backs the claim.
    'evidence/changes/approvals-2024.csv': `change,approver,date\n${csvRows(100, (n) => `CHG-${n},lead,2024-01-02`)}`,
    'controls/operations.yaml': [
      'apiVersion: crosswalk/v1',
      'kind: ControlImplementation',
      'controls:',
      '  - id: TI-01',
      '    title: Threat intelligence is collected and reviewed',
      '    implements: [A.5.7]',
      '    status: implemented',
      '  - id: IR-01',
      '    title: Security events are triaged and tracked as tickets',
      '    implements: [A.5.25]',
      '    status: implemented',
      '    evidence:',
      '      - id: ev-incident-tickets',
      `        satisfies: [${incidentRequirement}]`,
      '        path: evidence/incidents/*.csv',
      '        collected: 2026-10-01',
      '  - id: CH-01',
      '    title: Production changes are approved before deploy',
      '    implements: [A.8.32]',
      '    status: implemented',
      '    evidence:',
      '      - id: ev-change-approvals',
      `        satisfies: [${changeRequirement}]`,
      '        path: evidence/changes/approvals-2024.csv',
      '        collected: 2024-01-02',
      '        samples: 100',
      '  - id: AC-01',
      '    title: Access control policy',
      '    implements: [A.9.1.1]',
      '    status: implemented',
      '',
    ].join('\n'),
  };
}

/**
 * A compliance repo whose one implemented control (on A.8.2, privileged access) meets every
 * evidence requirement of its rows, each with a file, as of 2026-11-27; `without` leaves the
 * files of these requirements out (their evidence items stay and point at nothing), and
 * `collected` dates a requirement's evidence (default: 2026-11-01, fresh and not expiring).
 */
export async function privilegedAccessRepo(options: { without?: readonly string[]; collected?: Record<string, string>; failOn?: readonly string[] } = {}): Promise<Record<string, string>> {
  const rows = (await defaultMappingRows()).filter((row) => row.iso === 'A.8.2');
  const requirements = rows.flatMap((row) => row.evidence ?? []);
  if (requirements.length === 0) throw new Error('the default mapping has no evidence requirement for A.8.2');
  const files: Record<string, string> = {
    '.crosswalk.yml': `${asOfConfig}policy:\n  fail_on: [${(options.failOn ?? ['errors', 'missing-evidence']).join(', ')}]\n`,
  };
  const evidence = requirements.flatMap((requirement) => [
    `      - id: ev-${requirement.id}`,
    `        satisfies: [${requirement.id}]`,
    `        path: evidence/${requirement.id}.csv`,
    `        collected: ${options.collected?.[requirement.id] ?? '2026-11-01'}`,
    `        samples: ${requirement.min_samples ?? 1}`,
  ]);
  for (const requirement of requirements) {
    if (!options.without?.includes(requirement.id)) files[`evidence/${requirement.id}.csv`] = `record,reviewer,date\n${csvRows(requirement.min_samples ?? 1, (n) => `R-${n},lead,2026-11-01`)}`;
  }
  files['controls/access.yaml'] = [
    'apiVersion: crosswalk/v1',
    'kind: ControlImplementation',
    'controls:',
    '  - id: AC-03',
    '    title: Privileged access is approved and reviewed quarterly',
    '    implements: [A.8.2]',
    '    status: implemented',
    '    evidence:',
    ...evidence,
    '',
  ].join('\n');
  return files;
}

/** `count` CSV data rows, each ending in a line break. */
function csvRows(count: number, row: (n: number) => string): string {
  return Array.from({ length: count }, (_, index) => `${row(index + 1)}\n`).join('');
}
