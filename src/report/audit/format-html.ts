/**
 * A self-contained readiness page: one HTML file with its styles inline and nothing else (no
 * scripts, fonts, images or links to fetch; a Content-Security-Policy says so to the browser),
 * so it opens offline, can be published as it is, and prints to PDF. Colour is never the only
 * signal: every state is also written (✔ ready, ◐ incomplete, ✖ gap). Every string from the
 * report is escaped through the `html` template tag; nothing user-written reaches the page raw.
 * Pure: the report in, the page out.
 */
import { deviationsByChange } from '../collected-evidence.js';
import { severityRank, type Severity } from '../../diagnostics.js';
import { plural } from '../../text.js';
import { escapeHtmlPageText } from '../sanitize.js';
import type { WindowState } from '../../score/evidence.js';
import type { CriterionState } from '../../score/score.js';
import type { EvidenceItemReport } from '../evidence-inventory.js';
import { auditLine, forecastWords, incompleteWords, missingDetail, onceEach, passWords, windowMark, windowName } from '../missing-text.js';
import { blockerSource, missingEntryKey, subjectLabel, type BlockingRowReport, type CategoryReport, type ControlReport, type CriterionReport, type MissingEvidenceReport, type Report } from '../report.js';

export interface HtmlOptions {
  /** Prefix that turns a repo-relative path into a link, e.g. `https://github.com/o/r/blob/<sha>/`. */
  readonly linkBase?: string | undefined;
}

// --- safe HTML ---------------------------------------------------------------------------------

/** Markup built by this module; anything else interpolated into `html` is text and escaped. */
class Markup {
  constructor(readonly value: string) {}
}

type Fragment = Markup | string | number | undefined | null | false | readonly Fragment[];

/** Text for the page: one sanitiser for every surface (sanitize.ts). */
export const escapeHtml = escapeHtmlPageText;

function render(fragment: Fragment): string {
  if (fragment === undefined || fragment === null || fragment === false) return '';
  if (fragment instanceof Markup) return fragment.value;
  if (Array.isArray(fragment)) return fragment.map(render).join('');
  return escapeHtml(String(fragment));
}

function html(strings: TemplateStringsArray, ...values: Fragment[]): Markup {
  return new Markup(strings.reduce((out, text, index) => out + text + (index < values.length ? render(values[index]) : ''), ''));
}

// --- the page ----------------------------------------------------------------------------------

const stateMark: Record<CriterionState, string> = { ready: '✔', incomplete: '◐', gap: '✖' };
const severityMark: Record<Severity, string> = { error: '✖ error', warning: '⚠ warning', notice: 'ℹ notice' };
const windowWords: Record<WindowState, string> = { collected: 'collected', 'under-sampled': 'too few samples', missing: 'missing', current: 'current window', 'not-started': 'not started' };

/** The readiness page for `report`. */
export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const context: Context = { report, options, controls: new Map(report.controls.map((control) => [control.id, control])) };
  // Problems first when there are errors or warnings: a file with an error adds no control, so
  // everything below may read better than it is. Notices alone (a planned control that reaches no
  // criterion in scope) are no reason to push the figures down.
  const actionable = report.summary.errors + report.summary.warnings > 0;
  const sections = [
    actionable ? problems(context) : undefined,
    summary(report),
    atRisk(context),
    criteriaMap(report),
    blocked(report),
    missingEvidence(context),
    dueEvidence(context),
    expiringEvidence(context),
    timeline(report),
    collected(context),
    deviations(context),
    actionable ? undefined : problems(context),
    links(context),
    fingerprints(context),
  ].filter((section): section is Section => section !== undefined);
  const title = `SOC 2 readiness ${report.summary.readiness.toFixed(1)}% — ${auditLine(report.audit, report.asOf)}`;
  return `<!doctype html>\n${render(html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${`crosswalk ${report.tool.version}`}">
<title>${title}</title>
<style>${new Markup(styles)}</style>
</head>
<body>
<header>
<h1>SOC 2 readiness ${report.summary.readiness.toFixed(1)}%</h1>
<p class="meta">${auditLine(report.audit, report.asOf)} · scope: ${report.scope.join(', ')} · mapping: ${report.mapping.name} · crosswalk ${report.tool.version}</p>
${incompletePicture(report)}${verdict(report)}
<nav aria-label="Sections"><ul>${sections.map((section) => html`<li><a href="#${section.id}">${section.title}</a></li>`)}</ul></nav>
</header>
<main>
${sections.map((section) => html`<section id="${section.id}" aria-labelledby="${section.id}-title">
<h2 id="${section.id}-title">${section.title}</h2>
${section.body}
</section>
`)}</main>
<footer>Generated by crosswalk ${report.tool.version} as of ${report.asOf}. A self-contained page: no scripts, nothing loaded from the network.</footer>
</body>
</html>
`)}`;
}

interface Context {
  readonly report: Report;
  readonly options: HtmlOptions;
  readonly controls: ReadonlyMap<string, ControlReport>;
}

interface Section {
  readonly id: string;
  readonly title: string;
  readonly body: Markup;
}

function incompletePicture(report: Report): Markup | string {
  return report.summary.complete ? '' : html`<p class="verdict failed"><span aria-hidden="true">⚠</span> ${incompleteWords(report.summary.errors)} <a href="#problems">See Problems</a>.</p>`;
}

function verdict(report: Report): Markup {
  if (report.summary.passed) return html`<p class="verdict passed"><span aria-hidden="true">✔</span> Passed: ${passWords(report.summary)}.</p>`;
  return html`<div class="verdict failed"><p><span aria-hidden="true">✖</span> Failed: the policy’s gate does not pass.</p><ul>${report.summary.failedConditions.map(
    (failure) => html`<li><code>${failure.condition}</code>: ${failure.reason}</li>`,
  )}</ul></div>`;
}

function summary(report: Report): Section {
  const { summary: figures } = report;
  const type2 = report.audit.type === 'type2';
  return {
    id: 'summary',
    title: 'Readiness',
    body: html`<div class="figures">
${figure('Readiness', figures.readiness, `${figures.ready} of ${plural(figures.criteria, 'criterion', 'criteria')} ready`)}
${figure('Design coverage', figures.designCoverage, `${figures.ready + figures.incomplete} of ${figures.criteria} reached by a control`)}
${report.forecast ? figure(`At the period’s end (${report.forecast.asOf})`, report.forecast.readiness, forecastWords(report.forecast)) : ''}
<ul class="counts">
<li><b>${figures.missingEvidence}</b> missing evidence (${figures.blockingMissingEvidence} blocking)</li>
${type2 ? html`<li><b>${figures.dueEvidence}</b> due in the current window</li>` : ''}
${report.audit.type === 'type2' && report.audit.started ? '' : html`<li><b>${figures.expiringEvidence}</b> expiring soon</li>`}
<li><b>${figures.gap}</b> ${figures.gap === 1 ? 'gap' : 'gaps'}</li>
<li><b>${figures.errors}</b> ${figures.errors === 1 ? 'error' : 'errors'}, ${plural(figures.warnings, 'warning')}</li>
</ul>
</div>
${table(
      ['Category', 'Criteria', 'Ready', 'Incomplete', 'Gap', 'Readiness', 'Design coverage'],
      report.categories.map((category) => ({
        cells: [html`<b>${category.title}</b>`, [category.criteria, 'num'], [category.ready, 'num'], [category.incomplete, 'num'], [category.gap, 'num'], meter(category.readiness), meter(category.designCoverage)],
      })),
    )}`,
  };
}

function figure(label: string, percent: number, note: string): Markup {
  return html`<div class="figure"><div class="label">${label}</div><div class="value">${percent.toFixed(1)}%</div>${bar(percent)}<div class="note">${note}</div></div>`;
}

function bar(percent: number): Markup {
  return html`<div class="bar" aria-hidden="true"><span style="width:${Math.max(0, Math.min(100, percent)).toFixed(1)}%"></span></div>`;
}

function meter(percent: number): Markup {
  return html`<span class="meter">${bar(percent)}<span>${percent.toFixed(1)}%</span></span>`;
}

/** Every criterion in scope as a cell: its id, its state in words and mark, its subject. */
function criteriaMap(report: Report): Section {
  return {
    id: 'criteria',
    title: 'Criteria',
    body: html`<p class="legend"><span class="chip ready">✔ ready</span> <span class="chip incomplete">◐ incomplete</span> <span class="chip gap">✖ gap</span> · a criterion is ready only when every control claimed for it has the evidence an auditor tests.</p>
${report.categories.map((category) => categoryGrid(category, report.criteria.filter((criterion) => criterion.category === category.category)))}`,
  };
}

function categoryGrid(category: CategoryReport, criteria: readonly CriterionReport[]): Markup {
  return html`<h3>${category.title} <span class="muted">${category.ready} of ${category.criteria} ready</span></h3>
<ul class="grid">${criteria.map((criterion) => {
    const cell = html`<span class="id">${criterion.id}</span><span class="state">${stateMark[criterion.state]} ${criterion.state}</span><span class="subject">${criterion.subject}</span>`;
    const through = [...criterion.controls, ...criterion.supplementalControls].join(', ');
    // A criterion that is not ready links to what blocks it.
    return html`<li class="cell ${criterion.state}" title="${`${criterion.id} ${criterion.subject}: ${criterion.state}${through ? ` (through ${through})` : ''}`}">${
      criterion.state === 'ready' ? cell : html`<a href="#block-${criterion.id}">${cell}</a>`
    }</li>`;
  })}</ul>`;
}

/**
 * Incomplete criteria with the rows and requirements to close, each with its particulars (the
 * empty window, the samples counted); then the gaps, in one compact list.
 */
function blocked(report: Report): Section | undefined {
  const incomplete = report.criteria.filter((criterion) => criterion.state === 'incomplete');
  const gaps = report.criteria.filter((criterion) => criterion.state === 'gap');
  if (incomplete.length === 0 && gaps.length === 0) return undefined;
  return {
    id: 'blocked',
    title: 'What blocks each criterion',
    body: html`${incomplete.length === 0 ? '' : html`<ul class="blockers">${incomplete.map(
      (criterion) => html`<li id="block-${criterion.id}"><span class="chip incomplete">${stateMark.incomplete} ${criterion.id}</span> ${criterion.subject}
<ul>${criterion.blockedBy.map((row) => html`<li>${blockerLine(row, report)}</li>`)}</ul></li>`,
    )}</ul>`}${gaps.length === 0 ? '' : html`<h3>Gaps (${gaps.length})</h3><p>No implemented or in-progress control reaches these criteria.</p><ul class="gaps">${gaps.map(
      (criterion) => html`<li id="block-${criterion.id}"><span class="chip gap">${stateMark.gap} ${criterion.id}</span> ${criterion.subject}${criterion.controls.length > 0 ? html` <span class="muted">(the mapping reaches it from ${criterion.controls.join(', ')})</span>` : ''}</li>`,
    )}</ul>`}`,
  };
}

function blockerLine(row: BlockingRowReport, report: Report): Markup {
  const source =
    row.kind === 'row'
      ? html`<b>${row.iso ?? ''}</b> ${row.isoTitle ?? ''} via <b>${row.controls.join(', ')}</b>`
      : row.kind === 'covers'
        ? html`<b>${row.controls.join(', ')}</b> (SOC 2–specific)`
        : html`${blockerSource(row)}`;
  const needs = row.requirements.map((requirement) => {
    // The missing-evidence entry of the same row holds the particulars (samples, later-dated items).
    const key = missingEntryKey({ iso: row.iso, requirement: requirement.id, controls: row.controls });
    const entry = report.missingEvidence.find((candidate) => missingEntryKey(candidate) === key);
    return html`<code>${requirement.id}</code> — ${missingDetail(entry ?? { reason: requirement.reason, window: requirement.window, laterEvidence: [] })}`;
  });
  const parts = [...(row.inProgress ? [html`in progress: no control implemented yet`] : []), ...needs];
  if (parts.length === 0) return source;
  return html`${source}: ${parts.map((part, index) => html`${index > 0 ? '; ' : ''}${part}`)}`;
}

/** A path that may break after its slashes, not inside a name. */
function breakable(file: string): Markup {
  return html`${file.split('/').map((segment, index) => html`${index > 0 ? html`/<wbr>` : ''}${segment}`)}`;
}

function where(file: string | undefined, line: number | undefined, { options }: Context): Markup | string {
  // A criterion requirement nobody owns has no place (SPEC §3).
  if (file === undefined || line === undefined) return html`<span class="muted">—</span>`;
  const label = html`${breakable(file)}:${line}`;
  if (!options.linkBase || file === '.') return html`<code>${label}</code>`;
  return html`<a href="${`${options.linkBase}${file.split('/').map(encodeURIComponent).join('/')}#L${line}`}"><code>${label}</code></a>`;
}

function owners(list: readonly string[]): Markup | string {
  return list.length === 0 ? html`<span class="muted">—</span>` : html`${list.map((owner, index) => html`${index > 0 ? html`<br>` : ''}${owner}`)}`;
}

/** A cell: its content, and a class for its column's look. */
type Cell = Markup | string | number | readonly [content: Markup | string | number, className: string];

interface Row {
  readonly cells: readonly Cell[];
  readonly className?: string;
}

/**
 * A table whose rows, on a phone, stack into cards: each cell labelled with its column's header
 * (`data-label`), so nothing needs scrolling sideways.
 */
function table(header: readonly string[], rows: readonly Row[]): Markup {
  const cell = (content: Cell, index: number) => {
    const [body, className] = Array.isArray(content) ? (content as readonly [Markup | string | number, string]) : [content as Markup | string | number, undefined];
    // One element inside, so on a phone the label and the content are the card's two columns.
    return html`<td data-label="${header[index] ?? ''}"${className === undefined ? '' : html` class="${className}"`}><div>${body}</div></td>`;
  };
  return html`<div class="scroll"><table class="stack"><thead><tr>${header.map((title) => html`<th scope="col">${title}</th>`)}</tr></thead><tbody>${rows.map(
    (row) => html`<tr${row.className === undefined ? '' : html` class="${row.className}"`}>${row.cells.map(cell)}</tr>`,
  )}</tbody></table></div>`;
}

function controlCell(ids: readonly string[], { controls }: Context): Markup {
  return html`${ids.map((id, index) => html`${index > 0 ? html`<br>` : ''}<b>${id}</b> ${controls.get(id)?.title ?? ''}`)}`;
}

function requirementCell(id: string, description: string): Markup {
  return html`<code>${id}</code><div class="description">${description}</div>`;
}

/** A criterion's own requirement: SOC 2 tests it whatever ISO controls the organization implements. */
function criterionCell(criteria: readonly string[]): Markup {
  return html`SOC 2 ${criteria.join(', ')} <span class="muted">(its own test)</span>`;
}

function isoCell(iso: string | null, title: string | null): Markup {
  return iso === null ? html`SOC 2–specific` : html`${iso} ${title ?? ''}`;
}

function missingEvidence(context: Context): Section {
  const entries = [...context.report.missingEvidence].sort((a, b) => Number(b.blocking) - Number(a.blocking));
  const rows = entries.map((entry: MissingEvidenceReport): Row => ({
    className: entry.blocking ? 'blocking' : 'warning',
    cells: [
      [entry.blocking ? '✖ blocking' : '⚠ in progress', 'flag'],
      controlCell(entry.controls, context),
      entry.kind === 'criterion' ? criterionCell(entry.criteria) : isoCell(entry.iso, entry.isoTitle),
      entry.criteria.join(', '),
      requirementCell(entry.requirement, entry.description),
      [missingDetail(entry), 'why'],
      owners(entry.owners),
      where(entry.evidence[0]?.file ?? entry.file, entry.evidence[0]?.line ?? entry.line, context),
    ],
  }));
  return {
    id: 'missing',
    title: `Missing evidence (${entries.length})`,
    body: entries.length === 0 ? html`<p>None: every evidence requirement of implemented and in-progress controls is met.</p>` : table(['', 'Control', 'ISO control', 'Criteria', 'Requirement', 'Why', 'Owners', 'Where'], rows),
  };
}

/** Type 2 while the period runs: criteria ready today that its end would find not ready, and what keeps each ready. */
function atRisk(context: Context): Section | undefined {
  const { forecast } = context.report;
  if (!forecast || forecast.keepReady.length === 0) return undefined;
  const rows = forecast.keepReady.flatMap((risk) =>
    onceEach(risk.evidence).map(
      (entry, index): Row => ({
        cells: [
          index === 0 ? html`<b>${risk.criterion}</b> ${risk.subject}` : '',
          requirementCell(entry.requirement, entry.description),
          isoCell(entry.iso, null),
          controlCell(entry.controls, context),
          missingDetail({ ...entry, laterEvidence: [] }),
        ],
      }),
    ),
  );
  return {
    id: 'at-risk',
    title: `At risk by ${forecast.asOf} (${forecast.keepReady.length})`,
    body: html`<p>Ready today, not at the end of the audit period if nothing more is collected: readiness would be ${forecast.readiness.toFixed(1)}%. Collect this evidence to keep them ready.</p>${table(['Criterion', 'Requirement', 'ISO control', 'Controls', 'Needs'], rows)}`,
  };
}

function dueEvidence(context: Context): Section | undefined {
  const { report } = context;
  if (report.audit.type !== 'type2') return undefined;
  const rows = onceEach(report.dueEvidence).map(
    (entry): Row => ({
      cells: [[entry.due, 'date'], requirementCell(entry.requirement, entry.description), entry.kind === 'criterion' ? criterionCell(entry.criteria) : isoCell(entry.iso, entry.isoTitle), controlCell(entry.controls, context), owners(entry.owners), where(entry.file, entry.line, context)],
    }),
  );
  return {
    id: 'due',
    title: `Due in the current window (${rows.length})`,
    body:
      rows.length === 0
        ? html`<p>Nothing is due: every open window of the audit period has its evidence, or none is open.</p>`
        : html`<p>The current window of the audit period has no evidence for these yet: collect it before the window ends.</p>${table(['Due', 'Requirement', 'ISO control', 'Controls', 'Owners', 'Where'], rows)}`,
  };
}

function expiringEvidence(context: Context): Section | undefined {
  const { report, controls } = context;
  if (report.expiringEvidence.length === 0) return undefined;
  const rows = report.expiringEvidence.map((item): Row => {
    const owner = controls.get(item.control)?.owner;
    return {
      cells: [
        controlCell([item.control], context),
        html`<code>${item.evidence}</code>`,
        html`${item.requirements.map((id, index) => html`${index > 0 ? ', ' : ''}<code>${id}</code>`)}`,
        [item.collected, 'date'],
        [html`${item.expires} <span class="muted">(${plural(item.daysLeft, 'day')} left)</span>`, 'date'],
        owners(owner ? [owner] : []),
        where(item.file, item.line, context),
      ],
    };
  });
  return {
    id: 'expiring',
    title: `Expiring soon (${rows.length})`,
    body: html`<p>Still counted, but stale within the warning window: collect it again before it lapses.</p>${table(['Control', 'Evidence', 'Requirements', 'Collected', 'Stale from', 'Owners', 'Where'], rows)}`,
  };
}

/** Type 2: each requirement's windows over the period, one mark and name per window. */
function timeline(report: Report): Section | undefined {
  if (report.timeline.length === 0) return undefined;
  const legend = (Object.keys(windowMark) as WindowState[]).map((state) => html`<span class="win ${state}">${windowMark[state]} ${windowWords[state]}</span> `);
  const rows = report.timeline.map(
    (entry) => html`<tr><th scope="row"><code>${entry.requirement}</code>${entry.kind === 'covers' ? html` <span class="muted">(${entry.controls.join(', ')})</span>` : html` <span class="muted">${subjectLabel(entry)}</span>`}</th><td>${entry.frequency ?? 'annual'}</td><td><ol class="strip">${entry.windows.map(
      (window) => html`<li class="win ${window.state}" title="${`${window.start}..${window.end}: ${windowWords[window.state]}`}"><span aria-hidden="true">${windowMark[window.state]}</span> ${windowName(window)}<span class="sr"> ${windowWords[window.state]}</span></li>`,
    )}</ol></td></tr>`,
  );
  return {
    id: 'timeline',
    title: `Evidence over the audit period (${rows.length})`,
    body: html`<p class="legend">${legend}</p><div class="scroll"><table class="timeline"><thead><tr><th scope="col">Requirement</th><th scope="col">Frequency</th><th scope="col">Windows</th></tr></thead><tbody>${rows}</tbody></table></div>`,
  };
}

function problems(context: Context): Section | undefined {
  const { diagnostics } = context.report;
  if (diagnostics.length === 0) return undefined;
  const sorted = [...diagnostics].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const rows = sorted.map(
    (diagnostic): Row => ({
      className: diagnostic.severity,
      cells: [[severityMark[diagnostic.severity], 'flag'], where(diagnostic.file, diagnostic.line, context), html`${diagnostic.message} <code>${diagnostic.code}</code>`],
    }),
  );
  return { id: 'problems', title: `Problems (${diagnostics.length})`, body: table(['Severity', 'Where', 'Problem'], rows) };
}

/** Only web links are links: a `javascript:` or `data:` url in a control file stays text. */
function externalLink(url: string): Markup {
  return /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noopener noreferrer">${url}</a>` : html`<code>${url}</code>`;
}

/** Collected evidence, apart from declared files and links: crosswalk tested every change itself. */
function collected(context: Context): Section | undefined {
  const items = context.report.collectedEvidence;
  if (items.length === 0) return undefined;
  const rows = items.flatMap((item) =>
    item.documents.map(
      (document): Row => ({
        cells: [
          controlCell([item.control], context),
          html`<code>${item.evidence}</code>`,
          html`${document.repository} <code>${document.branch}</code>`,
          `${document.period.start}..${document.period.end}`,
          [document.summary.population.toLocaleString('en-US'), 'num'],
          [document.summary.exceptions.toLocaleString('en-US'), 'num'],
          html`<code>${breakable(document.path)}</code>`,
        ],
      }),
    ),
  );
  return {
    id: 'collected',
    title: `Collected evidence (${items.length})`,
    body: html`<p>Verified by crosswalk, not declared: each document lists every change of its period, and crosswalk checked each change’s exceptions again.</p>${table(['Control', 'Evidence', 'Repository', 'Period', 'Changes', 'With exceptions', 'Document'], rows)}`,
  };
}

function deviations(context: Context): Section | undefined {
  const list = deviationsByChange(context.report.deviations);
  if (list.length === 0) return undefined;
  const rows = list.map((deviation): Row => ({ cells: [html`<code>${deviation.change}</code>`, deviation.class, deviation.response, deviation.approvedBy, html`${deviation.requirements.map((requirement, index) => html`${index > 0 ? ', ' : ''}<code>${requirement}</code>`)}`] }));
  return {
    id: 'deviations',
    title: `Deviations (${list.length})`,
    body: html`<p>Exceptions answered with management’s response: reported as deviations, not missing evidence.</p>${table(['Change', 'Class', 'Response', 'Approved by', 'Requirements'], rows)}`,
  };
}

function links(context: Context): Section | undefined {
  const { unverifiedEvidence } = context.report;
  if (unverifiedEvidence.length === 0) return undefined;
  const rows = unverifiedEvidence.map(
    (item): Row => ({ cells: [controlCell([item.control], context), html`<code>${item.evidence}</code>`, item.url === undefined ? '' : externalLink(item.url), where(item.file, item.line, context)] }),
  );
  return {
    id: 'links',
    title: `Evidence given as links (${rows.length})`,
    body: html`<p>Counted as present, but crosswalk cannot open them: an auditor will.</p>${table(['Control', 'Evidence', 'Link', 'Where'], rows)}`,
  };
}

const unhashed = {
  'not-requested': 'not hashed',
  'file-too-large': 'not hashed: over the per-file cap',
  'hashing-budget-spent': 'not hashed: over the run’s total cap',
  unreadable: 'not hashed: unreadable',
  'changed-while-read': 'not hashed: changed while read',
} as const;

/** The files evidence matched, with size and SHA-256: what an auditor checks the copies they get against. */
function fingerprints(context: Context): Section | undefined {
  const items = context.report.evidence.filter((item) => item.files.length > 0);
  if (items.length === 0) return undefined;
  const rows = items.flatMap((item: EvidenceItemReport) =>
    item.files.map(
      (file): Row => ({
        cells: [
          html`<b>${item.control}</b> <code>${item.evidence}</code>`,
          html`<code>${breakable(file.path)}</code>`,
          [file.size.toLocaleString('en-US'), 'num'],
          [file.sha256 === null ? html`<span class="muted">${unhashed[file.reason ?? 'not-requested']}</span>` : html`<code>${file.sha256}</code>`, 'hash'],
        ],
      }),
    ),
  );
  return {
    id: 'fingerprints',
    title: 'Evidence fingerprints',
    body: html`<p>Every file an evidence path matched, with its size in bytes and SHA-256, as read for this report.</p>${table(['Evidence', 'File', 'Bytes', 'SHA-256'], rows)}`,
  };
}

const styles = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--accent:#0969da;
--ready-bg:#dafbe1;--ready-ink:#116329;--ready-line:#1a7f37;--incomplete-bg:#fff8c5;--incomplete-ink:#7d4e00;--incomplete-line:#bf8700;
--gap-bg:#ffebe9;--gap-ink:#a40e26;--gap-line:#cf222e;--current-bg:#ddf4ff;--current-ink:#0a3069;--current-line:#0969da}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:72rem;padding:1.5rem 1.25rem 3rem;color:var(--ink);background:var(--bg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji"}
h1{font-size:1.75rem;margin:0 0 .25rem}h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
code{font:.86em/1.4 ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;background:var(--soft);padding:.05em .3em;border-radius:4px;overflow-wrap:anywhere}
a{color:var(--accent)}
td a{overflow-wrap:anywhere}
.meta,.muted,.note,caption,.description{color:var(--muted)}
.meta{margin:0 0 .75rem}
.description{font-size:.88em;margin-top:.15rem}
.verdict{border:1px solid;border-radius:8px;padding:.5rem .85rem;margin:.5rem 0 1rem}.verdict p{margin:0}.verdict ul{margin:.25rem 0 0;padding-left:1.25rem}
.verdict.passed{background:var(--ready-bg);border-color:var(--ready-line);color:var(--ready-ink)}
.verdict.failed{background:var(--gap-bg);border-color:var(--gap-line);color:var(--gap-ink)}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem .9rem;font-size:.92em}
.figures{display:flex;flex-wrap:wrap;gap:1rem;align-items:stretch}
.figure{flex:1 1 14rem;border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem}
.figure .label{font-weight:600}.figure .value{font-size:2.2rem;font-weight:700;line-height:1.2}
.counts{flex:1 1 14rem;margin:0;padding:.75rem 1rem .75rem 2rem;border:1px solid var(--line);border-radius:8px}
.bar{height:.55rem;background:var(--soft);border:1px solid var(--line);border-radius:99px;overflow:hidden;margin:.35rem 0}
.bar span{display:block;height:100%;background:var(--ready-line)}
.meter{display:flex;align-items:center;gap:.5rem;min-width:9rem}.meter .bar{flex:1;margin:0}.meter>span:last-child{min-width:3.2rem;text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0;padding:0 1px}
table{border-collapse:collapse;width:100%;font-size:.92em}
caption{text-align:left;padding:.25rem 0;font-size:.92em}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap}
td.hash code{word-break:break-all}
td code{overflow-wrap:normal}
td.flag{font-weight:600;white-space:nowrap}
tr.blocking td.flag,tr.error td.flag{color:var(--gap-ink)}
tr.warning td.flag{color:var(--incomplete-ink)}
.legend{font-size:.92em}
.chip{display:inline-block;border:1px solid;border-radius:99px;padding:0 .5rem;font-size:.88em;font-weight:600;white-space:nowrap}
.grid{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.5rem}
.cell{border:1px solid;border-left-width:5px;border-radius:6px;min-height:5.2rem}
.cell>a,.cell>span:first-child{display:block}
.cell>a{color:inherit;text-decoration:none;height:100%}
.cell>a:hover .id,.cell>a:focus .id{text-decoration:underline}
.cell a,.cell{padding:0}
.cell .id,.cell .state,.cell .subject{display:block;padding:0 .5rem}
.cell .id{font-weight:700;padding-top:.35rem}
.cell .state{font-size:.82em;font-weight:600}
.cell .subject{font-size:.78em;color:var(--ink);padding-bottom:.4rem;line-height:1.3}
.ready{background:var(--ready-bg);border-color:var(--ready-line);color:var(--ready-ink)}
.incomplete{background:var(--incomplete-bg);border-color:var(--incomplete-line);color:var(--incomplete-ink)}
.gap{background:var(--gap-bg);border-color:var(--gap-line);color:var(--gap-ink);border-style:dashed}
.cell.gap{border-left-style:solid}
.blockers{padding-left:0;list-style:none}.blockers>li{margin:.6rem 0;padding:.5rem .75rem;border:1px solid var(--line);border-radius:8px}
.blockers ul{margin:.35rem 0 0;padding-left:1.25rem}
.gaps{list-style:none;padding:0;margin:0;columns:2 24rem;column-gap:1.5rem}.gaps li{break-inside:avoid;margin:0 0 .35rem}
td.why{min-width:10rem}
.strip{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
.win{display:inline-block;border:1px solid;border-radius:4px;padding:0 .35rem;font-size:.82em;white-space:nowrap}
.win.collected{background:var(--ready-bg);border-color:var(--ready-line);color:var(--ready-ink)}
.win.under-sampled{background:var(--incomplete-bg);border-color:var(--incomplete-line);color:var(--incomplete-ink)}
.win.missing{background:var(--gap-bg);border-color:var(--gap-line);color:var(--gap-ink);font-weight:600}
.win.current{background:var(--current-bg);border-color:var(--current-line);color:var(--current-ink)}
.win.not-started{background:var(--bg);border-color:var(--line);color:var(--muted);border-style:dotted}
.timeline th[scope=row]{font-weight:400;white-space:nowrap}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:2.5rem;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:.75rem}
@media (max-width:40rem){body{padding:1rem .75rem 2rem;font-size:14px}h1{font-size:1.45rem}.figure .value{font-size:1.8rem}.grid{grid-template-columns:repeat(auto-fill,minmax(7.5rem,1fr))}}
@media screen and (max-width:40rem){
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack,table.stack tbody{display:block}
table.stack tr{display:block;border:1px solid var(--line);border-radius:8px;margin:0 0 .6rem;padding:.3rem .6rem}
table.stack td{display:grid;grid-template-columns:6.5rem minmax(0,1fr);gap:.6rem;border:0;padding:.15rem 0;min-width:0;text-align:left}
table.stack td::before{content:attr(data-label);font-weight:600;color:var(--muted)}
table.stack td.num{text-align:left}
table.timeline thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.timeline,table.timeline tbody,table.timeline tr,table.timeline th,table.timeline td{display:block}
table.timeline tr{border:1px solid var(--line);border-radius:8px;margin:0 0 .6rem;padding:.3rem .6rem}
table.timeline th,table.timeline td{border:0;padding:.15rem 0}
.timeline th[scope=row]{white-space:normal}
}
@media print{
@page{margin:14mm 12mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{max-width:none;padding:0;font-size:10pt}
nav{display:none}
a{color:inherit;text-decoration:none}
h2{break-after:avoid;page-break-after:avoid}h3{break-after:avoid}
tr,.cell,.figure,.blockers>li{break-inside:avoid;page-break-inside:avoid}
thead{display:table-header-group}
.scroll{overflow:visible}
.grid{grid-template-columns:repeat(6,1fr)}
}
`;
