/** What the step prints: annotations (workflow commands) and the log lines around them. */
import * as core from '@actions/core';
import { oneLine } from '../report/github/markdown-text.js';
import { sanitizeText } from '../report/sanitize.js';
import type { Report } from '../report/report.js';
import { plural } from '../text.js';
import { findingsByImportance, type Annotation, type AnnotationPlan } from './annotations.js';
import type { ReportFiles } from './outputs.js';

/** @actions/core escapes newlines, `%`, `:` and `,`, so YAML content cannot forge a second command. */
export function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = {
    title: sanitizeText(annotation.title),
    ...(annotation.file === undefined ? {} : { file: annotation.file, startLine: annotation.line, startColumn: annotation.column }),
  };
  // Escaping stops a second command; sanitising stops escape sequences and bidi overrides in the log and the annotation.
  annotators[annotation.level](sanitizeText(annotation.message), properties);
}

/**
 * Named one by one: `core[level]` would make the bundler keep all of @actions/core, its unused
 * OIDC client and with it an HTTP client the action would load on every run.
 */
const annotators = { error: core.error, warning: core.warning, notice: core.notice } as const;

/**
 * The step log: the numbers, then every finding (annotated or not) in a fold. core.info writes
 * text as it is, so anything from the repository is flattened to one line and each line starts
 * with a word, never with `::`: the runner cannot mistake it for a command.
 */
export function logReport(report: Report, annotations: AnnotationPlan, files: ReportFiles): void {
  const { summary } = report;
  core.info(
    `crosswalk ${report.tool.version}: readiness ${summary.readiness.toFixed(1)}%, design coverage ${summary.designCoverage.toFixed(1)}% ` +
      `(${summary.ready} of ${summary.criteria} criteria ready) as of ${report.asOf}, scope ${report.scope.join(', ')}`,
  );
  core.info(
    `${plural(summary.missingEvidence, 'missing evidence requirement')} (${summary.blockingMissingEvidence} blocking), ${plural(summary.gap, 'gap')}, ` +
      `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`,
  );
  core.info(`JSON report: ${oneLine(files.report)}`);
  core.info(`SARIF: ${oneLine(files.sarif)}`);
  const findings = findingsByImportance(report);
  if (findings.length === 0) return;
  core.startGroup(`Findings (${findings.length}; ${annotations.shown.length} annotated)`);
  for (const annotation of findings) {
    const where = annotation.file === undefined ? 'repository' : `${annotation.file}:${annotation.line}:${annotation.column}`;
    core.info(oneLine(`${annotation.level} ${where} ${annotation.title}: ${annotation.message}`));
  }
  core.endGroup();
}
