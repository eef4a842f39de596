/**
 * The ISO/IEC 27001 Statement of Applicability (clause 6.1.3 d): every Annex A control, whether
 * it is applicable, why (the justification for inclusion or exclusion), the org controls that
 * implement it, their status and owners, and how much evidence is on file. An auditor requires a
 * decision for every control, so one that no org control mentions is "not decided" and flagged.
 * Pure: data in, data or text out.
 */
import type { Catalogs, ControlStatus, EvidenceObservations, OrgControl } from '../../model.js';
import { isPresent } from '../../score/evidence.js';
import { compareIsoIds } from '../../validate/iso-ids.js';
import { formatCsv } from '../csv.js';
import { code, escapeMarkdown, table } from '../github/markdown-text.js';

export const applicabilities = ['yes', 'no', 'not-decided'] as const;
export type Applicability = (typeof applicabilities)[number];

/** Whether an applicable control is in operation: all of its org controls implemented, some, or none yet. */
export type Implementation = 'yes' | 'partly' | 'no';

/** ISO/IEC 27001:2022 Annex A groups its controls in four themes, by clause: 5 to 8. */
export const themes = { 'A.5': 'Organizational', 'A.6': 'People', 'A.7': 'Physical', 'A.8': 'Technological' } as const;
export type Theme = (typeof themes)[keyof typeof themes];

export interface SoaImplementer {
  readonly id: string;
  readonly title: string;
  readonly status: ControlStatus;
  readonly owner: string | undefined;
  readonly justification: string | undefined;
}

export interface SoaEntry {
  readonly id: string;
  readonly title: string;
  readonly theme: Theme;
  readonly applicable: Applicability;
  /** Undefined unless applicable. */
  readonly implemented: Implementation | undefined;
  /** For inclusion: the controls that implement it; for exclusion: the org's own justification. */
  readonly justification: string;
  /** Every org control that names it in `implements`, not-applicable ones included. */
  readonly controls: readonly SoaImplementer[];
  readonly owners: readonly string[];
  /** Evidence items of its live (not not-applicable) org controls, and how many of them are present. */
  readonly evidence: { readonly items: number; readonly present: number };
}

export interface StatementOfApplicability {
  readonly asOf: string;
  readonly entries: readonly SoaEntry[];
  readonly counts: Readonly<Record<Applicability, number>>;
}

export interface SoaInput {
  readonly catalogs: Catalogs;
  /** The controls that validated; a control left out by an error is not seen here. */
  readonly controls: readonly OrgControl[];
  readonly observations: EvidenceObservations;
  readonly asOf: string;
}

export function buildSoa({ catalogs, controls, observations, asOf }: SoaInput): StatementOfApplicability {
  const annexA = [...catalogs.iso.values()].filter((control) => control.kind === 'annex-a').sort((a, b) => compareIsoIds(a.id, b.id));
  const entries = annexA.map((iso) => entryFor(iso.id, iso.title, controls.filter((control) => control.implements.includes(iso.id)), observations));
  const counts: Record<Applicability, number> = { yes: 0, no: 0, 'not-decided': 0 };
  for (const entry of entries) counts[entry.applicable]++;
  return { asOf, entries, counts };
}

function entryFor(id: string, title: string, implementers: readonly OrgControl[], observations: EvidenceObservations): SoaEntry {
  const live = implementers.filter((control) => control.status !== 'not-applicable');
  const excluded = implementers.filter((control) => control.status === 'not-applicable');
  const applicable: Applicability = implementers.length === 0 ? 'not-decided' : live.length > 0 ? 'yes' : 'no';
  const items = live.flatMap((control) => control.evidence);
  return {
    id,
    title,
    theme: themeOf(id),
    applicable,
    implemented: applicable === 'yes' ? implementationOf(live) : undefined,
    justification: justificationOf(applicable, live, excluded),
    controls: implementers.map((control) => ({ id: control.id, title: control.title, status: control.status, owner: control.owner, justification: control.justification })),
    owners: [...new Set((applicable === 'no' ? excluded : live).flatMap((control) => (control.owner === undefined ? [] : [control.owner])))],
    evidence: { items: items.length, present: items.filter((item) => isPresent(item, observations)).length },
  };
}

function themeOf(id: string): Theme {
  return themes[id.split('.').slice(0, 2).join('.') as keyof typeof themes];
}

function implementationOf(live: readonly OrgControl[]): Implementation {
  const implemented = live.filter((control) => control.status === 'implemented').length;
  return implemented === live.length ? 'yes' : implemented > 0 ? 'partly' : 'no';
}

/**
 * Inclusion: the org controls that implement it, grouped by status (their titles say what the
 * organization does), each with its own justification when it gives one. Exclusion: the organization's own justification, per control when several
 * exclude it. A control one org control excludes while another implements it is applicable; the
 * exclusion is noted after.
 */
function justificationOf(applicable: Applicability, live: readonly OrgControl[], excluded: readonly OrgControl[]): string {
  // An applicable control's own justification is the organization's reason for inclusion (risk treatment, a contract, a law).
  const named = (controls: readonly OrgControl[]) => controls.map((control) => `${control.id} (${control.title})${control.justification === undefined ? '' : ` — ${control.justification}`}`).join(', ');
  const excuse = (control: OrgControl) => `${control.id} not applicable: ${control.justification ?? ''}`;
  switch (applicable) {
    case 'not-decided':
      return 'No decision recorded: no org control implements or excludes it';
    case 'no':
      return excluded.length === 1 ? (excluded[0]!.justification ?? '') : excluded.map(excuse).join('; ');
    case 'yes': {
      const byStatus = (status: ControlStatus) => live.filter((control) => control.status === status);
      const parts = [
        ...(byStatus('implemented').length > 0 ? [`Implemented by ${named(byStatus('implemented'))}`] : []),
        ...(byStatus('in-progress').length > 0 ? [`in progress: ${named(byStatus('in-progress'))}`] : []),
        ...(byStatus('planned').length > 0 ? [`planned: ${named(byStatus('planned'))}`] : []),
        ...excluded.map(excuse),
      ];
      const text = parts.join('; ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
}

// --- formats ---------------------------------------------------------------------------------

export function describeSoaCounts(soa: StatementOfApplicability): string {
  return `${soa.entries.length} Annex A controls: ${soa.counts.yes} applicable, ${soa.counts.no} not applicable, ${soa.counts['not-decided']} not decided`;
}

export const soaColumns = ['Control', 'Title', 'Theme', 'Applicable', 'Implemented', 'Justification', 'Org controls', 'Status', 'Owners', 'Evidence items', 'Evidence present'] as const;

const listSeparator = '; ';

/** RFC 4180 CSV with a header row, for spreadsheets and GRC tools (see csv.ts for the injection guard). */
export function formatSoaCsv(soa: StatementOfApplicability): string {
  const rows = soa.entries.map((entry) => [
    entry.id,
    entry.title,
    entry.theme,
    entry.applicable,
    entry.implemented ?? '',
    entry.justification,
    entry.controls.map((control) => control.id).join(listSeparator),
    entry.controls.map((control) => `${control.id} ${control.status}`).join(listSeparator),
    entry.owners.join(listSeparator),
    String(entry.evidence.items),
    String(entry.evidence.present),
  ]);
  return formatCsv(soaColumns, rows);
}

const applicableWords: Record<Applicability, string> = { yes: 'yes', no: 'no', 'not-decided': '⚠️ not decided' };

/** One table per Annex A theme; every cell is escaped, since titles, owners and justifications are user-written. */
export function formatSoaMarkdown(soa: StatementOfApplicability): string {
  const none = '—';
  const undecided = soa.entries.filter((entry) => entry.applicable === 'not-decided');
  const header = ['Control', 'Applicable', 'Implemented', 'Justification', 'Org controls', 'Owners', 'Evidence present'];
  const sections = Object.entries(themes).flatMap(([clause, theme]) => {
    const entries = soa.entries.filter((entry) => entry.theme === theme);
    const rows = entries.map((entry) => [
      `**${entry.id}** ${escapeMarkdown(entry.title)}`,
      applicableWords[entry.applicable],
      entry.implemented ?? none,
      escapeMarkdown(entry.justification),
      entry.controls.length === 0 ? none : entry.controls.map((control) => `${code(control.id)} ${control.status}`).join('<br>'),
      entry.owners.length === 0 ? none : entry.owners.map(escapeMarkdown).join('<br>'),
      entry.applicable === 'yes' ? `${entry.evidence.present} of ${entry.evidence.items}` : none,
    ]);
    return [`### ${clause} ${theme} controls (${entries.length})`, '', table(header, rows), ''];
  });
  return [
    '## Statement of Applicability',
    '',
    `ISO/IEC 27001:2022 Annex A, as of ${soa.asOf} · ${describeSoaCounts(soa)}`,
    '',
    ...(undecided.length > 0
      ? [`> [!WARNING]\n> No decision is recorded for ${undecided.length === 1 ? 'this control' : `these ${undecided.length} controls`}: ${undecided.map((entry) => entry.id).join(', ')}. An auditor requires one for every Annex A control: implement it or mark it \`not-applicable\` with a justification.`, '']
      : []),
    ...sections,
  ].join('\n');
}
