import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatCsv
} from "./chunk-54H4JIW2.js";
import {
  code,
  escapeMarkdown,
  table
} from "./chunk-HA42XJ2B.js";
import "./chunk-OU57B5EK.js";
import {
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-MKH6AQ4Z.js";
import {
  directoryArgument,
  emit,
  oneOf,
  parseFlags
} from "./chunk-XK6H44CA.js";
import {
  check
} from "./chunk-SVM6ZSB3.js";
import {
  loadCatalogs
} from "./chunk-IKCRNHJX.js";
import "./chunk-2FBNQCWA.js";
import {
  isPresent
} from "./chunk-SUOICNT5.js";
import {
  compareIsoIds
} from "./chunk-A3TXCLUC.js";
import "./chunk-IJFG2MBW.js";
import "./chunk-YGSFOW3Y.js";
import {
  plural
} from "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";

// src/report/soa.ts
var themes = { "A.5": "Organizational", "A.6": "People", "A.7": "Physical", "A.8": "Technological" };
function buildSoa({ catalogs, controls, observations, asOf }) {
  const annexA = [...catalogs.iso.values()].filter((control) => control.kind === "annex-a").sort((a, b) => compareIsoIds(a.id, b.id));
  const entries = annexA.map((iso) => entryFor(iso.id, iso.title, controls.filter((control) => control.implements.includes(iso.id)), observations));
  const counts = { yes: 0, no: 0, "not-decided": 0 };
  for (const entry of entries) counts[entry.applicable]++;
  return { asOf, entries, counts };
}
function entryFor(id, title, implementers, observations) {
  const live = implementers.filter((control) => control.status !== "not-applicable");
  const excluded = implementers.filter((control) => control.status === "not-applicable");
  const applicable = implementers.length === 0 ? "not-decided" : live.length > 0 ? "yes" : "no";
  const items = live.flatMap((control) => control.evidence);
  return {
    id,
    title,
    theme: themeOf(id),
    applicable,
    implemented: applicable === "yes" ? implementationOf(live) : void 0,
    justification: justificationOf(applicable, live, excluded),
    controls: implementers.map((control) => ({ id: control.id, title: control.title, status: control.status, owner: control.owner, justification: control.justification })),
    owners: [...new Set((applicable === "no" ? excluded : live).flatMap((control) => control.owner === void 0 ? [] : [control.owner]))],
    evidence: { items: items.length, present: items.filter((item) => isPresent(item, observations)).length }
  };
}
function themeOf(id) {
  return themes[id.split(".").slice(0, 2).join(".")];
}
function implementationOf(live) {
  const implemented = live.filter((control) => control.status === "implemented").length;
  return implemented === live.length ? "yes" : implemented > 0 ? "partly" : "no";
}
function justificationOf(applicable, live, excluded) {
  const named = (controls) => controls.map((control) => `${control.id} (${control.title})`).join(", ");
  const excuse = (control) => `${control.id} not applicable: ${control.justification ?? ""}`;
  switch (applicable) {
    case "not-decided":
      return "No decision recorded: no org control implements or excludes it";
    case "no":
      return excluded.length === 1 ? excluded[0].justification ?? "" : excluded.map(excuse).join("; ");
    case "yes": {
      const byStatus = (status) => live.filter((control) => control.status === status);
      const parts = [
        ...byStatus("implemented").length > 0 ? [`Implemented by ${named(byStatus("implemented"))}`] : [],
        ...byStatus("in-progress").length > 0 ? [`in progress: ${named(byStatus("in-progress"))}`] : [],
        ...byStatus("planned").length > 0 ? [`planned: ${named(byStatus("planned"))}`] : [],
        ...excluded.map(excuse)
      ];
      const text = parts.join("; ");
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
}
function describeSoaCounts(soa) {
  return `${soa.entries.length} Annex A controls: ${soa.counts.yes} applicable, ${soa.counts.no} not applicable, ${soa.counts["not-decided"]} not decided`;
}
var soaColumns = ["Control", "Title", "Theme", "Applicable", "Implemented", "Justification", "Org controls", "Status", "Owners", "Evidence items", "Evidence present"];
var listSeparator = "; ";
function formatSoaCsv(soa) {
  const rows = soa.entries.map((entry) => [
    entry.id,
    entry.title,
    entry.theme,
    entry.applicable,
    entry.implemented ?? "",
    entry.justification,
    entry.controls.map((control) => control.id).join(listSeparator),
    entry.controls.map((control) => `${control.id} ${control.status}`).join(listSeparator),
    entry.owners.join(listSeparator),
    String(entry.evidence.items),
    String(entry.evidence.present)
  ]);
  return formatCsv(soaColumns, rows);
}
var applicableWords = { yes: "yes", no: "no", "not-decided": "\u26A0\uFE0F not decided" };
function formatSoaMarkdown(soa) {
  const none = "\u2014";
  const undecided = soa.entries.filter((entry) => entry.applicable === "not-decided");
  const header = ["Control", "Applicable", "Implemented", "Justification", "Org controls", "Owners", "Evidence present"];
  const sections = Object.entries(themes).flatMap(([clause, theme]) => {
    const entries = soa.entries.filter((entry) => entry.theme === theme);
    const rows = entries.map((entry) => [
      `**${entry.id}** ${escapeMarkdown(entry.title)}`,
      applicableWords[entry.applicable],
      entry.implemented ?? none,
      escapeMarkdown(entry.justification),
      entry.controls.length === 0 ? none : entry.controls.map((control) => `${code(control.id)} ${control.status}`).join("<br>"),
      entry.owners.length === 0 ? none : entry.owners.map(escapeMarkdown).join("<br>"),
      entry.applicable === "yes" ? `${entry.evidence.present} of ${entry.evidence.items}` : none
    ]);
    return [`### ${clause} ${theme} controls (${entries.length})`, "", table(header, rows), ""];
  });
  return [
    "## Statement of Applicability",
    "",
    `ISO/IEC 27001:2022 Annex A, as of ${soa.asOf} \xB7 ${describeSoaCounts(soa)}`,
    "",
    ...undecided.length > 0 ? [`> [!WARNING]
> No decision is recorded for ${undecided.length === 1 ? "this control" : `these ${undecided.length} controls`}: ${undecided.map((entry) => entry.id).join(", ")}. An auditor requires one for every Annex A control: implement it or mark it \`not-applicable\` with a justification.`, ""] : [],
    ...sections
  ].join("\n");
}

// src/commands/soa.ts
var soaFormats = ["csv", "markdown"];
var soaCommand = {
  synopsis: "soa [DIR]                the ISO/IEC 27001 Statement of Applicability of the controls in DIR",
  help: `Usage: crosswalk soa [DIR] [options]

The Statement of Applicability (ISO/IEC 27001:2022 clause 6.1.3 d): all 93 Annex A controls in
catalog order, each with its theme, whether it is applicable, whether it is implemented, the
justification, the org controls that name it in implements: with their status and owners, and
how many evidence items those controls hold and how many are present.

Applicable: yes (some org control implementing it is not not-applicable); no (every one is
not-applicable: their justification is the justification for exclusion); not decided (no org
control names it: an auditor requires a decision for every control, so each one is counted on
standard error). Implemented: yes (every applicable org control is implemented), partly, no.

CSV follows RFC 4180 with a UTF-8 byte order mark, and a field starting with =, +, -, @, a tab
or a carriage return gets a leading single quote so a spreadsheet never runs it as a formula.

${settingsHelp}
  --format F         csv (default) or markdown
  --output F         write the statement to F instead of standard output

Exit codes: 0 the statement was written (whatever it says), 2 could not run.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, format: { type: "string", default: "csv" }, output: { type: "string" } });
    if (values.help) {
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    const format = oneOf("--format", values.format, soaFormats);
    const root = await directoryArgument(positionals, io, "soa");
    const run = await check({ root, ...overridesFrom(values, io) });
    const soa = buildSoa({ catalogs: loadCatalogs(), controls: run.controls, observations: run.observations, asOf: run.settings.asOf });
    await emit(format === "csv" ? formatSoaCsv(soa) : formatSoaMarkdown(soa), values.output, io);
    const undecided = soa.counts["not-decided"];
    const errors = run.report.summary.errors;
    const notes = [
      ...undecided > 0 ? [`an auditor requires a decision for every control: implement ${undecided === 1 ? "the one" : `each of the ${undecided}`} not decided, or mark it not-applicable with a justification`] : [],
      ...errors > 0 ? [`${plural(errors, "error")} in the control files left some controls out (run crosswalk check)`] : []
    ];
    io.stderr.write(`crosswalk: Statement of Applicability as of ${soa.asOf}: ${describeSoaCounts(soa)}${notes.map((note) => `; ${note}`).join("")}
`);
    return 0;
  }
};
export {
  soaCommand
};
