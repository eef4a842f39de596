import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  GitError,
  MatchBudget,
  ReadBudget,
  budgetProblem,
  compileGlob,
  firstLine,
  hasGlobMagic,
  keepTracked,
  loadYamlFiles,
  lowerBound,
  runGit,
  selectControlFiles,
  untrackedDiagnostics
} from "./chunk-ERGGLECK.js";
import {
  ChangePopulation,
  checkSchema,
  decodeUtf8,
  describeValue,
  diskSource,
  isWordLike,
  loadMapping,
  maxConfigBytes,
  otherShippedMappings,
  parseSource,
  quoteName,
  relativeInside
} from "./chunk-3GU7VIBY.js";
import {
  loadCatalogs
} from "./chunk-GZRYZUVX.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import {
  capPerFile,
  compareDiagnostics,
  compareStrings
} from "./chunk-YGSFOW3Y.js";
import {
  ageLimitsFor,
  buildReport,
  contains,
  isDesignDocument,
  isFresh,
  isPresent,
  judgeRequirement,
  judgedAt,
  lastCollected,
  missingEntryKey,
  operatingEvidence,
  policyAgeLimit,
  startedPeriod,
  termsOf,
  withVerdict
} from "./chunk-5GRUUBCQ.js";
import {
  addDays,
  addMonths,
  changesNamed,
  daysBetween,
  inconsistencies,
  isIsoDate,
  todayUtc
} from "./chunk-HBO2JP73.js";
import {
  categories,
  defaultBadgeStyle,
  defaultControlGlobs,
  defaultExpiryWarningDays,
  defaultFailOn,
  defaultLimits,
  defaultMaxEvidenceAgeDays,
  failConditions,
  isShippedMappingName,
  limitKeys
} from "./chunk-2EFRXZKO.js";
import {
  closestMatch,
  closestRequirementId,
  compareNullableIso,
  didYouMean,
  judgeIsoId,
  plural
} from "./chunk-ZWLGM2CQ.js";

// src/validate/config.ts
import path from "node:path";

// src/validate/badge-style.ts
var namedColors = /* @__PURE__ */ new Set(["brightgreen", "green", "yellow", "yellowgreen", "orange", "red", "blue", "grey", "lightgrey", "gray", "lightgray", "critical", "important", "success", "informational", "inactive"]);
function isBadgeColor(color) {
  return namedColors.has(color) || /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color);
}
var colorNames = ["brightgreen", "green", "yellowgreen", "yellow", "orange", "red", "blue", "grey", "lightgrey"];
function resolveBadgeStyle(config) {
  const raw = config?.data?.badge;
  if (raw === void 0) return { ok: true, style: defaultBadgeStyle };
  const unknown = Object.keys(raw).find((key) => !["label", "thresholds", "colors"].includes(key));
  const problem = (message, ...path5) => {
    const at = config.locate(["badge", ...path5], path5.length === 1 && path5[0] === unknown ? "key" : "value");
    return { ok: false, problem: `${at.file}:${at.line}:${at.column}: ${message}` };
  };
  if (unknown !== void 0) return problem(`unknown key ${quoteName(unknown)} in badge${didYouMean(unknown, ["label", "thresholds", "colors"])}`, unknown);
  const label = raw.label ?? defaultBadgeStyle.label;
  if (typeof label !== "string" || label.trim() === "" || label.length > 60) return problem("badge.label must be a text of 1 to 60 characters", "label");
  const thresholds = raw.thresholds ?? defaultBadgeStyle.thresholds;
  if (!Array.isArray(thresholds) || thresholds.length === 0) return problem("badge.thresholds must be a list of percentages, e.g. [50, 80]", "thresholds");
  for (const [index, threshold] of thresholds.entries()) {
    if (typeof threshold !== "number" || threshold < 0 || threshold > 100) return problem(`badge.thresholds[${index}] must be a percentage from 0 to 100, found ${typeof threshold === "number" ? threshold : describeValue(threshold)}`, "thresholds", index);
    if (index > 0 && threshold <= thresholds[index - 1]) return problem(`badge.thresholds must rise: ${threshold} after ${String(thresholds[index - 1])}`, "thresholds", index);
  }
  const colors = raw.colors ?? (raw.thresholds === void 0 ? defaultBadgeStyle.colors : void 0);
  if (!Array.isArray(colors) || colors.length !== thresholds.length + 1) {
    return problem(`badge.colors must list ${thresholds.length + 1} colours, one per band the ${thresholds.length} threshold(s) make`, raw.colors === void 0 ? "thresholds" : "colors");
  }
  for (const [index, color] of colors.entries()) {
    if (typeof color !== "string" || !isBadgeColor(color)) {
      return problem(`badge.colors[${index}] ${typeof color === "string" ? quoteName(color) : describeValue(color)} is not a badge colour (a name such as ${colorNames.join(", ")}, or hex like #4c1)${isWordLike(color) ? didYouMean(color, colorNames) : ""}`, "colors", index);
    }
  }
  return { ok: true, style: { label, thresholds, colors } };
}

// src/validate/paths.ts
function unsafePathReason(pattern) {
  if (pattern.includes("\0")) return "contains a NUL character";
  if (/^([/\\]|[A-Za-z]:)/.test(pattern)) return "is absolute: paths are relative to the repository root";
  if (pattern.split(/[/\\]/).some((segment) => segment === "..")) return 'climbs out with "..": it must stay inside the repository';
  return void 0;
}

// src/validate/config.ts
function resolveSettings(root, config, overrides, now = /* @__PURE__ */ new Date()) {
  const raw = config ? checkedConfig(config) : {};
  const failOn = overrides.failOn ? parseList(overrides.failOn, failConditions, "fail-on") : raw.policy?.fail_on ?? defaultFailOn;
  const minReadiness = overrides.minReadiness !== void 0 && overrides.minReadiness !== "" ? parsePercent(overrides.minReadiness) : raw.policy?.min_readiness;
  const today = todayUtc(now);
  const asOf = overrides.asOf ?? raw.as_of ?? today;
  if (!isIsoDate(asOf)) throw new UsageError(`as-of must be a calendar date written YYYY-MM-DD, got ${quoteName(asOf)}`);
  if (asOf > today) throw new UsageError(`as-of ${asOf} is after today (${today}): evidence cannot be judged at a date that has not come; look back, not ahead`);
  if (failOn.includes("readiness") && minReadiness === void 0) {
    throw new UsageError('fail_on includes "readiness" but no minimum is set: add policy.min_readiness (or --min-readiness)');
  }
  const mapping = overrides.mapping !== void 0 ? mappingFromFlag(overrides.mapping) : mappingFromConfig(root, raw.mapping, config);
  return {
    root,
    controls: overrides.controls ?? raw.controls ?? defaultControlGlobs,
    mapping,
    scope: scopeOf(overrides.scope ? parseList(overrides.scope, categories, "scope") : raw.scope ?? []),
    asOf,
    audit: auditOf(raw.audit, overrides),
    policy: {
      failOn: new Set(failOn),
      minReadiness,
      maxEvidenceAgeDays: raw.policy?.max_evidence_age_days ?? defaultMaxEvidenceAgeDays,
      expiryWarningDays: raw.policy?.expiry_warning_days ?? defaultExpiryWarningDays
    },
    badge: resolveBadgeStyle(config),
    evidenceIssue: { mentionTeams: raw.evidence_issue?.mention_teams ?? [] },
    limits: limitsOf(raw.limits ?? {}),
    oscal: { namespace: raw.oscal?.namespace?.toLowerCase(), organization: raw.oscal?.organization }
  };
}
function checkedConfig(config) {
  const [first, ...rest] = checkSchema("Config", config).map((finding) => finding.diagnostic);
  if (first) {
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
    throw new UsageError(`${first.file}:${first.line}:${first.column}: ${first.message}${more}`);
  }
  return config.data;
}
function shippedMapping(value) {
  return isShippedMappingName(value) ? { kind: value } : void 0;
}
function mappingFromFlag(value) {
  return shippedMapping(value) ?? { kind: "file", path: value };
}
function mappingFromConfig(root, value, config) {
  if (value === void 0) return { kind: "default" };
  const shipped = shippedMapping(value);
  if (shipped) return shipped;
  const unsafe = unsafePathReason(value);
  if (unsafe) {
    const at = config.locate(["mapping"]);
    throw new UsageError(`${at.file}:${at.line}:${at.column}: mapping path ${quoteName(value)} ${unsafe}; it is not read`);
  }
  return { kind: "file", path: path.resolve(root, value) };
}
function auditOf(raw, overrides) {
  const type = overrides.auditType !== void 0 && overrides.auditType !== "" ? parseList([overrides.auditType], ["type1", "type2"], "audit-type")[0] : raw?.type ?? "type1";
  const period = overrides.period !== void 0 && overrides.period !== "" ? parsePeriod(overrides.period) : raw?.period;
  if (type === "type1") {
    if (overrides.period !== void 0 && overrides.period !== "") throw new UsageError(`--period ${quoteName(overrides.period)} is the observation period of a Type 2 audit, but the audit type is type1: add --audit-type type2 (or audit.type: type2 in .crosswalk.yml), or leave --period out`);
    return { type };
  }
  if (period === void 0) throw new UsageError("audit.type is type2 but audit.period is not set: give the observation period (audit.period.start and .end, or --period START..END)");
  for (const [key, date] of [["start", period.start], ["end", period.end]]) {
    if (!isIsoDate(date)) throw new UsageError(`audit.period.${key} must be a calendar date written YYYY-MM-DD, got ${quoteName(date)}`);
  }
  if (period.end < period.start) throw new UsageError(`audit.period.end ${period.end} is before audit.period.start ${period.start}`);
  if (period.end >= addMonths(period.start, 12)) throw new UsageError(`audit.period ${period.start}..${period.end} is longer than 12 months; a SOC 2 Type II period is at most 12`);
  if (period.end < addMonths(period.start, 1, -1)) throw new UsageError(`audit.period ${period.start}..${period.end} is shorter than 1 month; a SOC 2 Type II period runs 1 to 12 months`);
  return { type, period: { start: period.start, end: period.end } };
}
function parsePeriod(value) {
  const parts = value.split("..");
  if (parts.length !== 2) throw new UsageError(`period must be written START..END (e.g. 2026-01-01..2026-12-31), got ${quoteName(value)}`);
  return { start: parts[0].trim(), end: parts[1].trim() };
}
function limitsOf(raw) {
  const entries = Object.keys(limitKeys).map((key) => [key, raw[limitKeys[key]] ?? defaultLimits[key]]);
  return Object.fromEntries(entries);
}
function scopeOf(added) {
  return categories.filter((category) => category === "security" || added.includes(category));
}
function parseList(values, allowed, name) {
  return values.map((value) => {
    if (allowed.includes(value)) return value;
    throw new UsageError(`${name}: ${quoteName(value)} is not one of ${allowed.join(", ")}${didYouMean(value, allowed)}`);
  });
}
function parsePercent(value) {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0 || number > 100) {
    throw new UsageError(`min-readiness must be a percentage from 0 to 100, got ${quoteName(value)}`);
  }
  return number;
}
function splitList(value) {
  if (value === void 0 || value.trim() === "") return void 0;
  return value.split(/[,\n]/).map((item) => item.trim()).filter((item) => item !== "");
}

// src/load/config.ts
import path2 from "node:path";
var configFileName = ".crosswalk.yml";
async function loadSettings(root, configFile, overrides, tracked, files = diskSource(root, tracked)) {
  const file = configFile ?? path2.join(root, configFileName);
  const shown = configFile === void 0 ? configFileName : relativeInside(root, configFile) ?? configFile;
  const text = await readConfigText(files, file, shown, configFile !== void 0);
  return resolveSettings(root, text === void 0 ? void 0 : parseConfig(shown, text), overrides);
}
async function readConfigText(files, file, shown, required) {
  const bytes = await files.readNamed(file, shown, maxConfigBytes);
  if (bytes === void 0) {
    if (!required) return void 0;
    throw new UsageError(`cannot read config ${shown}: no such file`);
  }
  const decoded = decodeUtf8(shown, bytes);
  if (!decoded.ok) throw new UsageError(`${shown}:${decoded.diagnostic.line}:${decoded.diagnostic.column}: ${decoded.diagnostic.message}`);
  return decoded.text;
}
function parseConfig(shown, text) {
  const parsed = parseSource(shown, text);
  if (parsed.ok) return parsed.document;
  const first = parsed.diagnostics[0];
  throw new UsageError(`${first.file}:${first.line}:${first.column}: ${first.message}`);
}

// src/load/change-population.ts
var maxDocumentBytes = 16 * 1024 * 1024;
var maxBytesPerRun = 128 * 1024 * 1024;
var readsAtOnce = 16;
async function readChangePopulations(controls, observations, source) {
  const fileLists = /* @__PURE__ */ new Set();
  for (const seen of observations.values()) if (seen.kind === "files") fileLists.add(seen.files);
  const sizes = /* @__PURE__ */ new Map();
  for (const files of fileLists) for (const file of files) if (file.size > 0 && file.size <= maxDocumentBytes && /\.json$/i.test(file.path)) sizes.set(file.path, file.size);
  if (sizes.size === 0) return /* @__PURE__ */ new Map();
  let budget = maxBytesPerRun;
  const affordable = [...sizes].filter(([, size]) => (budget -= size) >= 0).map(([file]) => file);
  const parsed = /* @__PURE__ */ new Map();
  for (let start = 0; start < affordable.length; start += readsAtOnce) {
    const batch = affordable.slice(start, start + readsAtOnce);
    const documents = await Promise.all(batch.map((file) => populationDocument(source, file)));
    batch.forEach((file, index) => {
      if (documents[index] !== void 0) parsed.set(file, documents[index]);
    });
  }
  if (parsed.size === 0) return /* @__PURE__ */ new Map();
  const sorted = /* @__PURE__ */ new Map();
  const candidates = /* @__PURE__ */ new Map();
  for (const item of controls.flatMap((control) => control.evidence)) {
    const seen = observations.get(item);
    if (seen?.kind !== "files") continue;
    if (!sorted.has(seen.files)) sorted.set(seen.files, sortFiles(seen.files, parsed));
    const found = sorted.get(seen.files);
    if (found !== void 0) candidates.set(item, found);
  }
  return candidates;
}
function sortFiles(files, parsed) {
  const present = files.filter((file) => file.size > 0);
  const documents = present.filter((file) => parsed.has(file.path)).map((file) => ({ path: file.path, ...parsed.get(file.path) }));
  return documents.length === 0 ? void 0 : { documents, others: present.filter((file) => !parsed.has(file.path)).map((file) => file.path) };
}
async function populationDocument(source, file) {
  const buffer = await source.read(file, file, maxDocumentBytes).catch(() => void 0);
  if (buffer === void 0) return void 0;
  const text = buffer.toString("utf8");
  if (!text.includes("ChangePopulation")) return void 0;
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return /"kind"\s*:\s*"ChangePopulation"/.test(text) ? { error: `it is not valid JSON (${error.message})` } : void 0;
  }
  return typeof data === "object" && data !== null && data.kind === "ChangePopulation" ? { data } : void 0;
}

// src/load/evidence.ts
async function observeEvidence(controls, index, limits = defaultLimits, budget = new MatchBudget(limits.maxGlobMatches), files = diskSource(index.root, void 0)) {
  const matched = matchEvidence(controls, index, limits, budget);
  const sizes = await files.sizes([...new Set([...new Set(matched.paths.values())].flat())]);
  const observations = /* @__PURE__ */ new Map();
  const shared = /* @__PURE__ */ new Map();
  for (const [item, found] of matched.paths) {
    let observation = shared.get(found);
    if (observation === void 0) {
      observation = { kind: "files", files: found.map((file) => ({ path: file, size: sizes.get(file) ?? 0 })) };
      shared.set(found, observation);
    }
    observations.set(item, observation);
  }
  for (const item of matched.urls) observations.set(item, { kind: "url" });
  return { observations, diagnostics: matched.diagnostics };
}
function matchEvidence(controls, index, limits, budget) {
  const paths = /* @__PURE__ */ new Map();
  const urls = [];
  const diagnostics = [];
  const cache = /* @__PURE__ */ new Map();
  for (const control of controls) {
    for (const item of control.evidence) {
      if (item.source.kind === "url") {
        urls.push(item);
        continue;
      }
      const pattern = item.source.pattern;
      let match = cache.get(pattern);
      if (!match) {
        match = cache.size >= limits.maxEvidencePatterns ? refused(`the repository's evidence uses more than ${limits.maxEvidencePatterns.toLocaleString("en-US")} distinct paths (limits.max_evidence_patterns)`) : unsafePathReason(pattern) ? { files: [], escapingLink: void 0, problem: void 0 } : matchPattern(repositoryRelative(pattern), index, limits, budget);
        cache.set(pattern, match);
      }
      if (match.problem === void 0 && match.files.length > 1 && !budget.spend(match.files.length)) match = refused(budgetProblem(limits));
      if (match.problem !== void 0) {
        diagnostics.push({ severity: "error", code: "limit-exceeded", message: `path: ${match.problem}; it is not matched`, ...item.source.at });
      }
      if (match.escapingLink !== void 0) {
        diagnostics.push({
          severity: "error",
          code: "evidence-path-outside-repo",
          message: `path ${quoteName(pattern)} reaches ${match.escapingLink}, a symlink to a place outside the repository; it is not read`,
          ...item.source.at
        });
      }
      paths.set(item, match.files);
    }
  }
  return { paths, urls, diagnostics };
}
function refused(problem) {
  return { files: [], escapingLink: void 0, problem };
}
function repositoryRelative(pattern) {
  return pattern.replace(/^(\.\/+)+/, "");
}
function matchPattern(pattern, index, limits, budget) {
  const compiled = compileGlob(pattern, limits, budget);
  if (!compiled.ok) return refused(compiled.problem);
  const escapingLink = compiled.glob.firstReached(index.escapingLinks, budget);
  const matched = compiled.glob.matchIn(index.files, budget, limits);
  if (!matched.ok) return { files: [], escapingLink, problem: matched.problem };
  return { files: matched.files, escapingLink, problem: void 0 };
}

// src/validate/controls.ts
var scoredControlFields = /* @__PURE__ */ new Set(["id", "status", "implements", "covers", "evidence"]);
var ControlValidator = class {
  constructor(context) {
    this.context = context;
  }
  context;
  diagnostics = [];
  controls = [];
  /** First declaration of each org control id, across files. */
  declared = /* @__PURE__ */ new Map();
  limitReported = false;
  add(document) {
    const findings = checkSchema("ControlImplementation", document);
    for (const finding of findings) this.diagnostics.push(finding.diagnostic);
    const broken = findings.filter((finding) => !finding.unknownKey).map((finding) => finding.path);
    if (broken.some((path5) => path5.length <= 1)) return;
    const rawControls = document.data.controls;
    rawControls.forEach((raw, index) => {
      const path5 = ["controls", index];
      if (!isMapping(raw)) return;
      const usable = !broken.some((bad) => makesControlUnusable(bad, path5));
      if (usable && this.controls.length >= (this.context.maxControls ?? Infinity)) {
        if (!this.limitReported) this.diagnostics.push({ severity: "error", code: "limit-exceeded", message: `more than ${this.context.maxControls} controls (limits.max_controls); the rest are not scored`, ...document.locate(path5) });
        this.limitReported = true;
        return;
      }
      const checker = new ControlChecker(document, path5, this.context, this.diagnostics, broken);
      const control = checker.build(raw);
      const id = typeof raw.id === "string" && !broken.some((bad) => isWithin(bad, [...path5, "id"])) ? raw.id : void 0;
      if (id === void 0) return;
      const previous = this.declared.get(id);
      if (previous) {
        checker.error("duplicate-control-id", `control id ${quoteName(id)} is already declared at ${previous.file}:${previous.line}:${previous.column}; org control ids must be unique across the repository`, ["id"]);
        return;
      }
      this.declared.set(id, document.locate([...path5, "id"], "key"));
      if (usable && control !== void 0) this.controls.push(control);
    });
  }
  result() {
    return { controls: [...this.controls].sort((a, b) => compareStrings(a.id, b.id)), diagnostics: [...this.diagnostics] };
  }
};
function makesControlUnusable(bad, control) {
  if (isAt(bad, control)) return true;
  return bad.length === control.length + 1 && isWithin(bad, control) && scoredControlFields.has(String(bad[control.length]));
}
function isAt(path5, prefix) {
  return path5.length === prefix.length && prefix.every((segment, index) => path5[index] === segment);
}
function isWithin(path5, prefix) {
  return path5.length >= prefix.length && prefix.every((segment, index) => path5[index] === segment);
}
var ControlChecker = class {
  constructor(document, path5, context, diagnostics, broken) {
    this.document = document;
    this.path = path5;
    this.context = context;
    this.diagnostics = diagnostics;
    this.broken = broken;
  }
  document;
  path;
  context;
  diagnostics;
  broken;
  error(code, message, relative) {
    this.report("error", code, message, relative);
  }
  warn(code, message, relative) {
    this.report("warning", code, message, relative);
  }
  note(code, message, relative) {
    this.report("notice", code, message, relative);
  }
  report(severity, code, message, relative) {
    this.diagnostics.push({ severity, code, message, ...this.document.locate([...this.path, ...relative]) });
  }
  /** Whether the schema found nothing wrong at or inside this field (an unknown key aside). */
  isValid(relative) {
    const absolute = [...this.path, ...relative];
    return !this.broken.some((bad) => isWithin(bad, absolute));
  }
  /** A field's value when the schema accepted it; undefined when absent or reported already. */
  valid(value, relative, guard) {
    return value !== void 0 && this.isValid(relative) && guard(value) ? value : void 0;
  }
  /**
   * Checks every field of the control, whatever else is wrong with it, and builds the control
   * as scoring sees it (the caller scores it only when its scored fields are all valid).
   */
  build(raw) {
    const name = this.valid(raw.id, ["id"], isString) ?? "without a valid id";
    const implemented = this.checkImplements(raw.implements);
    const covers = this.checkCovers(raw.covers);
    if (raw.implements === void 0 && raw.covers === void 0) {
      this.error("no-implements-or-covers", `control ${name} must list the ISO controls it implements (implements:) or the SOC 2 criteria it covers (covers:)`, ["id"]);
    }
    if (raw.status === "not-applicable" && raw.justification === void 0) {
      this.error("missing-justification", `control ${name} is not-applicable: add a justification saying why, as an auditor will ask`, ["status"]);
    }
    const owner = this.valid(raw.owner, ["owner"], isString);
    if (owner !== void 0 && (raw.status === "implemented" || raw.status === "in-progress")) this.checkOwner(owner);
    return {
      id: raw.id,
      title: raw.title,
      implements: implemented,
      covers,
      status: raw.status,
      owner,
      justification: raw.justification,
      ...this.checkEvidence(raw.evidence, name, implemented),
      at: this.document.locate([...this.path, "id"], "key")
    };
  }
  /**
   * An owner left as the scaffold's placeholder is no owner: nobody is asked for the evidence. A
   * planned control may wait for one (init scaffolds `owner: TODO`); one in operation may not.
   */
  checkOwner(owner) {
    if (isPlaceholder(owner)) {
      this.warn("placeholder-owner", `owner ${quoteName(owner)} is a placeholder: name the person or team who runs the control (an email, or a GitHub handle such as "@acme/security")`, ["owner"]);
    }
  }
  checkImplements(ids) {
    if (!Array.isArray(ids)) return [];
    const known = ids.flatMap((id, index) => {
      if (typeof id !== "string") return [];
      const verdict = judgeIsoId(id, this.context.catalogs);
      if (verdict.kind === "known") return [id];
      this.error(verdict.kind === "iso-2013" ? "iso-2013-id" : "unknown-iso-control", verdict.message, ["implements", index]);
      return [];
    });
    return this.once(ids, known, "implements");
  }
  checkCovers(ids) {
    if (!Array.isArray(ids)) return [];
    const known = this.context.catalogs.criteriaById;
    const found = ids.flatMap((id, index) => {
      if (typeof id !== "string") return [];
      if (known.has(id)) return [id];
      this.error("unknown-tsc-criterion", `${id} is not a SOC 2 Trust Services Criterion${isWordLike(id) ? didYouMean(id, known.keys()) : ""}`, ["covers", index]);
      return [];
    });
    return this.once(ids, found, "covers");
  }
  /**
   * Each id once, warning at every repeat: a claim listed twice is one claim (and would give one
   * OSCAL implemented requirement two entries with the same UUID).
   */
  once(written, kept, key) {
    const keep = new Set(kept);
    const seen = /* @__PURE__ */ new Set();
    written.forEach((id, index) => {
      if (typeof id !== "string" || !keep.has(id)) return;
      if (seen.has(id)) this.warn("duplicate-claim", `${id} is listed twice in ${key}; it counts once`, [key, index]);
      seen.add(id);
    });
    return [...seen];
  }
  checkEvidence(list, controlName, implemented) {
    const seen = /* @__PURE__ */ new Set();
    const items = [];
    const later = [];
    const today = this.context.today ?? this.context.asOf;
    (Array.isArray(list) ? list : []).forEach((evidence, index) => {
      if (!isMapping(evidence)) return;
      const at = ["evidence", index];
      const id = this.valid(evidence.id, [...at, "id"], isString);
      const duplicate = id !== void 0 && seen.has(id);
      if (duplicate) this.error("duplicate-evidence-id", `evidence id ${quoteName(id)} is used twice in control ${controlName}`, [...at, "id"]);
      if (id !== void 0) seen.add(id);
      const raw = evidence;
      const name = id ?? `[${index}]`;
      const source = this.checkSource(raw, name, at);
      const satisfies = this.checkSatisfies(raw.satisfies, controlName, implemented, at);
      const collected = this.valid(raw.collected, [...at, "collected"], isString);
      const periodOk = this.checkPeriod(raw, name, collected, at);
      if (collected !== void 0 && collected > today) {
        this.error("collected-in-future", `evidence ${name} is collected ${collected}, after today (${today}); a date in the future is a typo, and the item is not counted`, [...at, "collected"]);
      } else if (collected !== void 0 && collected > this.context.asOf) {
        this.note("collected-after-as-of", `evidence ${name} is collected ${collected}, after the as-of date ${this.context.asOf}; looking back, it is not counted`, [...at, "collected"]);
      }
      if (duplicate || !periodOk || source === void 0 || !this.isValid(at) || id === void 0 || collected === void 0) return;
      const item = {
        id,
        satisfies,
        type: raw.type,
        source,
        collected,
        samples: raw.samples,
        period: raw.period,
        population: raw.population,
        ...raw.per_file === true ? { perFile: true } : {},
        ...raw.deviations === void 0 ? {} : { deviations: raw.deviations.map((deviation, entry) => ({ change: deviation.change, class: deviation.class, response: deviation.response, approvedBy: deviation.approved_by, at: this.document.locate([...this.path, ...at, "deviations", entry]) })) },
        at: this.document.locate([...this.path, ...at])
      };
      (collected > this.context.asOf ? later : items).push(item);
    });
    return { evidence: items, laterEvidence: later };
  }
  /** SPEC §1.1: period.start ≤ period.end ≤ collected. */
  checkPeriod(evidence, name, collected, at) {
    const period = this.valid(evidence.period, [...at, "period"], isMapping);
    if (period === void 0) return true;
    if (period.start > period.end) {
      this.error("invalid-period", `evidence ${name}: period starts ${period.start}, after it ends (${period.end})`, [...at, "period", "end"]);
      return false;
    }
    if (collected !== void 0 && period.end > collected) {
      this.error("invalid-period", `evidence ${name}: period ends ${period.end}, after the item was collected (${collected}); evidence records activity that already happened`, [...at, "period", "end"]);
      return false;
    }
    return true;
  }
  checkSource(evidence, name, at) {
    if (evidence.path !== void 0 && evidence.url !== void 0) {
      this.error("invalid-value", `evidence ${name} has both path and url; give one (a file in the repository, or an external link)`, [...at, "url"]);
      return void 0;
    }
    const written = this.valid(evidence.path, [...at, "path"], isString);
    if (written !== void 0) {
      const unsafe = unsafePathReason(written);
      if (unsafe) this.error("evidence-path-outside-repo", `path ${quoteName(written)} ${unsafe}; it is not read`, [...at, "path"]);
      else this.checkPathForm(written, [...at, "path"]);
      return { kind: "path", pattern: written, at: this.document.locate([...this.path, ...at, "path"]) };
    }
    const url = this.valid(evidence.url, [...at, "url"], isString);
    if (url !== void 0) {
      const scheme = webScheme(url);
      if (scheme === "http" || scheme === "https") return { kind: "url", url };
      this.error("invalid-value", `evidence ${name}: only http and https links are evidence; this url's scheme is ${quoteName(scheme.slice(0, 40))}`, [...at, "url"]);
      return void 0;
    }
    if (evidence.path === void 0 && evidence.url === void 0) this.error("evidence-without-location", `evidence ${name} needs a path (a file or glob in the repository) or a url`, at);
    return void 0;
  }
  /** Paths that look right to their author and match nothing: a Windows separator, a folder. */
  checkPathForm(written, at) {
    const windows = windowsPath(written);
    if (windows !== void 0) {
      this.warn("evidence-path-backslash", `path "${written}" uses "\\" between folders; evidence paths use "/" on every system (in a glob "\\" escapes the next character), so it matches no file: write "${windows}"`, at);
    } else if (written.endsWith("/")) {
      this.warn("evidence-path-is-folder", folderMessage(written.replace(/\/+$/, "")), at);
    }
  }
  checkSatisfies(ids, controlId, implemented, at) {
    const { requirements } = this.context.mapping;
    return (Array.isArray(ids) ? ids : []).filter((requirementId, index) => {
      if (typeof requirementId !== "string") return false;
      const known = requirements.get(requirementId);
      if (!known) {
        const other = this.context.otherMappings?.find((mapping) => mapping.requirements.has(requirementId));
        if (other) {
          this.warn(
            "requirement-of-other-mapping",
            `${quoteName(requirementId)} is an evidence requirement of the ${other.origin} mapping, not of the mapping in use (${this.context.mapping.origin}); it is not counted here`,
            [...at, "satisfies", index]
          );
          return false;
        }
        const suggestion = isWordLike(requirementId) ? closestRequirementId(requirementId, requirements.keys()) : void 0;
        this.error("unknown-requirement", `${quoteName(requirementId)} is not an evidence requirement of the mapping in use${suggestion === void 0 ? "" : `; did you mean "${suggestion}"?`}`, [...at, "satisfies", index]);
        return false;
      }
      if (known.kind === "row" && !implemented.includes(known.row.iso)) {
        this.warn("requirement-not-implemented", `${quoteName(requirementId)} is evidence for ${known.row.iso}, which control ${controlId} does not implement; it is not counted`, [...at, "satisfies", index]);
      }
      return true;
    });
  }
};
function windowsPath(written) {
  if (!/\\(?![*?[\]{}()!+@\\])/.test(written)) return void 0;
  return written.replace(/\\/g, "/");
}
function folderMessage(folder) {
  return `path "${folder}" names a folder, and a path matches files: to count the files in it, write "${folder}/**" (or "${folder}/*.csv" for some of them)`;
}
function webScheme(url) {
  try {
    return new URL(url.trim()).protocol.replace(/:$/, "").toLowerCase();
  } catch {
    return /^([^:/?#]+):/.exec(url.trim())?.[1]?.toLowerCase() ?? "";
  }
}
function isString(value) {
  return typeof value === "string";
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
function isPlaceholder(owner) {
  const text = owner.trim().toLowerCase();
  return /^(todo|tbd|tbc|fixme)(?=$|[\s:.,;!(])/.test(text) || /^(xxx+|none|nobody|unknown|owner|someone|changeme|placeholder|n\/?a|-+|\?+)$/.test(text) || /^<[^>]*>$/.test(text);
}

// src/load/csv-rows.ts
var quote = 34;
var lineFeed = 10;
var carriageReturn = 13;
function countCsvDataRows(bytes) {
  let records = 0;
  let inQuotes = false;
  let recordHasContent = false;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (inQuotes) {
      if (byte === quote) {
        if (bytes[index + 1] === quote) index++;
        else inQuotes = false;
      }
    } else if (byte === quote) {
      inQuotes = true;
      recordHasContent = true;
    } else if (byte === lineFeed || byte === carriageReturn) {
      if (recordHasContent) records++;
      recordHasContent = false;
    } else {
      recordHasContent = true;
    }
  }
  if (recordHasContent) records++;
  return Math.max(0, records - 1);
}
function isCsvFile(file) {
  return /\.csv$/i.test(file);
}
var maxCsvBytes = 4 * 1024 * 1024;
async function csvDataRows(source, file, listedSize) {
  if (listedSize > maxCsvBytes) return void 0;
  const bytes = await source.readStart(file, maxCsvBytes + 1);
  return bytes === void 0 || bytes.length > maxCsvBytes ? void 0 : countCsvDataRows(bytes);
}

// src/load/evidence-hints.ts
function folderPathWarnings(controls, observations, index) {
  const diagnostics = [];
  for (const item of pathItems(controls)) {
    const observed = observations.get(item);
    if (item.source.kind !== "path" || observed?.kind !== "files" || observed.files.length > 0) continue;
    const { pattern } = item.source;
    if (pattern.endsWith("/") || hasGlobMagic(pattern)) continue;
    if (hasFileUnder(index.files, `${pattern}/`)) diagnostics.push({ severity: "warning", code: "evidence-path-is-folder", message: folderMessage(pattern), ...item.source.at });
  }
  return diagnostics;
}
var maxCsvFiles = 500;
var maxCsvBytesPerRun = 32 * 1024 * 1024;
var readsAtOnce2 = 32;
async function declaredSamplesWarnings(controls, observations, source) {
  const checked = pathItems(controls).flatMap((item) => {
    const observed = observations.get(item);
    if (item.samples === void 0 || observed?.kind !== "files") return [];
    const files = observed.files.filter((file) => file.size > 0);
    return files.length > 0 && files.every((file) => isCsvFile(file.path)) ? [{ item, files: files.map((file) => file.path), sizes: files }] : [];
  });
  const listed = checked.flatMap(({ sizes }) => sizes);
  const sizeOf = new Map(listed.map((file) => [file.path, file.size]));
  const wanted = withinReadBudget(listed);
  const rows = /* @__PURE__ */ new Map();
  for (let start = 0; start < wanted.length; start += readsAtOnce2) {
    const batch = wanted.slice(start, start + readsAtOnce2);
    const counts = await Promise.all(batch.map((file) => csvDataRows(source, file, sizeOf.get(file))));
    batch.forEach((file, index) => rows.set(file, counts[index]));
  }
  const diagnostics = [];
  for (const { item, files } of checked) {
    const counts = files.map((file) => rows.get(file));
    if (counts.some((count) => count === void 0) || item.source.kind !== "path") continue;
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (item.samples <= total) continue;
    const held = files.length === 1 ? `${files[0]} has ${plural(total, "data row")}` : `the ${files.length} CSV files it matches have ${plural(total, "data row")}`;
    diagnostics.push({
      severity: "warning",
      code: "samples-exceed-rows",
      message: `evidence ${item.id} declares samples: ${item.samples}, but ${held} (the header not counted); an auditor counts the rows: add the missing rows, or declare what the file holds`,
      ...item.source.at
    });
  }
  return diagnostics;
}
function withinReadBudget(files) {
  const sizes = new Map(files.map((file) => [file.path, file.size]));
  const wanted = [];
  let bytes = 0;
  for (const file of [...sizes.keys()].sort(compareStrings)) {
    bytes += sizes.get(file);
    if (wanted.length === maxCsvFiles || bytes > maxCsvBytesPerRun) break;
    wanted.push(file);
  }
  return wanted;
}
function pathItems(controls) {
  return controls.flatMap((control) => control.evidence.filter((item) => item.source.kind === "path"));
}
function hasFileUnder(sorted, prefix) {
  return sorted[lowerBound(sorted, prefix)]?.startsWith(prefix) ?? false;
}

// src/load/fingerprints.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import path3 from "node:path";
var mebibyte = 1024 * 1024;
var defaultHashCaps = { maxFileBytes: 256 * mebibyte, maxTotalBytes: 1024 * mebibyte };
var concurrency = 8;
var smallFileBytes = 1024 * 1024;
async function fingerprintEvidence(root, observations, caps = defaultHashCaps) {
  const files = /* @__PURE__ */ new Map();
  for (const observation of observations.values()) {
    if (observation.kind === "files") for (const file of observation.files) files.set(file.path, file);
  }
  const digests = /* @__PURE__ */ new Map();
  const queue = [];
  let budget = caps.maxTotalBytes;
  for (const file of [...files.values()].sort((a, b) => compareStrings(a.path, b.path))) {
    if (file.size > caps.maxFileBytes) digests.set(file.path, { sha256: null, reason: "file-too-large" });
    else if (file.size > budget) digests.set(file.path, { sha256: null, reason: "hashing-budget-spent" });
    else {
      budget -= file.size;
      queue.push(file);
    }
  }
  for (let start = 0; start < queue.length; start += concurrency) {
    const batch = queue.slice(start, start + concurrency);
    const results = await Promise.all(batch.map((file) => digestOf(path3.join(root, file.path), file.size)));
    batch.forEach((file, index) => digests.set(file.path, results[index]));
  }
  return new Map([...digests].sort(([a], [b]) => compareStrings(a, b)));
}
async function digestOf(file, size) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    return { sha256: null, reason: "unreadable" };
  }
  try {
    if (!(await handle.stat()).isFile()) return { sha256: null, reason: "unreadable" };
    const hash = createHash("sha256");
    let read = 0;
    if (size <= smallFileBytes) {
      const buffer = Buffer.alloc(size + 1);
      for (let bytes = -1; bytes !== 0 && read < buffer.length; read += bytes) bytes = (await handle.read(buffer, read, buffer.length - read, read)).bytesRead;
      hash.update(buffer.subarray(0, Math.min(read, size)));
    } else {
      for await (const chunk of handle.createReadStream({ start: 0, end: size, autoClose: false })) {
        hash.update(chunk);
        read += chunk.length;
      }
    }
    return read === size ? { sha256: hash.digest("hex") } : { sha256: null, reason: "changed-while-read" };
  } catch {
    return { sha256: null, reason: "unreadable" };
  } finally {
    await handle.close();
  }
}

// src/load/stray-controls.ts
var maxCandidates = 256;
var headBytes = 4096;
var controlKind = /^kind:[ \t]*["']?ControlImplementation["']?[ \t]*(#.*)?$/m;
async function unmatchedControlFiles(index, selected, globs, tracked, source) {
  const read = new Set(selected);
  const held = (file) => tracked === void 0 || tracked.has(file);
  const candidates = index.files.filter((file) => /\.ya?ml$/i.test(file) && !read.has(file) && !file.startsWith(".github/") && held(file)).slice(0, maxCandidates);
  const lines = await Promise.all(candidates.map((file) => controlKindLine(source, file)));
  const diagnostics = [];
  for (const [position, file] of candidates.entries()) {
    const line = lines[position];
    if (line === void 0) continue;
    const why = /\.ya?ml$/.test(file) ? "" : "; globs are case-sensitive, so name it .yaml";
    diagnostics.push({
      severity: "warning",
      code: "unmatched-control-file",
      message: `${file} is a ControlImplementation file, but no controls glob matches it (${namedGlobs(globs)}${why}), so its controls are not read: move or rename it, or add a glob to controls: in .crosswalk.yml`,
      file,
      line,
      column: 1
    });
  }
  return diagnostics;
}
function namedGlobs(globs) {
  const shown = 3;
  return globs.length <= shown ? globs.join(", ") : `${globs.slice(0, shown).join(", ")} and ${plural(globs.length - shown, "more", "more")}`;
}
async function controlKindLine(source, file) {
  const bytes = await source.readStart(file, headBytes);
  if (bytes === void 0) return void 0;
  const head = bytes.toString("utf8");
  const match = controlKind.exec(head);
  return match ? head.slice(0, match.index).split("\n").length : void 0;
}

// src/load/unmatched-paths.ts
function unmatchedPathWarnings(controls, observations, index, reported) {
  const alreadySaid = new Set(reported.map(placeOf));
  const diagnostics = [];
  const nearMisses = new NearMisses(index.files);
  for (const control of controls) {
    for (const item of control.evidence) {
      if (item.source.kind !== "path") continue;
      const observed = observations.get(item);
      if (observed?.kind !== "files" || observed.files.some((file) => file.size > 0)) continue;
      if (alreadySaid.has(placeOf(item.source.at))) continue;
      const { pattern } = item.source;
      const found = observed.files.length === 0 ? "matches no file" : `matches only empty files (${observed.files.length === 1 ? observed.files[0].path : `${observed.files.length} of them`}), and an empty file is not evidence`;
      const hint = observed.files.length === 0 ? nearMisses.hint(repositoryRelative(pattern)) : "";
      diagnostics.push({
        severity: "warning",
        code: "evidence-path-not-found",
        message: `evidence ${item.id}: path ${quoteName(pattern)} ${found}, so the item is not present (whatever else satisfies what it lists)${hint}`,
        ...item.source.at
      });
    }
  }
  return diagnostics;
}
function placeOf(at) {
  return `${at.file}:${at.line}:${at.column}`;
}
var maxHints = 100;
var maxScanned = 2e4;
var NearMisses = class {
  constructor(files) {
    this.files = files;
  }
  files;
  hintsLeft = maxHints;
  names = /* @__PURE__ */ new Map();
  hint(pattern) {
    if (this.hintsLeft === 0) return "";
    this.hintsLeft--;
    const segments = pattern.split("/");
    let folder = "";
    for (const [position, segment] of segments.entries()) {
      if (hasGlobMagic(segment)) return "";
      const last = position === segments.length - 1;
      const wanted = last ? `${folder}${segment}` : `${folder}${segment}/`;
      if (!last && startsAny(this.files, wanted)) {
        folder = wanted;
        continue;
      }
      const likely = closestMatch(segment, this.namesUnder(folder, last));
      if (likely === void 0) return "";
      return last ? `; did you mean "${folder}${likely}"?` : `; there is no folder ${wanted}, did you mean "${folder}${likely}/"?`;
    }
    return "";
  }
  /** The names of the files (or folders) directly under `folder`, among the first files under it. */
  namesUnder(folder, wantFiles) {
    const key = `${wantFiles ? "f" : "d"}:${folder}`;
    let names = this.names.get(key);
    if (names === void 0) {
      const found = /* @__PURE__ */ new Set();
      const start = lowerBound(this.files, folder);
      const end = Math.min(this.files.length, start + maxScanned);
      for (let index = start; index < end; index++) {
        const file = this.files[index];
        if (!file.startsWith(folder)) break;
        const rest = file.slice(folder.length);
        const slash = rest.indexOf("/");
        if (wantFiles ? slash === -1 : slash > 0) found.add(wantFiles ? rest : rest.slice(0, slash));
      }
      names = [...found].slice(0, 1e3);
      this.names.set(key, names);
    }
    return names;
  }
};
function startsAny(files, prefix) {
  return files[lowerBound(files, prefix)]?.startsWith(prefix) ?? false;
}

// src/load/per-file.ts
var dateToken = /(?<![\p{L}\p{N}])(?:(\d{4})-(\d{2})-(\d{2})|(\d{4})(\d{2})(\d{2})|(\d{4})-([QqHh])(\d)|(\d{4})-(\d{2})|(\d{4}))(?![\p{L}\p{N}])/gu;
function dateOfPath(path5, latestYear) {
  const segments = path5.split("/");
  const fileName = segments.at(-1) ?? "";
  const stem = fileName.includes(".") && !fileName.startsWith(".") ? fileName.slice(0, fileName.lastIndexOf(".")) : fileName;
  const wholeNames = /* @__PURE__ */ new Set([...segments.slice(0, -1), stem]);
  let found = { kind: "none" };
  for (const match of path5.matchAll(dateToken)) {
    const token = match[0];
    const year = Number(match[1] ?? match[4] ?? match[7] ?? match[10] ?? match[12]);
    if (year < 2e3 || year > latestYear) continue;
    if (match[12] !== void 0 && !wholeNames.has(token)) continue;
    found = spanOf(match, token) ?? { kind: "invalid", token };
  }
  return found;
}
function spanOf(match, token) {
  const day = (year, month, date) => {
    const iso = `${year}-${month}-${date}`;
    return isIsoDate(iso) ? { start: iso, end: iso } : void 0;
  };
  const months = (year, first, count) => {
    const start = `${year}-${String(first).padStart(2, "0")}-01`;
    return isIsoDate(start) ? { start, end: addDays(addMonths(start, count), -1) } : void 0;
  };
  let span;
  if (match[1] !== void 0) span = day(match[1], match[2], match[3]);
  else if (match[4] !== void 0) span = day(match[4], match[5], match[6]);
  else if (match[7] !== void 0) {
    const part = Number(match[9]);
    const quarter = match[8].toLowerCase() === "q";
    const valid = part >= 1 && part <= (quarter ? 4 : 2);
    span = valid ? months(match[7], quarter ? part * 3 - 2 : part * 6 - 5, quarter ? 3 : 6) : void 0;
  } else if (match[10] !== void 0) span = months(match[10], Number(token.slice(5)), 1);
  else span = months(match[12], 1, 12);
  return span === void 0 ? void 0 : { kind: "span", span, token };
}
function expandPerFileItems(controls, observations) {
  const expanded = new Map(observations);
  const diagnostics = [];
  const result = controls.map((control) => {
    if (!control.evidence.some((item) => item.perFile === true)) return control;
    const evidence = control.evidence.flatMap((item) => {
      const observed = observations.get(item);
      if (item.perFile !== true || item.source.kind !== "path" || observed?.kind !== "files") return [item];
      const files = observed.files.filter((file) => file.size > 0);
      if (files.length === 0) return [item];
      const at = item.source.at;
      const refused2 = /* @__PURE__ */ new Map();
      const refuse = (reason, file, token) => {
        const entry = refused2.get(reason);
        if (entry) entry.count++;
        else refused2.set(reason, { first: file, ...token === void 0 ? {} : { token }, count: 1 });
      };
      const instances = files.flatMap((file) => {
        const date = dateOfPath(file.path, Number(item.collected.slice(0, 4)));
        if (date.kind === "none") return refuse("no-date", file.path), [];
        if (date.kind === "invalid") return refuse("invalid-date", file.path, date.token), [];
        if (date.span.start > item.collected) return refuse("after-collected", file.path, date.token), [];
        const end = date.span.end < item.collected ? date.span.end : item.collected;
        const instance = {
          ...item,
          id: `${item.id}: ${file.path}`,
          source: { kind: "path", pattern: file.path, at },
          collected: end,
          samples: 1,
          period: { start: date.span.start, end },
          population: void 0
        };
        expanded.set(instance, { kind: "files", files: [file] });
        return [instance];
      });
      for (const [reason, { first, token, count }] of refused2) diagnostics.push({ severity: "error", code: "per-file-date", message: refusalMessage(item, reason, first, token, count), ...at });
      if (instances.length > 0) return instances;
      expanded.set(item, { kind: "files", files: [] });
      return [item];
    });
    return { ...control, evidence };
  });
  return { controls: result, observations: expanded, diagnostics };
}
function refusalMessage(item, reason, file, token, count) {
  const which = count === 1 ? `file ${quoteName(file)}` : `${count} of the files it matches (the first: ${quoteName(file)})`;
  const names = count === 1 ? "names" : "name";
  const why = reason === "no-date" ? `${names} no date (a YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYY-Qn or YYYY-Hn token, or a year from 2000 to ${item.collected.slice(0, 4)} as a whole folder or file name)` : reason === "invalid-date" ? `${names} ${quoteName(token)}, which is no calendar date` : `${names} ${quoteName(token)}, a span that starts after the item was collected (${item.collected})`;
  return `evidence ${item.id} is per_file, and ${which} ${why}: ${count === 1 ? "it is" : "they are"} not counted`;
}

// src/load/tracked.ts
import { lstat, realpath } from "node:fs/promises";
import path4 from "node:path";
var timeoutMs = 6e4;
async function listTrackedFiles(root) {
  if (process.env.GIT_DIR === void 0 && !await hasGitAbove(root)) return void 0;
  const result = await run(root, ["ls-files", "-z", "--cached", "--recurse-submodules"]);
  if (result === void 0 || /not a git repository/i.test(result.stderr)) return void 0;
  if (result.code !== 0) throw new UsageError(`cannot list the files git tracks in ${root}: git ls-files failed${firstLine(result.stderr)}`);
  return new Set(result.stdout.toString("utf8").split("\0").filter((file) => file !== ""));
}
async function hasGitAbove(root) {
  let folder = await realpath(root).catch(() => path4.resolve(root));
  for (; ; ) {
    if (await lstat(path4.join(folder, ".git")).then(() => true, () => false)) return true;
    const parent = path4.dirname(folder);
    if (parent === folder) return false;
    folder = parent;
  }
}
async function run(root, args) {
  try {
    return await runGit(root, args, { timeoutMs });
  } catch (error) {
    if (error instanceof GitError && error.failure === "cannot-start") return void 0;
    throw new UsageError(`cannot list the files git tracks in ${root}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// src/report/delta.ts
var statusRank = { implemented: 3, "in-progress": 2, planned: 1, "not-applicable": 0 };
function compareReports(base, head) {
  const baseStates = new Map(base.criteria.map((criterion) => [criterion.id, criterion.state]));
  const criteriaChanged = head.criteria.flatMap((criterion) => {
    const before = baseStates.get(criterion.id);
    return before !== void 0 && before !== criterion.state ? [{ id: criterion.id, before, after: criterion.state }] : [];
  });
  const notCompared = removedByErrors(base, head);
  const ignored = new Set(notCompared);
  const touchesIgnored = (entry) => entry.controls.some((id) => ignored.has(id));
  const baseKeys = new Set(base.missingEvidence.map((entry) => missingEntryKey(entry, ignored)));
  const headKeys = new Set(head.missingEvidence.map((entry) => missingEntryKey(entry, ignored)));
  return {
    before: base.summary.readiness,
    after: head.summary.readiness,
    change: Math.round((head.summary.readiness - base.summary.readiness) * 10) / 10,
    criteriaChanged,
    controlsChanged: controlChanges(base, head, ignored),
    notCompared,
    missingEvidenceAdded: head.missingEvidence.filter((entry) => !baseKeys.has(missingEntryKey(entry, ignored))),
    missingEvidenceResolved: base.missingEvidence.filter((entry) => !touchesIgnored(entry) && !headKeys.has(missingEntryKey(entry, ignored)))
  };
}
function removedByErrors(base, head) {
  const inHead = new Set(head.controls.map((control) => control.id));
  const filesWithErrors = new Set(head.diagnostics.filter((diagnostic) => diagnostic.severity === "error").map((diagnostic) => diagnostic.file));
  return base.controls.filter((control) => !inHead.has(control.id) && filesWithErrors.has(control.file)).map((control) => control.id);
}
function controlChanges(base, head, ignored) {
  const inHead = new Map(head.controls.map((control) => [control.id, control]));
  return base.controls.flatMap((control) => {
    if (ignored.has(control.id)) return [];
    const after = inHead.get(control.id)?.status ?? null;
    if (after === control.status) return [];
    const withdrawn = after === null || statusRank[after] < statusRank[control.status];
    return [{ id: control.id, title: control.title, before: control.status, after, criteria: control.criteria, withdrawn }];
  });
}
function comparisonOf(delta) {
  return {
    lowered: delta.after < delta.before,
    before: delta.before,
    after: delta.after,
    criteriaNoLongerReady: delta.criteriaChanged.filter((change) => change.before === "ready").map((change) => change.id),
    // Withdrawing a claim that reaches a criterion is a regression even when readiness rises.
    controlsWithdrawn: delta.controlsChanged.filter((change) => change.withdrawn && change.criteria.length > 0).map((change) => change.id),
    newBlockingMissingEvidence: delta.missingEvidenceAdded.filter((entry) => entry.blocking).length
  };
}

// src/score/policy.ts
function judge(input) {
  const failed = [...input.policy.failOn].flatMap((condition) => {
    const reason = conditionHolds(condition, input);
    return reason === void 0 ? [] : [{ condition, reason }];
  });
  return { passed: failed.length === 0, failed, checked: [...input.policy.failOn] };
}
function conditionHolds(condition, { policy, score: score2, diagnostics, base }) {
  switch (condition) {
    case "errors": {
      const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
      return errors > 0 ? `${plural(errors, "error")} in the control files` : void 0;
    }
    case "missing-evidence": {
      const blocking = score2.missingEvidence.filter((entry) => entry.blocking).length;
      return blocking > 0 ? `${plural(blocking, "evidence requirement")} of implemented controls not met` : void 0;
    }
    case "stale-evidence": {
      const stale = score2.missingEvidence.filter((entry) => entry.reason === "stale").length;
      return stale > 0 ? `${plural(stale, "evidence requirement")} only met by stale evidence` : void 0;
    }
    case "gaps":
      return score2.gap > 0 ? `${plural(score2.gap, "criterion", "criteria")} in scope with no control (gap)` : void 0;
    case "readiness":
      return policy.minReadiness !== void 0 && score2.readiness < policy.minReadiness ? `readiness ${score2.readiness.toFixed(1)}% is below the minimum of ${policy.minReadiness}%` : void 0;
    case "new-missing-evidence":
      if (!base || base.newBlockingMissingEvidence === 0) return void 0;
      return `this pull request adds ${plural(base.newBlockingMissingEvidence, "blocking missing-evidence entry", "blocking missing-evidence entries")}`;
    case "regression":
      if (!base) return void 0;
      if (base.lowered) return `readiness falls from ${base.before.toFixed(1)}% to ${base.after.toFixed(1)}%`;
      if (base.criteriaNoLongerReady.length > 0) return `${base.criteriaNoLongerReady.join(", ")} no longer ready`;
      if (base.controlsWithdrawn.length > 0) return `this pull request withdraws the claim of ${base.controlsWithdrawn.join(", ")} (status lowered or control removed)`;
      return void 0;
  }
}

// src/score/expiry.ts
function findExpiringEvidence(controls, mapping, observations, asOf, policy) {
  const limitsOf2 = ageLimitsFor(mapping, policy.maxEvidenceAgeDays);
  const expiring = [];
  for (const control of controls) {
    if (control.status === "not-applicable") continue;
    for (const item of control.evidence) {
      const { strictest, strictestBy } = limitsOf2(control, item);
      const collected = lastCollected(item, observations, asOf);
      if (!isPresent(item, observations) || !isFresh({ collected }, asOf, strictest)) continue;
      const expires = addDays(collected, strictest + 1);
      const daysLeft = daysBetween(asOf, expires);
      if (daysLeft > policy.expiryWarningDays || isSuperseded(item, control, observations)) continue;
      expiring.push({ control, item, expires, daysLeft, requirements: strictestBy.filter((id) => id !== policyAgeLimit) });
    }
  }
  return expiring.sort((a, b) => a.daysLeft - b.daysLeft || compareStrings(a.control.id, b.control.id) || compareStrings(a.item.id, b.item.id));
}
function isSuperseded(item, control, observations) {
  const newer = control.evidence.filter((other) => other !== item && other.collected > item.collected && isPresent(other, observations));
  if (item.satisfies.length === 0) return newer.some((other) => other.satisfies.length === 0 && !isDesignDocument(other));
  return item.satisfies.every((id) => newer.some((other) => other.satisfies.includes(id)));
}

// src/score/score.ts
var isActive = (control) => control.status === "implemented" || control.status === "in-progress";
var isLive = (control) => control.status !== "not-applicable";
function score(input) {
  const controls = canonicalOrder(input.controls);
  const inScope = input.catalogs.criteria.filter((criterion) => input.settings.scope.includes(criterion.category));
  const inScopeIds = new Set(inScope.map((criterion) => criterion.id));
  const rules = { asOf: input.settings.asOf, audit: input.settings.audit, maxEvidenceAgeDays: input.settings.policy.maxEvidenceAgeDays, observations: input.observations };
  const rows = [
    ...input.mapping.rows.flatMap((row, order) => row.tsc.some((id) => inScopeIds.has(id)) ? [scoreMappingRow(row, order, controls, rules, inScopeIds)] : []),
    ...controls.filter((control) => control.covers.some((id) => inScopeIds.has(id))).map((control) => scoreSupplemental(control, rules, inScopeIds))
  ];
  const criterionRequirements = scoreCriterionRequirements(input.mapping, inScopeIds, controls, rows, rules);
  const criteriaResults = inScope.map((criterion) => judgeCriterion(criterion, rows, criterionRequirements));
  const notGap = new Set(criteriaResults.filter((result) => result.state !== "gap").map((result) => result.criterion.id));
  const liveCriterionRequirements = criterionRequirements.filter((scored) => notGap.has(scored.criterion));
  const categories2 = input.settings.scope.map((category) => ({
    category,
    ...tally(criteriaResults.filter((result) => result.criterion.category === category))
  }));
  return {
    ...tally(criteriaResults),
    controls,
    criteriaResults,
    rows,
    criterionRequirements,
    missingEvidence: collectMissingEvidence(rows, liveCriterionRequirements, controls),
    dueEvidence: collectDueEvidence(rows, liveCriterionRequirements, rules),
    timelines: collectTimelines(rows, liveCriterionRequirements),
    categories: categories2,
    unverified: controls.flatMap((control) => control.evidence.map((item) => ({ control, item }))).filter(({ item }) => item.source.kind === "url"),
    // Type 2 once the period runs: the windows are the test, so ages say nothing about this audit;
    // what is due and what the forecast puts at risk say what to collect.
    expiring: startedPeriod(rules) ? [] : findExpiringEvidence(controls, input.mapping, input.observations, judgedAt(rules), input.settings.policy)
  };
}
function canonicalOrder(controls) {
  const byId = (a, b) => compareStrings(a.id, b.id);
  return [...controls].sort(byId).map((control) => ({ ...control, evidence: [...control.evidence].sort(byId), laterEvidence: [...control.laterEvidence].sort(byId) }));
}
function scoreMappingRow(row, order, controls, rules, inScope) {
  const implementers = controls.filter((control) => control.implements.includes(row.iso));
  const active = implementers.filter(isActive);
  const base = { kind: "mapping", row, order, criteria: row.tsc.filter((id) => inScope.has(id)), active };
  if (row.coverage === "gap" || active.length === 0) return { ...base, state: "absent", requirements: [], unsatisfied: [] };
  const held = implementers.filter(isLive).flatMap((control) => control.evidence.map((item) => ({ control, item })));
  const requirements = row.evidence.length > 0 ? row.evidence.flatMap((requirement) => {
    const gates = requirement.gates.filter((id) => inScope.has(id));
    return gates.length === 0 ? [] : [judgeListed(requirement, gates, held, rules)];
  }) : [judgeOperatingEvidence(`Evidence that ${row.iso} operates: a record of the control in action, not a policy or procedure`, row.frequency, held, base.criteria, rules)];
  return { ...base, ...settle(requirements) };
}
function judgeListed(requirement, gates, held, rules) {
  const terms = termsOf(requirement, rules.maxEvidenceAgeDays);
  return { id: requirement.id, description: requirement.description, terms, gates, verdict: judgeRequirement(terms, held.filter(({ item }) => item.satisfies.includes(requirement.id)), rules) };
}
function scoreSupplemental(control, rules, inScope) {
  const base = { kind: "supplemental", control, criteria: control.covers.filter((id) => inScope.has(id)), active: isActive(control) ? [control] : [] };
  if (!isActive(control)) return { ...base, state: "absent", requirements: [], unsatisfied: [] };
  const held = control.evidence.map((item) => ({ control, item }));
  const requirement = judgeOperatingEvidence(`Evidence that ${control.id} operates: a record of the control in action, not a policy or procedure`, void 0, held, base.criteria, rules);
  return { ...base, ...settle([requirement]) };
}
function judgeOperatingEvidence(description, frequency, held, gates, rules) {
  const terms = termsOf({ id: operatingEvidence, frequency }, rules.maxEvidenceAgeDays);
  return { id: operatingEvidence, description, terms, gates, verdict: judgeRequirement(terms, held.filter(({ item }) => !isDesignDocument(item)), rules) };
}
function settle(requirements) {
  const unsatisfied = requirements.filter((requirement) => !requirement.verdict.satisfied);
  return { state: "judged", requirements, unsatisfied };
}
function unsatisfiedFor(row, criterion) {
  return row.unsatisfied.filter((requirement) => requirement.gates.includes(criterion));
}
function rowStateFor(row, criterion) {
  if (row.state === "absent" || !row.criteria.includes(criterion)) return "absent";
  const operating = row.active.some((control) => control.status === "implemented");
  return operating && unsatisfiedFor(row, criterion).length === 0 ? "met" : "incomplete";
}
function scoreCriterionRequirements(mapping, inScope, controls, rows, rules) {
  const active = controls.filter(isActive);
  const entries = mapping.criteria.filter((entry) => inScope.has(entry.tsc));
  const judged = entries.flatMap(
    (entry, entryIndex) => entry.evidence.map((requirement, position) => {
      const held = active.flatMap((control) => control.evidence.filter((item) => item.satisfies.includes(requirement.id)).map((item) => ({ control, item })));
      const holders = active.filter((control) => held.some((entryHeld) => entryHeld.control === control));
      const judgedRequirement = judgeListed(requirement, [entry.tsc], held, rules);
      return {
        entry,
        criterion: entry.tsc,
        requirement: judgedRequirement,
        controls: holders,
        met: judgedRequirement.verdict.satisfied && holders.some((control) => control.status === "implemented"),
        order: entryIndex * 1e3 + position
      };
    })
  );
  return judged.map(({ entry, ...scored }) => ({ ...scored, owners: ownersOf(scored, entry, rows, judged) }));
}
function ownersOf(scored, entry, rows, all) {
  if (scored.controls.length > 0) return scored.controls;
  const reaching = uniqueControls(rows.filter((row) => row.state !== "absent" && row.criteria.includes(scored.criterion)).flatMap((row) => row.active));
  if (reaching.length > 0) return reaching;
  return uniqueControls(all.filter((other) => other.entry === entry).flatMap((other) => other.controls));
}
function uniqueControls(controls) {
  return [...new Set(controls)].sort((a, b) => compareStrings(a.id, b.id));
}
function judgeCriterion(criterion, rows, criterionRequirements) {
  const reaching = rows.filter((row) => row.criteria.includes(criterion.id));
  const live = reaching.filter((row) => row.state !== "absent");
  const own = criterionRequirements.filter((scored) => scored.criterion === criterion.id);
  if (live.length === 0 && own.every((scored) => scored.controls.length === 0)) return { criterion, state: "gap", rows: reaching, blockedBy: [] };
  const incompleteRows = live.filter((row) => rowStateFor(row, criterion.id) === "incomplete");
  const blockedBy = [
    ...incompleteRows.map((row) => ({ kind: "row", row, unsatisfied: unsatisfiedFor(row, criterion.id) })),
    ...live.length === 0 ? [{ kind: "no-live-row" }] : [],
    ...own.filter((scored) => !scored.met).map((requirement) => ({ kind: "criterion-requirement", requirement }))
  ];
  if (blockedBy.length === 0) return { criterion, state: "ready", rows: live, blockedBy };
  return { criterion, state: "incomplete", rows: incompleteRows.length > 0 ? incompleteRows : live, blockedBy };
}
var subjectOf = (row) => row.kind === "mapping" ? { kind: "row", row: row.row } : { kind: "covers", control: row.control };
var isoOf = (row) => row.kind === "mapping" ? row.row.iso : null;
var orderOf = (row) => row.kind === "mapping" ? row.order : Number.MAX_SAFE_INTEGER;
var criterionOrder = (scored) => Number.MAX_SAFE_INTEGER / 2 + scored.order;
function inCanonicalOrder(entries) {
  entries.sort((a, b) => compareNullableIso(a.entry.iso, b.entry.iso) || a.order - b.order || compareStrings(a.entry.controls[0]?.id ?? "", b.entry.controls[0]?.id ?? ""));
  return entries.map(({ entry }) => entry);
}
function collectMissingEvidence(rows, criterionRequirements, controls) {
  const ofRows = rows.filter((row) => row.state !== "absent").flatMap(
    (row) => row.unsatisfied.map(({ id, description, gates, verdict }) => ({
      entry: {
        subject: subjectOf(row),
        iso: isoOf(row),
        controls: row.active,
        criteria: gates,
        requirement: id,
        description,
        reason: verdict.reason,
        blocking: row.active.some((control) => control.status === "implemented"),
        items: verdict.items,
        laterItems: laterItemsFor(row.kind === "mapping" ? row.active : [row.control], id),
        window: verdict.window,
        samples: verdict.samples,
        exceptions: verdict.exceptions
      },
      order: orderOf(row)
    }))
  );
  const ofCriteria = criterionRequirements.flatMap((scored) => {
    const { id, description, verdict } = scored.requirement;
    if (verdict.satisfied) return [];
    return [
      {
        entry: {
          subject: { kind: "criterion", criterion: scored.criterion },
          iso: null,
          controls: scored.owners,
          criteria: [scored.criterion],
          requirement: id,
          description,
          reason: verdict.reason,
          // An implemented owner is asked for it; in-progress placeholders only warn.
          blocking: scored.owners.some((control) => control.status === "implemented"),
          items: verdict.items,
          laterItems: laterItemsFor(controls.filter(isActive), id),
          window: verdict.window,
          samples: verdict.samples,
          exceptions: verdict.exceptions
        },
        order: criterionOrder(scored)
      }
    ];
  });
  return inCanonicalOrder([...ofRows, ...ofCriteria]);
}
function laterItemsFor(controls, requirement) {
  return controls.flatMap(
    (control) => control.laterEvidence.filter((item) => requirement === operatingEvidence ? !isDesignDocument(item) : item.satisfies.includes(requirement)).map((item) => ({ control, item }))
  );
}
function liveRequirements(rows, criterionRequirements) {
  return [
    ...rows.filter((row) => row.state !== "absent").flatMap((row) => row.requirements.map((requirement) => ({ requirement, subject: subjectOf(row), iso: isoOf(row), controls: row.active, order: orderOf(row) }))),
    ...criterionRequirements.map((scored) => ({
      requirement: scored.requirement,
      subject: { kind: "criterion", criterion: scored.criterion },
      iso: null,
      controls: scored.owners,
      order: criterionOrder(scored)
    }))
  ];
}
function collectDueEvidence(rows, criterionRequirements, rules) {
  const period = startedPeriod(rules);
  const at = judgedAt(rules);
  if (!period || at >= period.end) return [];
  return inCanonicalOrder(
    liveRequirements(rows, criterionRequirements).flatMap(({ requirement: { id, description, gates, verdict }, subject, iso, controls, order }) => {
      const current = verdict.windows.find((window) => contains(window, at));
      if (!current || at >= current.end || current.state === "collected") return [];
      const due = current.end < period.end ? current.end : period.end;
      return [{ entry: { subject, iso, controls, criteria: gates, requirement: id, description, window: { start: current.start, end: current.end }, due }, order }];
    })
  ).sort((a, b) => compareStrings(a.due, b.due));
}
function collectTimelines(rows, criterionRequirements) {
  return inCanonicalOrder(
    liveRequirements(rows, criterionRequirements).filter(({ requirement }) => requirement.verdict.windows.length > 0).map(({ requirement: { id, terms, gates, verdict }, subject, iso, controls, order }) => ({
      entry: { subject, iso, controls, criteria: gates, requirement: id, frequency: terms.frequency, windows: verdict.windows },
      order
    }))
  );
}
function tally(results) {
  const count = (state) => results.filter((result) => result.state === state).length;
  const ready = count("ready");
  const incomplete = count("incomplete");
  return {
    criteria: results.length,
    ready,
    incomplete,
    gap: count("gap"),
    readiness: percent(ready, results.length),
    designCoverage: percent(ready + incomplete, results.length)
  };
}
function percent(part, whole) {
  return whole === 0 ? 0 : Math.floor((2e3 * part + whole) / (2 * whole)) / 10;
}

// src/score/forecast.ts
function forecast(input, now) {
  const { audit, asOf } = input.settings;
  if (audit.type !== "type2" || asOf < audit.period.start || asOf >= audit.period.end) return void 0;
  const atEnd = score({ ...input, settings: { ...input.settings, asOf: audit.period.end } });
  const readyNow = new Set(now.criteriaResults.filter((result) => result.state === "ready").map((result) => result.criterion.id));
  const atRisk = atEnd.criteriaResults.filter((result) => readyNow.has(result.criterion.id) && result.state !== "ready").map((result) => ({ criterion: result.criterion, needs: atEnd.missingEvidence.filter((entry) => entry.criteria.includes(result.criterion.id)) }));
  return { asOf: audit.period.end, readiness: atEnd.readiness, ready: atEnd.ready, atRisk };
}

// src/validate/change-population.ts
var errorsShown = 3;
function checkCollectedEvidence(controls, observations, candidates) {
  if (candidates.size === 0 && !controls.some((control) => control.evidence.some((item) => item.deviations !== void 0))) return { observations, diagnostics: [] };
  const diagnostics = [];
  const observed = new Map(observations);
  for (const item of controls.flatMap((control) => control.evidence)) {
    const found = candidates.get(item);
    const seen = observations.get(item);
    if (found === void 0 || seen?.kind !== "files" || item.source.kind !== "path") {
      if (item.deviations !== void 0 && item.deviations.length > 0) {
        diagnostics.push({ severity: "warning", code: "deviation-without-collected-evidence", message: `evidence ${item.id} has deviations, but its path matches no ChangePopulation document: deviations answer the exceptions of collected evidence only`, ...item.deviations[0].at });
      }
      continue;
    }
    const at = item.source.at;
    const documents = [];
    let valid = true;
    for (const file of found.documents) {
      const problem = "error" in file ? file.error : documentProblem(file.data);
      if (problem === void 0 && "data" in file) documents.push({ path: file.path, document: file.data });
      else if (problem !== void 0) {
        valid = false;
        diagnostics.push({ severity: "error", code: "invalid-change-population", message: `${file.path} is not a ChangePopulation document crosswalk can count: ${problem}; evidence ${item.id} is not present`, ...at });
      }
    }
    if (found.others.length > 0) {
      valid = false;
      const others = found.others.length === 1 ? found.others[0] : `${found.others[0]} and ${found.others.length - 1} other files`;
      diagnostics.push({ severity: "error", code: "change-population-mixed", message: `path ${quoteName(item.source.pattern)} matches ChangePopulation documents and ${others}; collected evidence must match only its documents, so evidence ${item.id} is not present`, ...at });
    }
    const declared = ["period", "samples", "population"].filter((key) => item[key] !== void 0);
    if (declared.length > 0) {
      diagnostics.push({ severity: "warning", code: "collected-evidence-declares", message: `evidence ${item.id} declares ${declared.join(", ")}, but it is collected evidence: its ChangePopulation documents say them, and what the item declares is not used`, ...item.at });
    }
    if (valid) diagnostics.push(...deviationProblems(item, documents));
    observed.set(item, { kind: "files", files: seen.files, collected: { documents: valid ? documents : [], valid } });
  }
  return { observations: observed, diagnostics };
}
function documentProblem(data) {
  if (!ChangePopulation(data)) {
    const errors = ChangePopulation.errors ?? [];
    const shown = errors.slice(0, errorsShown).map((error) => `${error.instancePath === "" ? "the document" : error.instancePath} ${error.message ?? "is invalid"}`);
    return `${shown.join("; ")}${errors.length > errorsShown ? ` (and ${errors.length - errorsShown} more)` : ""}`;
  }
  const problems = inconsistencies(data);
  if (problems.length === 0) return void 0;
  return `${problems.slice(0, errorsShown).join("; ")}${problems.length > errorsShown ? ` (and ${problems.length - errorsShown} more)` : ""} (crosswalk recomputes them: a document edited after collection does not count)`;
}
function deviationProblems(item, documents) {
  return (item.deviations ?? []).flatMap((deviation) => {
    const named = changesNamed(deviation.change, documents.map(({ document }) => document));
    if (named.length === 0 || named.every(({ change }) => change.exceptions.length === 0)) {
      const why = named.length === 0 ? "names no change of its documents" : "names a change without exceptions";
      return [{ severity: "warning", code: "deviation-unknown-change", message: `deviation ${quoteName(deviation.change)} of evidence ${item.id} ${why}; it answers nothing`, ...deviation.at }];
    }
    const own = named.find(({ change }) => change.author === deviation.approvedBy);
    if (own !== void 0) {
      return [{ severity: "error", code: "deviation-self-approved", message: `deviation ${quoteName(deviation.change)} of evidence ${item.id} is approved by ${deviation.approvedBy}, the change's author; someone else must approve management's response, so the exception stays unanswered`, ...deviation.at }];
    }
    return [];
  });
}

// src/validate/reach.ts
function unreachedControls(controls, mapping, catalogs, scope) {
  const inScope = (criterion) => {
    const category = catalogs.criteriaById.get(criterion)?.category;
    return category !== void 0 && scope.includes(category);
  };
  const ownRequirements = new Set(mapping.criteria.filter((entry) => inScope(entry.tsc)).flatMap((entry) => entry.evidence.map((requirement) => requirement.id)));
  const reaching = new Set(mapping.rows.filter((row) => row.coverage !== "gap" && row.tsc.some(inScope)).map((row) => row.iso));
  return controls.flatMap((control) => {
    if (control.status === "not-applicable" || control.implements.length === 0) return [];
    const reached = control.implements.some((iso) => reaching.has(iso)) || control.covers.some(inScope);
    const servesOwnTests = control.evidence.some((item) => item.satisfies.some((id) => ownRequirements.has(id)));
    if (reached || servesOwnTests) return [];
    const why = control.implements.map((iso) => whyUnreached(iso, mapping, catalogs, scope));
    return [
      {
        severity: "notice",
        code: "control-reaches-no-criterion",
        message: `control ${control.id} reaches no SOC 2 criterion in scope (${scope.join(", ")}), so its evidence counts toward nothing: ${why.join("; ")}`,
        ...control.at
      }
    ];
  });
}
function liveRowsOf(mapping, iso) {
  return mapping.rows.filter((row) => row.iso === iso && row.coverage !== "gap");
}
function whyUnreached(iso, mapping, catalogs, scope) {
  const unmapped = mapping.unmapped.find((entry) => entry.iso === iso);
  if (unmapped) return `${iso} is left unmapped on purpose (${unmapped.reason})`;
  const criteria = [...new Set(liveRowsOf(mapping, iso).flatMap((row) => row.tsc))];
  if (criteria.length > 0) {
    const outside = [...new Set(criteria.map((criterion) => catalogs.criteriaById.get(criterion)?.category).filter((category) => category !== void 0 && !scope.includes(category)))];
    return `${iso} reaches only ${criteria.join(", ")}, in ${outside.join(", ")}, which the scope leaves out`;
  }
  if (mapping.rows.some((row) => row.iso === iso)) return `${iso} is mapped as a gap (ISO has no counterpart for its SOC 2 criteria)`;
  return `${iso} is in no row of the mapping`;
}

// src/check.ts
var filesPerBatch = 32;
async function check(options, timings) {
  const tracked = await listTrackedFiles(options.root);
  const settings = await loadSettings(options.root, options.configFile, options.overrides ?? {}, tracked);
  return checkWithSettings(settings, timings, { tracked: { files: tracked }, fingerprints: options.fingerprints });
}
async function checkWithSettings(settings, timings, context = {}) {
  const clock = stopwatch(timings);
  const catalogs = loadCatalogs();
  const tracked = context.tracked !== void 0 ? context.tracked.files : await listTrackedFiles(settings.root);
  const source = context.source ?? diskSource(settings.root, tracked);
  const mapping = context.mapping ?? await loadMapping(settings.mapping, catalogs, settings.root, tracked, source);
  const { limits } = settings;
  const index = await source.index(limits.maxRepositoryFiles);
  const globBudget = new MatchBudget(limits.maxGlobMatches);
  const { kept: selected, untracked } = keepTracked(selectControlFiles(index, settings.controls, limits, globBudget), index, tracked);
  const files = selected.slice(0, limits.maxFiles);
  const validator = new ControlValidator({ catalogs, mapping, asOf: settings.asOf, today: todayUtc(), maxControls: limits.maxControls, otherMappings: otherShippedMappings(mapping) });
  const readDiagnostics = [...limitDiagnostics(index.truncated, selected.length, limits), ...untrackedDiagnostics(untracked)];
  const budget = new ReadBudget(limits.maxTotalBytes);
  for (let start = 0; start < files.length; start += filesPerBatch) {
    const loaded = await loadYamlFiles(source, files.slice(start, start + filesPerBatch), limits, budget);
    clock.lap("parse");
    for (const diagnostic of loaded.diagnostics) readDiagnostics.push(diagnostic);
    for (const document of loaded.documents) validator.add(document);
    clock.lap("validate");
  }
  const validated = validator.result();
  const matched = await observeEvidence(validated.controls, index, limits, globBudget, source);
  const collected = checkCollectedEvidence(validated.controls, matched.observations, await readChangePopulations(validated.controls, matched.observations, source));
  const observed = { observations: collected.observations, diagnostics: [...matched.diagnostics, ...collected.diagnostics] };
  const [samples, strayFiles] = await Promise.all([declaredSamplesWarnings(validated.controls, observed.observations, source), unmatchedControlFiles(index, selected, settings.controls, tracked, source)]);
  const hints = [...folderPathWarnings(validated.controls, observed.observations, index), ...samples, ...strayFiles, ...unreachedControls(validated.controls, mapping, catalogs, settings.scope)];
  hints.push(...unmatchedPathWarnings(validated.controls, observed.observations, index, [...validated.diagnostics, ...observed.diagnostics, ...hints]));
  const instances = expandPerFileItems(validated.controls, observed.observations);
  const diagnostics = capPerFile([...readDiagnostics, ...validated.diagnostics, ...observed.diagnostics, ...hints, ...instances.diagnostics, ...noControlFiles(files, settings)].sort(compareDiagnostics));
  const digests = context.fingerprints ? await fingerprintEvidence(index.root, observed.observations) : void 0;
  clock.lap("validate");
  const scoreInput = { catalogs, mapping, controls: instances.controls, observations: instances.observations, settings };
  const scored = score(scoreInput);
  const ahead = forecast(scoreInput, scored);
  const verdict = judge({ policy: settings.policy, score: scored, diagnostics });
  clock.lap("score");
  const report = buildReport({ catalogs, mapping, settings, score: scored, forecast: ahead, diagnostics, verdict, observations: instances.observations, digests });
  clock.lap("report");
  return { settings, mapping, controls: scored.controls, observations: instances.observations, digests, score: scored, forecast: ahead, diagnostics, verdict, report };
}
function compareWithBase(head, base) {
  const delta = compareReports(base, head.report);
  const verdict = judge({ policy: head.settings.policy, score: head.score, diagnostics: head.diagnostics, base: comparisonOf(delta) });
  return { ...head, verdict, report: withVerdict(head.report, verdict), delta };
}
function limitDiagnostics(indexTruncated, selected, limits) {
  const at = { file: ".", line: 1, column: 1 };
  return [
    ...indexTruncated ? [{ severity: "error", code: "limit-exceeded", message: `the repository has more than ${limits.maxRepositoryFiles} entries (files, folders and symlinks; limits.max_repository_files); folders from the level where the limit is passed down are not listed, and evidence there is not seen`, ...at }] : [],
    ...selected > limits.maxFiles ? [{ severity: "error", code: "limit-exceeded", message: `${selected} control files match; only the first ${limits.maxFiles} are read (limits.max_files)`, ...at }] : []
  ];
}
function noControlFiles(files, settings) {
  if (files.length > 0) return [];
  return [
    {
      severity: "error",
      code: "no-control-files",
      message: `no control files match ${settings.controls.join(", ")}; nothing to score (set controls: in .crosswalk.yml or the controls input)`,
      file: ".",
      line: 1,
      column: 1
    }
  ];
}
function stopwatch(timings) {
  let last = performance.now();
  return {
    lap(phase) {
      const now = performance.now();
      if (timings) timings[phase] += now - last;
      last = now;
    }
  };
}

// src/report/formats.ts
var formatNames = ["text", "json", "markdown", "sarif", "html"];
var formatsWithDigests = /* @__PURE__ */ new Set(["json", "html"]);
var formatters = {
  text: async () => (await import("./format-text-VBZ73UV7.js")).formatText,
  json: async () => {
    const { formatJson } = await import("./format-json-BNJELFFB.js");
    return (report) => formatJson(report);
  },
  markdown: async () => {
    const { formatMarkdown } = await import("./format-markdown-BYQBDGTL.js");
    return (report) => formatMarkdown(report);
  },
  sarif: async () => {
    const { formatSarif } = await import("./format-sarif-5SHITKRV.js");
    return (report) => formatSarif(report);
  },
  html: async () => {
    const { formatHtml } = await import("./format-html-BPF7TFVB.js");
    return (report) => formatHtml(report);
  }
};
async function render(format, report, options) {
  return (await formatters[format]())(report, options);
}

export {
  resolveSettings,
  splitList,
  configFileName,
  loadSettings,
  listTrackedFiles,
  check,
  checkWithSettings,
  compareWithBase,
  formatNames,
  formatsWithDigests,
  render
};
