import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  forTerminal
} from "./chunk-RKDDUEGZ.js";
import "./chunk-OU57B5EK.js";
import {
  parseFlags
} from "./chunk-XK6H44CA.js";
import {
  Document,
  isScalar,
  isSeq,
  loadCatalogs,
  loadDefaultMapping,
  parseDocument,
  visit
} from "./chunk-IKCRNHJX.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import {
  compareIsoIds
} from "./chunk-A3TXCLUC.js";
import "./chunk-YGSFOW3Y.js";
import {
  plural
} from "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";

// src/commands/init.ts
import { mkdir, readdir, readFile, realpath, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/init/scaffold.ts
import path from "node:path";

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://crosswalk.dev/schemas/v1/config.schema.json",
  title: "crosswalk Config (.crosswalk.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    apiVersion: {
      const: "crosswalk/v1"
    },
    kind: {
      const: "Config"
    },
    controls: {
      type: "array",
      minItems: 1,
      maxItems: 100,
      items: {
        type: "string",
        minLength: 1,
        maxLength: 4096
      },
      description: "Globs of control-implementation files, relative to the repository root."
    },
    mapping: {
      type: "string",
      minLength: 1,
      maxLength: 4096,
      description: "`default` (the audited mapping), `seed` (the seed mapping as written), or the path of a Mapping file."
    },
    scope: {
      type: "array",
      items: {
        enum: [
          "security",
          "availability",
          "confidentiality",
          "processing-integrity",
          "privacy"
        ]
      },
      description: "Categories in scope besides security, which always is."
    },
    as_of: {
      type: "string",
      format: "date"
    },
    audit: {
      type: "object",
      additionalProperties: false,
      description: "What the report attests: type1 (readiness at the as-of date, the default) or type2 (operation over an observation period of 1 to 12 months).",
      properties: {
        type: { enum: ["type1", "type2"] },
        period: {
          type: "object",
          required: ["start", "end"],
          additionalProperties: false,
          properties: {
            start: { type: "string", format: "date" },
            end: { type: "string", format: "date" }
          }
        }
      }
    },
    policy: {
      type: "object",
      additionalProperties: false,
      properties: {
        fail_on: {
          type: "array",
          items: {
            enum: [
              "errors",
              "missing-evidence",
              "new-missing-evidence",
              "stale-evidence",
              "gaps",
              "readiness",
              "regression"
            ]
          }
        },
        min_readiness: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        max_evidence_age_days: {
          type: "integer",
          minimum: 1,
          maximum: 36500
        },
        expiry_warning_days: {
          type: "integer",
          minimum: 0,
          maximum: 36500
        }
      }
    },
    badge: {
      type: "object",
      description: "Readiness badge style: label, thresholds (ascending percentages) and colors (one more than thresholds). Checked on its own, so a bad badge style never stops the check."
    },
    limits: {
      type: "object",
      additionalProperties: false,
      description: "Bounds on what crosswalk reads and computes; raise them only for a repository that really needs it. Each has a hard maximum no configuration can pass; on a pull request the base commit's limits apply.",
      properties: {
        max_file_bytes: {
          type: "integer",
          minimum: 1,
          maximum: 8388608
        },
        max_total_bytes: {
          type: "integer",
          minimum: 1,
          maximum: 134217728
        },
        max_files: {
          type: "integer",
          minimum: 1,
          maximum: 2e4
        },
        max_controls: {
          type: "integer",
          minimum: 1,
          maximum: 2e5
        },
        max_depth: {
          type: "integer",
          minimum: 1,
          maximum: 256
        },
        max_aliases: {
          type: "integer",
          minimum: 1,
          maximum: 1e3
        },
        max_line_length: {
          type: "integer",
          minimum: 1,
          maximum: 1e5
        },
        max_glob_length: {
          type: "integer",
          minimum: 1,
          maximum: 4096
        },
        max_glob_expansion: {
          type: "integer",
          minimum: 1,
          maximum: 4096
        },
        max_repository_files: {
          type: "integer",
          minimum: 1,
          maximum: 1e6
        },
        max_glob_matches: {
          type: "integer",
          minimum: 1,
          maximum: 1e8,
          description: "Glob work of a run, in path comparisons; compiling one alternative of a pattern counts 20."
        },
        max_evidence_patterns: {
          type: "integer",
          minimum: 1,
          maximum: 1e6,
          description: "Distinct evidence paths and globs across all control files."
        }
      }
    }
  }
};

// schemas/control-implementation.schema.json
var control_implementation_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://crosswalk.dev/schemas/v1/control-implementation.schema.json",
  title: "crosswalk ControlImplementation",
  description: "An organization's implementations of ISO/IEC 27001:2022 controls, with the evidence that they operate.",
  type: "object",
  required: ["apiVersion", "kind", "controls"],
  additionalProperties: false,
  properties: {
    apiVersion: { const: "crosswalk/v1", description: "Format version; always crosswalk/v1." },
    kind: { const: "ControlImplementation" },
    controls: { type: "array", items: { $ref: "#/$defs/control" } }
  },
  $defs: {
    id: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]*$", maxLength: 100 },
    control: {
      type: "object",
      required: ["id", "title", "status"],
      additionalProperties: false,
      properties: {
        id: { $ref: "#/$defs/id", description: "The organization's own control id, unique across the repository." },
        title: { type: "string", minLength: 1 },
        implements: {
          type: "array",
          minItems: 1,
          items: { type: "string" },
          description: "ISO/IEC 27001:2022 ids: Annex A (A.5.15) or ISMS clause (6.1.2)."
        },
        covers: {
          type: "array",
          minItems: 1,
          items: { type: "string" },
          description: "SOC 2 criteria this control addresses directly, for gaps no ISO control reaches."
        },
        status: { enum: ["implemented", "in-progress", "planned", "not-applicable"] },
        owner: { type: "string", minLength: 1 },
        justification: { type: "string", minLength: 1, description: "Why the control does not apply; required when status is not-applicable." },
        evidence: { type: "array", items: { $ref: "#/$defs/evidence" } }
      }
    },
    evidence: {
      type: "object",
      required: ["id", "collected"],
      additionalProperties: false,
      properties: {
        id: { $ref: "#/$defs/id", description: "Unique within the control." },
        satisfies: { type: "array", items: { type: "string" }, description: "Evidence-requirement ids from the mapping." },
        type: { type: "string", minLength: 1, description: "A free word: policy, ticket, log, access-review, training-record, ..." },
        path: { type: "string", minLength: 1, description: "A repository-relative file or glob." },
        url: { type: "string", format: "uri", description: "External evidence; counted but reported as unverified." },
        collected: { type: "string", format: "date", description: "When the evidence was collected (YYYY-MM-DD)." },
        samples: { type: "integer", minimum: 1, maximum: 1e9, description: "How many samples the evidence holds; default: the number of files the path matches." },
        period: {
          type: "object",
          required: ["start", "end"],
          additionalProperties: false,
          description: "The span of activity the item records (the quarter a review covers); start \u2264 end \u2264 collected.",
          properties: {
            start: { type: "string", format: "date" },
            end: { type: "string", format: "date" }
          }
        },
        population: { type: "integer", minimum: 0, maximum: 1e9, description: "How many occurrences happened in the period (0: none)." }
      }
    }
  }
};

// src/init/scaffold.ts
var actionReference = "crosswalk-dev/crosswalk@v1";
var checkoutReference = "actions/checkout@v5";
var pullRequestWorkflowFile = ".github/workflows/crosswalk.yml";
var badgeWorkflowFile = ".github/workflows/crosswalk-badge.yml";
var themes = [
  { clause: 5, name: "organizational", title: "Organizational controls", idPrefix: "ORG" },
  { clause: 6, name: "people", title: "People controls", idPrefix: "PPL" },
  { clause: 7, name: "physical", title: "Physical controls", idPrefix: "PHY" },
  { clause: 8, name: "technological", title: "Technological controls", idPrefix: "TEC" }
];
var schemaFolder = ".crosswalk/schemas";
var controlSchemaFile = `${schemaFolder}/control-implementation.schema.json`;
var configSchemaFile = `${schemaFolder}/config.schema.json`;
function scaffoldFiles(catalogs, mapping) {
  return [
    { path: ".crosswalk.yml", content: configFile() },
    ...themes.map((theme) => {
      const controls = annexAControls(catalogs, theme);
      return controlFile(
        `controls/${theme.name}.yaml`,
        `${theme.title}: ISO/IEC 27001:2022 Annex A ${theme.clause}.1\u2013${theme.clause}.${controls.length}, one control each, all planned.`,
        controls.map((control) => ({ id: orgControlId(theme, control), control }))
      );
    }),
    controlFile(
      "controls/isms.yaml",
      "ISMS requirements (ISO/IEC 27001:2022 clauses 4\u201310) that the mapping relates to SOC 2, one control each, all planned.",
      ismsClauses(catalogs, mapping).map((control) => ({ id: `ISMS-${control.id}`, control }))
    ),
    { path: "evidence/README.md", content: evidenceReadme },
    { path: pullRequestWorkflowFile, content: pullRequestWorkflow, workflow: "pull-request" },
    { path: badgeWorkflowFile, content: badgeWorkflow, workflow: "badge" },
    { path: controlSchemaFile, content: `${JSON.stringify(control_implementation_schema_default, null, 2)}
` },
    { path: configSchemaFile, content: `${JSON.stringify(config_schema_default, null, 2)}
` }
  ];
}
function themeOf(control) {
  return themes.find((theme) => control.kind === "annex-a" && control.id.startsWith(`A.${theme.clause}.`));
}
function annexAControls(catalogs, theme) {
  return [...catalogs.iso.values()].filter((control) => themeOf(control) === theme).sort((a, b) => compareIsoIds(a.id, b.id));
}
function ismsClauses(catalogs, mapping) {
  const mapped = new Set(mapping.rows.map((row) => row.iso));
  return [...catalogs.iso.values()].filter((control) => control.kind === "clause" && mapped.has(control.id)).sort((a, b) => compareIsoIds(a.id, b.id));
}
function orgControlId(theme, control) {
  return `${theme.idPrefix}-${control.id.slice(2)}`;
}
function modeline(file, schemaFile) {
  return `# yaml-language-server: $schema=${path.posix.relative(path.posix.dirname(file), schemaFile)}`;
}
function controlFile(file, heading, controls) {
  const document = new Document({
    apiVersion: "crosswalk/v1",
    kind: "ControlImplementation",
    controls: controls.map(({ id, control }) => ({
      id,
      title: control.title,
      implements: [control.id],
      status: "planned",
      owner: "TODO"
    }))
  });
  visit(document, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === "implements" && isSeq(pair.value)) pair.value.flow = true;
      if (isScalar(pair.key) && pair.key.value === "controls" && isSeq(pair.value)) {
        for (const item of pair.value.items.slice(1)) item.spaceBefore = true;
      }
    }
  });
  const header = [
    modeline(file, controlSchemaFile),
    "#",
    `# ${heading}`,
    "# Make them yours as the program takes shape; crosswalk check scores them against SOC 2.",
    "#   id            your own id, unique across the repository: rename, merge or split controls freely",
    "#   implements    the ISO/IEC 27001:2022 ids the control implements (Annex A, or an ISMS clause such as 6.1.2)",
    "#   status        implemented | in-progress | planned | not-applicable (needs a justification: why it does not apply)",
    "#   owner         the person or team accountable for the control (replace TODO)",
    "#   evidence      what shows the control operates; crosswalk check lists what the mapping asks for, e.g.",
    "#                   evidence:",
    "#                     - id: ev-access-review-2026-q3",
    "#                       satisfies: [an-evidence-requirement-id-from-the-mapping]",
    "#                       path: evidence/access/2026-q3/*.csv     # or url: https://\u2026 for evidence kept elsewhere",
    "#                       collected: 2026-10-02"
  ];
  return { path: file, content: `${header.join("\n")}
${document.toString({ lineWidth: 0, flowCollectionPadding: false })}` };
}
function configFile() {
  return `${modeline(".crosswalk.yml", configSchemaFile)}
#
# crosswalk configuration. Flags of the crosswalk CLI and inputs of the GitHub Action override it.
apiVersion: crosswalk/v1
kind: Config

# Where the control-implementation files are (globs, relative to this folder).
controls:
  - controls/**/*.{yaml,yml}

# The ISO/IEC 27001:2022 \u2192 SOC 2 mapping: "default" (the one crosswalk ships), or the path of your own.
mapping: default

# Security (the Common Criteria) is always in scope. Add the categories your SOC 2 report covers:
# availability, confidentiality, processing-integrity, privacy.
scope: []

# Score as of a fixed date (YYYY-MM-DD) instead of today (UTC), e.g. the end of the audit period.
# as_of: 2026-12-31

# The SOC 2 report you prepare for. Type 1 (the default) attests that the controls are designed
# and in place on one date; Type 2 that they operated over an observation period (3 to 12
# months), so evidence is judged window by window across the period. Uncomment for Type 2:
# audit:
#   type: type2
#   period: {start: 2026-01-01, end: 2026-12-31}

policy:
  # What fails the check: errors, missing-evidence, new-missing-evidence, stale-evidence, gaps,
  # readiness, regression. Midway through a program, new-missing-evidence fails a pull request
  # only for the evidence it makes missing, so the gate can stay on.
  fail_on: [errors, missing-evidence]
  # With fail_on: readiness, the minimum readiness in percent.
  # min_readiness: 80
  # Evidence older than this many days is stale, for requirements whose frequency the mapping does
  # not give (a quarterly review is stale after 122 days, a monthly scan after 45).
  max_evidence_age_days: 365
  # Evidence that turns stale within this many days is reported as expiring.
  expiry_warning_days: 30
`;
}
var evidenceReadme = `# Evidence

What shows that the controls in \`controls/\` operate. An auditor samples it; crosswalk checks that
it is there, recent enough and plentiful enough for what the mapping asks of each control.

Each evidence item in a control file points here (or to a url, for evidence kept in another
system) and says which of the mapping's evidence requirements it satisfies:

\`\`\`yaml
evidence:
  - id: ev-access-review-2026-q3
    satisfies: [access-review-records]
    type: access-review
    path: evidence/access/2026-q3/*.csv   # a file or a glob, relative to the repository root
    collected: 2026-10-02                 # when it was collected: evidence older than its requirement allows is stale
    period: {start: 2026-07-01, end: 2026-09-30}   # optional: the quarter the review covers (Type 2 windows)
    samples: 25                           # optional; default: the number of files the path matches
\`\`\`

A control is ready only on evidence that it operated. Where the mapping lists no requirement for
a control (a full row), any record of it in action counts (a log, a ticket, a review), with or
without \`satisfies:\`; a policy, procedure, standard or plan (\`type: policy\`, \u2026) shows what should
happen, not that it did, so it never counts as that record.

Typical contents: approved policies and their acknowledgements, access-review exports,
change tickets with approvals, training records, incident tickets and post-incident reviews,
vulnerability scan results with their triage, backup restore tests, vendor assessments.

Keep one folder per kind of evidence and one file (or folder) per collection, named by
period (\`evidence/access/2026-q3/\`), so the history stays and a reviewer sees what changed.
Leave secrets and personal data out: export what an auditor needs to see, redacted.

\`crosswalk check\` lists what is missing or stale, and \`crosswalk evidence-register\` writes
the whole register (requirement, owner, state, next due date) as CSV or Markdown.
`;
var pullRequestWorkflow = `# Scores the compliance repository on every pull request: annotations at the exact lines, a job
# summary, one pull-request comment updated on every push, and a failing check when the policy
# in .crosswalk.yml says so.
name: SOC 2 readiness
on:
  pull_request:

permissions:
  contents: read

jobs:
  crosswalk:
    runs-on: ubuntu-latest
    permissions:
      contents: read        # check out the repository
      pull-requests: write  # create and update the pull-request comment
    steps:
      - uses: ${checkoutReference}
      - id: crosswalk
        uses: ${actionReference}
`;
var badgeWorkflow = `# Publishes the readiness badge (and the JSON report and its history) to the crosswalk-badges
# branch, and keeps one "SOC 2 evidence due" issue that asks owners for what is due. Evidence
# ages without a push, so it also runs every day and on demand: the badge never shows a readiness
# older than a day.
name: SOC 2 readiness badge
on:
  push:
    branches: [main]          # your default branch
  schedule:
    - cron: '17 5 * * *'      # every day: evidence ages without a push
  workflow_dispatch:

permissions:
  contents: read

jobs:
  crosswalk:
    runs-on: ubuntu-latest
    permissions:
      contents: write       # commit the badges to the badge branch
      issues: write         # keep the "SOC 2 evidence due" issue
    steps:
      - uses: ${checkoutReference}
      - id: crosswalk
        uses: ${actionReference}
        with:
          fail-on: errors   # on the default branch, block on broken files only; the summary shows the rest
          badge-branch: crosswalk-badges
          evidence-issue: true
`;

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

DIR is created if needed. Existing files are never overwritten: each is skipped, and said so.
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
    const root = await targetDirectory(path2.resolve(io.cwd, positionals[0] ?? "."));
    let created = 0;
    let failed = 0;
    const workflows = await existingWorkflows(root);
    for (const file of scaffoldFiles(loadCatalogs(), loadDefaultMapping())) {
      const twin = file.workflow === void 0 ? void 0 : workflows.get(file.workflow);
      if (twin !== void 0 && twin !== file.path) {
        io.stderr.write(`crosswalk: skipped ${file.path}: ${forTerminal(twin)} already runs the crosswalk action ${workflowPurpose[file.workflow]}
`);
        continue;
      }
      const outcome = await writeNew(root, file);
      if (outcome.kind === "created") {
        io.stdout.write(`created ${file.path}
`);
        created++;
      } else {
        io.stderr.write(`crosswalk: skipped ${file.path}: ${outcome.why}
`);
        if (outcome.kind === "failed") failed++;
      }
    }
    io.stderr.write(`crosswalk: ${summary(created, forTerminal(path2.relative(io.cwd, root) || "."))}
`);
    return failed > 0 ? 2 : 0;
  }
};
function summary(created, shownRoot) {
  if (created === 0) return `nothing created in ${shownRoot}`;
  return `created ${plural(created, "file")} in ${shownRoot}; next: edit the controls, git add them, then run crosswalk check${shownRoot === "." ? "" : ` ${shownRoot}`}`;
}
async function targetDirectory(root) {
  const info = await stat(root).catch(() => void 0);
  if (info && !info.isDirectory()) throw new UsageError(`${root} exists and is not a directory`);
  try {
    if (!info) await mkdir(root, { recursive: true });
    return await realpath(root);
  } catch (error) {
    throw new UsageError(`cannot create ${root}: ${error.code ?? "unknown error"}`);
  }
}
async function writeNew(root, file) {
  const target = path2.join(root, ...file.path.split("/"));
  const failed = (error) => ({ kind: "failed", why: `cannot write it (${error.code ?? "unknown error"})` });
  try {
    if (!isInside(root, await realpath(await nearestExisting(path2.dirname(target))))) return { kind: "failed", why: "its folder is a link to a place outside the repository" };
    await mkdir(path2.dirname(target), { recursive: true });
  } catch (error) {
    return failed(error);
  }
  try {
    await writeFile(target, file.content, { flag: "wx" });
    return { kind: "created" };
  } catch (error) {
    if (error.code === "EEXIST") return { kind: "exists", why: "it already exists (init never overwrites a file)" };
    return failed(error);
  }
}
var workflowPurpose = { "pull-request": "on pull requests", badge: "to publish the badge" };
var maxWorkflowBytes = 256 * 1024;
var maxWorkflowFiles = 200;
async function existingWorkflows(root) {
  const found = /* @__PURE__ */ new Map();
  const folder = path2.join(root, ".github", "workflows");
  const real = await realpath(folder).catch(() => void 0);
  if (real === void 0 || !isInside(root, real)) return found;
  const names = (await readdir(real, { withFileTypes: true }).catch(() => [])).filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name)).map((entry) => entry.name).sort().slice(0, maxWorkflowFiles);
  for (const name of names) {
    const file = path2.join(real, name);
    if ((await stat(file)).size > maxWorkflowBytes) continue;
    const text = await readFile(file, "utf8").catch(() => "");
    for (const kind of crosswalkWorkflowKinds(text)) if (!found.has(kind)) found.set(kind, `.github/workflows/${name}`);
  }
  return found;
}
function isInside(root, folder) {
  return folder === root || folder.startsWith(`${root}${path2.sep}`);
}
async function nearestExisting(folder) {
  let current = folder;
  while (await stat(current).catch(() => void 0) === void 0 && path2.dirname(current) !== current) current = path2.dirname(current);
  return current;
}
export {
  initCommand
};
