import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  forTerminal
} from "./chunk-RKDDUEGZ.js";
import {
  auditLine,
  missingDetail,
  reasonWords
} from "./chunk-KZA7WOCS.js";
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
import "./chunk-IKCRNHJX.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import "./chunk-SUOICNT5.js";
import {
  compareIsoIds
} from "./chunk-A3TXCLUC.js";
import "./chunk-IJFG2MBW.js";
import {
  compareStrings
} from "./chunk-YGSFOW3Y.js";
import {
  plural
} from "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";

// src/report/oscal.ts
import { createHash } from "node:crypto";
var oscalVersion = "1.1.3";
var oscalModels = ["assessment-results", "component-definition"];
var crosswalkNamespace = "9b8f7e6d-5dd0-4999-92ca-e2a7b0e4005a";
var propertyNamespace = "https://github.com/crosswalk-dev/crosswalk/ns/oscal";
function uuidV5(name, namespace) {
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function isUuid(text) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
function timestamp(date) {
  const year = Number(date.slice(0, 4));
  return year >= 1900 && year <= 2999 ? `${date}T00:00:00Z` : void 0;
}
function prop(name, value, extra = {}) {
  const flat = value.replace(/\s+/gu, " ").trim();
  return flat === "" ? [] : [{ name, ns: propertyNamespace, value: flat, ...extra }];
}
function some(key, items) {
  return items.length > 0 ? { [key]: items } : {};
}
function pathReference(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function isoToken(iso) {
  return new RegExp("^\\p{L}", "u").test(iso) ? iso : `clause-${iso}`;
}
function metadata(report, title, remarks) {
  const modified = timestamp(report.asOf);
  if (modified === void 0) throw new RangeError(`OSCAL cannot express the as-of date ${report.asOf}: its dates run from 1900 to 2999`);
  return {
    title,
    "last-modified": modified,
    version: report.asOf,
    "oscal-version": oscalVersion,
    props: [...prop("tool", `${report.tool.name} ${report.tool.version}`), ...prop("mapping", report.mapping.name)],
    ...remarks === void 0 ? {} : { remarks }
  };
}
function filesLeftOut(report) {
  const byFile = /* @__PURE__ */ new Map();
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.severity !== "error") continue;
    const seen = byFile.get(diagnostic.file);
    if (seen) seen.errors++;
    else byFile.set(diagnostic.file, { errors: 1, first: `line ${diagnostic.line}: ${diagnostic.message}` });
  }
  return [...byFile].map(([file, { errors, first }]) => ({ file, errors, first }));
}
function leftOutRemark(report) {
  const files = filesLeftOut(report);
  if (files.length === 0) return void 0;
  const list = files.map(({ file, errors, first }) => `${file} (${plural(errors, "error")}; ${first})`).join("; ");
  return `Incomplete: what these files hold that did not validate was left out of this document, the rest is exported: ${list}.`;
}

// src/report/oscal-assessment-results.ts
function assessmentResults(report, options = {}) {
  const documentUuid = uuidV5(`assessment-results ${subjectOf(report)}`, options.namespace ?? crosswalkNamespace);
  const resultUuid = uuidV5("result", documentUuid);
  const mappingUuid = uuidV5("mapping", documentUuid);
  const observations = report.evidence.flatMap((item) => observation(item, report, resultUuid));
  const represented = new Set(observations.map((entry) => entry.uuid));
  const leftOut = [leftOutRemark(report), unrepresentable(report, represented, resultUuid)].filter((text) => text !== void 0);
  return {
    "assessment-results": {
      uuid: documentUuid,
      metadata: metadata(report, `SOC 2 readiness (${report.scope.join(", ")}) \u2014 ${auditLine(report.audit, report.asOf)}`, leftOut.length > 0 ? leftOut.join(" ") : void 0),
      "import-ap": {
        href: `#${mappingUuid}`,
        remarks: "crosswalk keeps no separate assessment plan: the plan is the mapping and the policy named in the back matter."
      },
      results: [
        {
          uuid: resultUuid,
          title: `SOC 2 readiness as of ${report.asOf}`,
          description: resultDescription(report),
          start: startOf(report),
          ...report.audit.type === "type2" ? { end: timestamp(report.audit.period.end) } : {},
          props: [
            ...prop("audit-type", report.audit.type),
            ...prop("as-of", report.asOf),
            ...prop("readiness", report.summary.readiness.toFixed(1)),
            ...prop("design-coverage", report.summary.designCoverage.toFixed(1)),
            ...prop("passed", String(report.summary.passed))
          ],
          "reviewed-controls": {
            "control-selections": [{ "include-controls": report.criteria.map((criterion) => ({ "control-id": criterion.id })) }],
            remarks: `The SOC 2 Trust Services Criteria (TSC 2017, points of focus revised 2022) of the categories in scope: ${report.scope.join(", ")}.`
          },
          ...some("observations", observations),
          ...some(
            "findings",
            report.criteria.map((criterion) => finding(criterion, report, resultUuid, represented))
          ),
          ...leftOut.length > 0 ? { remarks: leftOut.join("\n\n") } : {}
        }
      ],
      "back-matter": {
        resources: [
          {
            uuid: mappingUuid,
            title: report.mapping.name,
            description: `The ISO/IEC 27001:2022 to SOC 2 mapping the controls were judged against (${report.mapping.source === "default" ? "crosswalk's default mapping" : "a mapping file of the repository"}), with the policy of its .crosswalk.yml.`,
            props: prop("mapping-source", report.mapping.source)
          }
        ]
      }
    }
  };
}
function subjectOf(report) {
  const audit = report.audit.type === "type2" ? `type2 ${report.audit.period.start}..${report.audit.period.end}` : `type1 ${report.asOf}`;
  return `${report.scope.join(",")} ${audit}`;
}
function startOf(report) {
  const start = timestamp(report.audit.type === "type2" ? report.audit.period.start : report.asOf);
  if (start === void 0) throw new RangeError("OSCAL cannot express the audit dates: its dates run from 1900 to 2999");
  return start;
}
function resultDescription(report) {
  const { summary } = report;
  return [
    `${auditLine(report.audit, report.asOf)}.`,
    `Readiness ${summary.readiness.toFixed(1)}%: ${summary.ready} of ${summary.criteria} criteria ready, ${summary.incomplete} incomplete, ${summary.gap} gaps; design coverage ${summary.designCoverage.toFixed(1)}%.`,
    `A criterion is satisfied only when every control claimed for it has the evidence an auditor tests.`
  ].join(" ");
}
var stateWords = {
  ready: "Ready: every row that reaches it is met, on evidence.",
  incomplete: "Incomplete: a control is claimed for it, but not every claim has its evidence yet.",
  gap: "Gap: no implemented or in-progress control reaches it."
};
function finding(criterion, report, resultUuid, represented) {
  const through = [...criterion.controls, ...criterion.supplementalControls];
  const related = relatedObservations(criterion.id, report, resultUuid).filter((uuid) => represented.has(uuid));
  const blockers = criterion.blockedBy.flatMap(blockerProps);
  return {
    uuid: uuidV5(`finding ${criterion.id}`, resultUuid),
    title: `${criterion.id} ${criterion.subject}`,
    description: `${stateWords[criterion.state]}${through.length > 0 ? ` Through ${through.join(", ")}.` : ""}`,
    ...some("props", blockers),
    target: {
      type: "objective-id",
      "target-id": criterion.id,
      props: prop("state", criterion.state),
      status: { state: criterion.state === "ready" ? "satisfied" : "not-satisfied", reason: criterion.state === "ready" ? "pass" : "fail" }
    },
    ...some(
      "related-observations",
      related.map((uuid) => ({ "observation-uuid": uuid }))
    ),
    ...criterion.blockedBy.length > 0 ? { remarks: `Blocked by: ${criterion.blockedBy.map(blockerText).join("; ")}.` } : {}
  };
}
function blockerProps(row) {
  const source = row.iso === null ? `${row.controls.join(", ")} (SOC 2-specific)` : `${row.iso} via ${row.controls.join(", ")}`;
  if (row.requirements.length === 0) return prop("blocking-row", source, { class: "in-progress", remarks: "no control implemented yet" });
  return row.requirements.flatMap(
    (requirement) => prop("blocking-requirement", requirement.id, {
      class: requirement.reason,
      remarks: `${source}: ${reasonWords[requirement.reason]}${requirement.window ? ` (${requirement.window.start}..${requirement.window.end})` : ""}`
    })
  );
}
function blockerText(row) {
  const source = row.iso === null ? `${row.controls.join(", ")} (SOC 2-specific)` : `${row.iso} ${row.isoTitle ?? ""} via ${row.controls.join(", ")}`;
  const needs = row.requirements.map((requirement) => `${requirement.id} (${missingDetail({ reason: requirement.reason, window: requirement.window, laterEvidence: [] })})`);
  return `${source}: ${[...row.inProgress ? ["in progress, no control implemented yet"] : [], ...needs].join(", ")}`;
}
function relatedObservations(criterion, report, resultUuid) {
  const controls = new Set(report.controls.filter((control) => control.status !== "not-applicable" && control.criteria.includes(criterion)).map((control) => control.id));
  return report.evidence.filter((item) => controls.has(item.control)).map((item) => observationUuid(item, resultUuid));
}
function observationUuid(item, resultUuid) {
  return uuidV5(`observation ${item.control} ${item.evidence}`, resultUuid);
}
function observation(item, report, resultUuid) {
  const collected = timestamp(item.collected);
  if (collected === void 0) return [];
  const expires = timestamp(item.expires);
  const title = report.controls.find((control) => control.id === item.control)?.title;
  return [
    {
      uuid: observationUuid(item, resultUuid),
      title: `${item.control}: ${item.evidence}`,
      description: observationDescription(item, title),
      props: [
        ...prop("org-control", item.control),
        ...prop("evidence-id", item.evidence),
        ...prop("evidence-type", item.type ?? ""),
        ...item.satisfies.flatMap((requirement) => prop("satisfies", requirement)),
        ...prop("present", String(item.present)),
        ...item.period ? [...prop("period-start", item.period.start), ...prop("period-end", item.period.end)] : [],
        ...prop("source", `${item.file}:${item.line}`)
      ],
      methods: ["EXAMINE"],
      collected,
      ...expires === void 0 ? {} : { expires },
      "relevant-evidence": relevantEvidence(item)
    }
  ];
}
function observationDescription(item, controlTitle) {
  const what = `Evidence ${item.evidence} of ${item.control}${controlTitle ? ` (${controlTitle})` : ""}`;
  const when = `collected ${item.collected}${item.period ? `, recording ${item.period.start}..${item.period.end}` : ""}; counts until ${item.expires} (max age of ${item.expiresBy.join(", ")})`;
  const where = item.url !== void 0 ? "an external link crosswalk cannot open" : item.files.length === 0 ? `${item.path}, which matches no file` : `${item.path}, ${plural(item.files.length, "file")}`;
  return `${what}: ${item.type ?? "evidence"}, ${when}; ${where}.`;
}
var unhashed = {
  "not-requested": "not hashed",
  "file-too-large": "not hashed: larger than the per-file hashing cap",
  "hashing-budget-spent": "not hashed: the run reached its total hashing cap",
  unreadable: "not hashed: the file could not be read",
  "changed-while-read": "not hashed: the file changed while it was read"
};
function relevantEvidence(item) {
  if (item.url !== void 0) return [{ href: item.url, description: "External evidence: counted as present, not verified by crosswalk." }];
  if (item.files.length === 0) return [{ description: `The path ${item.path ?? ""} matches no file in the repository.` }];
  return item.files.map((file) => ({
    href: pathReference(file.path),
    description: `${file.path} (${file.size} bytes)`,
    props: [...prop("size", String(file.size)), ...file.sha256 === null ? [] : prop("sha256", file.sha256)],
    ...file.sha256 === null ? { remarks: unhashed[file.reason ?? "not-requested"] } : {}
  }));
}
function unrepresentable(report, represented, resultUuid) {
  const missing = report.evidence.filter((item) => !represented.has(observationUuid(item, resultUuid)));
  if (missing.length === 0) return void 0;
  return `Left out, as OSCAL cannot express dates before 1900: ${missing.map((item) => `${item.control} ${item.evidence} (collected ${item.collected})`).join(", ")}.`;
}

// src/report/oscal-component-definition.ts
function componentDefinition(report, options = {}) {
  const documentUuid = uuidV5("component-definition", options.namespace ?? crosswalkNamespace);
  const isoUuid = uuidV5("catalog iso27001-2022", documentUuid);
  const tscUuid = uuidV5("catalog soc2-tsc-2017", documentUuid);
  const isoClaims = report.controls.flatMap((control) => control.implements.map((iso) => ({ control, id: iso }))).sort((a, b) => compareIsoIds(a.id, b.id) || compareStrings(a.control.id, b.control.id));
  const tscClaims = report.controls.flatMap((control) => control.covers.map((criterion) => ({ control, id: criterion })));
  const implementations = [
    ...isoClaims.length === 0 ? [] : [
      {
        uuid: uuidV5("control-implementation iso27001-2022", documentUuid),
        source: `#${isoUuid}`,
        description: "The organization\u2019s controls that implement ISO/IEC 27001:2022 Annex A controls and ISMS clauses (clauses as control ids clause-4.1 \u2026 clause-10.2).",
        "implemented-requirements": isoClaims.map(({ control, id }) => implementedRequirement(control, id, isoToken(id), documentUuid))
      }
    ],
    ...tscClaims.length === 0 ? [] : [
      {
        uuid: uuidV5("control-implementation soc2-tsc-2017", documentUuid),
        source: `#${tscUuid}`,
        description: "The organization\u2019s SOC 2-specific controls: they address Trust Services Criteria that no ISO control reaches (covers: in the control files).",
        "implemented-requirements": tscClaims.map(({ control, id }) => implementedRequirement(control, id, id, documentUuid))
      }
    ]
  ];
  return {
    "component-definition": {
      uuid: documentUuid,
      metadata: metadata(report, "Information security controls", leftOutRemark(report)),
      ...some("components", implementations.length === 0 ? [] : [
        {
          uuid: uuidV5("component controls", documentUuid),
          type: "process-procedure",
          title: "Information security controls",
          description: `The organization\u2019s ${report.controls.length === 1 ? "control" : `${report.controls.length} controls`}, as written in its compliance repository and validated by crosswalk as of ${report.asOf}.`,
          "control-implementations": implementations
        }
      ]),
      "back-matter": {
        resources: [
          {
            uuid: isoUuid,
            title: "ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection \u2014 Information security management systems \u2014 Requirements",
            description: "Annex A controls and the ISMS clauses 4 to 10. ISO publishes no OSCAL catalog; control ids are ISO\u2019s own (A.5.15), clauses prefixed clause-.",
            rlinks: [{ href: "https://www.iso.org/standard/27001" }]
          },
          {
            uuid: tscUuid,
            title: "2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy (revised points of focus, 2022)",
            description: "AICPA Trust Services Criteria; control ids are the criteria ids (CC6.1).",
            rlinks: [{ href: "https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022" }]
          }
        ]
      }
    }
  };
}
function implementedRequirement(control, id, controlId, documentUuid) {
  return {
    uuid: uuidV5(`implemented-requirement ${control.id} ${id}`, documentUuid),
    "control-id": controlId,
    description: control.title,
    props: [
      ...prop("org-control", control.id),
      ...prop("status", control.status),
      ...prop("owner", control.owner ?? ""),
      ...prop("source", `${control.file}:${control.line}`)
    ],
    ...control.status === "not-applicable" ? { remarks: `Not applicable: ${control.justification ?? ""}` } : {}
  };
}

// src/report/format-oscal.ts
function formatOscal(model, report, options = {}) {
  const document = model === "assessment-results" ? assessmentResults(report, options) : componentDefinition(report, options);
  return `${JSON.stringify(document, null, 2)}
`;
}

// src/commands/export-oscal.ts
var targets = ["oscal"];
var exportCommand = {
  synopsis: "export oscal [DIR]       OSCAL 1.1.3 JSON: assessment results or a component definition",
  help: `Usage: crosswalk export oscal [DIR] [options]

OSCAL 1.1.3 JSON, valid against NIST's schema, for GRC tools and auditors.

  assessment-results (default)  one result for the run (the as-of date; for Type 2, the period
                                as start and end); a finding per in-scope criterion, satisfied
                                or not, with the requirements that block it; an observation per
                                evidence item with its collected and expiry dates and the
                                SHA-256 of every file it matched.
  component-definition          the organization's controls as implemented requirements of the
                                ISO/IEC 27001:2022 controls they implement (and of the SOC 2
                                criteria SOC 2-specific controls cover).

UUIDs are version 5, derived from stable names, and time stamps come from the as-of date, so an
unchanged repository exports the same bytes. Files are hashed in a bounded way: a file over
256 MiB, or past 1 GiB in all, is listed with its size and no hash.

${settingsHelp}
  --model M          ${oscalModels.join(" or ")}
  --namespace UUID   the UUID namespace to derive the document's UUIDs from (default:
                     crosswalk's own); give your organization's to make them yours alone
  --output F         write the document to F instead of standard output

Exit codes: 0 exported; 1 exported, but files with errors were left out (they are named in the
document's remarks and on standard error); 2 could not run.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, model: { type: "string", default: "assessment-results" }, namespace: { type: "string" }, output: { type: "string" } });
    if (values.help) {
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    const [target, ...directory] = positionals;
    if (target === void 0 || !targets.includes(target)) {
      throw new UsageError(`export needs a format: ${targets.join(", ")} (crosswalk export oscal [DIR])${target === void 0 ? "" : `, got "${target}"`}`);
    }
    const model = oneOf("--model", values.model, oscalModels);
    if (values.namespace !== void 0 && !isUuid(values.namespace)) throw new UsageError(`--namespace must be a UUID (8-4-4-4-12 hex digits), got "${values.namespace}"`);
    const root = await directoryArgument(directory, io, "export oscal");
    const run = await check({ root, ...overridesFrom(values, io), fingerprints: model === "assessment-results" });
    assertExpressible(run.report);
    await emit(formatOscal(model, run.report, { namespace: values.namespace }), values.output, io);
    const leftOut = leftOutRemark(run.report);
    io.stderr.write(`crosswalk: OSCAL ${model} as of ${run.report.asOf}${leftOut === void 0 ? "" : `; ${forTerminal(leftOut)}`}
`);
    return leftOut === void 0 ? 0 : 1;
  }
};
function assertExpressible(report) {
  const dates = [report.asOf, ...report.audit.type === "type2" ? [report.audit.period.start, report.audit.period.end] : []];
  const outside = dates.find((date) => timestamp(date) === void 0);
  if (outside !== void 0) throw new UsageError(`OSCAL cannot express the date ${outside}: its dates run from 1900 to 2999`);
}
export {
  exportCommand
};
