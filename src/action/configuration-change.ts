/**
 * What a pull request changes in crosswalk's own configuration. On a pull request the base
 * commit's configuration judges both sides, so a change to it cannot loosen the gate that judges
 * the change; it is shown, key by key, at the top of the summary and the comment, and takes
 * effect once merged. Pure: settings in, lines out.
 */
import { relativeInside } from '../load/confined.js';
import { limitKeys, type Limits, type Mapping, type Settings } from '../model.js';
import { code, escapeMarkdown } from '../report/github/markdown-text.js';

export interface ConfigurationChange {
  /** The key as `.crosswalk.yml` writes it: `policy.fail_on`, `limits.max_aliases`, `mapping`. */
  readonly key: string;
  readonly base: string;
  readonly head: string;
}

/** One side's configuration: its settings and the mapping they name, already loaded. */
export interface Configuration {
  readonly settings: Settings;
  readonly mapping: Mapping;
}

/** Every key whose value differs between the base's configuration and the head's, in `.crosswalk.yml` order. */
export function configurationChanges(base: Configuration, head: Configuration): ConfigurationChange[] {
  const [before, after] = [describe(base), describe(head)];
  const changes: ConfigurationChange[] = [];
  for (const [key, value] of before) {
    const headValue = after.get(key)!;
    if (headValue !== value) changes.push({ key, base: value, head: headValue });
  }
  const sameName = before.get('mapping') === after.get('mapping');
  if (sameName && mappingContent(base.mapping) !== mappingContent(head.mapping)) {
    changes.push({ key: 'mapping (its content)', base: `${base.mapping.rows.length} rows`, head: `${head.mapping.rows.length} rows, changed` });
  }
  return changes;
}

/** Each key's value as a person would read it. */
function describe({ settings }: Configuration): Map<string, string> {
  const { policy, audit, badge, limits } = settings;
  const list = (values: Iterable<string>) => {
    const all = [...values];
    return all.length === 0 ? '(none)' : all.join(', ');
  };
  return new Map<string, string>([
    ['controls', list(settings.controls)],
    ['mapping', mappingName(settings)],
    ['scope', list(settings.scope)],
    ['as_of', settings.asOf],
    ['audit', audit.type === 'type1' ? 'type1' : `type2, ${audit.period.start}..${audit.period.end}`],
    ['policy.fail_on', list([...policy.failOn].sort())],
    ['policy.min_readiness', policy.minReadiness === undefined ? '(none)' : `${policy.minReadiness}`],
    ['policy.max_evidence_age_days', `${policy.maxEvidenceAgeDays}`],
    ['policy.expiry_warning_days', `${policy.expiryWarningDays}`],
    ['evidence_issue.mention_teams', list(settings.evidenceIssue.mentionTeams)],
    ['badge', badge.ok ? `${badge.style.label}; thresholds ${list(badge.style.thresholds.map(String))}; colors ${list(badge.style.colors)}` : `invalid: ${badge.problem}`],
    ...(Object.keys(limitKeys) as (keyof Limits)[]).map((key): [string, string] => [`limits.${limitKeys[key]}`, `${limits[key]}`]),
  ]);
}

/** `default`, `seed`, or the file's path from the repository's root (each side's root differs: the base is exported elsewhere). */
function mappingName(settings: Settings): string {
  if (settings.mapping.kind !== 'file') return settings.mapping.kind;
  return relativeInside(settings.root, settings.mapping.path) ?? settings.mapping.path;
}

/** What scoring reads of a mapping, stable across runs: a changed requirement, row or criterion's own requirement changes it. */
function mappingContent(mapping: Mapping): string {
  return JSON.stringify({ name: mapping.name, rows: mapping.rows, criteria: mapping.criteria });
}

/** How long a value may be in the note before it is cut: a list of 100 globs says enough in its start. */
const maxShown = 200;

function shown(value: string): string {
  return code(value.length > maxShown ? `${value.slice(0, maxShown)}…` : value);
}

/**
 * The note that opens the summary and the comment when the pull request changes the
 * configuration. Markdown; every value is in a code span (sanitised and escaped).
 */
export function configurationChangeNote(changes: readonly ConfigurationChange[]): string | undefined {
  if (changes.length === 0) return undefined;
  const lines = changes.map((change) => `> - ${code(change.key)}: ${shown(change.base)} → ${shown(change.head)}`);
  return [
    '> [!IMPORTANT]',
    `> **This pull request changes crosswalk's configuration** (${changes.length === 1 ? '1 key' : `${changes.length} keys`}). It was judged by the base branch's configuration; the change takes effect once it is merged.`,
    ...lines,
  ].join('\n');
}

/** The note when the head's configuration cannot be used at all: after merging, crosswalk would refuse to run. */
export function unusableHeadConfigurationNote(problem: string): string {
  return `> [!WARNING]\n> The pull request's own configuration cannot be used: ${escapeMarkdown(problem)}. It was judged by the base branch's configuration; once merged, crosswalk would stop with this error.`;
}

/** The note when the base could not be read, so the pull request judged itself (the workflow allowed it). */
export function selfJudgedNote(reason: string): string {
  return `> [!WARNING]\n> crosswalk could not read the base commit (${escapeMarkdown(reason)}), so the pull request was judged by its own configuration (\`.crosswalk.yml\` and the mapping it names), which it may have loosened: the workflow sets \`self-judge-when-base-unreadable: true\`. Give the checkout the base commit (\`fetch-depth: 0\`), or let crosswalk fetch it (\`contents: read\`).`;
}

export interface JudgeNote {
  /** Markdown for the top of the summary and the comment. */
  readonly markdown: string;
  /** The same, in one line for the step log. */
  readonly log: string;
  /** The rules came from a branch other than the default one. */
  readonly warning: boolean;
}

/**
 * Whose rules judged the pull request: its base branch's. A pull request picks its judge by
 * picking its base, so a base other than the default branch (a release branch cut while the
 * policy was laxer) is a warning.
 */
export function judgeNote(baseBranch: string | undefined, defaultBranch: string | undefined, sha: string): JudgeNote {
  const commit = sha.slice(0, 7);
  if (baseBranch === undefined) {
    return { markdown: `Judged by the rules of the base commit ${code(commit)}: its \`.crosswalk.yml\` and the mapping it names.`, log: `crosswalk: judged by the rules of the base commit ${commit}`, warning: false };
  }
  if (defaultBranch !== undefined && baseBranch !== defaultBranch) {
    return {
      markdown: `> [!WARNING]\n> **Judged by the rules of ${code(baseBranch)}**, this pull request's base branch (commit ${code(commit)}), **not of the default branch ${code(defaultBranch)}**. A pull request picks its judge by picking its base: retargeted, it is judged again by the new base's \`.crosswalk.yml\` and mapping.`,
      log: `crosswalk: judged by the rules of ${baseBranch} (commit ${commit}), the pull request's base branch, not of the default branch ${defaultBranch}`,
      warning: true,
    };
  }
  const which = defaultBranch === undefined ? 'the base branch' : 'the default branch';
  return { markdown: `Judged by the rules of ${code(baseBranch)}, ${which} (commit ${code(commit)}): its \`.crosswalk.yml\` and the mapping it names.`, log: `crosswalk: judged by the rules of ${baseBranch} (commit ${commit}), ${which}`, warning: false };
}

/** One line for the step log. */
export function describeChanges(changes: readonly ConfigurationChange[]): string {
  return changes.map((change) => `${change.key}: ${change.base} → ${change.head}`).join('; ');
}
