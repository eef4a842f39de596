/**
 * The Markdown of the job summary, the PR comment and `--format markdown`: no YAML content can
 * break its structure or inject into it, and it fits GitHub's limits (1 MiB of bytes for a
 * summary, 65,536 characters for a comment). GitHub's renderer is not a project dependency, so
 * these tests check the Markdown's structure; README's action section tells how to render it.
 */
import { describe, expect, it } from 'vitest';
import { commentBody, commentMarker, maxCommentLength } from '../src/action/comment.js';
import { jobSummary, maxSummaryBytes } from '../src/action/summary.js';
import { compactCommentLength, cutNote, formatMarkdown } from '../src/report/github/format-markdown.js';
import { code, escapeHtml, escapeMarkdown, table } from '../src/report/github/markdown-text.js';
import { control, diagnostic, handmadeReport, missingEntry } from './support/reports.js';

/** Cells of a table row: split on pipes a backslash does not escape. */
const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;

const hostile = [
  'a | b || c',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  'line one\nline two\r\n| x | y |\n\n# Heading\n- item',
  '`code` ``two`` ```three```',
  '@octocat @northwind/security-team',
  '#42 and GH-7',
  '**bold** _it_ [link](https://evil.example) ![img](https://evil.example/x.png)',
  'https://evil.example/path and www.evil.example',
  '<!-- unclosed comment',
  '<details><summary>fake</summary>',
  '&lt;entity&gt; &amp;',
  '\\| escaped pipe \\',
  '\u2028separator\u2029paragraph\u0085next',
];

describe('escapeMarkdown', () => {
  it.each(hostile)('keeps %j on one line, with no raw HTML, unescaped pipe, backtick or mention', (text) => {
    const escaped = escapeMarkdown(text);
    expect(escaped).not.toMatch(/[\n\r\u2028\u2029\u0085]/);
    expect(escaped).not.toMatch(/<[a-z!/]/i);
    expect(escaped).not.toMatch(/(?<!\\)[|`]/);
    expect(escaped).not.toMatch(/@[a-z]/i);
    expect(escaped).not.toMatch(/(^|[^&])#\d/);
    // What GitHub autolinks after rendering: GH-7 as well as #7.
    expect(escaped.replace(/&#8203;/g, '\u200b').replace(/\\(.)/g, '$1')).not.toMatch(/\bGH-\d/i);
    expect(escaped).not.toMatch(/(?<!\\)[[\]()]/);
    expect(escaped).not.toMatch(/https?:\/\//);
  });

  it('turns each special character into an escape or an entity a reader sees as the character', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<b>')).toBe('&lt;b&gt;');
    expect(escapeMarkdown('x\ny')).toBe('x y');
    expect(escapeMarkdown('`x`')).toBe('\\`x\\`');
    expect(escapeMarkdown('@octocat')).toBe('@&#8203;octocat');
    expect(escapeMarkdown('#12')).toBe('\\#&#8203;12');
    // GitHub links GH-12 (any case) to issue 12, after Markdown escapes are gone.
    expect(escapeMarkdown('GH-12')).toBe('GH&#8203;\\-12');
    expect(escapeMarkdown('see gh-7, aGH-7 and GH-x')).toBe('see gh&#8203;\\-7, aGH\\-7 and GH\\-x');
  });

  it('escapeHtml is for text inside raw HTML', () => {
    expect(escapeHtml('a <b> & "c"\nd')).toBe('a &#60;b&#62; &#38; &#34;c&#34; d');
  });
});

describe('code', () => {
  it.each([
    ['plain', '`plain`'],
    ['has `one` tick', '``has `one` tick``'],
    ['`starts with a tick', '`` `starts with a tick ``'],
    ['a | b', '`a \\| b`'],
    ['two\nlines', '`two lines`'],
  ])('wraps %j as %j', (text, expected) => {
    expect(code(text)).toBe(expected);
  });
});

describe('table', () => {
  it('keeps its column count whatever the cells hold', () => {
    const rows = hostile.map((text) => [escapeMarkdown(text), code(text), 'x']);
    const lines = table(['A', 'B', 'C'], rows).split('\n');
    expect(lines).toHaveLength(hostile.length + 2);
    expect(lines.map(cells)).toEqual(lines.map(() => 3));
  });
});

describe('formatMarkdown', () => {
  it('puts readiness and design coverage first, then categories and the gate', () => {
    const markdown = formatMarkdown(handmadeReport());
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('## SOC 2 readiness: 50.0% · ❌ failed');
    expect(lines[2]).toMatch(/^\*\*Readiness 50\.0%\*\* \(1 of 2 criteria ready\) · \*\*Design coverage 100\.0%\*\*/);
    expect(markdown.indexOf('| Category |')).toBeLessThan(markdown.indexOf('**The merge gate fails:**'));
    expect(markdown.indexOf('**The merge gate fails:**')).toBeLessThan(markdown.indexOf('### Missing evidence (1)'));
    expect(markdown).toContain('<details><summary>Security (Common Criteria): 1 of 2 criteria ready, 1 incomplete, 0 gaps</summary>');
    expect(markdown).not.toContain(cutNote);
  });

  it('links each place to file#line under linkBase', () => {
    const markdown = formatMarkdown(handmadeReport({ missingEvidence: [missingEntry({ file: 'controls/ops team.yaml', line: 9 })] }), { linkBase: 'https://github.com/o/r/blob/abc/' });
    expect(markdown).toContain('[`controls/ops team.yaml:9`](https://github.com/o/r/blob/abc/controls/ops%20team.yaml#L9)');
  });

  it('keeps hostile titles, ids, messages and descriptions inside one row of the right width', () => {
    for (const text of hostile) {
      const report = handmadeReport({
        mapping: { name: text, source: 'file' },
        controls: [control({ id: 'EVIL-01', title: text })],
        missingEvidence: [missingEntry({ controls: ['EVIL-01'], description: text, requirement: text, file: `controls/${text}.yaml` })],
        diagnostics: [diagnostic({ message: text, file: `controls/${text}.yaml` })],
        unverifiedEvidence: [{ control: 'EVIL-01', evidence: text, url: text, file: 'controls/x.yaml', line: 1, column: 1 }],
        expiringEvidence: [{ control: text, evidence: text, requirements: [text], collected: '2025-12-16', expires: '2026-12-16', daysLeft: 19, file: `controls/${text}.yaml`, line: 4, column: 9 }],
        criteria: [{ id: 'CC3.2', category: 'security', subject: 'Risk', state: 'incomplete', controls: [], supplementalControls: [text], blockedBy: [{ kind: 'covers', iso: null, isoTitle: null, controls: [text], inProgress: true, requirements: [] }] }],
      });
      const markdown = formatMarkdown(report, { linkBase: 'https://github.com/o/r/blob/abc/' });
      const lines = markdown.split('\n');
      const row = (header: string) => {
        const start = lines.findIndex((line) => line.startsWith(header));
        expect(start, header).toBeGreaterThan(-1);
        const body = lines.slice(start + 2, lines.indexOf('', start));
        expect(body, `${header} for ${JSON.stringify(text)}`).toHaveLength(1);
        expect(cells(body[0]!)).toBe(cells(lines[start]!));
      };
      row('|  | Control |');
      row('| Severity | Where | Problem |');
      row('| Control | Evidence | Where |');
      row('| Control | Evidence | Requirements |');
      row('| Criterion | Subject |');
      // Code spans show their text as it is (GitHub escapes it); everywhere else there is no raw HTML or mention.
      const prose = markdown.replace(/(`+)[^`].*?\1/g, '');
      expect(prose).not.toMatch(/<(script|img|!--|details><summary>fake)/i);
      expect(prose).not.toMatch(/@(octocat|northwind)/);
      // Headings and list items are crosswalk's own: nothing injected one.
      expect(lines.filter((line) => /^#+ /.test(line))).toEqual(lines.filter((line) => /^#+ (SOC 2 readiness|Missing evidence|Problems|Due|Evidence over the audit period|What blocks each criterion|Expiring soon|Gaps|Evidence given as links|Every criterion)/.test(line)));
    }
  });
});

describe('fitting GitHub limits', () => {
  // Multibyte on purpose: bytes and characters differ, and the summary limit is in bytes.
  const description = 'Évidence “exportée” du système de tickets, échantillonnée — 🟢 par trimestre. '.repeat(3);
  const huge = handmadeReport({
    missingEvidence: Array.from({ length: 20_000 }, (_, index) =>
      missingEntry({ controls: [`OPS-${index}`], requirement: `requirement-${index}`, blocking: index % 2 === 0, reason: index % 2 === 0 ? 'stale' : 'absent', description }),
    ),
    diagnostics: Array.from({ length: 1_000 }, (_, index) => diagnostic({ message: `problème n° ${index}: ${description}`, line: index + 1 })),
  });

  it('keeps the job summary within 1 MiB of UTF-8, cutting rows with a note', () => {
    const markdown = formatMarkdown(huge, { maxBytes: maxSummaryBytes, linkBase: 'https://github.com/o/r/blob/abc/' });
    const bytes = Buffer.byteLength(markdown, 'utf8');
    expect(bytes).toBeLessThanOrEqual(maxSummaryBytes);
    expect(bytes).toBeGreaterThan(maxSummaryBytes - 4_096); // it uses the room it has
    expect(markdown.length).toBeLessThan(bytes); // so a character count would have overshot
    expect(markdown.trimEnd().endsWith(cutNote)).toBe(true);
    expect(markdown).toMatch(/^_…and \d+ more rows, left out to fit; see the JSON report\._$/m);
    // Essentials stay whole, blocking rows go last.
    expect(markdown.startsWith('## SOC 2 readiness: 50.0%')).toBe(true);
    expect(markdown).toContain('| Category |');
    const kept = markdown.split('\n').filter((line) => line.startsWith('| ❌ blocking') || line.startsWith('| ⚠️ in progress'));
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.every((line) => line.startsWith('| ❌ blocking'))).toBe(true);
    // Every table line that survived is whole.
    for (const line of markdown.split('\n').filter((candidate) => candidate.startsWith('| ❌ blocking'))) expect(cells(line)).toBe(7);
    // Problems come before missing evidence, whole: an error can hide evidence, so it is the first thing to fix.
    expect(markdown.indexOf('### Problems (1000)')).toBeGreaterThan(0);
    expect(markdown.indexOf('### Problems (1000)')).toBeLessThan(markdown.indexOf('### Missing evidence (20000)'));
    expect(markdown.split('\n').filter((line) => line.startsWith('| ❌ error'))).toHaveLength(1_000);
  });

  it('keeps the PR comment short whatever the repository (a budget far under 65,536 characters), marker and footer included', () => {
    const body = commentBody(huge, { linkBase: 'https://github.com/o/r/blob/abc/', sha: 'abcdef0123456789', runUrl: 'https://github.com/o/r/actions/runs/1' });
    expect(body.length).toBeLessThanOrEqual(compactCommentLength + 200);
    expect(body.length).toBeGreaterThan(compactCommentLength - 2_048);
    expect(body.length).toBeLessThan(maxCommentLength);
    expect(body.startsWith(`${commentMarker}\n## SOC 2 readiness`)).toBe(true);
    expect(body).toContain(cutNote);
    expect(body.endsWith('<sub>Updated by crosswalk for abcdef0 · [workflow run](https://github.com/o/r/actions/runs/1)</sub>\n')).toBe(true);
  });

  it('cuts whole detail sections it cannot start, and still fits', () => {
    const markdown = formatMarkdown(huge, { maxLength: 3_000 });
    expect(markdown.length).toBeLessThanOrEqual(3_000);
    expect(markdown).toContain(cutNote);
    expect(markdown).toContain('| Category |');
  });

  it('hard-cuts at a character boundary when even the essentials are too big', () => {
    const report = handmadeReport({ mapping: { name: '🟢'.repeat(200_000), source: 'file' } });
    const markdown = formatMarkdown(report, { maxBytes: 10_000 });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(10_000);
    expect(markdown).not.toContain('\uFFFD');
    expect(/[\uD800-\uDBFF]$/.test(markdown.trimEnd())).toBe(false);
  });

  it('leaves a report that fits untouched', () => {
    const report = handmadeReport();
    expect(formatMarkdown(report, { maxBytes: maxSummaryBytes, maxLength: maxCommentLength })).toBe(formatMarkdown(report));
  });
});

describe('jobSummary', () => {
  it('says how many findings were not annotated, and why the comment was skipped', () => {
    const summary = jobSummary(handmadeReport(), {
      linkBase: undefined,
      annotations: { shown: [], omitted: { error: 3, warning: 1, notice: 0 } },
      commentProblem: 'crosswalk did not comment on pull request #12: HTTP 403 <b>',
    });
    expect(summary).toContain('GitHub shows 10 annotations of each level per step, so 3 more errors and 1 more warning are not annotated');
    expect(summary).toContain('> crosswalk did not comment on pull request \\#&#8203;12&#58; HTTP 403 &lt;b&gt;');
    expect(summary.indexOf('not annotated')).toBeLessThan(summary.indexOf('| Category |'));
  });
});
