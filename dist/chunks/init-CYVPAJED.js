import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  isInside,
  scaffoldFiles,
  targetDirectory,
  themes,
  writeNew
} from "./chunk-5UJPVZSY.js";
import {
  forTerminal
} from "./chunk-RKDDUEGZ.js";
import {
  parseFlags
} from "./chunk-OOQ6X7JJ.js";
import {
  selectControlFiles
} from "./chunk-ERGGLECK.js";
import {
  indexRepository,
  loadDefaultMapping
} from "./chunk-3GU7VIBY.js";
import {
  loadCatalogs,
  parse,
  parseDocument
} from "./chunk-GZRYZUVX.js";
import "./chunk-WPZYCQ54.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import "./chunk-YGSFOW3Y.js";
import {
  defaultControlGlobs
} from "./chunk-2EFRXZKO.js";
import {
  plural
} from "./chunk-ZWLGM2CQ.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";

// src/commands/init.ts
import { randomUUID } from "node:crypto";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";

// src/init/workflows.ts
var crosswalkAction = /^[^/\s]+\/crosswalk(@\S+)?$/i;
function crosswalkWorkflowKinds(text) {
  const kinds = /* @__PURE__ */ new Set();
  const document = parseDocument(text, { prettyErrors: false, version: "1.2" });
  if (document.errors.length > 0) return kinds;
  const workflow = document.toJS({ maxAliasCount: 100 });
  if (!isRecord(workflow)) return kinds;
  const steps = Object.values(isRecord(workflow.jobs) ? workflow.jobs : {}).flatMap((job) => isRecord(job) && Array.isArray(job.steps) ? job.steps : []);
  const crosswalkSteps = steps.filter((step) => isRecord(step) && typeof step.uses === "string" && crosswalkAction.test(step.uses.trim()));
  if (crosswalkSteps.length === 0) return kinds;
  if (triggers(workflow.on).some((event) => event === "pull_request" || event === "pull_request_target")) kinds.add("pull-request");
  if (crosswalkSteps.some((step) => isRecord(step.with) && typeof step.with["badge-branch"] === "string" && step.with["badge-branch"] !== "")) kinds.add("badge");
  return kinds;
}
function triggers(on) {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.filter((event) => typeof event === "string");
  return isRecord(on) ? Object.keys(on) : [];
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/commands/init.ts
var initCommand = {
  synopsis: "init [DIR]               scaffold a compliance repository in DIR (default: .)",
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
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`init takes one directory, got ${positionals.length}: ${positionals.join(" ")}`);
    const root = await targetDirectory(path.resolve(io.cwd, positionals[0] ?? "."));
    let created = 0;
    let failed = 0;
    const themeFiles = [];
    const workflows = await existingWorkflows(root);
    const controls = await existingControlFiles(root);
    for (const file of scaffoldFiles(loadCatalogs(), loadDefaultMapping(), randomUUID())) {
      if (file.controls && controls.length > 0) {
        io.stderr.write(`crosswalk: skipped ${file.path}: the repository already has control files (${forTerminal(controls[0])}${controls.length > 1 ? ` and ${controls.length - 1} more` : ""}); init scaffolds controls only into a repository that has none
`);
        continue;
      }
      const twin = file.workflow === void 0 ? void 0 : workflows.get(file.workflow);
      if (twin !== void 0 && twin !== file.path) {
        io.stderr.write(`crosswalk: skipped ${file.path}: ${forTerminal(twin)} already runs the crosswalk action ${workflowPurpose[file.workflow]}
`);
        continue;
      }
      const outcome = await writeNew(root, file, "init");
      if (outcome.kind === "created") {
        io.stdout.write(`created ${file.path}
`);
        created++;
        if (themes.some((theme) => file.path === `controls/${theme.name}.yaml`)) themeFiles.push(file.path);
      } else {
        io.stderr.write(`crosswalk: skipped ${file.path}: ${outcome.why}
`);
        if (outcome.kind === "failed") failed++;
      }
    }
    io.stderr.write(`crosswalk: ${summary(created, forTerminal(path.relative(io.cwd, root) || "."))}
`);
    if (themeFiles.length > 0) {
      io.stderr.write(`crosswalk: have an SoA? crosswalk import soa soa.xlsx writes the controls from your Statement of Applicability instead (remove ${themeFiles.join(", ")} first: it never overwrites a file)
`);
    }
    return failed > 0 ? 2 : 0;
  }
};
function summary(created, shownRoot) {
  if (created === 0) return `nothing created in ${shownRoot}`;
  return `created ${plural(created, "file")} in ${shownRoot}; next: edit the controls, git add them, then run crosswalk check${shownRoot === "." ? "" : ` ${shownRoot}`}`;
}
var workflowPurpose = { "pull-request": "on pull requests", badge: "to publish the badge" };
var maxWorkflowBytes = 256 * 1024;
var maxWorkflowFiles = 200;
async function existingWorkflows(root) {
  const found = /* @__PURE__ */ new Map();
  const folder = path.join(root, ".github", "workflows");
  const real = await realpath(folder).catch(() => void 0);
  if (real === void 0 || !isInside(root, real)) return found;
  const names = (await readdir(real, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name)).map((entry) => entry.name).sort().slice(0, maxWorkflowFiles);
  for (const name of names) {
    const file = path.join(real, name);
    if ((await stat(file)).size > maxWorkflowBytes) continue;
    const text = await readFile(file, "utf8").catch(() => "");
    for (const kind of crosswalkWorkflowKinds(text)) if (!found.has(kind)) found.set(kind, `.github/workflows/${name}`);
  }
  return found;
}
async function existingControlFiles(root) {
  const configured = await readFile(path.join(root, ".crosswalk.yml"), "utf8").then((text) => parse(text)?.controls).catch(() => void 0);
  const globs = Array.isArray(configured) && configured.length > 0 && configured.every((glob) => typeof glob === "string") ? configured : defaultControlGlobs;
  try {
    return selectControlFiles(await indexRepository(root), globs);
  } catch {
    return selectControlFiles(await indexRepository(root), defaultControlGlobs);
  }
}
export {
  initCommand
};
