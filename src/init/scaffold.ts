/**
 * What `crosswalk init` writes, as data: a compliance repository a team can start from, that
 * `crosswalk check` accepts as it is. Pure: the command decides what actually gets written.
 */
import path from 'node:path';
import { Document, isScalar, isSeq, visit } from 'yaml';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import controlSchema from '../../schemas/control-implementation.schema.json' with { type: 'json' };
import type { Catalogs, ControlStatus, IsoControl, Mapping } from '../model.js';
import { compareIsoIds } from '../validate/iso-ids.js';
import type { WorkflowKind } from './workflows.js';

export interface ScaffoldFile {
  /** Relative to the new repository's root, `/`-separated. */
  readonly path: string;
  readonly content: string;
  /** A workflow is not written when the repository already has one of its kind, whatever its name. */
  readonly workflow?: WorkflowKind;
  /** A control file is written only into a repository that has none (a deleted one stays deleted). */
  readonly controls?: true;
}

/** The action reference every workflow crosswalk writes or documents uses (README, init, SECURITY.md). */
export const actionReference = 'crosswalk-dev/crosswalk@v1';
export const checkoutReference = 'actions/checkout@v5';
const pullRequestWorkflowFile = '.github/workflows/crosswalk.yml';
const badgeWorkflowFile = '.github/workflows/crosswalk-badge.yml';
const collectWorkflowFile = '.github/workflows/crosswalk-collect.yml';

/** Annex A's four themes (ISO/IEC 27001:2022 clauses 5–8), told apart by the id's prefix. */
export const themes = [
  { clause: 5, name: 'organizational', title: 'Organizational controls', idPrefix: 'ORG' },
  { clause: 6, name: 'people', title: 'People controls', idPrefix: 'PPL' },
  { clause: 7, name: 'physical', title: 'Physical controls', idPrefix: 'PHY' },
  { clause: 8, name: 'technological', title: 'Technological controls', idPrefix: 'TEC' },
] as const;
export type Theme = (typeof themes)[number];

/**
 * Copies of the JSON Schemas inside the new repository, so editors validate control files
 * offline and against the schema of the crosswalk version that scaffolded them.
 */
const schemaFolder = '.crosswalk/schemas';
const controlSchemaFile = `${schemaFolder}/control-implementation.schema.json`;
const configSchemaFile = `${schemaFolder}/config.schema.json`;

/**
 * `oscalNamespace`: the UUID the repository's OSCAL exports derive theirs from; the command draws
 * a random one, so no two repositories share it.
 */
export function scaffoldFiles(catalogs: Catalogs, mapping: Mapping, oscalNamespace: string): ScaffoldFile[] {
  return [
    { path: '.crosswalk.yml', content: configFile(oscalNamespace) },
    ...themes.map((theme) => {
      const controls = annexAControls(catalogs, theme);
      return controlFile(
        `controls/${theme.name}.yaml`,
        `${theme.title}: ISO/IEC 27001:2022 Annex A ${theme.clause}.1–${theme.clause}.${controls.length}, one control each, all planned.`,
        controls.map((control) => ({ id: orgControlId(theme, control), control })),
      );
    }),
    controlFile(
      'controls/isms.yaml',
      'ISMS requirements (ISO/IEC 27001:2022 clauses 4–10) that the mapping relates to SOC 2, one control each, all planned.',
      ismsClauses(catalogs, mapping).map((control) => ({ id: `ISMS-${control.id}`, control })),
    ),
    { path: 'evidence/README.md', content: evidenceReadme },
    { path: pullRequestWorkflowFile, content: pullRequestWorkflow, workflow: 'pull-request' },
    { path: badgeWorkflowFile, content: badgeWorkflow, workflow: 'badge' },
    { path: collectWorkflowFile, content: collectWorkflow },
    { path: controlSchemaFile, content: `${JSON.stringify(controlSchema, null, 2)}\n` },
    { path: configSchemaFile, content: `${JSON.stringify(configSchema, null, 2)}\n` },
  ];
}

export function themeOf(control: IsoControl): Theme | undefined {
  return themes.find((theme) => control.kind === 'annex-a' && control.id.startsWith(`A.${theme.clause}.`));
}

function annexAControls(catalogs: Catalogs, theme: Theme): IsoControl[] {
  return [...catalogs.iso.values()].filter((control) => themeOf(control) === theme).sort((a, b) => compareIsoIds(a.id, b.id));
}

/** The clauses some mapping row maps: an ISMS requirement only scores when a row names it. */
function ismsClauses(catalogs: Catalogs, mapping: Mapping): IsoControl[] {
  const mapped = new Set(mapping.rows.map((row) => row.iso));
  return [...catalogs.iso.values()].filter((control) => control.kind === 'clause' && mapped.has(control.id)).sort((a, b) => compareIsoIds(a.id, b.id));
}

/** `A.5.15` → `ORG-5.15`: the theme says what kind of control it is, the number where ISO has it. */
export function orgControlId(theme: Theme, control: IsoControl): string {
  return `${theme.idPrefix}-${control.id.slice(2)}`;
}

/** The yaml-language-server modeline, with the schema's path relative to the file (as the language server resolves it). */
function modeline(file: string, schemaFile: string): string {
  return `# yaml-language-server: $schema=${path.posix.relative(path.posix.dirname(file), schemaFile)}`;
}

/** One org control as a control file writes it, fields in the order a reader looks for them. */
export interface ControlEntry {
  readonly id: string;
  readonly title: string;
  readonly implements: readonly string[];
  readonly status: ControlStatus;
  readonly owner?: string;
  readonly justification?: string;
  readonly description?: string;
}

function controlFile(file: string, heading: string, controls: readonly { id: string; control: IsoControl }[]): ScaffoldFile {
  const entries = controls.map(({ id, control }): ControlEntry => ({ id, title: control.title, implements: [control.id], status: 'planned', owner: 'TODO' }));
  return { path: file, controls: true, content: controlFileText(file, [heading, 'Make them yours as the program takes shape; crosswalk check scores them against SOC 2.'], entries) };
}

/**
 * A control file: the editor's schema modeline, the heading lines, what each field means, then
 * the controls, a blank line between them. `init` and `import soa` write the same layout.
 */
export function controlFileText(file: string, heading: readonly string[], controls: readonly ControlEntry[]): string {
  const document = new Document({
    apiVersion: 'crosswalk/v1',
    kind: 'ControlImplementation',
    // Undefined fields are left out, not written as null.
    controls: controls.map((control) => Object.fromEntries(Object.entries(control).filter(([, value]) => value !== undefined))),
  });
  visit(document, {
    Pair(_key, pair) {
      // `implements: [A.5.1]` reads better than a one-item block list.
      if (isScalar(pair.key) && pair.key.value === 'implements' && isSeq(pair.value)) pair.value.flow = true;
      // A blank line between controls.
      if (isScalar(pair.key) && pair.key.value === 'controls' && isSeq(pair.value)) {
        for (const item of pair.value.items.slice(1)) (item as { spaceBefore?: boolean }).spaceBefore = true;
      }
    },
  });
  const header = [
    modeline(file, controlSchemaFile),
    '#',
    ...heading.map((line) => `# ${line}`),
    '#   id            your own id, unique across the repository: rename, merge or split controls freely',
    '#   implements    the ISO/IEC 27001:2022 ids the control implements (Annex A, or an ISMS clause such as 6.1.2)',
    '#   status        implemented | in-progress | planned | not-applicable (needs a justification: why it does not apply)',
    '#   owner         the person or team accountable for the control (replace any TODO)',
    '#   justification why the control applies (the reason for inclusion), or why it does not',
    '#   description   how the organization implements the control',
    '#   evidence      what shows the control operates; crosswalk check lists what the mapping asks for, e.g.',
    '#                   evidence:',
    '#                     - id: ev-access-review-2026-q3',
    '#                       satisfies: [an-evidence-requirement-id-from-the-mapping]',
    '#                       path: evidence/access/2026-q3/*.csv     # or url: https://… for evidence kept elsewhere',
    '#                       collected: 2026-10-02',
  ];
  return `${header.join('\n')}\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
}

function configFile(oscalNamespace: string): string {
  return `${modeline('.crosswalk.yml', configSchemaFile)}
#
# crosswalk configuration. Flags of the crosswalk CLI and inputs of the GitHub Action override it.
apiVersion: crosswalk/v1
kind: Config

# Where the control-implementation files are (globs, relative to this folder).
controls:
  - controls/**/*.{yaml,yml}

# The ISO/IEC 27001:2022 → SOC 2 mapping: "default" (the one crosswalk ships), or the path of your own.
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

const evidenceReadme = `# Evidence

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

const pullRequestWorkflow = `# Scores the compliance repository on every pull request: annotations at the exact lines, a job
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

const collectWorkflow = `# Collects the change population of the product repositories every quarter (crosswalk collect
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

const badgeWorkflow = `# Publishes the readiness badge (and the JSON report and its history) to the crosswalk-badges
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
