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
  addDays,
  isDesignDocument,
  isPresent,
  judgeRequirement,
  operatingEvidence,
  ownersOf,
  sampleTally,
  startedPeriod,
  termsOf
} from "./chunk-SUOICNT5.js";
import {
  compareNullableIso
} from "./chunk-A3TXCLUC.js";
import "./chunk-IJFG2MBW.js";
import {
  compareStrings
} from "./chunk-YGSFOW3Y.js";
import {
  plural
} from "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";

// src/report/evidence-register.ts
var registerStates = ["provided", "expiring", "stale", "missing", "no-control"];
function buildRegister(input) {
  const { catalogs, settings } = input;
  const criterionOrder = new Map(catalogs.criteria.filter((criterion) => settings.scope.includes(criterion.category)).map((criterion, index) => [criterion.id, index]));
  const inScope = (criteria) => criteria.filter((id) => criterionOrder.has(id)).sort((a, b) => criterionOrder.get(a) - criterionOrder.get(b));
  const rules = { asOf: settings.asOf, audit: settings.audit, maxEvidenceAgeDays: settings.policy.maxEvidenceAgeDays, observations: input.observations };
  const context = { input, rules, inScope };
  const placed = [...input.mapping.rows.flatMap((row, index) => mappingEntries(row, index, context)), ...input.controls.flatMap((control) => coversEntry(control, context))];
  const firstCriterion = ({ entry }) => criterionOrder.get(entry.criteria[0]);
  placed.sort(
    (a, b) => firstCriterion(a) - firstCriterion(b) || compareNullableIso(a.entry.iso?.id ?? null, b.entry.iso?.id ?? null) || a.row - b.row || compareWithin(a.within, b.within)
  );
  return { asOf: settings.asOf, audit: settings.audit, scope: settings.scope, entries: placed.map(({ entry }) => entry) };
}
var isActive = (control) => control.status === "implemented" || control.status === "in-progress";
function mappingEntries(row, index, context) {
  const { input, rules, inScope } = context;
  const criteria = inScope(row.tsc);
  if (criteria.length === 0 || row.coverage === "gap") return [];
  const implementers = input.controls.filter((control) => control.implements.includes(row.iso) && control.status !== "not-applicable");
  const held = implementers.flatMap((control) => control.evidence.map((item) => ({ control, item })));
  const asked = row.evidence.length > 0 ? row.evidence.map((requirement) => ({
    id: requirement.id,
    description: requirement.description,
    terms: termsOf(requirement, rules.maxEvidenceAgeDays),
    listing: held.filter(({ item }) => item.satisfies.includes(requirement.id))
  })) : [operatingAsked(`${row.iso}`, row.frequency, held, rules)];
  const title = input.catalogs.iso.get(row.iso)?.title ?? "";
  return asked.map((requirement, position) => ({
    entry: entryOf(requirement, criteria, { id: row.iso, title }, implementers, context),
    row: index,
    within: position
  }));
}
function coversEntry(control, context) {
  const criteria = context.inScope(control.covers);
  if (criteria.length === 0 || control.status === "not-applicable") return [];
  const requirement = operatingAsked(`${control.id} (${control.title})`, void 0, control.evidence.map((item) => ({ control, item })), context.rules);
  return [{ entry: entryOf(requirement, criteria, null, [control], context), row: Number.MAX_SAFE_INTEGER, within: control.id }];
}
function operatingAsked(subject, frequency, held, rules) {
  const terms = termsOf({ id: operatingEvidence, frequency }, rules.maxEvidenceAgeDays);
  return {
    id: operatingEvidence,
    description: `Evidence that ${subject} operates: a record of the control in action collected within ${terms.maxAgeDays} days, not a policy or procedure`,
    terms,
    listing: held.filter(({ item }) => !isDesignDocument(item))
  };
}
function entryOf(asked, criteria, iso, implementers, { input, rules }) {
  const common = {
    criteria,
    iso,
    controls: implementers.map((control) => control.id),
    owners: sortedOwnersOf(implementers),
    requirement: asked.id,
    description: asked.description,
    frequency: asked.terms.frequency,
    maxAgeDays: asked.terms.maxAgeDays,
    collected: asked.listing.map(({ item }) => item.collected).sort().at(-1),
    locations: [...new Set(asked.listing.map(({ item }) => item.source.kind === "path" ? item.source.pattern : item.source.url))]
  };
  if (!implementers.some(isActive)) {
    return { ...common, standing: { state: "no-control", planned: implementers.some((control) => control.status === "planned") }, samples: void 0, nextDue: void 0 };
  }
  const judge = (asOf) => judgeRequirement(asked.terms, asked.listing, { ...rules, asOf });
  return { ...common, samples: sampleTally(asked.terms, asked.listing, rules), ...assess(judge, asked, rules, input.settings.policy.expiryWarningDays) };
}
function assess(judge, { listing, terms }, rules, warningDays) {
  const lastFreshDays = listing.filter(({ item }) => isPresent(item, rules.observations)).map(({ item }) => addDays(item.collected, terms.maxAgeDays)).sort().reverse();
  const now = judge(rules.asOf);
  if (!now.satisfied) {
    if (now.reason === "stale") return { standing: { state: "stale" }, nextDue: lastFreshDays[0] };
    return { standing: { state: "missing", reason: now.reason }, nextDue: void 0 };
  }
  const expiring = !judge(addDays(rules.asOf, warningDays)).satisfied;
  const period = startedPeriod(rules);
  const open = now.windows.find((window) => window.state === "current" || window.state === "not-started");
  const nextDue = period ? open && (open.end < period.end ? open.end : period.end) : (
    // Type 1: satisfaction only shrinks as days pass, so the latest candidate day that still satisfies is the last one.
    lastFreshDays.find((day) => judge(day).satisfied)
  );
  return { standing: { state: expiring ? "expiring" : "provided" }, nextDue };
}
function sortedOwnersOf(controls) {
  return ownersOf(controls).sort(compareStrings);
}
function compareWithin(a, b) {
  return typeof a === "number" && typeof b === "number" ? a - b : compareStrings(String(a), String(b));
}
function countStates(register) {
  const counts = { provided: 0, expiring: 0, stale: 0, missing: 0, "no-control": 0 };
  for (const entry of register.entries) counts[entry.standing.state]++;
  return counts;
}
function describeCounts(register) {
  const counts = countStates(register);
  const words = (state) => state === "no-control" ? "without an implemented or in-progress control" : state;
  return `${register.entries.length} evidence requirements: ${registerStates.map((state) => `${counts[state]} ${words(state)}`).join(", ")}`;
}
var registerColumns = [
  "Criteria",
  "ISO control",
  "ISO title",
  "Org controls",
  "Owners",
  "Requirement",
  "Description",
  "Frequency",
  "Max age (days)",
  "State",
  "Reason",
  "Samples counted",
  "Samples required",
  "Collected",
  "Next due",
  "Location"
];
var listSeparator = "; ";
function reasonOf(standing) {
  if (standing.state === "missing") return standing.reason;
  if (standing.state === "no-control") return standing.planned ? "planned only" : "none implements it";
  return "";
}
var frequencyOf = (entry) => entry.frequency ?? "annual";
function formatRegisterCsv(register) {
  const rows = register.entries.map((entry) => [
    entry.criteria.join(listSeparator),
    entry.iso?.id ?? "",
    entry.iso?.title ?? "",
    entry.controls.join(listSeparator),
    entry.owners.join(listSeparator),
    entry.requirement,
    entry.description,
    frequencyOf(entry),
    String(entry.maxAgeDays),
    entry.standing.state,
    reasonOf(entry.standing),
    entry.samples ? String(entry.samples.counted) : "",
    entry.samples ? String(entry.samples.required) : "",
    entry.collected ?? "",
    entry.nextDue ?? "",
    entry.locations.join(listSeparator)
  ]);
  return formatCsv(registerColumns, rows);
}
function formatRegisterMarkdown(register) {
  const none = "\u2014";
  const list = (values, render) => values.length === 0 ? none : values.map(render).join(listSeparator);
  const rows = register.entries.map((entry) => [
    list(entry.criteria, escapeMarkdown),
    entry.iso === null ? `${none} (own control)` : `${escapeMarkdown(entry.iso.id)} ${escapeMarkdown(entry.iso.title)}`,
    list(entry.controls, code),
    list(entry.owners, escapeMarkdown),
    code(entry.requirement),
    escapeMarkdown(entry.description),
    frequencyOf(entry),
    `${entry.maxAgeDays} days`,
    stateCell(entry.standing),
    entry.samples ? `${entry.samples.counted} of ${entry.samples.required}` : none,
    entry.collected ?? none,
    entry.nextDue ?? none,
    list(entry.locations, code)
  ]);
  const header = ["Criteria", "ISO control", "Org controls", "Owners", "Requirement", "Description", "Frequency", "Max age", "State", "Samples", "Collected", "Next due", "Location"];
  return [
    "## SOC 2 evidence register",
    "",
    `As of ${register.asOf} \xB7 ${escapeMarkdown(auditWords(register))} \xB7 scope: ${register.scope.join(", ")} \xB7 ${describeCounts(register)}`,
    "",
    register.entries.length === 0 ? "_No evidence requirement reaches a criterion in scope._" : table(header, rows),
    ""
  ].join("\n");
}
function stateCell(standing) {
  switch (standing.state) {
    case "missing":
      return `missing (${standing.reason})`;
    case "no-control":
      return standing.planned ? "no implementing control (planned only)" : "no implementing control";
    default:
      return standing.state;
  }
}
function auditWords(register) {
  return register.audit.type === "type1" ? "Type 1" : `Type 2 period ${register.audit.period.start}..${register.audit.period.end}`;
}

// src/commands/evidence-register.ts
var registerFormats = ["csv", "markdown"];
var evidenceRegisterCommand = {
  synopsis: "evidence-register [DIR]  list every SOC 2 evidence requirement in scope and its state in DIR",
  help: `Usage: crosswalk evidence-register [DIR] [options]

The SOC 2 evidence register: one row per evidence requirement of every mapping row that reaches
a criterion in scope (a full row without requirements: its implicit operating evidence), and one
per SOC 2-specific control (covers:) for its operating evidence. Columns: criteria, ISO control
and title, org controls, owners, requirement and description, frequency, max age, state, reason,
samples counted and required (Type 2, sampled requirements), collected, next due, location.

States: provided; expiring (provided, but it would lapse within policy.expiry_warning_days);
stale (every present item is older than the requirement's max age); missing (reason: absent,
file-not-found, period-gap or insufficient-samples); no-control (no implemented or in-progress
control implements the ISO control, so nothing is asked of it yet; reason: planned only, or none
implements it). Missing and stale together are what crosswalk check reports as missing evidence.
Next due: Type 1, the last day the requirement stays satisfied without new evidence; Type 2, the
last day of the first window of the period not filled yet.

CSV follows RFC 4180 (CRLF line ends, a header row, quotes where needed) and starts with a UTF-8
byte order mark so spreadsheets read it as UTF-8. A field that starts with =, +, -, @, a tab or a
carriage return gets a leading single quote, so a spreadsheet shows it as text instead of running
it as a formula (OWASP: CSV injection).

${settingsHelp}
  --format F         csv (default) or markdown
  --output F         write the register to F instead of standard output

Exit codes: 0 the register was written (whatever the states in it), 2 could not run.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, format: { type: "string", default: "csv" }, output: { type: "string" } });
    if (values.help) {
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    const format = oneOf("--format", values.format, registerFormats);
    const root = await directoryArgument(positionals, io, "evidence-register");
    const run = await check({ root, ...overridesFrom(values, io) });
    const register = buildRegister({ catalogs: loadCatalogs(), mapping: run.mapping, controls: run.controls, observations: run.observations, settings: run.settings });
    await emit(format === "csv" ? formatRegisterCsv(register) : formatRegisterMarkdown(register), values.output, io);
    const errors = run.report.summary.errors;
    const problems = errors > 0 ? `; ${plural(errors, "error")} in the control files left some controls out (run crosswalk check)` : "";
    io.stderr.write(`crosswalk: evidence register as of ${register.asOf}: ${describeCounts(register)}${problems}
`);
    return 0;
  }
};
export {
  evidenceRegisterCommand
};
