import { deviationsByChange } from '../collected-evidence.js';
import { severityRank, type Severity } from '../../diagnostics.js';
import { plural } from '../../text.js';
import type { CriterionState } from '../../score/score.js';
import { code, escapeHtml, escapeMarkdown as md, owner, sourcePlace, table, tableHeader, tableRow, type Alignment } from './markdown-text.js';
import type { ReadinessDelta } from '../delta.js';
import { formatTrend, type Trend } from './trend.js';
import { auditLine, forecastWords, incompleteWords, missingDetail, onceEach, reasonLabel, requirementName, stripsToShow, windowLegend, windowMark, windowName } from '../missing-text.js';
import { blockerSource, type BlockingRowReport, type CategoryReport, type DueEvidenceReport, type MissingEvidenceReport, type Report } from '../report.js';

export interface MarkdownOptions {
  /** Prefix that turns a repo-relative path into a link, e.g. `https://github.com/o/r/blob/<sha>/`. */
  readonly linkBase?: string | undefined;
  /** Upper bound on the output's length in UTF-16 code units (a PR comment's limit is in characters). */
  readonly maxLength?: number | undefined;
  /** Upper bound on the output's size in UTF-8 bytes (a job summary's limit is in bytes). */
  readonly maxBytes?: number | undefined;
  /** Heading level of the title (2 by default). */
  readonly headingLevel?: number | undefined;
  /** Markdown paragraphs the caller adds right after the headline; trusted, not escaped. */
  readonly notes?: readonly string[] | undefined;
  /** On a pull request whose base was scored: what it changes, shown before everything else. */
  readonly delta?: ReadinessDelta | undefined;
  /** Readiness over time (the action's history on the badge branch), shown under the headline. */
  readonly trend?: Trend | undefined;
  /**
   * The pull-request comment: what needs action only (problems, the change, blocking evidence, the
   * criteria at risk), each said once; the long tables stay in the job summary, named in one line.
   */
  readonly compact?: boolean | undefined;
}

/** A comment longer than this is read by nobody: the long tables live in the job summary. */
export const compactCommentLength = 12_000;

const stateIcon: Record<CriterionState, string> = { ready: '🟢', incomplete: '🟡', gap: '🔴' };
const severityLabel: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };

/** The reason, with its particulars: the empty window, the sample count, the later-dated items. */
function reasonCell(entry: MissingEvidenceReport): string {
  return `${reasonLabel[entry.reason]}: ${md(missingDetail(entry))}`;
}

export const cutNote =
  '> [!NOTE]\n> Detail was cut to fit GitHub’s size limit. The full report is the JSON report: the action’s `report` output, or `crosswalk check --format json`.';

/**
 * A part of the report that can be cut row by row when the whole does not fit:
 * `head`, the first rows, a line saying how many rows were left out, then `tail`.
 */
interface Section {
  readonly head: string;
  readonly rows: readonly string[];
  readonly tail?: string;
}

/** Markdown for the job summary, the pull-request comment and `--format markdown`. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const level = '#'.repeat(options.headingLevel ?? 2);
  const trend = options.trend === undefined ? '' : formatTrend(options.trend);
  const essentials = [headline(report, level), incompletePicture(report), deltaLine(options.delta), trend, ...(options.notes ?? []), categoriesTable(report), failures(report)].filter((part) => part !== '');
  if (options.compact) {
    const detail = [problems(report, level, options), ...deltaDetail(report, level, options), blockingEvidence(report, level, options), atRisk(report, level)];
    const kept = detail.filter((section): section is Section => section !== undefined);
    const limit = Math.min(options.maxLength ?? compactCommentLength, compactCommentLength);
    return fit(essentials, [...kept, { head: moreInSummary(report), rows: [] }], { chars: limit, bytes: options.maxBytes });
  }
  // In order of importance: when space runs out, the later ones are cut first. Problems in the
  // files come first: an error can leave a control and its evidence out of everything below. On
  // a pull request, what it changes comes next: that is what its reviewers decide on.
  const detail = [
    problems(report, level, options),
    ...deltaDetail(report, level, options),
    atRisk(report, level),
    missingEvidence(report, level, options),
    dueEvidence(report, level, options),
    timeline(report, level),
    blockedCriteria(report, level),
    expiringEvidence(report, level, options),
    gaps(report, level),
    collectedEvidence(report, level),
    deviations(report, level),
    unverifiedEvidence(report, level, options),
    ...criteriaDetail(report, level),
  ].filter((section): section is Section => section !== undefined);
  return fit(essentials, detail, { chars: options.maxLength, bytes: options.maxBytes });
}

// ---------------------------------------------------------------------------------------------
// Fitting the output under GitHub's limits

interface Limits {
  readonly chars: number | undefined;
  readonly bytes: number | undefined;
}

interface Size {
  readonly chars: number;
  readonly bytes: number;
}

const sizeOf = (text: string): Size => ({ chars: text.length, bytes: Buffer.byteLength(text, 'utf8') });
const add = (a: Size, b: Size): Size => ({ chars: a.chars + b.chars, bytes: a.bytes + b.bytes });
const within = (size: Size, limits: Limits) => (limits.chars === undefined || size.chars <= limits.chars) && (limits.bytes === undefined || size.bytes <= limits.bytes);

const partSeparator = '\n\n';
const join = (parts: readonly string[]) => `${parts.join(partSeparator)}\n`;

function render(section: Section, keptRows: number): string {
  const left = section.rows.length - keptRows;
  const body = [section.head, ...section.rows.slice(0, keptRows)].join('\n');
  const parts = [body];
  if (left > 0) parts.push(`_…and ${plural(left, 'more row')}, left out to fit; see the JSON report._`);
  if (section.tail !== undefined) parts.push(section.tail);
  return parts.join(partSeparator);
}

/** Keeps the essentials whole and as many detail rows as fit, in order, saying what was left out. */
function fit(essentials: readonly string[], detail: readonly Section[], limits: Limits): string {
  const whole = join([...essentials, ...detail.map((section) => render(section, section.rows.length))]);
  if (within(sizeOf(whole), limits)) return whole;

  const kept = [...essentials];
  let used = add(sizeOf(join(kept)), sizeOf(partSeparator + cutNote));
  for (const section of detail) {
    const rows = rowsThatFit(section, used, limits);
    if (rows === undefined) continue;
    const rendered = render(section, rows);
    kept.push(rendered);
    used = add(used, sizeOf(partSeparator + rendered));
  }
  kept.push(cutNote);
  return truncate(join(kept), limits);
}

/** How many of the section's rows fit in what is left; undefined when not even its head does. */
function rowsThatFit(section: Section, used: Size, limits: Limits): number | undefined {
  const full = add(used, sizeOf(partSeparator + render(section, section.rows.length)));
  if (within(full, limits)) return section.rows.length;
  // The "n more rows" line of the emptiest cut is the longest one, so this never undercounts.
  let total = add(used, sizeOf(partSeparator + render(section, 0)));
  if (!within(total, limits)) return undefined;
  let rows = 0;
  for (const row of section.rows) {
    const next = add(total, sizeOf(`\n${row}`));
    if (!within(next, limits)) break;
    total = next;
    rows += 1;
  }
  return rows;
}

/** Last resort when even the essentials are too big (an absurdly long name): a hard cut at a character boundary. */
function truncate(text: string, limits: Limits): string {
  if (within(sizeOf(text), limits)) return text;
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (within(sizeOf(`${characters.slice(0, middle).join('')}\n`), limits)) low = middle;
    else high = middle - 1;
  }
  return `${characters.slice(0, low).join('')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The essentials: always shown

function headline(report: Report, level: string): string {
  const { summary } = report;
  const verdict = summary.passed ? '✅ passed' : '❌ failed';
  return [
    `${level} SOC 2 readiness: ${summary.readiness.toFixed(1)}% · ${verdict}`,
    '',
    `**Readiness ${summary.readiness.toFixed(1)}%** (${summary.ready} of ${summary.criteria} criteria ready) · ` +
      `**Design coverage ${summary.designCoverage.toFixed(1)}%** · ` +
      `${plural(summary.missingEvidence, 'missing evidence requirement')} (${summary.blockingMissingEvidence} blocking) · ` +
      (report.audit.type === 'type2' ? `${onceEach(report.dueEvidence).length} due this window · ` : '') +
      `${plural(summary.gap, 'gap')} · ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`,
    ...(report.forecast ? ['', `📅 **At the period's end (${report.forecast.asOf}): ${report.forecast.readiness.toFixed(1)}%** · ${md(forecastWords(report.forecast))}`] : []),
    '',
    `<sub>crosswalk ${md(report.tool.version)} · ${md(auditLine(report.audit, report.asOf))} · scope: ${report.scope.join(', ')} · mapping: ${md(report.mapping.name)}</sub>`,
  ].join('\n');
}

/** SPEC §2: an error leaves controls out of every figure, so the figures say so where they stand. */
function incompletePicture(report: Report): string {
  return report.summary.complete ? '' : `> [!WARNING]\n> ${incompleteWords(report.summary.errors)} See Problems.`;
}

/** `9.1% → 6.1% (-3.0 points)`: the one line a reviewer reads first. */
function deltaLine(delta: ReadinessDelta | undefined): string {
  if (delta === undefined) return '';
  const icon = delta.change < 0 ? '📉' : delta.change > 0 ? '📈' : '➖';
  const changed = delta.criteriaChanged.length === 0 ? 'no criterion changed state' : `${plural(delta.criteriaChanged.length, 'criterion', 'criteria')} changed state`;
  const withdrawn = delta.controlsChanged.filter((change) => change.withdrawn).length;
  return (
    `${icon} **This pull request:** readiness ${delta.before.toFixed(1)}% → ${delta.after.toFixed(1)}% (**${signed(delta.change)}** points) · ${changed} · ` +
    (withdrawn > 0 ? `⚠️ ${plural(withdrawn, 'control claim', 'control claims')} withdrawn · ` : '') +
    `missing evidence: ${delta.missingEvidenceAdded.length} added, ${delta.missingEvidenceResolved.length} resolved`
  );
}

/** `+3.0`, `-3.0`, `0.0`: the sign always shown, except on no change. */
export function signed(change: number): string {
  return `${change > 0 ? '+' : ''}${change === 0 ? '0.0' : change.toFixed(1)}`;
}

function categoriesTable(report: Report): string {
  return table(
    ['Category', 'Criteria', 'Ready', 'Incomplete', 'Gap', 'Readiness', 'Design coverage'],
    report.categories.map((category) => [
      md(category.title),
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

// ---------------------------------------------------------------------------------------------
// The detail: cut row by row when space runs out

function where(file: string | undefined, line: number | undefined, options: MarkdownOptions): string {
  return sourcePlace(file, line, options.linkBase);
}

function section(heading: string, intro: string | undefined, header: readonly string[], rows: readonly (readonly string[])[], align?: readonly Alignment[]): Section {
  const head = [heading, '', ...(intro === undefined ? [] : [intro, '']), tableHeader(header, align)].join('\n');
  return { head, rows: rows.map(tableRow) };
}

function missingEvidence(report: Report, level: string, options: MarkdownOptions): Section {
  const heading = `${level}# Missing evidence (${report.missingEvidence.length})`;
  if (report.missingEvidence.length === 0) {
    return { head: `${heading}\n\nNone: every evidence requirement of implemented and in-progress controls is met.`, rows: [] };
  }
  return missingEvidenceSection(heading, undefined, report.missingEvidence, report, options);
}

const missingEvidenceHeader = ['', 'Control', 'ISO control', 'Criteria', 'Requirement', 'Reason', 'Where'];

/** Blocking entries first, so they are the last to be cut. */
function missingEvidenceSection(heading: string, intro: string | undefined, entries: readonly MissingEvidenceReport[], report: Report, options: MarkdownOptions): Section {
  const titles = new Map(report.controls.map((control) => [control.id, control.title]));
  const controlCell = (id: string) => `**${md(id)}**${titles.has(id) ? ` ${md(titles.get(id) ?? '')}` : ''}`;
  const sorted = onceEach(entries).sort((a, b) => Number(b.blocking) - Number(a.blocking));
  const rows = sorted.map((entry) => [
    entry.blocking ? '❌ blocking' : '⚠️ in progress',
    entry.controls.map(controlCell).join('<br>'),
    isoCell(entry),
    entry.criteria.join(', '),
    `${code(entry.requirement)}<br>${md(entry.description)}`,
    reasonCell(entry),
    where(entry.evidence[0]?.file ?? entry.file, entry.evidence[0]?.line ?? entry.line, options),
  ]);
  return section(heading, intro, missingEvidenceHeader, rows);
}

function isoCell(entry: MissingEvidenceReport | DueEvidenceReport): string {
  if (entry.kind === 'criterion') return `SOC 2 ${entry.criteria.join(', ')} (its own test)`;
  return entry.iso === null ? 'SOC 2–specific' : `${entry.iso} ${md(entry.isoTitle ?? '')}`;
}

/**
 * What the pull request changed, beyond the headline: criteria whose state changed, missing
 * evidence it adds (located in the head, so linked) and resolves (located in the base, whose
 * lines the head's links would get wrong, so not linked).
 */
function deltaDetail(report: Report, level: string, options: MarkdownOptions): Section[] {
  const { delta } = options;
  if (delta === undefined) return [];
  const sections: Section[] = [];
  if (delta.criteriaChanged.length > 0) {
    const subjects = new Map(report.criteria.map((criterion) => [criterion.id, criterion.subject]));
    const rows = delta.criteriaChanged.map((change) => [
      `**${change.id}**`,
      md(subjects.get(change.id) ?? ''),
      `${stateIcon[change.before]} ${change.before}`,
      `${stateIcon[change.after]} ${change.after}`,
    ]);
    sections.push(section(`${level}# Criteria this pull request changes (${delta.criteriaChanged.length})`, undefined, ['Criterion', 'Subject', 'Before', 'After'], rows));
  }
  if (delta.controlsChanged.length > 0) {
    const rows = delta.controlsChanged.map((change) => [
      `**${md(change.id)}** ${md(change.title)}`,
      change.before,
      change.after ?? '**removed**',
      change.criteria.join(', ') || '—',
      change.withdrawn ? '⚠️ claim withdrawn' : 'claim strengthened',
    ]);
    sections.push(
      section(
        `${level}# Controls whose status this pull request changes (${delta.controlsChanged.length})`,
        'Withdrawing a claim takes its criteria out of the test, which can raise readiness: review it as a change to the program.',
        ['Control', 'Before', 'After', 'Criteria reached', ''],
        rows,
      ),
    );
  }
  if (delta.notCompared.length > 0) {
    sections.push({
      head: `${level}# Not compared (${delta.notCompared.length})\n\nThese controls are missing from this pull request because their files have errors (see Problems); their evidence is neither added nor resolved until the errors are fixed:\n`,
      rows: delta.notCompared.map((id) => `- **${md(id)}**`),
    });
  }
  if (delta.missingEvidenceAdded.length > 0) {
    const heading = `${level}# Missing evidence this pull request adds (${delta.missingEvidenceAdded.length})`;
    sections.push(missingEvidenceSection(heading, 'Not missing on the base commit; missing with this pull request.', delta.missingEvidenceAdded, report, options));
  }
  if (delta.missingEvidenceResolved.length > 0) {
    const rows = delta.missingEvidenceResolved.map((entry) => [entry.controls.map((id) => `**${md(id)}**`).join('<br>'), isoCell(entry), entry.criteria.join(', '), code(entry.requirement), `was ${reasonLabel[entry.reason]}`]);
    sections.push(
      section(`${level}# Missing evidence this pull request resolves (${delta.missingEvidenceResolved.length})`, undefined, ['Control', 'ISO control', 'Criteria', 'Requirement', 'On the base branch'], rows),
    );
  }
  return sections;
}

function problems(report: Report, level: string, options: MarkdownOptions): Section | undefined {
  if (report.diagnostics.length === 0) return undefined;
  // Errors first (stable, so file order is kept within a severity): they are the last to be cut.
  const diagnostics = [...report.diagnostics].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const rows = diagnostics.map((diagnostic) => [severityLabel[diagnostic.severity], where(diagnostic.file, diagnostic.line, options), `${md(diagnostic.message)} (${code(diagnostic.code)})`]);
  return section(`${level}# Problems (${report.diagnostics.length})`, undefined, ['Severity', 'Where', 'Problem'], rows);
}

function expiringEvidence(report: Report, level: string, options: MarkdownOptions): Section | undefined {
  if (report.expiringEvidence.length === 0) return undefined;
  const rows = report.expiringEvidence.map((item) => [
    md(item.control),
    code(item.evidence),
    item.requirements.map(code).join(', ') || '—',
    item.collected,
    `${item.expires} (${plural(item.daysLeft, 'day')} left)`,
    where(item.file, item.line, options),
  ]);
  return section(
    `${level}# Expiring soon (${report.expiringEvidence.length})`,
    'Still counted, but stale within the warning window: collect it again before the audit.',
    ['Control', 'Evidence', 'Requirements', 'Collected', 'Stale from', 'Where'],
    rows,
  );
}

/** Type 2 while the period runs: the criteria ready today that its end would find not ready, and what keeps each ready. */
function atRisk(report: Report, level: string): Section | undefined {
  const { forecast } = report;
  if (!forecast || forecast.keepReady.length === 0) return undefined;
  const rows = forecast.keepReady.map((risk) => [
    `**${risk.criterion}**`,
    md(risk.subject),
    onceEach(risk.evidence)
      .map((entry) => `${code(entry.requirement)} (${md(entry.iso ?? entry.controls.join(', '))}): ${md(missingDetail({ ...entry, laterEvidence: [] }))}`)
      .join('<br>'),
  ]);
  return section(
    `${level}# At risk by ${forecast.asOf} (${forecast.keepReady.length})`,
    'Ready today, not at the end of the audit period if nothing more is collected: collect this evidence to keep them ready.',
    ['Criterion', 'Subject', 'To keep it ready'],
    rows,
  );
}

/**
 * The comment's missing evidence: only what blocks the merge, each ask once, one short line each
 * (ids, not descriptions: the job summary and the JSON report carry those).
 */
function blockingEvidence(report: Report, level: string, options: MarkdownOptions): Section | undefined {
  const blocking = onceEach(report.missingEvidence.filter((entry) => entry.blocking));
  if (blocking.length === 0) return undefined;
  const rows = blocking.map((entry) => [
    entry.controls.map((id) => `**${md(id)}**`).join(', '),
    `${code(entry.requirement)}${entry.iso === null ? '' : ` (${entry.iso})`}`,
    entry.criteria.join(', '),
    reasonCell(entry),
    where(entry.evidence[0]?.file ?? entry.file, entry.evidence[0]?.line ?? entry.line, options),
  ]);
  return section(`${level}# Blocking missing evidence (${blocking.length})`, undefined, ['Control', 'Requirement', 'Criteria', 'Reason', 'Where'], rows);
}

/** The comment's last line: where the rest is. */
function moreInSummary(report: Report): string {
  const rest = [
    report.missingEvidence.some((entry) => !entry.blocking) ? 'missing evidence of controls in progress' : '',
    report.dueEvidence.length > 0 ? `${onceEach(report.dueEvidence).length} due` : '',
    report.timeline.length > 0 ? 'the period strips' : '',
    'every criterion',
  ].filter((part) => part !== '');
  return `<sub>The job summary of this run has the rest: ${rest.join(', ')}.</sub>`;
}

/** Type 2: what falls due in the current window, soonest first, with owners. */
function dueEvidence(report: Report, level: string, options: MarkdownOptions): Section | undefined {
  const due = onceEach(report.dueEvidence);
  if (due.length === 0) return undefined;
  const rows = due.map((entry) => [
    entry.due,
    code(entry.requirement),
    isoCell(entry),
    entry.controls.map((id) => `**${md(id)}**`).join('<br>'),
    entry.owners.map(owner).join('<br>') || '—',
    where(entry.file, entry.line, options),
  ]);
  return section(
    `${level}# Due (${due.length})`,
    'The current window of the audit period has no evidence for these yet: collect it before the window ends.',
    ['Due', 'Requirement', 'ISO control', 'Controls', 'Owners', 'Where'],
    rows,
  );
}

/** Type 2: one strip of marks per requirement, a mark per window: ✔ collected, ✖ missing, ◷ current, ○ not started. */
function timeline(report: Report, level: string): Section | undefined {
  const strips = stripsToShow(report.timeline);
  if (strips.length === 0) return undefined;
  const rows = strips.map((entry) => [
    md(requirementName(entry)),
    entry.frequency ?? 'annual',
    entry.windows.map((window) => `${windowName(window)} ${windowMark[window.state]}`).join(' · '),
  ]);
  return section(
    `${level}# Evidence over the audit period (${strips.length})`,
    windowLegend,
    ['Requirement', 'Frequency', 'Windows'],
    rows,
  );
}

/** What stands between each criterion and ready: the rows and requirements to close. */
function blockedCriteria(report: Report, level: string): Section | undefined {
  const blocked = report.criteria.filter((criterion) => criterion.blockedBy.length > 0);
  if (blocked.length === 0) return undefined;
  const rows = blocked.map((criterion) => [`**${criterion.id}**`, md(criterion.subject), criterion.blockedBy.map(blockingText).join('<br>')]);
  return section(`${level}# What blocks each criterion (${blocked.length})`, undefined, ['Criterion', 'Subject', 'To close'], rows);
}

function blockingText(row: BlockingRowReport): string {
  const source = md(blockerSource(row));
  const needs = row.requirements.map((requirement) => `${code(requirement.id)} ${reasonLabel[requirement.reason]}${requirement.window ? ` ${requirement.window.start}..${requirement.window.end}` : ''}`);
  const parts = [...(row.inProgress ? ['in progress: no control implemented yet'] : []), ...needs];
  return parts.length > 0 ? `${source}: ${parts.join(', ')}` : source;
}

function gaps(report: Report, level: string): Section | undefined {
  const gapCriteria = report.criteria.filter((criterion) => criterion.state === 'gap');
  if (gapCriteria.length === 0) return undefined;
  return {
    head: `${level}# Gaps (${gapCriteria.length})\n\nNo implemented or in-progress control reaches these criteria:\n`,
    rows: gapCriteria.map((criterion) => `- **${criterion.id}** ${md(criterion.subject)}${criterion.controls.length > 0 ? ` (mapped from ${criterion.controls.join(', ')})` : ''}`),
  };
}

/** Collected evidence, apart from declared files and links: crosswalk tested every change itself. */
function collectedEvidence(report: Report, level: string): Section | undefined {
  if (report.collectedEvidence.length === 0) return undefined;
  const rows = report.collectedEvidence.flatMap((item) =>
    item.documents.map((document) => [md(item.control), code(item.evidence), `${md(document.repository)} ${code(document.branch)}`, `${document.period.start}..${document.period.end}`, String(document.summary.population), String(document.summary.exceptions), code(document.path)]),
  );
  return section(
    `${level}# Collected evidence (${report.collectedEvidence.length})`,
    'Verified by crosswalk, not declared: each document lists every change of its period, and crosswalk checked each change\'s exceptions again.',
    ['Control', 'Evidence', 'Repository', 'Period', 'Changes', 'With exceptions', 'Document'],
    rows,
    ['left', 'left', 'left', 'left', 'right', 'right', 'left'],
  );
}

function deviations(report: Report, level: string): Section | undefined {
  if (report.deviations.length === 0) return undefined;
  const answered = deviationsByChange(report.deviations);
  const rows = answered.map((deviation) => [md(deviation.change), deviation.class, md(deviation.response), md(deviation.approvedBy), deviation.requirements.map(code).join(', ')]);
  return section(`${level}# Deviations (${answered.length})`, 'Exceptions answered with management\'s response: reported as deviations, not missing evidence.', ['Change', 'Class', 'Response', 'Approved by', 'Requirements'], rows);
}

function unverifiedEvidence(report: Report, level: string, options: MarkdownOptions): Section | undefined {
  if (report.unverifiedEvidence.length === 0) return undefined;
  const rows = report.unverifiedEvidence.map((item) => [md(item.control), code(item.evidence), where(item.file, item.line, options)]);
  return section(
    `${level}# Evidence given as links (${report.unverifiedEvidence.length})`,
    'Counted as present, but crosswalk cannot open them: an auditor will.',
    ['Control', 'Evidence', 'Where'],
    rows,
  );
}

/** One collapsed table per category, so the summary stays short until someone wants the detail. */
function criteriaDetail(report: Report, level: string): Section[] {
  return report.categories.map((category: CategoryReport, index) => {
    const criteria = report.criteria.filter((criterion) => criterion.category === category.category);
    const summary = `${escapeHtml(category.title)}: ${category.ready} of ${plural(category.criteria, 'criterion', 'criteria')} ready, ${category.incomplete} incomplete, ${plural(category.gap, 'gap')}`;
    const heading = index === 0 ? `${level}# Every criterion in scope\n\n` : '';
    return {
      head: `${heading}<details><summary>${summary}</summary>\n\n${tableHeader(['Criterion', 'Subject', 'State', 'Through'])}`,
      rows: criteria.map((criterion) =>
        tableRow([
          `**${criterion.id}**`,
          md(criterion.subject),
          `${stateIcon[criterion.state]} ${criterion.state}`,
          [...criterion.controls, ...criterion.supplementalControls.map(md)].join(', ') || '—',
        ]),
      ),
      tail: '</details>',
    };
  });
}
