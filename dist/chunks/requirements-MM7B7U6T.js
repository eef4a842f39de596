import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatCsv
} from "./chunk-ROLIEFXL.js";
import {
  overridesFrom
} from "./chunk-XGPESNWV.js";
import {
  emit,
  oneOf,
  parseFlags
} from "./chunk-OOQ6X7JJ.js";
import {
  loadSettings
} from "./chunk-SHLGQVOQ.js";
import "./chunk-ERGGLECK.js";
import {
  loadMapping
} from "./chunk-3GU7VIBY.js";
import {
  loadCatalogs
} from "./chunk-GZRYZUVX.js";
import "./chunk-WPZYCQ54.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-5GRUUBCQ.js";
import "./chunk-HBO2JP73.js";
import {
  frequencyDefaults
} from "./chunk-2EFRXZKO.js";
import {
  closestMatch,
  compareIsoIds,
  judgeIsoId
} from "./chunk-ZWLGM2CQ.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";

// src/report/requirements.ts
function buildCatalogue(mapping, catalogs) {
  const criterionIndex = new Map(catalogs.criteria.map((criterion, index) => [criterion.id, index]));
  const inCatalogOrder = (ids) => [...ids].sort((a, b) => (criterionIndex.get(a) ?? 0) - (criterionIndex.get(b) ?? 0));
  const ofRows = mapping.rows.map((row, order) => ({ row, order })).sort((a, b) => compareIsoIds(a.row.iso, b.row.iso) || a.order - b.order).flatMap(
    ({ row }) => row.evidence.map(
      (requirement) => entryOf(requirement, { kind: "row", iso: row.iso, isoTitle: catalogs.iso.get(row.iso)?.title ?? null, coverage: row.coverage, criteria: inCatalogOrder(requirement.gates) })
    )
  );
  const ofCriteria = [...mapping.criteria].sort((a, b) => (criterionIndex.get(a.tsc) ?? 0) - (criterionIndex.get(b.tsc) ?? 0)).flatMap((entry) => entry.evidence.map((requirement) => entryOf(requirement, { kind: "criterion", iso: null, isoTitle: null, coverage: null, criteria: [entry.tsc] })));
  return { mapping: { name: mapping.name, source: mapping.origin }, requirements: [...ofRows, ...ofCriteria] };
}
function entryOf(requirement, where) {
  const defaults = requirement.frequency === void 0 ? void 0 : frequencyDefaults[requirement.frequency];
  const frequencyKind = defaults?.kind ?? "periodic";
  return {
    id: requirement.id,
    ...where,
    description: requirement.description,
    frequency: requirement.frequency ?? null,
    frequencyKind,
    minSamples: frequencyKind === "population" ? requirement.minSamples ?? defaults?.minSamples ?? 1 : null,
    maxAgeDays: requirement.maxAgeDays ?? defaults?.maxAgeDays ?? null
  };
}
function selectEntries(catalogue, ids) {
  if (ids.length === 0) return [...catalogue.requirements];
  return catalogue.requirements.filter((entry) => ids.some((id) => entry.iso === id || entry.criteria.includes(id)));
}
function sampling(entry) {
  const frequency = entry.frequency ?? "annual (no frequency written)";
  return entry.minSamples === null ? `${frequency}, one record per window` : `${frequency}, ${entry.minSamples} samples a period`;
}
function maxAge(entry) {
  return entry.maxAgeDays === null ? "the policy's max_evidence_age_days" : `${entry.maxAgeDays} days`;
}
function formatCatalogueText(catalogue, entries) {
  const lines = [`crosswalk requirements \xB7 ${catalogue.mapping.name} (${catalogue.mapping.source}) \xB7 ${entries.length} evidence requirements`];
  let heading = "";
  for (const entry of entries) {
    const next = entry.kind === "criterion" ? `SOC 2 ${entry.criteria.join(", ")}: its own test, asked of every organization` : `${entry.iso} ${entry.isoTitle ?? ""} (${entry.coverage})`;
    if (next !== heading) lines.push("", next);
    heading = next;
    lines.push(`  ${entry.id}`, `    ${entry.description}`, `    ${sampling(entry)} \xB7 stale after ${maxAge(entry)} \xB7 gates ${entry.criteria.join(", ")}`);
  }
  return `${lines.join("\n")}
`;
}
function formatCatalogueJson(catalogue, entries) {
  return `${JSON.stringify({ mapping: catalogue.mapping, requirements: entries }, null, 2)}
`;
}
var catalogueColumns = ["Requirement", "Kind", "ISO control", "ISO title", "Coverage", "Criteria gated", "Description", "Frequency", "Samples", "Max age (days)"];
function formatCatalogueCsv(entries) {
  return formatCsv(
    catalogueColumns,
    entries.map((entry) => [
      entry.id,
      entry.kind,
      entry.iso ?? "",
      entry.isoTitle ?? "",
      entry.coverage ?? "",
      entry.criteria.join("; "),
      entry.description,
      entry.frequency ?? "annual",
      entry.minSamples === null ? "" : String(entry.minSamples),
      entry.maxAgeDays === null ? "" : String(entry.maxAgeDays)
    ])
  );
}

// src/commands/requirements.ts
var requirementsFormats = ["text", "json", "csv"];
var requirementsCommand = {
  synopsis: "requirements [ID ...]    the evidence requirements of the mapping, by ISO control or criterion",
  help: `Usage: crosswalk requirements [ISO-ID | TSC-ID ...] [options]

The evidence requirements of the mapping in use: the ids to write in an evidence item's
satisfies:, what each asks for, how often (frequency), how many samples an auditor takes over
a Type II period (population requirements; periodic ones are filled once per window), when
evidence turns stale, and the criteria each gates. SOC 2's own requirements of a criterion
(the mapping's criteria:) are asked of every organization, whatever ISO controls it implements.

With ISO ids (A.5.15, 6.1.2), the requirements of their rows; with criteria (CC6.2), those
that gate them; with none, all of them. The mapping is the one .crosswalk.yml names in the
working directory, else the shipped default.

  --mapping F        mapping file, "default" or "seed" (the two crosswalk ships)
  --config F         configuration file (default: .crosswalk.yml in the working directory)
  --format F         text (default), json or csv
  --output F         write the list to F instead of standard output

Exit codes: 0 listed, 2 could not run (an unknown id, a bad flag, an unusable mapping).`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { mapping: { type: "string" }, config: { type: "string" }, format: { type: "string", default: "text" }, output: { type: "string" } });
    if (values.help) {
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    const format = oneOf("--format", values.format, requirementsFormats);
    const catalogs = loadCatalogs();
    for (const id of positionals) checkId(id, catalogs);
    const { configFile, overrides } = overridesFrom({ mapping: values.mapping, config: values.config }, io);
    const settings = await loadSettings(io.cwd, configFile, overrides);
    const mapping = await loadMapping(settings.mapping, catalogs, settings.root);
    const catalogue = buildCatalogue(mapping, catalogs);
    const entries = selectEntries(catalogue, positionals);
    const text = format === "json" ? formatCatalogueJson(catalogue, entries) : format === "csv" ? formatCatalogueCsv(entries) : formatCatalogueText(catalogue, entries);
    await emit(text, values.output, io);
    const without = positionals.filter((id) => selectEntries(catalogue, [id]).length === 0);
    if (without.length > 0) io.stderr.write(`crosswalk: no evidence requirements for ${without.join(", ")} in this mapping (a full row asks only for a record of the control operating; a gap or unmapped id asks for nothing)
`);
    return 0;
  }
};
function checkId(id, catalogs) {
  if (catalogs.iso.has(id) || catalogs.criteriaById.has(id)) return;
  const iso = judgeIsoId(id, catalogs);
  if (iso.kind === "iso-2013") throw new UsageError(iso.message);
  const meant = closestMatch(id, [...catalogs.iso.keys(), ...catalogs.criteriaById.keys()]);
  throw new UsageError(`"${id}" is neither an ISO/IEC 27001:2022 id nor a SOC 2 criterion${meant === void 0 ? "" : `; did you mean "${meant}"?`}`);
}
export {
  requirementsCommand
};
