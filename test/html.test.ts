/**
 * The readiness page (`check --format html`), parsed as a browser parses it (parse5, the WHATWG
 * algorithm): self-contained (no script, nothing fetched), every criterion a cell whose state is
 * written as well as coloured, what blocks each criterion, missing, due and expiring evidence
 * with owners, the Type 2 window strips, fingerprints; every user string inert.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { runCli } from '../src/cli.js';
import { escapeHtml, formatHtml } from '../src/report/audit/format-html.js';
import type { Report } from '../src/report/report.js';
import { captureIo } from './support/cli-io.js';
import { attribute, byId, classes, elements, parsePage, select, text, type Element } from './support/html.js';
import { makeRepo } from './support/repo.js';

const exampleOrg = path.resolve('fixtures/example-org');
const pageFixture = path.resolve('fixtures/readiness-page');

async function pageOf(root: string, overrides = {}): Promise<{ report: Report; page: string }> {
  const { report } = await check({ root, overrides, fingerprints: true });
  return { report, page: formatHtml(report) };
}

const rowsOf = (section: Element | undefined) => (section ? select(section, 'tbody').flatMap((body) => select(body, 'tr')) : []);

describe('the readiness page is self-contained', () => {
  it.each([
    ['the example organization', exampleOrg],
    ['a Type 2 program', pageFixture],
  ])('%s: one valid HTML document, no script, nothing to fetch, a policy that forbids both', async (_name, root) => {
    const { page } = await pageOf(root);
    const { document, errors } = parsePage(page);
    expect(errors).toEqual([]);
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    const all = elements(document);
    expect(all.filter((element) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'audio', 'video', 'source', 'form', 'base'].includes(element.tagName))).toEqual([]);
    expect(all.filter((element) => element.attrs.some((attr) => ['src', 'srcset', 'background', 'poster'].includes(attr.name) || attr.name.startsWith('on')))).toEqual([]);
    const css = select(document, 'style').map(text).join('\n');
    expect(css).not.toMatch(/url\(|@import|@font-face/);
    const policy = select(document, 'meta').find((meta) => attribute(meta, 'http-equiv') === 'Content-Security-Policy');
    expect(attribute(policy!, 'content')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/);
    // In-page anchors, and web links to evidence given as a url: nothing else.
    for (const anchor of select(document, 'a')) expect(attribute(anchor, 'href')).toMatch(/^(#|https?:\/\/)/);
    for (const anchor of select(document, 'a').filter((a) => attribute(a, 'href')!.startsWith('#'))) expect(byId(document, attribute(anchor, 'href')!.slice(1)), attribute(anchor, 'href')).toBeDefined();
    expect(css).toContain('@media print');
  });

  it('is the same bytes for the same repository', async () => {
    expect((await pageOf(exampleOrg)).page).toBe((await pageOf(exampleOrg)).page);
  });
});

describe('what the page shows', () => {
  it('readiness, design coverage and, while a Type 2 period runs, the forecast at its end, overall and per category', async () => {
    const { report, page } = await pageOf(exampleOrg);
    const { document } = parsePage(page);
    const summary = byId(document, 'summary')!;
    expect(report.forecast).toBeDefined();
    expect(select(summary, 'div', 'value').map(text)).toEqual([`${report.summary.readiness.toFixed(1)}%`, `${report.summary.designCoverage.toFixed(1)}%`, `${report.forecast!.readiness.toFixed(1)}%`]);
    expect(rowsOf(summary).map((row) => text(select(row, 'td')[0]!))).toEqual(report.categories.map((category) => category.title));
    expect(rowsOf(summary).map((row) => select(row, 'td').slice(1, 5).map(text))).toEqual(report.categories.map((category) => [category.criteria, category.ready, category.incomplete, category.gap].map(String)));
  });

  it('every criterion in scope as a cell, its state in its class and in words', async () => {
    const { report, page } = await pageOf(exampleOrg);
    const cells = select(parsePage(page).document, 'li', 'cell');
    expect(cells.map((cell) => text(select(cell, 'span', 'id')[0]!))).toEqual(report.criteria.map((criterion) => criterion.id));
    for (const [index, criterion] of report.criteria.entries()) {
      expect(classes(cells[index]!)).toContain(criterion.state);
      expect(text(select(cells[index]!, 'span', 'state')[0]!)).toBe(`${{ ready: '✔', incomplete: '◐', gap: '✖' }[criterion.state]} ${criterion.state}`);
    }
  });

  it('what blocks each criterion, with the particulars of each requirement', async () => {
    const { report, page } = await pageOf(pageFixture);
    const { document } = parsePage(page);
    for (const criterion of report.criteria.filter((candidate) => candidate.state !== 'ready')) {
      const entry = byId(document, `block-${criterion.id}`);
      expect(entry, criterion.id).toBeDefined();
      for (const row of criterion.blockedBy) for (const requirement of row.requirements) expect(text(entry!)).toContain(requirement.id);
    }
    expect(text(byId(document, 'block-CC6.1')!)).toContain('provisioning-tickets — 2 of 10 samples required so far');
    expect(text(byId(document, 'block-CC7.2')!)).toContain('operating-evidence — nothing collected for 2026-06-01..2026-06-30');
  });

  it('missing, due and expiring evidence, each with its owners', async () => {
    const { report, page } = await pageOf(pageFixture);
    const { document } = parsePage(page);
    const missing = rowsOf(byId(document, 'missing'));
    expect(missing).toHaveLength(report.missingEvidence.length);
    const cell = (row: Element, label: string) => select(row, 'td').find((candidate) => attribute(candidate, 'data-label') === label)!;
    const cellText = (row: Element, label: string) => text(cell(row, label));
    expect(missing.map((row) => [text(select(cell(row, 'Requirement'), 'code')[0]!), cellText(row, 'Owners')])).toEqual(report.missingEvidence.map((entry) => [entry.requirement, entry.owners.join(' ')]));
    const due = rowsOf(byId(document, 'due'));
    expect(due.map((row) => [cellText(row, 'Due'), cellText(row, 'Owners')])).toEqual(report.dueEvidence.map((entry) => [entry.due, entry.owners.join(' ')]));
    expect(due.length).toBeGreaterThan(0);
    const expiring = rowsOf(byId(document, 'expiring'));
    expect(expiring.map((row) => [cellText(row, 'Evidence'), cellText(row, 'Owners')])).toEqual(report.expiringEvidence.map((item) => [item.evidence, report.controls.find((control) => control.id === item.control)!.owner]));
  });

  it('with a Type 2 period, each requirement’s strip of windows, every state written', async () => {
    const { report, page } = await pageOf(pageFixture);
    const strips = rowsOf(byId(parsePage(page).document, 'timeline'));
    expect(strips).toHaveLength(report.timeline.length);
    const words = { collected: 'collected', 'under-sampled': 'too few samples', missing: 'missing', current: 'current window', 'not-started': 'not started' };
    for (const [index, entry] of report.timeline.entries()) {
      const windows = select(strips[index]!, 'li', 'win');
      expect(windows.map((window) => classes(window)[1])).toEqual(entry.windows.map((window) => window.state));
      expect(windows.map((window) => text(select(window, 'span', 'sr')[0]!))).toEqual(entry.windows.map((window) => words[window.state]));
    }
    const monthly = strips.find((strip) => text(strip).includes('A.8.15'))!;
    expect(text(monthly)).toContain('✖ 2026-06 missing');
  });

  it('no due or timeline section for Type 1; the example organization (a Type 2 program) renders as Type 1 too', async () => {
    const type1 = parsePage((await pageOf(exampleOrg, { auditType: 'type1' })).page).document;
    expect([byId(type1, 'due'), byId(type1, 'timeline')]).toEqual([undefined, undefined]);
    const { report, page } = await pageOf(exampleOrg, { auditType: 'type2', period: '2026-01-01..2026-12-31' });
    const { document, errors } = parsePage(page);
    expect(errors).toEqual([]);
    expect(rowsOf(byId(document, 'timeline'))).toHaveLength(report.timeline.length);
    expect(text(select(document, 'p', 'meta')[0]!)).toContain('Type 2 period 2026-01-01..2026-12-31');
  });

  it('the SHA-256 of every file evidence matched', async () => {
    const { report, page } = await pageOf(pageFixture);
    const rows = rowsOf(byId(parsePage(page).document, 'fingerprints'));
    expect(rows).toHaveLength(report.evidence.flatMap((item) => item.files).length);
    const row = rows.find((candidate) => text(candidate).includes('review-2026-q1.csv'))!;
    const digest = createHash('sha256').update(await readFile(path.join(pageFixture, 'evidence/access/review-2026-q1.csv'))).digest('hex');
    expect(text(select(row, 'td', 'hash')[0]!)).toBe(digest);
  });

  it('links each place to the file and line when given a link base', async () => {
    const { report } = await check({ root: pageFixture });
    const { document } = parsePage(formatHtml(report, { linkBase: 'https://github.com/acme/compliance/blob/abc123/' }));
    const hrefs = select(document, 'a').map((anchor) => attribute(anchor, 'href')!);
    expect(hrefs).toContain('https://github.com/acme/compliance/blob/abc123/controls/controls.yaml#L10');
  });
});

describe('user text stays text', () => {
  it('a title with markup, quotes, a bidi override; a url with markup; a path with & and #', async () => {
    const { page } = await pageOf(pageFixture);
    const { document } = parsePage(page);
    expect(select(document, 'script')).toEqual([]);
    // The title is shown as written, with the override made visible instead of obeyed.
    expect(text(document)).toContain('SOC-01 Commitments <script>alert("x")</script> & "quotes" \uFFFDgnp.exe reversed');
    expect(page).not.toContain('\u202E');
    // Links are only http(s) (a javascript: url is not evidence at all: fixtures/hostile/evidence-url-schemes), and shown as text.
    expect(select(document, 'a').every((anchor) => /^(https?:|#)/.test(attribute(anchor, 'href')!))).toBe(true);
    expect(text(byId(document, 'links')!)).toContain('https://trust.acme.example/commitments?x=<b>&y="q"');
    expect(text(byId(document, 'fingerprints')!)).toContain('evidence/trust/commitments & v2 #1.md');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"><b>', '&quot;&gt;&lt;b&gt;'],
    ["it's & it", 'it&#39;s &amp; it'],
    ['bell\u0007 null\u0000 esc\u001b', 'bell\uFFFD null\uFFFD esc\uFFFD'],
    ['\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069', '\uFFFDa\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh\uFFFD'],
    ['line\nbreak\ttab', 'line\nbreak\ttab'],
    ['émoji 🔐 ünïcode', 'émoji 🔐 ünïcode'],
    ['nonchar \uFFFE \u{10FFFF} \uFDD0', 'nonchar \uFFFD \uFFFD \uFFFD'],
    ['lone \uD800 high, lone \uDC00 low, pair \uD83D\uDD10', 'lone \uFFFD high, lone \uFFFD low, pair \uD83D\uDD10'],
  ])('escapeHtml(%j)', (input, escaped) => {
    expect(escapeHtml(input)).toBe(escaped);
  });

  it('shows any string as text: no element, no parse error, the characters a reader sees kept', async () => {
    const { report } = await check({ root: pageFixture, fingerprints: true });
    const writing = (written: string): Report => ({
      ...report,
      controls: report.controls.map((control) => ({ ...control, title: written })),
      missingEvidence: report.missingEvidence.map((entry) => ({ ...entry, owners: [written], description: written })),
      evidence: report.evidence.map((item) => ({ ...item, files: item.files.map((file) => ({ ...file, path: written })) })),
    });
    const tags = (page: string) => elements(parsePage(page).document).map((element) => element.tagName);
    const plain = tags(formatHtml(writing('x')));
    await fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (written) => {
        const page = formatHtml(writing(written));
        const { document, errors } = parsePage(page);
        expect(errors).toEqual([]);
        // The same elements as with plain text: nothing the user wrote became markup.
        expect(tags(page)).toEqual(plain);
        // A browser shows what was written, but for the characters the page makes visible as U+FFFD.
        const decoded = escapeHtml(written).replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
        const visible = decoded.replace(/\s+/g, ' ').trim();
        if (visible !== '') expect(text(byId(document, 'missing')!)).toContain(visible);
      }),
      { numRuns: 60 },
    );
  });

  it('survives hostile text in every field it shows, as a browser parses it', async () => {
    const hostile = '</title></style></code></td></table><script>alert(1)</script><!--';
    const root = await makeRepo({
      '.crosswalk.yml': 'as_of: 2026-11-27\n',
      'controls/x.yaml': `apiVersion: crosswalk/v1
kind: ControlImplementation
controls:
  - id: X-01
    title: ${JSON.stringify(hostile)}
    implements: [A.5.7]
    status: implemented
    owner: ${JSON.stringify(hostile)}
    evidence:
      - id: e
        satisfies: [threat-intel-in-risk-assessment]
        path: ${JSON.stringify(`evidence/${hostile.replace(/\//g, '|')}.md`)}
        collected: 2026-11-01
`,
    });
    const { page } = await pageOf(root);
    const { document, errors } = parsePage(page);
    expect(errors).toEqual([]);
    expect(select(document, 'script')).toEqual([]);
    expect(text(document)).toContain(hostile);
  });
});

describe('crosswalk check --format html', () => {
  it('writes the page to --output, says the verdict on standard error, exits as check does', async () => {
    const out = path.join(await makeRepo({}), 'site', 'index.html');
    const { io, err } = captureIo(process.cwd());
    expect(await runCli(['check', exampleOrg, '--format', 'html', '--output', out], io)).toBe(1);
    expect(err.join('')).toMatch(/^crosswalk: readiness \d+\.\d%, \d+ missing evidence, 0 errors: failed \(missing-evidence\)\n$/);
    const { errors } = parsePage(await readFile(out, 'utf8'));
    expect(errors).toEqual([]);
  });
});
