import { randomUUID } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { scaffoldFiles, themes } from '../init/scaffold.js';
import { crosswalkWorkflowKinds, type WorkflowKind } from '../init/workflows.js';
import { selectControlFiles } from '../load/files.js';
import { indexRepository } from '../load/repository.js';
import { defaultControlGlobs } from '../model.js';
import { parse } from 'yaml';
import { loadDefaultMapping } from '../load/mapping.js';
import { loadCatalogs } from '../load/catalogs.js';
import { forTerminal } from '../report/terminal/terminal-text.js';
import { plural } from '../text.js';
import { parseFlags, type Command } from './command.js';
import { isInside, targetDirectory, writeNew } from './new-files.js';

export const initCommand: Command = {
  synopsis: 'init [DIR]               scaffold a compliance repository in DIR (default: .)',
  help: `Usage: crosswalk init [DIR]

Scaffolds a compliance repository that crosswalk check accepts as it is:
  .crosswalk.yml                         the configuration, every option explained
  controls/organizational.yaml, people.yaml, physical.yaml, technological.yaml
                                         the 93 ISO/IEC 27001:2022 Annex A controls, one file per
                                         theme, all planned, each with an owner to fill in
  evidence/README.md                     what goes in evidence/
  .github/workflows/crosswalk.yml        a pull-request workflow running the crosswalk action
  .github/workflows/crosswalk-badge.yml  the readiness badge, published on pushes, daily and on demand
  .crosswalk/schemas/*.schema.json       the JSON Schemas the YAML files name in their
                                         yaml-language-server modeline, so editors validate offline

Have a Statement of Applicability already? crosswalk import soa soa.xlsx [DIR] writes the four
theme files from it (applicability, status, owners, justifications): run it before init, which
then keeps them.

DIR is created if needed. Existing files are never overwritten: each is skipped, and said so.
Control files are scaffolded only into a repository that has none: once it has controls, init
does not bring back the ones you deleted.
A workflow is also skipped when another file in .github/workflows already runs the crosswalk
action for the same purpose (on pull requests, or publishing the badge), whatever its name.

Exit codes: 0 done (also when every file already existed), 2 could not run.`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, {});
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`init takes one directory, got ${positionals.length}: ${positionals.join(' ')}`);
    const root = await targetDirectory(path.resolve(io.cwd, positionals[0] ?? '.'));

    let created = 0;
    let failed = 0;
    const themeFiles: string[] = [];
    const workflows = await existingWorkflows(root);
    const controls = await existingControlFiles(root);
    for (const file of scaffoldFiles(loadCatalogs(), loadDefaultMapping(), randomUUID())) {
      if (file.controls && controls.length > 0) {
        io.stderr.write(`crosswalk: skipped ${file.path}: the repository already has control files (${forTerminal(controls[0]!)}${controls.length > 1 ? ` and ${controls.length - 1} more` : ''}); init scaffolds controls only into a repository that has none\n`);
        continue;
      }
      const twin = file.workflow === undefined ? undefined : workflows.get(file.workflow);
      if (twin !== undefined && twin !== file.path) {
        io.stderr.write(`crosswalk: skipped ${file.path}: ${forTerminal(twin)} already runs the crosswalk action ${workflowPurpose[file.workflow!]}\n`);
        continue;
      }
      const outcome = await writeNew(root, file, 'init');
      if (outcome.kind === 'created') {
        io.stdout.write(`created ${file.path}\n`);
        created++;
        if (themes.some((theme) => file.path === `controls/${theme.name}.yaml`)) themeFiles.push(file.path);
      } else {
        io.stderr.write(`crosswalk: skipped ${file.path}: ${outcome.why}\n`);
        if (outcome.kind === 'failed') failed++;
      }
    }
    io.stderr.write(`crosswalk: ${summary(created, forTerminal(path.relative(io.cwd, root) || '.'))}\n`);
    if (themeFiles.length > 0) {
      // The planned controls are a start for a program with nothing yet; a certified one has its SoA.
      io.stderr.write(`crosswalk: have an SoA? crosswalk import soa soa.xlsx writes the controls from your Statement of Applicability instead (remove ${themeFiles.join(', ')} first: it never overwrites a file)\n`);
    }
    return failed > 0 ? 2 : 0;
  },
};

function summary(created: number, shownRoot: string): string {
  if (created === 0) return `nothing created in ${shownRoot}`;
  // In a git work tree crosswalk reads only tracked files, so the new files count once added.
  return `created ${plural(created, 'file')} in ${shownRoot}; next: edit the controls, git add them, then run crosswalk check${shownRoot === '.' ? '' : ` ${shownRoot}`}`;
}

const workflowPurpose: Record<WorkflowKind, string> = { 'pull-request': 'on pull requests', badge: 'to publish the badge' };

/** Workflow files larger than this are not looked into: a workflow is a few kilobytes. */
const maxWorkflowBytes = 256 * 1024;
const maxWorkflowFiles = 200;

/**
 * The crosswalk workflows the repository already has, by kind, found by what they do (a `uses:`
 * of the crosswalk action) and not by file name: a renamed workflow is still there. A workflows
 * folder that links out of the repository is not read.
 */
async function existingWorkflows(root: string): Promise<Map<WorkflowKind, string>> {
  const found = new Map<WorkflowKind, string>();
  const folder = path.join(root, '.github', 'workflows');
  const real = await realpath(folder).catch(() => undefined);
  if (real === undefined || !isInside(root, real)) return found;
  const names = (await readdir(real, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .slice(0, maxWorkflowFiles);
  for (const name of names) {
    const file = path.join(real, name);
    if ((await stat(file)).size > maxWorkflowBytes) continue;
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const kind of crosswalkWorkflowKinds(text)) if (!found.has(kind)) found.set(kind, `.github/workflows/${name}`);
  }
  return found;
}

/**
 * The control files the repository already has, by the controls globs of its .crosswalk.yml
 * (the default ones when it has none, or they cannot be read): once a team has controls, the
 * ones it deleted stay deleted.
 */
async function existingControlFiles(root: string): Promise<string[]> {
  const configured = await readFile(path.join(root, '.crosswalk.yml'), 'utf8')
    .then((text) => (parse(text) as { controls?: unknown } | null)?.controls)
    .catch(() => undefined);
  const globs = Array.isArray(configured) && configured.length > 0 && configured.every((glob) => typeof glob === 'string') ? (configured as string[]) : defaultControlGlobs;
  try {
    return selectControlFiles(await indexRepository(root), globs);
  } catch {
    return selectControlFiles(await indexRepository(root), defaultControlGlobs);
  }
}
