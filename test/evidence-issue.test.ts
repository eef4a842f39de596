/**
 * The body of the "SOC 2 evidence due" issue: what it asks for, grouped by owner, whom it
 * mentions (and whom it must not), and GitHub's limit. The issue's life on the API is in
 * action-schedule.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { evidenceAsks, evidenceIssueMarker, formatEvidenceIssue, formatMentionComment, isGitHubHandle, maxIssueBodyLength, maxMentionsPerRun, mentionsIn } from '../src/report/github/format-evidence-issue.js';
import type { DueEvidenceReport, ExpiringEvidenceReport, Report } from '../src/report/report.js';
import { control, handmadeReport, missingEntry } from './support/reports.js';

function dueEntry(overrides: Partial<DueEvidenceReport> = {}): DueEvidenceReport {
  return {
    kind: 'row',
    iso: 'A.8.2',
    isoTitle: 'Privileged access rights',
    criteria: ['CC6.3'],
    requirement: 'privileged-access-review',
    description: 'Privileged access reviewed',
    controls: ['AC-03'],
    owners: ['@alice'],
    due: '2026-12-31',
    window: { start: '2026-10-01', end: '2026-12-31' },
    file: 'controls/access.yaml',
    line: 4,
    column: 5,
    ...overrides,
  };
}

function expiringEntry(overrides: Partial<ExpiringEvidenceReport> = {}): ExpiringEvidenceReport {
  return { control: 'AC-03', evidence: 'ev-review-q3', requirements: ['privileged-access-review'], collected: '2026-09-10', expires: '2026-12-10', daysLeft: 13, file: 'controls/access.yaml', line: 9, column: 9, ...overrides };
}

/** A Type 2 report asking for one of each kind. */
function reportAsking(overrides: Partial<Report> = {}): Report {
  return handmadeReport({
    audit: { type: 'type2', period: { start: '2026-07-01', end: '2026-12-31' }, started: true, judgedAt: '2026-11-27', elapsedDays: 150, lengthDays: 184 },
    controls: [control({ id: 'OPS-10', owner: 'security@acme.example' }), control({ id: 'AC-03', owner: '@alice', file: 'controls/access.yaml', line: 4 })],
    missingEvidence: [
      missingEntry({ owners: ['security@acme.example'] }),
      missingEntry({ requirement: 'access-rule-review', reason: 'period-gap', window: { start: '2026-09-01', end: '2026-09-30' }, owners: ['@alice', '@acme/sre'] }),
      // In progress and not a gap: a warning in the summary, not an ask.
      missingEntry({ requirement: 'in-progress-thing', blocking: false, owners: ['@alice'] }),
      // In progress, but a window ended empty: the auditor will see it.
      missingEntry({ requirement: 'gap-in-progress', blocking: false, reason: 'period-gap', window: { start: '2026-08-01', end: '2026-08-31' }, owners: [] }),
    ],
    dueEvidence: [dueEntry({ due: '2026-12-31' }), dueEntry({ requirement: 'sooner', due: '2026-11-30', window: { start: '2026-11-01', end: '2026-11-30' } })],
    expiringEvidence: [expiringEntry()],
    ...overrides,
  });
}

const rowsUnder = (body: string, heading: string) => {
  const lines = body.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && (line.startsWith('### ') || line.startsWith('<sub>')));
  return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith('| ') && !line.startsWith('|  |') && !line.startsWith('| :--'));
};
const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;

describe('GitHub handles', () => {
  it('are users (letters, digits, single inner hyphens, 39 at most) and org/team', () => {
    for (const owner of ['@alice', '@a', '@alice-b2', '@A1', '@acme/sre', '@acme/sre_team-2', `@${'a'.repeat(39)}`]) expect(isGitHubHandle(owner), owner).toBe(true);
    for (const owner of ['alice', 'security@acme.example', '@', '@-alice', '@alice-', '@a--b', '@alice @bob', '@alice,', '@acme/', '@acme/sre/x', '@alice\n', ' @alice', `@${'a'.repeat(40)}`, '@al.ice', '@everyone please']) {
      expect(isGitHubHandle(owner), owner).toBe(false);
    }
  });
});

describe('the evidence issue', () => {
  it('asks once for a requirement that is both missing and due, as missing; a window named by dates is not named twice', () => {
    const missing = missingEntry({ iso: 'A.5.7', requirement: 'threat-intel-in-risk-assessment', controls: ['OPS-10'] });
    const sameDue = dueEntry({ iso: 'A.5.7', requirement: 'threat-intel-in-risk-assessment', controls: ['OPS-10'] });
    const otherDue = dueEntry({ iso: 'A.5.1', requirement: 'policy-review-records', controls: ['GOV-01'], window: { start: '2026-02-15', end: '2027-02-14' }, due: '2027-02-14' });
    const report = handmadeReport({ missingEvidence: [missing], dueEvidence: [sameDue, otherDue] });
    expect(evidenceAsks(report).map((ask) => [ask.kind, 'requirement' in ask.entry ? ask.entry.requirement : ''])).toEqual([
      ['missing', 'threat-intel-in-risk-assessment'],
      ['due', 'policy-review-records'],
    ]);
    // As GitHub shows it: Markdown escapes removed.
    const shown = formatEvidenceIssue(report).body.replace(/\\(.)/g, '$1');
    // A period gap is a window that has ended: the current window's evidence is still asked for.
    const gap = missingEntry({ iso: 'A.8.2', requirement: 'privileged-access-review', controls: ['AC-03'], reason: 'period-gap', window: { start: '2026-07-01', end: '2026-09-30' } });
    const withGap = handmadeReport({ missingEvidence: [gap], dueEvidence: [dueEntry()] });
    expect(evidenceAsks(withGap).map((ask) => ask.kind)).toEqual(['missing', 'due']);
    expect(shown).toContain('nothing collected yet for 2026-02-15..2027-02-14 |');
    expect(shown).not.toContain('2026-02-15..2027-02-14 (2026-02-15..2027-02-14)');
  });

  it('asks for blocking missing evidence, every period gap, what is due and what turns stale; nothing an in-progress control merely lacks', () => {
    const asks = evidenceAsks(reportAsking());
    expect(asks.map((ask) => `${ask.kind} ${'requirement' in ask.entry ? ask.entry.requirement : ask.entry.evidence}`)).toEqual([
      'missing threat-intel-in-risk-assessment',
      'missing access-rule-review',
      'missing gap-in-progress',
      'due sooner',
      'due privileged-access-review',
      'expiring ev-review-q3',
    ]);
    // The expiring item's owner is its control's.
    expect(asks.at(-1)!.owners).toEqual(['@alice']);
  });

  it('groups them by owner, most urgent owner first, an ask with two owners under each, the unowned last', () => {
    const issue = formatEvidenceIssue(reportAsking(), { linkBase: 'https://github.com/o/r/blob/abc/', sha: 'abcdef0123', runUrl: 'https://github.com/o/r/actions/runs/1', mentionTeams: ['@acme/sre'] });
    expect(issue.title).toBe('SOC 2 evidence due');
    expect(issue.due).toBe(true);
    // Under the marker, the hidden record of whom the issue pinged, and for what.
    expect(issue.body).toMatch(/^<!-- crosswalk:evidence-issue -->\n<!-- crosswalk:pinged @alice=[0-9a-f]{8}(\.[0-9a-f]{8}){3} @acme\/sre=[0-9a-f]{8} -->\n\*\*SOC 2 evidence as of 2026-11-27\*\* · /);
    expect(issue.body).toContain(' · Type 2 period 2026\\-07\\-01\\.\\.2026\\-12\\-31&#58; day 150 of 184 \\(81%\\)\n');
    expect(issue.body).toContain('**1** blocking missing, **2** period gaps, **2** due in the current window, **1** turning stale soon, for 4 owners.');
    const headings = issue.body.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual(['### security@&#8203;acme\\.example (1)', '### @alice (4)', '### @acme/sre (1)', '### No owner (1)']);
    expect(issue.mentions).toEqual(['@alice', '@acme/sre']);
    expect(mentionsIn(issue.body)).toEqual(['@alice', '@acme/sre']);

    const alice = rowsUnder(issue.body, '### @alice (4)');
    expect(alice.map((row) => row.split(' | ')[0])).toEqual(['| 🕳️ period gap 2026-09', '| 📅 due by 2026-11-30', '| 📅 due by 2026-12-31', '| ⏳ stale from 2026-12-10']);
    expect(alice[0]).toBe(
      '| 🕳️ period gap 2026-09 | `access-rule-review`<br>Risk assessment records showing how threat intelligence changed a risk rating\\. (A.5.7) | **OPS\\-10** | nothing collected for 2026\\-09\\-01\\.\\.2026\\-09\\-30 | [`controls/operations.yaml:12`](https://github.com/o/r/blob/abc/controls/operations.yaml#L12) |',
    );
    expect(alice[2]).toContain('| nothing collected yet for Q4 2026 \\(2026\\-10\\-01\\.\\.2026\\-12\\-31\\) | [`controls/access.yaml:4`](https://github.com/o/r/blob/abc/controls/access.yaml#L4) |');
    expect(alice[3]).toBe(
      '| ⏳ stale from 2026-12-10 | `privileged-access-review` | **AC\\-03** | `ev-review-q3`, collected 2026-09-10, stops counting on 2026-12-10 (13 days left): collect it again | [`controls/access.yaml:9`](https://github.com/o/r/blob/abc/controls/access.yaml#L9) |',
    );
    for (const row of alice) expect(cells(row)).toBe(5);
    expect(rowsUnder(issue.body, '### security@&#8203;acme\\.example (1)')[0]).toMatch(/^\| ❌ absent \| `threat-intel-in-risk-assessment`.* \| no evidence item lists it \|/);
    expect(issue.body).toContain('### No owner (1)\n\nThese controls name no `owner:`: give them one, and crosswalk asks that owner here.');
    expect(issue.body).not.toContain('in-progress-thing');
    expect(issue.body.endsWith('\n\n<sub>Kept up to date by crosswalk, last for abcdef0 · [workflow run](https://github.com/o/r/actions/runs/1)</sub>\n')).toBe(true);
  });

  it('mentions no one through an owner that is not a handle, and keeps every table whole', () => {
    const hostile = '@everyone <script>alert(1)</script> | [click](https://evil.example) @octocat #12\n### Heading';
    const report = reportAsking({
      controls: [control({ id: 'OPS-10', owner: hostile })],
      missingEvidence: [missingEntry({ owners: [hostile], controls: ['OPS-10 | x'], description: hostile })],
      dueEvidence: [],
      expiringEvidence: [],
    });
    const issue = formatEvidenceIssue(report);
    expect(issue.mentions).toEqual([]);
    expect(mentionsIn(issue.body)).toEqual([]);
    // GitHub mentions `@name` and links `#12` in rendered text: a zero-width space after the sigil stops both.
    const prose = issue.body.replace(/(`+)[^`].*?\1/g, '');
    expect(prose).not.toMatch(/@(everyone|octocat)/);
    expect(prose).not.toMatch(/#12/);
    expect(prose).not.toMatch(/<script/i);
    expect(prose).not.toContain('](https://evil.example)');
    expect(issue.body.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(1);
    const [row] = rowsUnder(issue.body, issue.body.split('\n').find((line) => line.startsWith('### '))!);
    expect(cells(row!)).toBe(5);
  });

  it('says nothing is due, mentioning no one, when nothing is', () => {
    const report = handmadeReport({ missingEvidence: [missingEntry({ blocking: false, owners: ['@alice'] })], dueEvidence: [], expiringEvidence: [] });
    const issue = formatEvidenceIssue(report, { sha: '0123456789' });
    expect(issue.due).toBe(false);
    expect(issue.mentions).toEqual([]);
    expect(issue.body).toBe(
      `${evidenceIssueMarker}\n✅ **Nothing is due** as of 2026-11-27 (Type 1&#58; readiness at 2026\\-11\\-27): no blocking missing evidence, no period gap, no evidence due in the current window and none turning stale within the warning window. crosswalk closed this issue, and reopens it when something falls due.\n\n<sub>Kept up to date by crosswalk, last for 0123456</sub>\n`,
    );
  });

  it('warns that file errors hide what some controls need', () => {
    const report = reportAsking({ summary: { ...handmadeReport().summary, errors: 2 } });
    expect(formatEvidenceIssue(report).body).toContain('> [!WARNING]\n> 2 file errors kept some controls from being read');
  });

  it(`fits GitHub's ${maxIssueBodyLength} characters, keeping the most urgent rows and counting the rest`, () => {
    const many = Array.from({ length: 3_000 }, (_, index) => missingEntry({ requirement: `requirement-${index}`, owners: [index % 2 === 0 ? '@alice' : '@bob'] }));
    const issue = formatEvidenceIssue(reportAsking({ missingEvidence: many, dueEvidence: [], expiringEvidence: [] }), { runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(issue.body.length).toBeLessThanOrEqual(maxIssueBodyLength);
    expect(issue.body.length).toBeGreaterThan(maxIssueBodyLength - 2_000);
    const kept = issue.body.split('\n').filter((line) => line.startsWith('| ❌ absent')).length;
    expect(issue.body).toContain(`\n\n_…and ${3_000 - kept} more items left out to fit GitHub's limit on an issue: the job summary of the run lists them all._\n\n<sub>`);
    // The first owner's rows first; a second section only once the first is whole.
    expect(issue.body).toContain('### @alice (1500)');
    expect(issue.body).not.toContain('### @bob');
    expect(issue.mentions).toEqual(['@alice']);

    const small = formatEvidenceIssue(reportAsking(), { maxLength: 1_500 });
    expect(small.body.length).toBeLessThanOrEqual(1_500);
    expect(small.body).toMatch(/_…and \d+ more items? left out/);
  });

  it('pings a team only when .crosswalk.yml lists it in evidence_issue.mention_teams; otherwise writes it without a ping', () => {
    const issue = formatEvidenceIssue(reportAsking());
    expect(issue.mentions).toEqual(['@alice']);
    expect(mentionsIn(issue.body)).toEqual(['@alice']);
    expect(issue.body).toContain('### @&#8203;acme/sre (1)');
    // Teams compare without case, as GitHub's do.
    expect(formatEvidenceIssue(reportAsking(), { mentionTeams: ['@ACME/SRE'] }).mentions).toEqual(['@alice', '@acme/sre']);
  });

  it(`pings at most ${maxMentionsPerRun} handles a run, the most urgent first, and writes the rest (and an unlisted @org/everyone) without a ping`, () => {
    // Merged YAML naming 279 owners and the whole organization.
    const victims = Array.from({ length: 279 }, (_, index) => `@victim-${index}`);
    const owners = ['@acme/everyone', ...victims];
    const missing = owners.map((owner, index) => missingEntry({ requirement: `requirement-${index}`, owners: [owner] }));
    const report = reportAsking({ missingEvidence: missing, dueEvidence: [], expiringEvidence: [] });
    const issue = formatEvidenceIssue(report);
    expect(issue.mentions).toEqual(victims.slice(0, maxMentionsPerRun));
    expect(mentionsIn(issue.body)).toEqual(victims.slice(0, maxMentionsPerRun));
    expect(issue.body).toContain('### @&#8203;acme/everyone (1)');
    expect(issue.body).toContain('### @&#8203;victim\\-10 (1)');
    // The next run pings the next ten, and no one it pinged already.
    const next = formatEvidenceIssue(report, { previousBody: issue.body });
    expect(next.mentions).toEqual(victims.slice(maxMentionsPerRun, 2 * maxMentionsPerRun));
    expect(mentionsIn(next.body)).toEqual(victims.slice(0, 2 * maxMentionsPerRun));
  });

  it('pings a handle once in the issue\'s lifetime, closed and reopened included, unless it owns something new', () => {
    const report = reportAsking();
    const first = formatEvidenceIssue(report, { mentionTeams: ['@acme/sre'] });
    expect(first.mentions).toEqual(['@alice', '@acme/sre']);
    // The same asks on the next run: no one is pinged again.
    const again = formatEvidenceIssue(report, { mentionTeams: ['@acme/sre'], previousBody: first.body });
    expect(again.mentions).toEqual([]);
    expect(again.body).toBe(first.body);
    // Closed when nothing is due, the issue keeps its record; reopened for the same asks, it pings no one.
    const closed = formatEvidenceIssue(reportAsking({ missingEvidence: [], dueEvidence: [], expiringEvidence: [] }), { previousBody: first.body });
    expect(closed.due).toBe(false);
    const reopened = formatEvidenceIssue(report, { mentionTeams: ['@acme/sre'], previousBody: closed.body });
    expect(reopened.mentions).toEqual([]);
    expect(mentionsIn(reopened.body)).toEqual(['@alice', '@acme/sre']);
    // Asked for less (the expiring item renewed): no one is pinged.
    expect(formatEvidenceIssue(reportAsking({ expiringEvidence: [] }), { mentionTeams: ['@acme/sre'], previousBody: reopened.body }).mentions).toEqual([]);
    // Asked for something new (a new due date): only she is pinged.
    const changed = formatEvidenceIssue(reportAsking({ dueEvidence: [dueEntry({ due: '2027-01-31', window: { start: '2027-01-01', end: '2027-01-31' } })] }), { mentionTeams: ['@acme/sre'], previousBody: reopened.body });
    expect(changed.mentions).toEqual(['@alice']);
  });

  it('asks newly mentioned owners in a comment, as GitHub does not notify a mention added by an edit', () => {
    expect(formatMentionComment(['@alice', '@acme/sre'])).toBe("@alice @acme/sre: SOC 2 evidence is now due from you. The issue's description lists what to collect, and by when.");
  });
});
