import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  auditLine,
  sanitizeText
} from "./chunk-FNXYG2V3.js";

// src/report/github/format-sarif.ts
import { createHash } from "node:crypto";

// src/report/rules.ts
var diagnosticRules = {
  "not-utf8": { title: "File is not UTF-8", help: "Save the file as UTF-8; crosswalk reads YAML as UTF-8 only." },
  "empty-file": { title: "Empty file", help: "A control file must hold a ControlImplementation mapping; delete the file or fill it in." },
  "yaml-syntax": { title: "Invalid YAML", help: "Fix the YAML syntax at the reported position; the file is not scored until it parses." },
  "yaml-comment-in-value": { title: "Comment inside a value", help: 'In YAML, " #" starts a comment, so the rest of an unquoted value after it is dropped (a warning); quote the value if the # belongs to it.' },
  "duplicate-key": { title: "Duplicate key", help: "A key may appear once per mapping; YAML parsers disagree on which copy wins, so crosswalk refuses both." },
  "yaml-alias-limit": { title: "Too many YAML aliases", help: 'Aliases expand beyond the limit (a "billion laughs" pattern); write the values out instead.' },
  "not-a-mapping": { title: "Document is not a mapping", help: "The top of the file must be a mapping with apiVersion, kind and controls." },
  "no-control-files": { title: "No control files", help: "No file matches the controls globs; set controls: in .crosswalk.yml or the controls input." },
  "unmatched-control-file": { title: "Control file not matched by the globs", help: "A kind: ControlImplementation file that no controls glob matches is not read (a warning); move or rename it (globs are case-sensitive: .YAML is not .yaml), or add a glob to controls: in .crosswalk.yml." },
  "untracked-control-file": { title: "Control file not tracked by git", help: "A file the controls globs match that git does not track is not part of the repository, so it is not read (a warning): commit it, or git add it to check it locally." },
  "limit-exceeded": { title: "Limit exceeded", help: "A file, pattern or repository exceeds one of the limits that keep a hostile pull request from exhausting the runner; the message names the limit and its .crosswalk.yml key (limits:)." },
  "unknown-key": { title: "Unknown key", help: "Only the keys of the schema are allowed; a misspelt key would silently drop data, so it is an error." },
  "missing-field": { title: "Missing required key", help: "Add the required key named in the message." },
  "invalid-value": { title: "Invalid value", help: "The value does not have the type or form the schema requires." },
  "wrong-kind": { title: "Wrong kind", help: "Files matched by the controls globs must be kind: ControlImplementation." },
  "unknown-iso-control": { title: "Unknown ISO/IEC 27001:2022 control", help: "Use an Annex A id (A.5.15) or an ISMS clause (6.1.2) of ISO/IEC 27001:2022." },
  "iso-2013-id": { title: "ISO/IEC 27001:2013 id", help: "The id is from the 2013 edition; the message names the 2022 control(s) that replace it." },
  "unknown-tsc-criterion": { title: "Unknown SOC 2 criterion", help: "Use a Trust Services Criteria id such as CC6.1, A1.2, C1.1, PI1.3 or P4.2." },
  "duplicate-control-id": { title: "Duplicate control id", help: "Org control ids must be unique across the repository; the second declaration is ignored." },
  "duplicate-claim": { title: "Id listed twice", help: "An ISO control in implements (or a criterion in covers) listed twice in one control counts once; remove the repeat." },
  "duplicate-evidence-id": { title: "Duplicate evidence id", help: "Evidence ids must be unique within a control (requirement ids within a mapping)." },
  "missing-justification": { title: "Not-applicable without justification", help: "Say why the control does not apply; an auditor will ask." },
  "no-implements-or-covers": { title: "Control maps to nothing", help: "List the ISO controls it implements (implements:) or the SOC 2 criteria it covers (covers:)." },
  "evidence-without-location": { title: "Evidence without path or url", help: "Give a path (file or glob in the repository) or a url for external evidence." },
  "collected-in-future": { title: "Evidence collected in the future", help: "A collected date later than today is a typo; the evidence is not counted until the date is corrected." },
  "collected-after-as-of": { title: "Evidence collected after the as-of date", help: "Looking back with an as-of date in the past, evidence collected later is not counted, as if not yet written." },
  "invalid-period": { title: "Invalid evidence period", help: "An evidence period needs start \u2264 end \u2264 collected: it records activity that already happened." },
  "evidence-path-outside-repo": { title: "Evidence path leaves the repository", help: 'Evidence paths must stay inside the repository: no absolute paths, no "..", no symlinks out. Such paths are never read.' },
  "evidence-path-backslash": { title: "Evidence path with backslashes", help: 'Evidence paths use "/" between folders on every system; a "\\" is a glob escape, so a Windows-style path matches no file (a warning).' },
  "evidence-path-is-folder": { title: "Evidence path names a folder", help: "A path matches files, not folders (a warning); to count the files in a folder, write folder/** or folder/*.csv." },
  "evidence-path-not-found": { title: "Evidence path matches no file", help: "The path of an evidence item matches no non-empty file (a warning, even when other evidence satisfies the same requirements): fix the typo the message points at, or add the file. A leading ./ is read from the repository root." },
  "per-file-date": { title: "per_file evidence file without a usable date", help: "Each file a per_file item matches is dated by the rightmost date its path names (YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY-Qn, YYYY-Hn, or a year as a whole folder or file name, from 2000 to the collected year); a file that names none, names no calendar date (2026-02-30, 2026-13) or a span that starts after collected is an error and is not counted. Rename the file." },
  "samples-exceed-rows": { title: "More samples declared than the CSV holds", help: "samples: is larger than the number of data rows (header not counted) of the CSV files the path matches (a warning); an auditor counts the rows." },
  "unknown-requirement": { title: "Unknown evidence requirement", help: "satisfies: must name evidence-requirement ids of the mapping in use." },
  "placeholder-owner": { title: "Owner is a placeholder", help: "An implemented or in-progress control whose owner: still says TODO, TBD or similar (a warning): nobody is asked for the evidence; name the person or team who runs the control." },
  "requirement-of-other-mapping": {
    title: "Evidence requirement of another shipped mapping",
    help: "satisfies: names a requirement of the other shipped mapping (default or seed), not of the one in use, so the item does not count toward it (a warning); use the ids of the mapping in use (crosswalk requirements lists them)."
  },
  "control-reaches-no-criterion": {
    title: "Control reaches no in-scope criterion",
    help: "None of the ISO controls the org control implements reaches a SOC 2 criterion in scope (a notice): the mapping leaves them out on purpose (unmapped:, with its reason), maps them only to categories outside the scope, or as gaps. Its evidence counts toward nothing; add the category to the scope or map the control elsewhere if that is not what you meant. Not said of a planned control that lists no evidence yet."
  },
  "requirement-not-implemented": { title: "Evidence for a control not implemented here", help: "The requirement belongs to an ISO control this org control does not implement, so it does not count; add the ISO id to implements: or move the evidence." },
  "invalid-change-population": { title: "Invalid ChangePopulation document", help: "A document the evidence path matches fails schemas/change-population.schema.json, or the exceptions or summary it records disagree with its changes (crosswalk recomputes them): collect it again with crosswalk collect github-changes; the item is not present until then." },
  "change-population-mixed": { title: "Evidence path mixes ChangePopulation documents and other files", help: "A path that matches ChangePopulation documents must match only them (collected evidence is judged document by document); give the other files an item of their own. The item is not present until then." },
  "collected-evidence-declares": { title: "Collected evidence declares what its documents say", help: "period, samples and population of collected evidence come from its ChangePopulation documents (a warning); remove them from the item." },
  "deviation-unknown-change": { title: "Deviation for no exception", help: "A deviation names a change that is not in the item's documents, or that has no exception (a warning): use the id the document writes (#812, 9fceb02) or qualify it (acme/api#812)." },
  "deviation-self-approved": { title: "Deviation approved by the change's author", help: "Management's response to an exception must be approved by someone other than the change's author; until then the exception is unanswered." },
  "deviation-without-collected-evidence": { title: "Deviations on evidence that is not collected", help: "deviations: answer exceptions of ChangePopulation documents; on any other item they mean nothing (a warning)." }
};
var missingEvidenceRules = {
  absent: { title: "Missing evidence: none listed", help: "No evidence item lists this requirement in satisfies:. Collect the evidence and add an item." },
  "file-not-found": { title: "Missing evidence: file not found", help: "The evidence items that list this requirement point at paths that match no file in the repository." },
  "period-gap": { title: "Missing evidence: a window of the period is empty", help: "Type 2: every ended window of the observation period (a quarter for a quarterly review) needs an item whose activity ends inside it; collect the missing one and give it a period." },
  stale: { title: "Missing evidence: stale", help: "All present evidence for this requirement is older than its maximum age; collect it again." },
  "insufficient-samples": { title: "Missing evidence: too few samples", help: "The fresh evidence counts fewer samples than the requirement asks for; add samples." },
  exceptions: { title: "Missing evidence: changes with exceptions", help: "Collected evidence (a ChangePopulation document) has changes with exceptions (no pull request, no independent approval, approval not on the final commit, checks not passing) that no deviation answers; answer each with deviations: (class, response, approved_by) on the item, or fix the process." }
};

// src/report/github/format-sarif.ts
var ruleIds = [
  ...Object.keys(diagnosticRules),
  ...Object.keys(missingEvidenceRules).map((reason) => `missing-evidence/${reason}`)
];
function ruleDoc(id) {
  return id.startsWith("missing-evidence/") ? missingEvidenceRules[id.slice("missing-evidence/".length)] : diagnosticRules[id];
}
function formatSarif(report, options = {}) {
  const results = [
    ...report.diagnostics.map(
      (diagnostic) => result(diagnostic.code, diagnostic.severity === "error" ? "error" : diagnostic.severity === "warning" ? "warning" : "note", diagnostic.message, diagnostic)
    ),
    ...report.missingEvidence.map((entry) => {
      const owner = entry.controls.join(", ");
      const target = entry.iso === null ? `SOC 2 ${entry.criteria.join(", ")}` : `${entry.iso} \u2192 ${entry.criteria.join(", ")}`;
      const message = `${owner}: evidence requirement ${entry.requirement} (${target}) is not met: ${entry.reason}. ${entry.description}`;
      return result(`missing-evidence/${entry.reason}`, entry.blocking ? "error" : "warning", message, entry.evidence[0] ?? entry);
    })
  ];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "crosswalk",
            ...options.informationUri === void 0 ? {} : { informationUri: options.informationUri },
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: ruleIds.map((id) => {
              const doc = ruleDoc(id);
              return {
                id,
                name: doc.title.replace(/[^A-Za-z0-9]+/g, " ").trim().replace(/ (\w)/g, (_, letter) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toUpperCase()),
                shortDescription: { text: doc.title },
                fullDescription: { text: doc.help },
                help: { text: doc.help, markdown: doc.help },
                defaultConfiguration: { level: id.startsWith("missing-evidence/") || id === "requirement-not-implemented" ? "warning" : "error" },
                properties: { tags: ["compliance", "soc2", "iso27001"] }
              };
            })
          }
        },
        automationDetails: { id: "crosswalk/" },
        // What the run attests, in words and as data: Type 1 at a date, or a Type 2 period and how far it has run.
        properties: { asOf: report.asOf, audit: report.audit, attests: sanitizeText(auditLine(report.audit, report.asOf)) },
        results
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
function result(ruleId, level, text, at) {
  const file = at.file === void 0 || at.file === "." ? ".crosswalk.yml" : at.file;
  return {
    ruleId,
    ruleIndex: ruleIds.indexOf(ruleId),
    level,
    message: { text: sanitizeText(text) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" },
          region: { startLine: at.line ?? 1, startColumn: at.column ?? 1 }
        }
      }
    ],
    // Stable across runs so code scanning tracks a finding instead of reopening it.
    partialFingerprints: { "crosswalkFinding/v1": createHash("sha256").update(`${ruleId}\0${file}\0${text}`).digest("hex").slice(0, 32) }
  };
}

export {
  diagnosticRules,
  formatSarif
};
