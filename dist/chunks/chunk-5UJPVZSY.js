import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  Document,
  isScalar,
  isSeq,
  visit
} from "./chunk-GZRYZUVX.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import {
  compareIsoIds
} from "./chunk-ZWLGM2CQ.js";

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
    oscal: {
      type: "object",
      additionalProperties: false,
      description: "What crosswalk export oscal writes into the documents it exports.",
      properties: {
        namespace: {
          type: "string",
          pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
          description: "A UUID of the organization's own (crosswalk init writes a random one): the namespace the exports' version 5 UUIDs are derived from, so no two organizations share one."
        },
        organization: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          description: "The organization's name, as the exports' titles and parties give it (default: the repository folder's name)."
        }
      }
    },
    badge: {
      type: "object",
      description: "Readiness badge style: label, thresholds (ascending percentages) and colors (one more than thresholds). Checked on its own, so a bad badge style never stops the check."
    },
    evidence_issue: {
      type: "object",
      additionalProperties: false,
      description: 'The "SOC 2 evidence due" issue the action keeps (evidence-issue: true).',
      properties: {
        mention_teams: {
          type: "array",
          maxItems: 100,
          uniqueItems: true,
          items: { type: "string", pattern: "^@[A-Za-z0-9](?:-?[A-Za-z0-9])*/[A-Za-z0-9][A-Za-z0-9_-]*$", maxLength: 141 },
          description: "Teams (@org/team) the issue may mention, so GitHub notifies every member. A team not listed is written without a ping; users always may be pinged."
        }
      }
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
        justification: { type: "string", minLength: 1, description: "Why the control applies (the Statement of Applicability's reason for inclusion) or does not; required when status is not-applicable." },
        description: { type: "string", minLength: 1, description: "How the organization implements the control (a Statement of Applicability's implementation note)." },
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
        population: { type: "integer", minimum: 0, maximum: 1e9, description: "How many occurrences happened in the period (0: none)." },
        per_file: {
          type: "boolean",
          description: "Each matched non-empty file is its own instance, dated by the rightmost date its path names (YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY-Qn, YYYY-Hn, or a year as a whole folder or file name); needs a path, and declares no url, period, samples or population."
        },
        deviations: {
          type: "array",
          maxItems: 1e4,
          description: "Collected evidence only: management's response to a change's exceptions, one entry per change.",
          items: {
            type: "object",
            required: ["change", "class", "response", "approved_by"],
            additionalProperties: false,
            properties: {
              change: { type: "string", minLength: 1, maxLength: 300, description: "The change's id as the document writes it (#812, 9fceb02), or qualified by its repository (acme/api#812, acme/api@9fceb02)." },
              class: { enum: ["emergency", "automated-dependency", "error"] },
              response: { type: "string", minLength: 1, maxLength: 4e3, description: "Management's response: why it happened and what was done." },
              approved_by: { type: "string", minLength: 1, maxLength: 300, description: "Who approved the response; not the change's author." }
            }
          }
        }
      },
      if: { required: ["per_file"], properties: { per_file: { const: true } } },
      then: { required: ["path"], properties: { path: true, url: false, period: false, samples: false, population: false } }
    }
  }
};

// src/init/scaffold.ts
var actionReference = "crosswalk-dev/crosswalk@v1";
var checkoutReference = "actions/checkout@v5";
var pullRequestWorkflowFile = ".github/workflows/crosswalk.yml";
var badgeWorkflowFile = ".github/workflows/crosswalk-badge.yml";
var collectWorkflowFile = ".github/workflows/crosswalk-collect.yml";
var themes = [
  { clause: 5, name: "organizational", title: "Organizational controls", idPrefix: "ORG" },
  { clause: 6, name: "people", title: "People controls", idPrefix: "PPL" },
  { clause: 7, name: "physical", title: "Physical controls", idPrefix: "PHY" },
  { clause: 8, name: "technological", title: "Technological controls", idPrefix: "TEC" }
];
var schemaFolder = ".crosswalk/schemas";
var controlSchemaFile = `${schemaFolder}/control-implementation.schema.json`;
var configSchemaFile = `${schemaFolder}/config.schema.json`;
function scaffoldFiles(catalogs, mapping, oscalNamespace) {
  return [
    { path: ".crosswalk.yml", content: configFile(oscalNamespace) },
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
    { path: collectWorkflowFile, content: collectWorkflow },
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
  const entries = controls.map(({ id, control }) => ({ id, title: control.title, implements: [control.id], status: "planned", owner: "TODO" }));
  return { path: file, controls: true, content: controlFileText(file, [heading, "Make them yours as the program takes shape; crosswalk check scores them against SOC 2."], entries) };
}
function controlFileText(file, heading, controls) {
  const document = new Document({
    apiVersion: "crosswalk/v1",
    kind: "ControlImplementation",
    // Undefined fields are left out, not written as null.
    controls: controls.map((control) => Object.fromEntries(Object.entries(control).filter(([, value]) => value !== void 0)))
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
    ...heading.map((line) => `# ${line}`),
    "#   id            your own id, unique across the repository: rename, merge or split controls freely",
    "#   implements    the ISO/IEC 27001:2022 ids the control implements (Annex A, or an ISMS clause such as 6.1.2)",
    "#   status        implemented | in-progress | planned | not-applicable (needs a justification: why it does not apply)",
    "#   owner         the person or team accountable for the control (replace any TODO)",
    "#   justification why the control applies (the reason for inclusion), or why it does not",
    "#   description   how the organization implements the control",
    "#   evidence      what shows the control operates; crosswalk check lists what the mapping asks for, e.g.",
    "#                   evidence:",
    "#                     - id: ev-access-review-2026-q3",
    "#                       satisfies: [an-evidence-requirement-id-from-the-mapping]",
    "#                       path: evidence/access/2026-q3/*.csv     # or url: https://\u2026 for evidence kept elsewhere",
    "#                       collected: 2026-10-02"
  ];
  return `${header.join("\n")}
${document.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}
function configFile(oscalNamespace) {
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
# and in place on one date; Type 2 that they operated over an observation period (1 to 12
# months; auditors usually observe 6 to 12), so evidence is judged window by window across the
# period. Uncomment for Type 2:
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

# crosswalk export oscal: the UUIDs of the OSCAL documents are derived from this namespace, drawn
# at random for this repository, so they are yours alone and stable from run to run. Keep it.
oscal:
  namespace: ${oscalNamespace}
  # The organization's name in the documents' titles and parties (default: this folder's name).
  # organization: Example Inc.
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
without \`satisfies:\`. A design document shows what should happen, not that it did, so it never
counts as that record: an item whose \`type\` ends in policy, procedure, standard, plan, sop,
runbook, playbook, guideline or manual (or their plurals; \`dr-plan\`, \`access_policy_2026\` and
\`incidentRunbook\` are design documents, \`dr-plan-test\` is not).

Evidence kept a file per month, quarter or day (scan reports, log reviews) needs one item, not
one per file: with \`per_file: true\`, each file the path matches is an instance of its own, dated
by the rightmost date its path names, and fills the window of the audit period that date ends in:

\`\`\`yaml
  - id: ev-vulnerability-scans
    satisfies: [vulnerability-scan-reports]
    path: evidence/scans/*.json           # 2026-07.json, 2026-08.json, ...
    per_file: true
    collected: 2026-12-01                 # the latest collection: no file counts after it
\`\`\`

Name the files by date: \`2026-07-15\` or \`20260715\` (a day), \`2026-07\` (a month), \`2026-Q3\`
(a quarter), \`2026-H2\` (a half-year), or a year as a whole folder or file name
(\`pentest/2026.pdf\`). \`CHG-1042.pdf\` and \`INV-2026-0012.pdf\` name no date, and are errors. A
per_file item declares no \`period\`, \`samples\` or \`population\`: each file is one sample.

A path that matches no non-empty file is a warning at that path, even when other evidence
satisfies the same requirement; a path may start with \`./\` (it is read from the repository root).

Typical contents: approved policies and their acknowledgements, access-review exports,
change tickets with approvals, training records, incident tickets and post-incident reviews,
vulnerability scan results with their triage, backup restore tests, vendor assessments.

Keep one folder per kind of evidence and one file (or folder) per collection, named by
period (\`evidence/access/2026-q3/\`), so the history stays and a reviewer sees what changed.
Leave secrets and personal data out: export what an auditor needs to see, redacted.

Change management can be evidenced by crosswalk itself: \`crosswalk collect github-changes\`
writes the population of a product repository's changes for a period (every merged pull request
and direct commit, each tested for an independent approval and passing checks), and an item whose
path matches such documents is verified, not declared (\`.github/workflows/crosswalk-collect.yml\`
collects every quarter). The document is information the organization produced: it records the
queries, so an auditor can run them again to test its completeness.

\`crosswalk check\` lists what is missing or stale, and \`crosswalk evidence-register\` writes
the whole register (requirement, owner, state, next due date) as CSV or Markdown.
`;
var pullRequestWorkflow = `# Scores the compliance repository on every pull request: annotations at the exact lines, a job
# summary, one pull-request comment updated on every push, and a failing check when the policy
# in .crosswalk.yml says so.
name: SOC 2 readiness
on:
  pull_request:
    # edited: a pull request retargeted to another base branch is judged again, by that branch's rules
    types: [opened, synchronize, reopened, edited]

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
        with:
          persist-credentials: false  # leave no token in .git/config
          fetch-depth: 0              # the base commit, whose rules judge the pull request
      - id: crosswalk
        uses: ${actionReference}
`;
var collectWorkflow = `# Collects the change population of the product repositories every quarter (crosswalk collect
# github-changes: every merged pull request and direct commit, each tested for an independent
# approval and passing checks) and opens a pull request adding the documents under
# evidence/changes/, so the evidence enters through review. Off until it is set up:
#   1. List the product repositories in REPOSITORIES below.
#   2. Save a token that may read them as the secret CROSSWALK_COLLECT_TOKEN: a GitHub App
#      installation token or a fine-grained personal access token with read access to contents,
#      pull requests, checks and commit statuses (metadata is always granted) on each of them.
#      This workflow's own GITHUB_TOKEN reaches this repository only.
#   3. Uncomment the schedule.
name: Collect change evidence
on:
  # schedule:
  #   - cron: '17 5 2 1,4,7,10 *'   # the 2nd day of each quarter, 05:17 UTC: the last quarter is over
  workflow_dispatch:

permissions:
  contents: read

jobs:
  collect:
    runs-on: ubuntu-latest
    permissions:
      contents: write        # push the pull request's branch
      pull-requests: write   # open the pull request
    env:
      REPOSITORIES: ''       # e.g. acme/api acme/web
    steps:
      - uses: ${checkoutReference}
      - name: Collect the quarter that ended
        if: env.REPOSITORIES != ''
        env:
          GITHUB_TOKEN: \${{ secrets.CROSSWALK_COLLECT_TOKEN }}
        run: |
          year=$(date -u +%Y); quarter=$(( ($(date -u +%-m) - 1) / 3 ))
          if [ "$quarter" -eq 0 ]; then quarter=4; year=$((year - 1)); fi
          start=$(printf '%d-%02d-01' "$year" $((quarter * 3 - 2)))
          end=$(date -u -d "$start +3 months -1 day" +%F)
          for repository in $REPOSITORIES; do
            name=$(echo "$repository" | tr / -)
            npx --yes @crosswalk-dev/crosswalk@1 collect github-changes --repo "$repository" \\
              --period "$start..$end" --output "evidence/changes/$name-$year-q$quarter.json"
          done
          echo "QUARTER=$year-q$quarter" >> "$GITHUB_ENV"
      # Optional: attest the documents (Sigstore; public repositories, and private ones on GitHub
      # Enterprise Cloud), so an auditor can run gh attestation verify FILE --repo OWNER/NAME.
      # Needs id-token: write and attestations: write under permissions.
      # - uses: actions/attest-build-provenance@v2
      #   with:
      #     subject-path: evidence/changes/*.json
      - uses: peter-evans/create-pull-request@v7
        if: env.REPOSITORIES != ''
        with:
          # With the default GITHUB_TOKEN the pull request starts no workflow; give it a token of its
          # own (contents and pull requests: write here) to have crosswalk check it.
          branch: crosswalk/changes-\${{ env.QUARTER }}
          add-paths: evidence/changes/*.json
          commit-message: Add the change populations of \${{ env.QUARTER }}
          title: Change populations of \${{ env.QUARTER }}
          body: Collected by crosswalk collect github-changes. Review the exceptions, and answer each with a deviation on its evidence item or fix the process.
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

// src/commands/new-files.ts
import { lstat, mkdir, realpath, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";
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
async function alreadyThere(root, file) {
  return await lstat(path2.join(root, ...file.path.split("/"))).catch(() => void 0) !== void 0;
}
async function writeNew(root, file, command) {
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
    if (error.code === "EEXIST") return { kind: "exists", why: `it already exists (${command} never overwrites a file)` };
    return failed(error);
  }
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
  themes,
  scaffoldFiles,
  themeOf,
  orgControlId,
  controlFileText,
  targetDirectory,
  alreadyThere,
  writeNew,
  isInside
};
