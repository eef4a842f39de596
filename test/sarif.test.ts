/**
 * SARIF 2.1.0 as github/codeql-action/upload-sarif accepts it. Microsoft's validator with GitHub's
 * rules (see README's action section) is the real judge; these are the structural checks it makes
 * that matter most to code scanning.
 */
import { describe, expect, it } from 'vitest';
import { formatSarif } from '../src/report/github/format-sarif.js';
import type { Report } from '../src/report/report.js';
import { diagnostic, handmadeReport, missingEntry, reportOf, reportOfFixture } from './support/reports.js';

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string } }[] } };
    automationDetails?: { id: string };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

const sarifOf = (report: Report, informationUri?: string) => JSON.parse(formatSarif(report, { informationUri })) as SarifLog;

function expectWellFormed(log: SarifLog): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif-2\.1\.0/);
  expect(log.runs).toHaveLength(1);
  const [run] = log.runs;
  const { rules } = run!.tool.driver;
  expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  for (const rule of rules) {
    expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    expect(rule.shortDescription.text.length).toBeGreaterThan(0);
    expect(rule.fullDescription.text.length).toBeGreaterThan(0);
    expect(rule.help.text.length).toBeGreaterThan(0);
  }
  for (const result of run!.results) {
    expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(['error', 'warning', 'note']).toContain(result.level);
    expect(result.message.text.length).toBeGreaterThan(0);
    expect(result.locations.length).toBeGreaterThanOrEqual(1);
    for (const { physicalLocation } of result.locations) {
      const { uri } = physicalLocation.artifactLocation;
      // Repo-relative: no scheme, not absolute, never leaving the repository.
      expect(uri).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      expect(uri.startsWith('/')).toBe(false);
      expect(uri.split('/')).not.toContain('..');
      expect(physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(physicalLocation.region.startColumn).toBeGreaterThanOrEqual(1);
    }
    expect(Object.values(result.partialFingerprints).every((value) => /^[0-9a-f]{32}$/.test(value))).toBe(true);
  }
}

describe('formatSarif', () => {
  it('reports the example org: one result per missing-evidence entry, at the evidence or the control', async () => {
    const report = await reportOfFixture('fixtures/example-org');
    const log = sarifOf(report);
    expectWellFormed(log);
    const { results } = log.runs[0]!;
    expect(results).toHaveLength(report.missingEvidence.length + report.diagnostics.length);
    // In report order after the diagnostics: each at its evidence item when there is one, else at its control.
    const missing = results.slice(report.diagnostics.length);
    report.missingEvidence.forEach((entry, index) => {
      const at = entry.evidence[0] ?? entry;
      expect(missing[index]).toMatchObject({
        ruleId: `missing-evidence/${entry.reason}`,
        level: entry.blocking ? 'error' : 'warning',
        locations: [{ physicalLocation: { artifactLocation: { uri: at.file, uriBaseId: '%SRCROOT%' }, region: { startLine: at.line, startColumn: at.column } } }],
      });
    });
    // The example's deliberate problems (fixtures/example-org/README.md).
    expect(missing.map((result) => result.ruleId)).toEqual(expect.arrayContaining(['missing-evidence/absent', 'missing-evidence/file-not-found', 'missing-evidence/stale']));
  });

  it('reports diagnostics with their rule, level and place', async () => {
    const report = await reportOf({
      'controls/bad.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols:\n  - id: X-01\n    title: x\n    implements: [A.9.1.1]\n    status: implemented\n',
    });
    const log = sarifOf(report);
    expectWellFormed(log);
    const result = log.runs[0]!.results.find((candidate) => candidate.ruleId === 'iso-2013-id')!;
    expect(result.level).toBe('error');
    expect(result.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'controls/bad.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 18 } });
  });

  it('percent-encodes odd file names into a relative URI', () => {
    const log = sarifOf(handmadeReport({ diagnostics: [diagnostic({ file: 'controls/ops team/50% #1.yaml' })] }));
    expectWellFormed(log);
    const uris = log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('controls/ops%20team/50%25%20%231.yaml');
  });

  it('points a finding about the whole repository (file ".") at a real relative path', () => {
    const log = sarifOf(handmadeReport({ diagnostics: [diagnostic({ code: 'no-control-files', file: '.', line: 1, column: 1 })], missingEvidence: [] }));
    expectWellFormed(log);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('.crosswalk.yml');
  });

  it('levels: blocking missing evidence is an error, in-progress a warning; notices are notes', () => {
    const log = sarifOf(
      handmadeReport({
        missingEvidence: [missingEntry({ blocking: true }), missingEntry({ blocking: false, requirement: 'other' })],
        diagnostics: [diagnostic({ severity: 'warning', code: 'requirement-not-implemented' }), diagnostic({ severity: 'notice' })],
      }),
    );
    expect(log.runs[0]!.results.map((result) => result.level).sort()).toEqual(['error', 'note', 'warning', 'warning']);
  });

  it('names the tool, with an information URI when one is given', () => {
    const log = sarifOf(handmadeReport(), 'https://github.com/acme/crosswalk');
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'crosswalk', version: '1.0.0', informationUri: 'https://github.com/acme/crosswalk' });
    expect(sarifOf(handmadeReport()).runs[0]!.tool.driver.informationUri).toBeUndefined();
  });

  it('fingerprints findings the same way on every run', () => {
    expect(formatSarif(handmadeReport())).toBe(formatSarif(handmadeReport()));
  });
});
