/**
 * The body of the "SOC 2 evidence due" issue (SPEC §5): what each owner must collect now, in
 * order of urgency — blocking missing evidence, windows of the audit period left empty, evidence
 * due in the current window, and evidence turning stale soon. Owners written as GitHub handles are
 * mentioned, so GitHub notifies them; any other owner is text, escaped so it mentions no one.
 *
 * Mentions are bounded, because owners are written by anyone who can get YAML merged: a run pings
 * at most `maxMentionsPerRun` handles (the rest are written without a ping, and pinged on a later
 * run), a team only when `.crosswalk.yml` lists it in `evidence_issue.mention_teams`, and a
 * handle once in the issue's lifetime unless it owns something new: who was pinged, for what, is
 * kept in the body, and survives closing and reopening.
 * Pure: the action finds, creates, updates, closes and reopens the issue.
 */
import { createHash } from 'node:crypto';
import { plural } from '../../text.js';
import { code, escapeMarkdown as md, sourcePlace, tableHeader, tableRow } from './markdown-text.js';
import { auditLine, missingDetail, reasonLabel, windowName } from '../missing-text.js';
import { missingEntryKey, subjectLabel, type DueEvidenceReport, type ExpiringEvidenceReport, type MissingEvidenceReport, type Report } from '../report.js';

/** Starts the body of crosswalk's issue: how a run finds it again (with its author, see evidence-issue.ts). */
export const evidenceIssueMarker = '<!-- crosswalk:evidence-issue -->';
const evidenceIssueTitle = 'SOC 2 evidence due';
/** GitHub's limit on an issue body, in characters. */
export const maxIssueBodyLength = 65_536;

export interface EvidenceIssueContext {
  /** Prefix that turns a repo-relative path into a link, e.g. `https://github.com/o/r/blob/<sha>/`. */
  readonly linkBase?: string | undefined;
  readonly sha?: string | undefined;
  readonly runUrl?: string | undefined;
  /** Upper bound on the body's length (GitHub's by default). */
  readonly maxLength?: number | undefined;
  /** Teams that may be pinged (`evidence_issue.mention_teams`), as written; users always may. */
  readonly mentionTeams?: readonly string[] | undefined;
  /** The issue's body as it is now, for whom it has already pinged; undefined for a new issue. */
  readonly previousBody?: string | undefined;
}

/** At most this many handles are pinged by one run; the rest are written without a ping. */
export const maxMentionsPerRun = 10;

export interface EvidenceIssue {
  readonly title: string;
  readonly body: string;
  /** True when something is due: the issue is then open, else closed. */
  readonly due: boolean;
  /**
   * The handles this run pings, as written (`@alice`, `@acme/sre`): new to the issue, or owning
   * an ask they were not pinged for. A new issue pings them in its body; an
   * update, whose edits GitHub notifies no one of, in a comment.
   */
  readonly mentions: readonly string[];
}

/** One thing an owner must collect. */
export type EvidenceAsk =
  | { readonly kind: 'missing'; readonly owners: readonly string[]; readonly entry: MissingEvidenceReport }
  | { readonly kind: 'due'; readonly owners: readonly string[]; readonly entry: DueEvidenceReport }
  | { readonly kind: 'expiring'; readonly owners: readonly string[]; readonly entry: ExpiringEvidenceReport };

/**
 * Everything the issue asks for, most urgent first: blocking missing evidence, then every period
 * gap (a window of the audit period that ended empty: an exception in the auditor's report, even on
 * a control still in progress), then what is due by the end of the current window, then what
 * turns stale within the warning window.
 */
export function evidenceAsks(report: Report): EvidenceAsk[] {
  const owners = new Map(report.controls.map((control) => [control.id, control.owner]));
  const missing = report.missingEvidence.filter((entry) => entry.blocking || entry.reason === 'period-gap');
  const byGapLast = [...missing].sort((a, b) => Number(a.reason === 'period-gap') - Number(b.reason === 'period-gap'));
  // A requirement already asked for as missing is not asked again as due: the item collected for
  // one is the item for the other. A period gap is not: its window has ended, the current one has not.
  const asked = new Set(missing.filter((entry) => entry.reason !== 'period-gap').map((entry) => missingEntryKey(entry)));
  const due = report.dueEvidence.filter((entry) => !asked.has(missingEntryKey(entry)));
  return [
    ...byGapLast.map((entry): EvidenceAsk => ({ kind: 'missing', owners: entry.owners, entry })),
    ...[...due].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)).map((entry): EvidenceAsk => ({ kind: 'due', owners: entry.owners, entry })),
    ...report.expiringEvidence.map((entry): EvidenceAsk => {
      const owner = owners.get(entry.control);
      return { kind: 'expiring', owners: owner === null || owner === undefined ? [] : [owner], entry };
    }),
  ];
}

/**
 * A GitHub user (`@alice`: letters, digits and single hyphens, at most 39) or team
 * (`@acme/sre`). Anything else, an e-mail address included, is not mentioned.
 */
export function isGitHubHandle(owner: string): boolean {
  const match = /^@([A-Za-z0-9](?:-?[A-Za-z0-9])*)(?:\/([A-Za-z0-9][A-Za-z0-9_-]*))?$/.exec(owner);
  return match !== null && match[1]!.length <= 39 && (match[2] ?? '').length <= 100;
}

/** The owners the body mentions: those of its owner headings that are handles (written as such, not escaped). */
export function mentionsIn(body: string): string[] {
  const headings = [...body.matchAll(/^### (\S+) \(\d+\)$/gm)].map((match) => match[1]!);
  return headings.filter(isGitHubHandle);
}

/** Who the issue has pinged, and for which asks: a hidden line under the marker, `@alice=1a2b3c4d.5e6f7a8b`. */
const pingedRecord = /^<!-- crosswalk:pinged ([^>]*) -->$/m;
const askHashPattern = /^[0-9a-f]{8}$/;

/** The handles a body records as pinged, with the asks each was pinged for. */
export function pingedIn(body: string | undefined): Map<string, ReadonlySet<string>> {
  const record = body === undefined ? null : pingedRecord.exec(body);
  const pinged = new Map<string, ReadonlySet<string>>();
  for (const entry of record === null ? [] : record[1]!.split(' ')) {
    const [handle, asks] = entry.split('=');
    if (handle !== undefined && isGitHubHandle(handle) && asks !== undefined) pinged.set(handle, new Set(asks.split('.').filter((ask) => askHashPattern.test(ask))));
  }
  return pinged;
}

function formatPinged(pinged: ReadonlyMap<string, ReadonlySet<string>>): string {
  return pinged.size === 0 ? '' : `<!-- crosswalk:pinged ${[...pinged].map(([handle, asks]) => `${handle}=${[...asks].join('.')}`).join(' ')} -->\n`;
}

/** One ask, in a form that changes only when the ask does (not as days pass). */
function askHash(ask: EvidenceAsk): string {
  const key = (() => {
    switch (ask.kind) {
      case 'missing':
        return `missing ${missingEntryKey(ask.entry)} ${ask.entry.reason} ${ask.entry.window?.start ?? ''}`;
      case 'due':
        return `due ${missingEntryKey(ask.entry)} ${ask.entry.due}`;
      case 'expiring':
        return `expiring ${ask.entry.control} ${ask.entry.evidence} ${ask.entry.expires}`;
    }
  })();
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** A team (`@org/team`) only when the configuration allows it, compared as GitHub does, without case. */
function mayPing(handle: string, teams: readonly string[]): boolean {
  if (!handle.includes('/')) return true;
  return teams.some((team) => team.toLowerCase() === handle.toLowerCase());
}

/** A short comment for owners a body newly mentions: GitHub notifies mentions in comments, not in edits. */
export function formatMentionComment(handles: readonly string[]): string {
  return `${handles.join(' ')}: SOC 2 evidence is now due from you. The issue's description lists what to collect, and by when.`;
}

export function formatEvidenceIssue(report: Report, context: EvidenceIssueContext = {}): EvidenceIssue {
  const asks = evidenceAsks(report);
  const footer = footerOf(context);
  if (asks.length === 0) {
    // Closed, the issue keeps who it pinged: reopened for the same asks, it pings no one again.
    return { title: evidenceIssueTitle, due: false, mentions: [], body: `${evidenceIssueMarker}\n${formatPinged(pingedIn(context.previousBody))}${nothingDue(report)}\n\n${footer}\n` };
  }
  const groups = groupByOwner(asks);
  const pings = planPings(groups, context);
  const sections = groups.map((group) => ({
    head: `### ${ownerLabel(group.owner, pings.linked)} (${group.asks.length})\n\n${group.owner === undefined ? `${noOwnerHint}\n\n` : ''}${tableHeader(columns)}`,
    rows: group.asks.map((ask) => askRow(ask, context)),
  }));
  const introductionText = introduction(report, asks, groups.length);
  // A blank line before the footer, or GitHub takes it for a row of the last table.
  const compose = (pinged: ReadonlyMap<string, ReadonlySet<string>>) => fit(`${evidenceIssueMarker}\n${formatPinged(pinged)}${introductionText}`, sections, `\n\n${footer}\n`, context.maxLength ?? maxIssueBodyLength);
  let body = compose(pings.record);
  // Those the body holds: an owner cut to fit GitHub's limit is not mentioned, nor recorded as pinged.
  const held = new Set(mentionsIn(body));
  if ([...pings.record.keys()].some((handle) => !held.has(handle))) body = compose(new Map([...pings.record].filter(([handle]) => held.has(handle))));
  return { title: evidenceIssueTitle, due: true, mentions: pings.now.filter((handle) => held.has(handle)), body };
}

interface PingPlan {
  /** Handles written as handles (linked): pinged now, or already pinged for what they own. */
  readonly linked: ReadonlySet<string>;
  /** Handles this run pings, most urgent owner first, at most `maxMentionsPerRun`. */
  readonly now: readonly string[];
  /** What the body records as pinged: who, for which of the asks they own. */
  readonly record: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Who is pinged this run, who is written as a handle, and what the body records. */
function planPings(groups: readonly OwnerGroup[], context: EvidenceIssueContext): PingPlan {
  const pingedBefore = pingedIn(context.previousBody);
  const record = new Map<string, ReadonlySet<string>>();
  const now: string[] = [];
  for (const group of groups) {
    const handle = group.owner;
    if (handle === undefined || !isGitHubHandle(handle) || !mayPing(handle, context.mentionTeams ?? [])) continue;
    const asks = new Set(group.asks.map(askHash));
    const before = pingedBefore.get(handle);
    if (before !== undefined && [...asks].every((ask) => before.has(ask))) {
      // Pinged for all of it already; an ask that is gone is forgotten, so its return is news.
      record.set(handle, asks);
    } else if (now.length < maxMentionsPerRun) {
      now.push(handle);
      record.set(handle, asks);
    } else if (before !== undefined) {
      // Something new, but the run's pings are spent: pinged for it on a later run.
      record.set(handle, before);
    }
  }
  return { linked: new Set(record.keys()), now, record };
}

const columns = ['', 'Requirement', 'Controls', 'What is needed', 'Where'];
const noOwnerHint = 'These controls name no `owner:`: give them one, and crosswalk asks that owner here.';

interface OwnerGroup {
  /** Undefined: the controls name no owner. */
  readonly owner: string | undefined;
  readonly asks: readonly EvidenceAsk[];
}

/** One group per owner, in the order of their most urgent ask; an ask with several owners is in each group; the unowned last. */
function groupByOwner(asks: readonly EvidenceAsk[]): OwnerGroup[] {
  const groups = new Map<string | undefined, EvidenceAsk[]>();
  for (const ask of asks) {
    const owners = ask.owners.length === 0 ? [undefined] : ask.owners.map((owner) => owner.trim());
    for (const owner of new Set(owners)) groups.set(owner, [...(groups.get(owner) ?? []), ask]);
  }
  const unowned = groups.get(undefined);
  groups.delete(undefined);
  return [...[...groups].map(([owner, grouped]) => ({ owner, asks: grouped })), ...(unowned === undefined ? [] : [{ owner: undefined, asks: unowned }])];
}

/** A handle this run may link as written, so GitHub links it; anything else escaped, so it mentions no one. */
function ownerLabel(owner: string | undefined, linked: ReadonlySet<string>): string {
  if (owner === undefined) return 'No owner';
  return linked.has(owner) ? owner : md(owner);
}

function introduction(report: Report, asks: readonly EvidenceAsk[], owners: number): string {
  const missing = asks.filter((ask) => ask.kind === 'missing' && ask.entry.reason !== 'period-gap').length;
  const gaps = asks.filter((ask) => ask.kind === 'missing' && ask.entry.reason === 'period-gap').length;
  const due = asks.filter((ask) => ask.kind === 'due').length;
  const expiring = asks.filter((ask) => ask.kind === 'expiring').length;
  const counts = [
    missing > 0 ? `**${missing}** blocking missing` : '',
    gaps > 0 ? `**${gaps}** ${gaps === 1 ? 'period gap' : 'period gaps'}` : '',
    due > 0 ? `**${due}** due in the current window` : '',
    expiring > 0 ? `**${expiring}** turning stale soon` : '',
  ].filter((part) => part !== '');
  const errors = report.summary.errors > 0 ? ['', `> [!WARNING]\n> ${plural(report.summary.errors, 'file error')} kept some controls from being read: what they need is not listed until the errors are fixed (see the job summary).`] : [];
  return [
    `**SOC 2 evidence as of ${report.asOf}** · ${md(auditLine(report.audit, report.asOf))}`,
    '',
    `${counts.join(', ')}, for ${plural(owners, 'owner')}. Collect each item, list it in its control's \`evidence:\` and push: crosswalk updates this issue on every run on the default branch, and closes it when nothing is due.`,
    ...errors,
  ].join('\n');
}

function nothingDue(report: Report): string {
  return (
    `✅ **Nothing is due** as of ${report.asOf} (${md(auditLine(report.audit, report.asOf))}): no blocking missing evidence, no period gap, ` +
    'no evidence due in the current window and none turning stale within the warning window. crosswalk closed this issue, and reopens it when something falls due.'
  );
}

function askRow(ask: EvidenceAsk, context: EvidenceIssueContext): string {
  switch (ask.kind) {
    case 'missing': {
      const { entry } = ask;
      const label = entry.reason === 'period-gap' ? `🕳️ period gap${entry.window ? ` ${windowName(entry.window)}` : ''}` : `❌ ${reasonLabel[entry.reason]}`;
      return tableRow([label, requirementCell(entry), controlsCell(entry.controls), md(missingDetail(entry)), where(entry.evidence[0] ?? entry, context)]);
    }
    case 'due': {
      const { entry } = ask;
      const dates = `${entry.window.start}..${entry.window.end}`;
      const name = windowName(entry.window);
      const detail = `nothing collected yet for ${name === dates ? dates : `${name} (${dates})`}`;
      return tableRow([`📅 due by ${entry.due}`, requirementCell(entry), controlsCell(entry.controls), md(detail), where(entry, context)]);
    }
    case 'expiring': {
      const { entry } = ask;
      const detail = `${code(entry.evidence)}, collected ${entry.collected}, stops counting on ${entry.expires} (${plural(entry.daysLeft, 'day')} left): collect it again`;
      const requirements = entry.requirements.length === 0 ? '—' : entry.requirements.map(code).join(', ');
      return tableRow([`⏳ stale from ${entry.expires}`, requirements, controlsCell([entry.control]), detail, where(entry, context)]);
    }
  }
}

function requirementCell(entry: MissingEvidenceReport | DueEvidenceReport): string {
  const subject = entry.kind === 'covers' ? 'SOC 2–specific' : subjectLabel(entry);
  return `${code(entry.requirement)}<br>${md(entry.description)} (${subject})`;
}

function controlsCell(controls: readonly string[]): string {
  return controls.map((id) => `**${md(id)}**`).join('<br>');
}

/** A link to the line at the checked-out commit, or the bare place without a link base. */
function where(at: { readonly file?: string | undefined; readonly line?: number | undefined }, context: EvidenceIssueContext): string {
  return sourcePlace(at.file, at.line, context.linkBase);
}

function footerOf(context: EvidenceIssueContext): string {
  const parts = [
    context.sha === undefined ? 'Kept up to date by crosswalk' : `Kept up to date by crosswalk, last for ${context.sha.slice(0, 7)}`,
    ...(context.runUrl === undefined ? [] : [`[workflow run](${context.runUrl})`]),
  ];
  return `<sub>${parts.join(' · ')}</sub>`;
}

interface Section {
  readonly head: string;
  readonly rows: readonly string[];
}

/**
 * The head, every owner's section and the footer when they fit; else as many rows as fit, in
 * order (the most urgent owner first), and a line saying how many were left out.
 */
function fit(head: string, sections: readonly Section[], footer: string, maxLength: number): string {
  const whole = [head, ...sections.map((section) => [section.head, ...section.rows].join('\n'))].join('\n\n') + footer;
  if (whole.length <= maxLength) return whole;
  const total = sections.reduce((sum, section) => sum + section.rows.length, 0);
  const cutLine = (left: number) => `\n\n_…and ${plural(left, 'more item')} left out to fit GitHub's limit on an issue: the job summary of the run lists them all._`;
  // The longest form of the cut line, so its count never pushes the body past the limit.
  const budget = maxLength - footer.length - cutLine(total).length;
  let text = head.slice(0, Math.max(0, budget));
  let kept = 0;
  fitting: for (const section of sections) {
    let sectionHead = `\n\n${section.head}`;
    for (const row of section.rows) {
      const addition = `${sectionHead}\n${row}`;
      if (text.length + addition.length > budget) break fitting;
      text += addition;
      sectionHead = '';
      kept += 1;
    }
  }
  return `${text}${cutLine(total - kept)}${footer}`;
}
