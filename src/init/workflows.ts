/**
 * Which crosswalk workflows a repository already has, told by what they do rather than by their
 * file name: a renamed workflow is still the same workflow, and `init` must not add a second one.
 */
import { parseDocument } from 'yaml';

export type WorkflowKind = 'pull-request' | 'badge';

/** `uses: <owner>/crosswalk@<ref>`, whoever hosts it (a fork, a mirror, a pinned sha). */
const crosswalkAction = /^[^/\s]+\/crosswalk(@\S+)?$/i;

/**
 * The kinds of crosswalk workflow a workflow file is: `pull-request` when a job that uses the
 * crosswalk action runs on pull requests, `badge` when such a step publishes to a badge branch.
 * A file that is not valid YAML, or uses no crosswalk action, is neither.
 */
export function crosswalkWorkflowKinds(text: string): Set<WorkflowKind> {
  const kinds = new Set<WorkflowKind>();
  const document = parseDocument(text, { prettyErrors: false, version: '1.2' });
  if (document.errors.length > 0) return kinds;
  const workflow = document.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isRecord(workflow)) return kinds;
  const steps = Object.values(isRecord(workflow.jobs) ? workflow.jobs : {}).flatMap((job) => (isRecord(job) && Array.isArray(job.steps) ? job.steps : []));
  const crosswalkSteps = steps.filter((step): step is Record<string, unknown> => isRecord(step) && typeof step.uses === 'string' && crosswalkAction.test(step.uses.trim()));
  if (crosswalkSteps.length === 0) return kinds;
  if (triggers(workflow.on).some((event) => event === 'pull_request' || event === 'pull_request_target')) kinds.add('pull-request');
  if (crosswalkSteps.some((step) => isRecord(step.with) && typeof step.with['badge-branch'] === 'string' && step.with['badge-branch'] !== '')) kinds.add('badge');
  return kinds;
}

/** `on: push`, `on: [push, pull_request]` or `on: {pull_request: …}`: the event names. */
function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((event): event is string => typeof event === 'string');
  return isRecord(on) ? Object.keys(on) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
