/**
 * Which findings become annotations, in which order, and what they say. GitHub shows only
 * 10 annotations of each level per step, in the order they were printed, so the most important
 * come first and the rest are counted for the job summary.
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import { missingDetail } from '../report/missing-text.js';
import type { ExpiringEvidenceReport, MissingEvidenceReport, Report } from '../report/report.js';
import type { MissingReason } from '../score/evidence.js';
import { diagnosticRules } from '../report/rules.js';
import { plural } from '../text.js';

export type AnnotationLevel = Severity;

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
  /** Absent for findings about the repository as a whole (file '.'). */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface AnnotationPlan {
  /** In the order to emit them. */
  readonly shown: readonly Annotation[];
  /** Findings that did not fit, per level. */
  readonly omitted: Readonly<Record<AnnotationLevel, number>>;
}

/** GitHub's per-step limit, per level. */
export const annotationsPerLevel = 10;
const levels: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/**
 * Keeps, per level, the most important findings that fit (see findingsByImportance). `reserved`
 * keeps slots for the action's own messages, such as the gate's failure, an error annotation too.
 */
export function planAnnotations(report: Report, reserved: Partial<Record<AnnotationLevel, number>> = {}): AnnotationPlan {
  const room = Object.fromEntries(levels.map((level) => [level, Math.max(0, annotationsPerLevel - (reserved[level] ?? 0))])) as Record<AnnotationLevel, number>;
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown = findingsByImportance(report).filter((annotation) => {
    if (room[annotation.level] > 0) {
      room[annotation.level] -= 1;
      return true;
    }
    omitted[annotation.level] += 1;
    return false;
  });
  return { shown, omitted };
}

/**
 * Every diagnostic, missing-evidence entry and expiring evidence item as an annotation, most
 * important first. Expiring evidence comes right after what blocks today: it is what will block
 * next, and renewing it before the audit is the point of the warning.
 */
export function findingsByImportance(report: Report): Annotation[] {
  const titles = new Map(report.controls.map((control) => [control.id, control.title]));
  const diagnosticsOf = (severity: Severity) => report.diagnostics.filter((diagnostic) => diagnostic.severity === severity).map(diagnosticAnnotation);
  const missingOf = (blocking: boolean) => report.missingEvidence.filter((entry) => entry.blocking === blocking).map((entry) => missingEvidenceAnnotation(entry, titles));
  const expiring = report.expiringEvidence.map((item) => expiringEvidenceAnnotation(item, report.asOf));
  return [...diagnosticsOf('error'), ...missingOf(true), ...expiring, ...diagnosticsOf('warning'), ...missingOf(false), ...diagnosticsOf('notice')];
}

function diagnosticAnnotation(diagnostic: Diagnostic): Annotation {
  return {
    level: diagnostic.severity,
    title: `crosswalk: ${diagnosticRules[diagnostic.code].title} (${diagnostic.code})`,
    message: diagnostic.message,
    ...at(diagnostic),
  };
}

/**
 * Blocking entries are errors, in-progress ones warnings. The annotation sits on the evidence
 * item that failed when there is one (a stale or missing file), else on the control.
 */
function missingEvidenceAnnotation(entry: MissingEvidenceReport, titles: ReadonlyMap<string, string>): Annotation {
  const controls = entry.controls.join(', ');
  const named = entry.controls.map((id) => (titles.has(id) ? `${id} (${titles.get(id)})` : id)).join(', ');
  const what =
    entry.kind === 'criterion'
      ? `SOC 2 ${entry.criteria.join(', ')} tests this of every organization, whatever ISO controls it implements; asked of ${named}`
      : entry.iso === null
      ? `${named} covers SOC 2 ${entry.criteria.join(', ')} directly and needs present, fresh evidence of operation`
      : `${named} implements ${entry.iso}${entry.isoTitle ? ` ${entry.isoTitle}` : ''}, which SOC 2 ${entry.criteria.join(', ')} relies on`;
  const listedBy = entry.evidence.length === 0 ? '' : ` Evidence that lists it: ${entry.evidence.map((item) => `${item.control}/${item.evidence}`).join(', ')}.`;
  return {
    level: entry.blocking ? 'error' : 'warning',
    title: `${controls} · ${entry.iso ?? `SOC 2 ${entry.criteria.join(', ')}`}: missing evidence ${entry.requirement} (${shortReason[entry.reason]})`,
    message: `${what}. Evidence requirement ${entry.requirement} is not met: ${missingDetail(entry)}.${listedBy} Needed: ${entry.description}`,
    ...at(entry.evidence[0] ?? entry),
  };
}

/** A warning on the evidence item: it still counts, and stops counting within the warning window. */
function expiringEvidenceAnnotation(item: ExpiringEvidenceReport, asOf: string): Annotation {
  const counts = item.requirements.length === 0 ? `counts for ${item.control}` : `counts toward ${item.requirements.join(', ')}`;
  return {
    level: 'warning',
    title: `${item.control} · ${item.evidence}: evidence turns stale on ${item.expires} (${plural(item.daysLeft, 'day')} left)`,
    message: `Evidence ${item.evidence} of ${item.control}, collected ${item.collected}, ${counts} but is stale from ${item.expires}, ${plural(item.daysLeft, 'day')} after the as-of date ${asOf}. Collect it again before then.`,
    ...at(item),
  };
}

const shortReason: Record<MissingReason, string> = {
  absent: 'none listed',
  'file-not-found': 'file not found',
  stale: 'stale',
  'period-gap': 'window without evidence',
  'insufficient-samples': 'too few samples',
  exceptions: 'changes with exceptions',
};

function at(location: { file?: string | undefined; line?: number | undefined; column?: number | undefined }): Pick<Annotation, 'file' | 'line' | 'column'> {
  return location.file === undefined || location.line === undefined || location.column === undefined || location.file === '.' ? {} : { file: location.file, line: location.line, column: location.column };
}

/** "3 more errors and 1 more warning", or undefined when nothing was left out. */
export function describeOmitted(omitted: AnnotationPlan['omitted']): string | undefined {
  const parts = levels.filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} more ${level}${omitted[level] === 1 ? '' : 's'}`);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
