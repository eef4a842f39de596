/** The job summary: the Markdown report, plus what only the action knows (annotations left out, the comment's fate). */
import { formatMarkdown } from '../report/github/format-markdown.js';
import { escapeMarkdown } from '../report/github/markdown-text.js';
import type { ReadinessDelta } from '../report/delta.js';
import type { Report } from '../report/report.js';
import type { Trend } from '../report/github/trend.js';
import { annotationsPerLevel, describeOmitted, type AnnotationPlan } from './annotations.js';

/** GitHub drops a step's summary larger than 1 MiB. */
export const maxSummaryBytes = 1_048_576;

export interface SummaryContext {
  readonly linkBase: string | undefined;
  readonly annotations: AnnotationPlan;
  /** Why the pull-request comment was not written, when it was not. Plain text. */
  readonly commentProblem?: string | undefined;
  /** Why the badges were not written (an invalid badge style), or not published. Plain text. */
  readonly badgeProblem?: string | undefined;
  readonly publishProblem?: string | undefined;
  /** Why the evidence issue was not updated. Plain text. */
  readonly issueProblem?: string | undefined;
  /** Readiness over time, from the history on the badge branch. */
  readonly trend?: Trend | undefined;
  /** Before → after, on a pull request whose base commit was scored. */
  readonly delta?: ReadinessDelta | undefined;
  /** On a pull request: what it changes in the configuration, or that it judged itself. Markdown, shown first. */
  readonly configurationNotes?: readonly string[] | undefined;
}

export function jobSummary(report: Report, context: SummaryContext): string {
  const notes: string[] = [...(context.configurationNotes ?? [])];
  const omitted = describeOmitted(context.annotations.omitted);
  if (omitted !== undefined) {
    notes.push(
      `> [!NOTE]\n> GitHub shows ${annotationsPerLevel} annotations of each level per step, so ${omitted} are not annotated on the files: find them in the tables below and in the step log.`,
    );
  }
  if (context.badgeProblem !== undefined) notes.push(`> [!WARNING]\n> The badge style is invalid, so no badges were written: ${escapeMarkdown(context.badgeProblem)}`);
  for (const problem of [context.commentProblem, context.publishProblem, context.issueProblem]) if (problem !== undefined) notes.push(`> [!NOTE]\n> ${escapeMarkdown(problem)}`);
  return formatMarkdown(report, { linkBase: context.linkBase, maxBytes: maxSummaryBytes, notes, delta: context.delta, trend: context.trend });
}
