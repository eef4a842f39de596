import { deviationsByChange } from '../collected-evidence.js';
import { createColors } from 'picocolors';
import { forTerminal } from './terminal-text.js';
import { plural } from '../../text.js';
import type { CriterionState } from '../../score/score.js';
import type { MissingReason } from '../../score/evidence.js';
import { auditLine, forecastWords, hasMissingWindow, incompleteWords, missingDetail, onceEach, passWords, requirementName, stripsToShow, windowLegend, windowMark, windowName } from '../missing-text.js';
import { blockerSource, type CategoryReport, type MissingEvidenceReport, type Report } from '../report.js';

export interface TextOptions {
  /** Colour only when writing to a terminal that wants it. */
  readonly color: boolean;
  /** Columns available; long lists wrap to it. */
  readonly width?: number;
}

type Colors = ReturnType<typeof createColors>;

const stateMark: Record<CriterionState, string> = { ready: '✔', incomplete: '◐', gap: '✖' };

/**
 * The terminal report: the numbers first, then the problems in the files (an error can leave a
 * control and its evidence out, so it is the first thing to fix), then what is missing, then
 * what to do.
 */
export function formatText(report: Report, options: TextOptions): string {
  const c = createColors(options.color);
  const width = Math.max(60, Math.min(options.width ?? 100, 120));
  const sections = [
    header(report, c),
    diagnosticsSection(report, c),
    categoriesSection(report, c, width),
    missingSection(report, c),
    atRiskSection(report, c),
    dueSection(report, c),
    timelineSection(report, c),
    blockedSection(report, c),
    expiringSection(report, c),
    collectedSection(report, c),
    deviationsSection(report, c),
    unverifiedSection(report, c),
    verdictSection(report, c),
    nextSteps(report),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function header(report: Report, c: Colors): string {
  const { summary } = report;
  return [
    `${c.bold('crosswalk')} ${report.tool.version} · SOC 2 readiness as of ${report.asOf}`,
    c.dim(`${auditLine(report.audit, report.asOf)} · mapping: ${forTerminal(report.mapping.name)} · scope: ${report.scope.join(', ')}`),
    '',
    `  Readiness        ${c.bold(pad(`${summary.readiness.toFixed(1)}%`, 6))}  ${bar(summary.readiness, c)}  ${summary.ready} of ${summary.criteria} criteria ready`,
    `  Design coverage  ${pad(`${summary.designCoverage.toFixed(1)}%`, 6)}  ${bar(summary.designCoverage, c)}  ${summary.ready + summary.incomplete} of ${summary.criteria} reached by a control`,
    ...(report.forecast ? [`  At period end    ${pad(`${report.forecast.readiness.toFixed(1)}%`, 6)}  ${bar(report.forecast.readiness, c)}  ${forecastWords(report.forecast)}`] : []),
    ...(summary.complete ? [] : ['', c.red(`  ${incompleteWords(summary.errors)}`)]),
  ].join('\n');
}

function bar(percent: number, c: Colors): string {
  const cells = 20;
  const filled = Math.round((percent / 100) * cells);
  const colour = percent >= 80 ? c.green : percent >= 50 ? c.yellow : c.red;
  return colour('█'.repeat(filled)) + c.dim('░'.repeat(cells - filled));
}

function categoriesSection(report: Report, c: Colors, width: number): string {
  return report.categories.map((category) => categoryBlock(report, category, c, width)).join('\n\n');
}

function categoryBlock(report: Report, category: CategoryReport, c: Colors, width: number): string {
  const criteria = report.criteria.filter((criterion) => criterion.category === category.category);
  const line = (state: CriterionState, colour: (text: string) => string) => {
    const ids = criteria.filter((criterion) => criterion.state === state).map((criterion) => criterion.id);
    if (ids.length === 0) return [];
    return wrap(ids, width - 16).map((chunk, index) => `    ${index === 0 ? colour(`${stateMark[state]} ${pad(state, 10)}`) : ' '.repeat(12)}  ${chunk}`);
  };
  return [
    `${c.bold(category.title)}  ${category.ready}/${category.criteria} ready · ${category.readiness.toFixed(1)}% · design coverage ${category.designCoverage.toFixed(1)}%`,
    ...line('ready', c.green),
    ...line('incomplete', c.yellow),
    ...line('gap', c.red),
  ].join('\n');
}

function missingSection(report: Report, c: Colors): string {
  if (report.missingEvidence.length === 0) return `${c.bold('Missing evidence')}  none`;
  const blocking = report.summary.blockingMissingEvidence;
  const title = `${c.bold('Missing evidence')}  ${report.missingEvidence.length} (${blocking} blocking, ${report.missingEvidence.length - blocking} from controls in progress)`;
  const byControl = groupBy(onceEach(report.missingEvidence), (entry) => entry.controls[0] ?? '');
  const titles = new Map(report.controls.map((control) => [control.id, control]));
  const blocks = [...byControl].map(([controlId, entries]) => {
    const control = titles.get(controlId);
    const heading = `  ${c.bold(forTerminal(controlId))}${control ? ` ${forTerminal(control.title)}` : ''} ${c.dim(`(${control?.status ?? ''}${entries[0]!.file === undefined ? '' : `, ${forTerminal(entries[0]!.file)}:${entries[0]!.line}`})`)}`;
    return [heading, ...entries.flatMap((entry) => missingEntry(entry, c))].join('\n');
  });
  return [title, ...blocks].join('\n');
}

function missingEntry(entry: MissingEvidenceReport, c: Colors): string[] {
  const mark = entry.blocking ? c.red('✖') : c.yellow('!');
  const target =
    entry.kind === 'criterion' ? `SOC 2 ${entry.criteria.join(', ')}: its own test` : entry.iso === null ? `covers ${entry.criteria.join(', ')}` : `${entry.iso} ${entry.isoTitle ?? ''} → ${entry.criteria.join(', ')}`;
  const where = entry.evidence.map((item) => `${forTerminal(item.file)}:${item.line}`);
  return [
    `    ${mark} ${entry.requirement} ${c.dim(`— ${forTerminal(missingDetail(entry))}`)}`,
    `      ${c.dim(target)}`,
    `      ${forTerminal(entry.description)}`,
    ...(where.length > 0 ? [`      ${c.dim(`evidence: ${where.join(', ')}`)}`] : []),
  ];
}

function diagnosticsSection(report: Report, c: Colors): string {
  if (report.diagnostics.length === 0) return '';
  const { errors, warnings } = report.summary;
  const lines = report.diagnostics.map((diagnostic) => {
    const severity = diagnostic.severity === 'error' ? c.red('error') : diagnostic.severity === 'warning' ? c.yellow('warning') : c.cyan('notice');
    return `  ${forTerminal(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}  ${severity}  ${forTerminal(diagnostic.message)} ${c.dim(`[${diagnostic.code}]`)}`;
  });
  return [`${c.bold('Problems')}  ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`, ...lines].join('\n');
}

/** What would keep each criterion at risk ready: the requirements the period's end finds unmet. */
function atRiskSection(report: Report, c: Colors): string {
  const { forecast } = report;
  if (!forecast || forecast.keepReady.length === 0) return '';
  return [
    `${c.bold('At risk by')} ${c.bold(forecast.asOf)}  ${plural(forecast.atRisk.length, 'criterion', 'criteria')} ready today would not be, if nothing more is collected`,
    ...forecast.keepReady.flatMap((risk) => [
      `  ${c.yellow(risk.criterion)} ${forTerminal(risk.subject)}`,
      ...risk.evidence.map((entry) => `      ${forTerminal(requirementName(entry))} · ${forTerminal(entry.controls.join(', '))} ${c.dim(`— ${forTerminal(missingDetail({ ...entry, laterEvidence: [] }))}`)}`),
    ]),
  ].join('\n');
}

function dueSection(report: Report, c: Colors): string {
  const due = onceEach(report.dueEvidence);
  if (due.length === 0) return '';
  return [
    `${c.bold('Due')}  ${plural(due.length, 'requirement')} with nothing collected yet in the current window`,
    ...due.map(
      (entry) =>
        `  ${c.yellow('◷')} ${entry.due}  ${forTerminal(requirementName(entry))} · ${forTerminal(entry.controls.join(', '))}` +
        `${entry.owners.length > 0 ? ` · ${forTerminal(entry.owners.join(', '))}` : ''} ${entry.file === undefined ? '' : c.dim(`(${forTerminal(entry.file)}:${entry.line})`)}`,
    ),
  ].join('\n');
}

/** A terminal shows the strips with an empty window; the rest is one line (all of it: --format markdown or json). */
function timelineSection(report: Report, c: Colors): string {
  const strips = stripsToShow(report.timeline);
  if (strips.length === 0) return '';
  const gaps = strips.filter(hasMissingWindow);
  const width = Math.max(...gaps.map((entry) => requirementName(entry).length));
  const complete = strips.length - gaps.length;
  return [
    `${c.bold('Evidence over the audit period')}  ${c.dim(windowLegend)}`,
    ...gaps.map((entry) => `  ${pad(forTerminal(requirementName(entry)), width)}  ${entry.windows.map((window) => `${windowName(window)} ${windowMark[window.state]}`).join('  ')}`),
    ...(complete > 0 ? [c.dim(`  ${plural(complete, 'more periodic requirement')} with every ended window collected (all of them: --format markdown or json)`)] : []),
  ].join('\n');
}

/** For each criterion not ready: the rows and requirements that stand between it and ready. */
function blockedSection(report: Report, c: Colors): string {
  const blocked = report.criteria.filter((criterion) => criterion.blockedBy.length > 0);
  if (blocked.length === 0) return '';
  return [
    `${c.bold('What blocks each criterion')}`,
    ...blocked.flatMap((criterion) => [
      `  ${c.yellow(criterion.id)} ${forTerminal(criterion.subject)}`,
      ...criterion.blockedBy.map((row) => {
        const source = blockerSource(row);
        const needs = [...(row.inProgress ? ['in progress: no control implemented yet'] : []), ...row.requirements.map((requirement) => `${requirement.id} (${requirement.reason}${requirement.window ? ` ${requirement.window.start}..${requirement.window.end}` : ''})`)];
        return `      ${forTerminal(source)}${needs.length > 0 ? `: ${needs.join(', ')}` : ''}`;
      }),
    ]),
  ].join('\n');
}

function expiringSection(report: Report, c: Colors): string {
  if (report.expiringEvidence.length === 0) return '';
  return [
    `${c.bold('Expiring soon')}  ${plural(report.expiringEvidence.length, 'evidence item')} turn stale within the warning window: renew before the audit`,
    ...report.expiringEvidence.map(
      (item) => `  ${c.yellow('!')} ${forTerminal(item.control)}/${forTerminal(item.evidence)}  stale from ${item.expires} (${plural(item.daysLeft, 'day')} left)${item.requirements.length > 0 ? ` · ${item.requirements.join(', ')}` : ''} ${c.dim(`(${forTerminal(item.file)}:${item.line})`)}`,
    ),
  ].join('\n');
}

/** Collected evidence apart from declared: crosswalk tested every change of these documents itself. */
function collectedSection(report: Report, c: Colors): string {
  if (report.collectedEvidence.length === 0) return '';
  return [
    `${c.bold('Collected evidence')}  ${plural(report.collectedEvidence.length, 'item')} verified by crosswalk: every change of each document's period, tested change by change`,
    ...report.collectedEvidence.flatMap((item) =>
      item.documents.map((document) => `  ${c.green('✔')} ${forTerminal(item.control)}/${forTerminal(item.evidence)}  ${forTerminal(document.repository)} ${forTerminal(document.branch)} ${document.period.start}..${document.period.end}: ${plural(document.summary.population, 'change')}, ${document.summary.exceptions} with exceptions ${c.dim(`(${forTerminal(document.path)})`)}`),
    ),
  ].join('\n');
}

function deviationsSection(report: Report, c: Colors): string {
  if (report.deviations.length === 0) return '';
  return [
    `${c.bold('Deviations')}  ${plural(deviationsByChange(report.deviations).length, 'exception')} answered with management's response`,
    ...deviationsByChange(report.deviations).map((deviation) => `  ${forTerminal(deviation.change)}  ${deviation.class}, approved by ${forTerminal(deviation.approvedBy)}: ${forTerminal(deviation.response)} ${c.dim(`(${deviation.requirements.join(', ')})`)}`),
  ].join('\n');
}

function unverifiedSection(report: Report, c: Colors): string {
  if (report.unverifiedEvidence.length === 0) return '';
  return [
    `${c.bold('Unverified evidence')}  ${report.unverifiedEvidence.length} external link(s), counted as present but not checked`,
    ...report.unverifiedEvidence.map((item) => `  ${item.control}/${item.evidence}  ${forTerminal(item.url ?? '')} ${c.dim(`(${forTerminal(item.file)}:${item.line})`)}`),
  ].join('\n');
}

function verdictSection(report: Report, c: Colors): string {
  const { summary } = report;
  if (summary.passed) return c.green(c.bold('PASSED')) + c.dim(` — ${passWords(summary)}`);
  return [c.red(c.bold('FAILED')), ...summary.failedConditions.map((failure) => `  ${failure.condition}: ${failure.reason}`)].join('\n');
}

function nextSteps(report: Report): string {
  const steps: string[] = [];
  if (report.summary.errors > 0) steps.push(`Fix the ${plural(report.summary.errors, 'error')} under Problems: controls with errors are left out of the score.`);
  const blocking = report.missingEvidence.filter((entry) => entry.blocking);
  // A path that matches nothing is fixed before anything is collected: the evidence may be there.
  const mistyped = blocking.filter((entry) => (entry.pathsNotFound ?? []).length > 0);
  const typoPaths = [...new Set(mistyped.flatMap((entry) => entry.pathsNotFound ?? []))];
  const notFound = report.diagnostics.filter((diagnostic) => diagnostic.code === 'evidence-path-not-found').length;
  if (typoPaths.length > 0) {
    const requirements = [...new Set(mistyped.map((entry) => entry.requirement))];
    steps.push(`Fix the evidence paths that match no file (a typo, or a file not committed; see Problems) before collecting anything: ${typoPaths.map((written) => `"${forTerminal(written)}"`).join(', ')} leave ${requirements.join(', ')} missing.`);
  } else if (notFound > 0) {
    const one = notFound === 1;
    steps.push(`Fix the ${plural(notFound, 'evidence path')} that ${one ? 'matches' : 'match'} no file (${one ? 'a warning' : 'warnings'} under Problems); other evidence satisfies what ${one ? 'it lists' : 'they list'} for now.`);
  }
  const toCollect = blocking.filter((entry) => !mistyped.includes(entry));
  if (toCollect.length > 0) {
    const named = (entry: MissingEvidenceReport) => (entry.requirement === 'operating-evidence' ? `${forTerminal(entry.controls[0] ?? '')} (operating evidence)` : entry.requirement);
    // Each name once: several rows (and requirements) can ask one control for the same thing.
    const byReason = (reason: MissingReason) => distinct(toCollect.filter((entry) => entry.reason === reason && entry.laterEvidence.length === 0).map(named));
    const operating = distinct(toCollect.filter((entry) => entry.reason === 'absent' && entry.requirement === 'operating-evidence' && entry.laterEvidence.length === 0).map(named));
    const dated = toCollect.filter((entry) => entry.laterEvidence.length > 0).map((entry) => entry.laterEvidence.map((item) => `${forTerminal(item.evidence)} (${item.collected})`).join(', '));
    const absent = byReason('absent').filter((name) => !operating.includes(name));
    const stale = byReason('stale');
    const samples = byReason('insufficient-samples');
    const gaps = byReason('period-gap');
    if (dated.length > 0) steps.push(`Check the collected dates of ${dated.join(', ')}: they are after the as-of date, so not counted.`);
    if (absent.length > 0) steps.push(`Collect evidence and list it under satisfies: ${absent.join(', ')}.`);
    if (operating.length > 0) steps.push(`Add a record of the control in action (a log, ticket, review or report; a policy or procedure shows design, not operation): ${operating.join(', ')}.`);
    if (stale.length > 0) steps.push(`Renew stale evidence: ${stale.join(', ')}.`);
    if (samples.length > 0) steps.push(`Add samples: ${samples.join(', ')}.`);
    if (gaps.length > 0) steps.push(`Collect the evidence of the empty windows of the audit period (give each item its period): ${gaps.join(', ')}.`);
    const exceptions = byReason('exceptions');
    if (exceptions.length > 0) steps.push(`Answer each exception of the collected changes with a deviation (class, response, approved_by) on its item, or fix the process: ${exceptions.join(', ')}.`);
  }
  const gaps = report.criteria.filter((criterion) => criterion.state === 'gap').map((criterion) => criterion.id);
  if (gaps.length > 0) {
    steps.push(`Close ${plural(gaps.length, 'gap')} (${gaps.join(', ')}): implement an ISO control the mapping maps there, or add a SOC 2–specific control with covers:.`);
  }
  if (steps.length === 0) return '';
  return ['Next steps', ...steps.map((step, index) => `  ${index + 1}. ${step}`)].join('\n');
}

function distinct(names: readonly string[]): string[] {
  return [...new Set(names)];
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
