import { plural } from '../score/policy.js';
import type { CriterionState } from '../score/score.js';
import type { MissingReason } from '../score/evidence.js';
import { code, escapeMarkdown as md, table } from './markdown-text.js';
import type { MissingEvidenceReport, Report } from './report.js';

export interface MarkdownOptions {
  /** Prefix that turns a repo-relative path into a link, e.g. `https://github.com/o/r/blob/<sha>/`. */
  readonly linkBase?: string | undefined;
  /** Upper bound on the output's length in characters; detail is cut, with a note, to fit. */
  readonly maxLength?: number | undefined;
  /** Heading level of the title (2 by default). */
  readonly headingLevel?: number | undefined;
}

const stateIcon: Record<CriterionState, string> = { ready: '🟢', incomplete: '🟡', gap: '🔴' };

export const reasonLabel: Record<MissingReason, string> = {
  absent: 'absent: no evidence lists it',
  'file-not-found': 'file not found',
  stale: 'stale',
  'insufficient-samples': 'insufficient samples',
};

/** Markdown for the job summary, the pull-request comment and `--format markdown`. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const level = '#'.repeat(options.headingLevel ?? 2);
  const essentials = [headline(report, level), categoriesTable(report), failures(report)];
  const detail = [missingEvidence(report, level, options), gaps(report, level), problems(report, level, options), criteriaDetail(report)];
  return fit(essentials, detail, options.maxLength);
}

/** Keeps the essentials and as much detail as fits, saying what was left out. */
function fit(essentials: string[], detail: string[], maxLength: number | undefined): string {
  const join = (parts: string[]) => `${parts.filter((part) => part !== '').join('\n\n')}\n`;
  const whole = join([...essentials, ...detail]);
  if (maxLength === undefined || whole.length <= maxLength) return whole;
  const note = '> [!NOTE]\n> Detail was cut to fit; the full report is in the JSON report (`report` output, or `crosswalk check --format json`).';
  const kept = [...essentials];
  for (const part of detail) {
    if (join([...kept, part, note]).length > maxLength) break;
    kept.push(part);
  }
  return join([...kept, note]).slice(0, maxLength);
}

function headline(report: Report, level: string): string {
  const { summary } = report;
  const verdict = summary.passed ? '✅ passed' : '❌ failed';
  return [
    `${level} SOC 2 readiness: ${summary.readiness.toFixed(1)}% · ${verdict}`,
    '',
    `**Readiness ${summary.readiness.toFixed(1)}%** (${summary.ready} of ${summary.criteria} criteria ready) · ` +
      `**Design coverage ${summary.designCoverage.toFixed(1)}%** · ` +
      `${plural(summary.missingEvidence, 'missing evidence requirement')} (${summary.blockingMissingEvidence} blocking) · ` +
      `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`,
    '',
    `<sub>crosswalk ${md(report.tool.version)} · as of ${report.asOf} · scope: ${report.scope.join(', ')} · mapping: ${md(report.mapping.name)}</sub>`,
  ].join('\n');
}

function categoriesTable(report: Report): string {
  return table(
    ['Category', 'Criteria', 'Ready', 'Incomplete', 'Gap', 'Readiness', 'Design coverage'],
    report.categories.map((category) => [
      category.title,
      String(category.criteria),
      String(category.ready),
      String(category.incomplete),
      String(category.gap),
      `${category.readiness.toFixed(1)}%`,
      `${category.designCoverage.toFixed(1)}%`,
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

function failures(report: Report): string {
  if (report.summary.passed) return '';
  return ['**The merge gate fails:**', '', ...report.summary.failedConditions.map((failure) => `- \`${failure.condition}\`: ${md(failure.reason)}`)].join('\n');
}

function where(file: string, line: number, options: MarkdownOptions): string {
  const label = code(`${file}:${line}`);
  if (!options.linkBase || file === '.') return label;
  const href = `${options.linkBase}${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  return `[${label}](${href})`;
}

function missingEvidence(report: Report, level: string, options: MarkdownOptions): string {
  if (report.missingEvidence.length === 0) return `${level}# Missing evidence\n\nNone: every evidence requirement of implemented and in-progress controls is met.`;
  const rows = report.missingEvidence.map((entry: MissingEvidenceReport) => [
    entry.blocking ? '❌ blocking' : '⚠️ in progress',
    entry.controls.map((control) => md(control)).join(', '),
    entry.iso === null ? 'SOC 2–specific' : `${entry.iso} ${md(entry.isoTitle ?? '')}`,
    entry.criteria.join(', '),
    `${code(entry.requirement)}<br>${md(entry.description)}`,
    reasonLabel[entry.reason],
    where(entry.evidence[0]?.file ?? entry.file, entry.evidence[0]?.line ?? entry.line, options),
  ]);
  return [`${level}# Missing evidence (${report.missingEvidence.length})`, '', table(['', 'Control', 'ISO control', 'Criteria', 'Requirement', 'Reason', 'Where'], rows)].join('\n');
}

function gaps(report: Report, level: string): string {
  const gapCriteria = report.criteria.filter((criterion) => criterion.state === 'gap');
  if (gapCriteria.length === 0) return '';
  return [
    `${level}# Gaps (${gapCriteria.length})`,
    '',
    'No implemented or in-progress control reaches these criteria:',
    '',
    ...gapCriteria.map((criterion) => `- **${criterion.id}** ${md(criterion.subject)}${criterion.controls.length > 0 ? ` (mapped from ${criterion.controls.join(', ')})` : ''}`),
  ].join('\n');
}

function problems(report: Report, level: string, options: MarkdownOptions): string {
  if (report.diagnostics.length === 0) return '';
  const rows = report.diagnostics.map((diagnostic) => [
    diagnostic.severity === 'error' ? '❌ error' : diagnostic.severity === 'warning' ? '⚠️ warning' : 'ℹ️ notice',
    where(diagnostic.file, diagnostic.line, options),
    `${md(diagnostic.message)} (${code(diagnostic.code)})`,
  ]);
  return [`${level}# Problems (${report.diagnostics.length})`, '', table(['Severity', 'Where', 'Problem'], rows)].join('\n');
}

function criteriaDetail(report: Report): string {
  const rows = report.criteria.map((criterion) => [
    `**${criterion.id}**`,
    md(criterion.subject),
    `${stateIcon[criterion.state]} ${criterion.state}`,
    [...criterion.controls, ...criterion.supplementalControls.map(md)].join(', ') || '—',
  ]);
  return ['<details><summary>Every criterion in scope</summary>', '', table(['Criterion', 'Subject', 'State', 'Through'], rows), '', '</details>'].join('\n');
}
