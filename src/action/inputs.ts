/**
 * The action's inputs, as the runner passes them (INPUT_* variables, '' when unset), turned into
 * the options the pipeline takes. Pure: the caller supplies the reader and the workspace.
 */
import path from 'node:path';
import type { CheckOptions } from '../check.js';
import { UsageError } from '../errors.js';
import { isShippedMappingName } from '../model.js';
import { splitList } from '../validate/config.js';
import { quoteName } from '../validate/describe-value.js';
import { branchName, isPublishableBranch } from './badge-branch.js';

/** Every input of action.yml; a test keeps the two in step. */
export const inputNames = [
  'config',
  'controls',
  'mapping',
  'scope',
  'as-of',
  'audit-type',
  'period',
  'fail-on',
  'min-readiness',
  'comment',
  'github-token',
  'badge-branch',
  'evidence-issue',
  'self-judge-when-base-unreadable',
] as const;
export type InputName = (typeof inputNames)[number];

export interface ActionInputs {
  readonly check: CheckOptions;
  /** Post or update the pull-request comment. */
  readonly comment: boolean;
  readonly githubToken: string;
  /** The branch that runs for the default branch publish the badges to; '' publishes nothing. */
  readonly badgeBranch: string;
  /** Keep the "SOC 2 evidence due" issue on runs for the default branch. */
  readonly evidenceIssue: boolean;
  /**
   * On a pull request whose base commit cannot be read, judge it by its own configuration (which
   * it may have loosened) instead of failing the gate.
   */
  readonly selfJudgeWhenBaseUnreadable: boolean;
}

/** Reads one input by its action.yml name, trimmed; '' when unset. */
export type InputReader = (name: InputName) => string;

/**
 * Empty inputs defer to `.crosswalk.yml`, then to crosswalk's defaults; set inputs override the
 * file. Paths are relative to the workspace, like every path a workflow author writes.
 */
export function readInputs(read: InputReader, workspace: string): ActionInputs {
  const optional = (name: InputName) => (read(name) === '' ? undefined : read(name));
  const inWorkspace = (value: string | undefined) => (value === undefined ? undefined : path.resolve(workspace, value));
  const mapping = optional('mapping');
  return {
    check: {
      root: workspace,
      configFile: inWorkspace(optional('config')),
      overrides: {
        controls: splitGlobs(read('controls')),
        mapping: mapping !== undefined && isShippedMappingName(mapping) ? mapping : inWorkspace(mapping),
        scope: splitList(read('scope')),
        asOf: optional('as-of'),
        // Checked where the config's own are (type1 or type2; START..END), with the same messages.
        auditType: optional('audit-type'),
        period: optional('period'),
        failOn: splitList(read('fail-on')),
        minReadiness: optional('min-readiness'),
      },
    },
    comment: parseBoolean('comment', read('comment') || 'true'),
    githubToken: read('github-token'),
    badgeBranch: parseBranch('badge-branch', read('badge-branch')),
    evidenceIssue: parseBoolean('evidence-issue', read('evidence-issue') || 'false'),
    selfJudgeWhenBaseUnreadable: parseBoolean('self-judge-when-base-unreadable', read('self-judge-when-base-unreadable') || 'false'),
  };
}

/**
 * Globs written `a, b` or one per line. A comma inside braces belongs to the glob
 * (`*.{yaml,yml}`), so only the commas outside braces separate.
 */
export function splitGlobs(value: string): string[] | undefined {
  const globs: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of value) {
    if (character === '{') depth += 1;
    if (character === '}') depth = Math.max(0, depth - 1);
    if (character === '\n' || (character === ',' && depth === 0)) {
      globs.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  globs.push(current);
  const kept = globs.map((glob) => glob.trim()).filter((glob) => glob !== '');
  return kept.length === 0 ? undefined : kept;
}

/** A branch name crosswalk can publish to, or '' for none. */
function parseBranch(name: InputName, input: string): string {
  const value = branchName(input);
  if (value === '' || isPublishableBranch(value)) return value;
  throw new UsageError(`${name}: ${quoteName(input)} is not a branch name crosswalk publishes to (letters, digits, ".", "_", "-" and "/", as git allows them)`);
}

/** YAML 1.2 core-schema booleans, as @actions/core accepts them, but failing as a UsageError. */
function parseBoolean(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`${name}: "${value}" is not true or false`);
}
