import { createHash } from 'node:crypto';
import type { DiagnosticCode, SourceLocation } from '../../diagnostics.js';
import type { MissingReason } from '../../score/evidence.js';
import { auditLine } from '../missing-text.js';
import type { Report } from '../report.js';
import { sanitizeText } from '../sanitize.js';
import { diagnosticRules, missingEvidenceRules, type RuleDoc } from '../rules.js';

type Level = 'error' | 'warning' | 'note';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: unknown[];
  partialFingerprints: Record<string, string>;
}

const ruleIds: string[] = [
  ...(Object.keys(diagnosticRules) as DiagnosticCode[]),
  ...(Object.keys(missingEvidenceRules) as MissingReason[]).map((reason) => `missing-evidence/${reason}`),
];

function ruleDoc(id: string): RuleDoc {
  return id.startsWith('missing-evidence/') ? missingEvidenceRules[id.slice('missing-evidence/'.length) as MissingReason] : diagnosticRules[id as DiagnosticCode];
}

export interface SarifOptions {
  /** Where people learn about the tool, e.g. the action's repository. */
  readonly informationUri?: string | undefined;
}

/** SARIF 2.1.0 for GitHub code scanning: every diagnostic and every missing-evidence entry. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const results: SarifResult[] = [
    ...report.diagnostics.map((diagnostic) =>
      result(diagnostic.code, diagnostic.severity === 'error' ? 'error' : diagnostic.severity === 'warning' ? 'warning' : 'note', diagnostic.message, diagnostic),
    ),
    ...report.missingEvidence.map((entry) => {
      const owner = entry.controls.join(', ');
      const target = entry.iso === null ? `SOC 2 ${entry.criteria.join(', ')}` : `${entry.iso} → ${entry.criteria.join(', ')}`;
      const message = `${owner}: evidence requirement ${entry.requirement} (${target}) is not met: ${entry.reason}. ${entry.description}`;
      return result(`missing-evidence/${entry.reason}`, entry.blocking ? 'error' : 'warning', message, entry.evidence[0] ?? entry);
    }),
  ];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'crosswalk',
            ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: ruleIds.map((id) => {
              const doc = ruleDoc(id);
              return {
                id,
                name: doc.title.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toUpperCase()),
                shortDescription: { text: doc.title },
                fullDescription: { text: doc.help },
                help: { text: doc.help, markdown: doc.help },
                defaultConfiguration: { level: id.startsWith('missing-evidence/') || id === 'requirement-not-implemented' ? 'warning' : 'error' },
                properties: { tags: ['compliance', 'soc2', 'iso27001'] },
              };
            }),
          },
        },
        automationDetails: { id: 'crosswalk/' },
        // What the run attests, in words and as data: Type 1 at a date, or a Type 2 period and how far it has run.
        properties: { asOf: report.asOf, audit: report.audit, attests: sanitizeText(auditLine(report.audit, report.asOf)) },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function result(ruleId: string, level: Level, text: string, at: SourceLocation | Partial<SourceLocation>): SarifResult {
  const file = at.file === undefined || at.file === '.' ? '.crosswalk.yml' : at.file;
  return {
    ruleId,
    ruleIndex: ruleIds.indexOf(ruleId),
    level,
    message: { text: sanitizeText(text) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
          region: { startLine: at.line ?? 1, startColumn: at.column ?? 1 },
        },
      },
    ],
    // Stable across runs so code scanning tracks a finding instead of reopening it.
    partialFingerprints: { 'crosswalkFinding/v1': createHash('sha256').update(`${ruleId}\0${file}\0${text}`).digest('hex').slice(0, 32) },
  };
}
