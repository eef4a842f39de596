/**
 * Which runs speak for the default branch: pushes to it, and the scheduled and manual runs on it.
 * Only they publish badges and keep the evidence issue: a pull request or a feature branch must
 * move neither. Evidence ages without a push, so the schedule matters as much as the push.
 */
import { defaultBranchOf } from './event.js';
import type { Runner } from './runner.js';

const defaultBranchEvents = ['push', 'schedule', 'workflow_dispatch'] as const;
export type DefaultBranchEvent = (typeof defaultBranchEvents)[number];

export function isDefaultBranchEvent(eventName: string | undefined): eventName is DefaultBranchEvent {
  return (defaultBranchEvents as readonly (string | undefined)[]).includes(eventName);
}

const eventWords: Record<DefaultBranchEvent, string> = { push: 'push', schedule: 'scheduled run', workflow_dispatch: 'manual run' };

/** Why this run does not speak for the default branch, in words for the log; undefined when it does. */
export function whyNotDefaultBranchRun(runner: Runner, payload: unknown): string | undefined {
  const event = runner.eventName;
  if (!isDefaultBranchEvent(event)) return `this run is a ${event ?? 'run without an event'}, not a push, scheduled or manual run on the default branch`;
  const defaultBranch = defaultBranchOf(payload);
  if (defaultBranch === undefined) {
    // GitHub runs scheduled workflows on the default branch only, and older servers send a
    // schedule payload that names nothing but the cron line.
    if (event === 'schedule' && runner.ref?.startsWith('refs/heads/')) return undefined;
    return `the ${eventWords[event]} payload does not name the default branch`;
  }
  if (runner.ref !== `refs/heads/${defaultBranch}`) {
    const preposition = event === 'push' ? 'to' : 'on';
    return `this ${eventWords[event]} is ${preposition} ${runner.ref ?? 'an unknown ref'}, not ${preposition} the default branch ${defaultBranch}`;
  }
  return undefined;
}
