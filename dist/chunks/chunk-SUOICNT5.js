import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  compareIsoIds,
  frequencyDefaults
} from "./chunk-A3TXCLUC.js";
import {
  package_default
} from "./chunk-IJFG2MBW.js";

// src/dates.ts
var msPerDay = 864e5;
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / msPerDay);
}
function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * msPerDay).toISOString().slice(0, 10);
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
function isIsoDate(value) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
function addMonths(date, months, days = 0) {
  const [year, month, day] = date.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const length = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const clamped = `${String(targetYear).padStart(4, "0")}-${String(targetMonth + 1).padStart(2, "0")}-${String(Math.min(day, length)).padStart(2, "0")}`;
  return days === 0 ? clamped : addDays(clamped, days);
}

// src/score/windows.ts
function cadenceOf(frequency) {
  const defaults = frequencyDefaults[frequency ?? "annual"];
  if (defaults.kind === "population") return { kind: "population", windowMonths: 3, fromPeriodStart: false };
  const months = defaults.windowMonths ?? 12;
  return { kind: "periodic", windowMonths: months, fromPeriodStart: months === 12 };
}
function windowsOf(cadence, period) {
  if (period.end < addMonths(period.start, cadence.windowMonths, -1)) return [period];
  return cadence.fromPeriodStart ? windowsFromStart(cadence.windowMonths, period) : calendarWindows(cadence.windowMonths, period);
}
function windowsFromStart(months, period) {
  const windows = [];
  for (let k = 0; ; k++) {
    const start = addMonths(period.start, months * k);
    if (start > period.end) return windows;
    const end = addMonths(period.start, months * (k + 1), -1);
    windows.push({ start, end: end < period.end ? end : period.end });
  }
}
function calendarWindows(months, period) {
  const [year, month] = period.start.split("-").map(Number);
  const firstMonth = Math.floor((month - 1) / months) * months + 1;
  let start = `${String(year).padStart(4, "0")}-${String(firstMonth).padStart(2, "0")}-01`;
  const windows = [];
  while (start <= period.end) {
    const next = addMonths(start, months);
    windows.push({ start, end: addDays(next, -1) });
    start = next;
  }
  return windows;
}
function hasEnded(window, period, judgedAt2) {
  return window.end >= period.start && window.end <= judgedAt2;
}
function contains(window, day) {
  return window.start <= day && day <= window.end;
}
function overlaps(a, b) {
  return a.start <= b.end && b.start <= a.end;
}
function spanDays(span) {
  return daysBetween(span.start, span.end) + 1;
}

// src/score/evidence.ts
var designDocumentTypes = /* @__PURE__ */ new Set(["policy", "procedure", "standard", "plan"]);
function isDesignDocument(item) {
  return item.type !== void 0 && designDocumentTypes.has(item.type.toLowerCase());
}
function termsOf(requirement, maxEvidenceAgeDays) {
  const defaults = requirement.frequency === void 0 ? void 0 : frequencyDefaults[requirement.frequency];
  return {
    id: requirement.id,
    frequency: requirement.frequency,
    maxAgeDays: requirement.maxAgeDays ?? defaults?.maxAgeDays ?? maxEvidenceAgeDays,
    minSamples: requirement.minSamples ?? defaults?.minSamples ?? 1
  };
}
function isPresent(item, observations) {
  const seen = observations.get(item);
  return seen?.kind === "url" || seen?.kind === "files" && seen.files.some((file) => file.size > 0);
}
function isFresh(item, asOf, maxAgeDays) {
  return daysBetween(item.collected, asOf) <= maxAgeDays;
}
function sampleCount(item, observations) {
  if (item.samples !== void 0) return item.samples;
  const seen = observations.get(item);
  const files = seen?.kind === "files" ? seen.files.filter((file) => file.size > 0).length : 0;
  return Math.max(1, files);
}
function activitySpan(item) {
  return item.period ?? { start: item.collected, end: item.collected };
}
function startedPeriod(rules) {
  return rules.audit.type === "type2" && rules.asOf >= rules.audit.period.start ? rules.audit.period : void 0;
}
function judgedAt(rules) {
  const period = startedPeriod(rules);
  return period && period.end < rules.asOf ? period.end : rules.asOf;
}
function judgeRequirement(terms, listing, rules) {
  const present = listing.filter(({ item }) => isPresent(item, rules.observations));
  const period = startedPeriod(rules);
  const at = judgedAt(rules);
  const cadence = cadenceOf(terms.frequency);
  const windows = period ? windowsOf(cadence, period) : [];
  const ended = period ? windows.filter((window) => hasEnded(window, period, at)) : [];
  const strip = period ? windowStrip(cadence, windows, ended, present, at) : [];
  if (listing.length === 0) return { satisfied: false, reason: "absent", items: listing, windows: strip };
  if (present.length === 0) return { satisfied: false, reason: "file-not-found", items: listing, windows: strip };
  if (!period || ended.length === 0) {
    const fresh = present.some(({ item }) => isFresh(item, at, terms.maxAgeDays));
    return fresh ? { satisfied: true, windows: strip } : { satisfied: false, reason: "stale", items: listing, windows: strip };
  }
  const gap = ended.find((window) => !isFilled(cadence, window, present));
  if (gap) return { satisfied: false, reason: "period-gap", items: listing, windows: strip, window: gap };
  if (cadence.kind === "population") {
    const samples = populationSamples(terms, present, period, at, rules.observations);
    if (samples.counted < samples.required) return { satisfied: false, reason: "insufficient-samples", items: listing, windows: strip, samples };
  }
  return { satisfied: true, windows: strip };
}
function sampleTally(terms, listing, rules) {
  const period = startedPeriod(rules);
  if (!period || cadenceOf(terms.frequency).kind !== "population") return void 0;
  const present = listing.filter(({ item }) => isPresent(item, rules.observations));
  return populationSamples(terms, present, period, judgedAt(rules), rules.observations);
}
function isFilled(cadence, window, present) {
  return present.some(({ item }) => {
    const span = activitySpan(item);
    return cadence.kind === "periodic" ? contains(window, span.end) : overlaps(window, span);
  });
}
function populationSamples(terms, present, period, at, observations) {
  const elapsed = { start: period.start, end: at };
  const counted = present.filter(({ item }) => overlaps(activitySpan(item), elapsed));
  const total = spanDays(period);
  const share = Math.min(spanDays(elapsed), total);
  let required = Math.floor((terms.minSamples * share + total - 1) / total);
  if (counted.length > 0 && counted.every(({ item }) => item.population !== void 0)) {
    required = Math.min(required, counted.reduce((sum, { item }) => sum + item.population, 0));
  }
  return { counted: counted.reduce((sum, { item }) => sum + sampleCount(item, observations), 0), required };
}
function windowStrip(cadence, windows, ended, present, at) {
  return windows.map((window) => {
    const state = isFilled(cadence, window, present) ? "collected" : ended.includes(window) ? "missing" : window.start <= at ? "current" : "not-started";
    return { ...window, state };
  });
}

// src/score/age-limits.ts
var operatingEvidence = "operating-evidence";
var policyAgeLimit = "policy.max_evidence_age_days";
function ageLimitsFor(mapping, maxEvidenceAgeDays) {
  const operatingByIso = /* @__PURE__ */ new Map();
  for (const row of mapping.rows) {
    if (row.coverage !== "full" || row.evidence.length > 0) continue;
    const { id, maxAgeDays } = termsOf({ id: operatingEvidence, frequency: row.frequency }, maxEvidenceAgeDays);
    operatingByIso.set(row.iso, [...operatingByIso.get(row.iso) ?? [], { id, maxAgeDays }]);
  }
  const coversLimit = { id: operatingEvidence, maxAgeDays: termsOf({ id: operatingEvidence, frequency: void 0 }, maxEvidenceAgeDays).maxAgeDays };
  const operatingOf = /* @__PURE__ */ new Map();
  return (control, item) => {
    let operating = operatingOf.get(control);
    if (operating === void 0) {
      operating = [...control.implements.flatMap((iso) => operatingByIso.get(iso) ?? []), ...control.covers.length > 0 ? [coversLimit] : []];
      operatingOf.set(control, operating);
    }
    const listed = item.satisfies.flatMap((id) => {
      const requirement = mapping.requirements.get(id)?.requirement;
      return requirement ? [termsOf(requirement, maxEvidenceAgeDays)] : [];
    });
    const all = [...listed.map(({ id, maxAgeDays }) => ({ id, maxAgeDays })), ...isDesignDocument(item) ? [] : operating];
    const unique2 = all.filter((limit, index) => all.findIndex((other) => other.id === limit.id && other.maxAgeDays === limit.maxAgeDays) === index);
    const limits = unique2.length > 0 ? unique2 : [{ id: policyAgeLimit, maxAgeDays: maxEvidenceAgeDays }];
    let strictest = limits[0].maxAgeDays;
    for (const limit of limits) strictest = Math.min(strictest, limit.maxAgeDays);
    return { limits, strictest, strictestBy: limits.filter((limit) => limit.maxAgeDays === strictest).map((limit) => limit.id) };
  };
}

// src/report/evidence-inventory.ts
function evidenceInventory(input) {
  const limitsOf = ageLimitsFor(input.mapping, input.maxEvidenceAgeDays);
  const expiryOf = expiryCalculator();
  return input.controls.flatMap((control) => control.evidence.map((item) => itemReport(control, item, limitsOf(control, item), input, expiryOf)));
}
function expiryCalculator() {
  const known = /* @__PURE__ */ new Map();
  return (collected, maxAgeDays) => {
    const key = `${collected}+${maxAgeDays}`;
    let expires = known.get(key);
    if (expires === void 0) known.set(key, expires = addDays(collected, maxAgeDays + 1));
    return expires;
  };
}
function itemReport(control, item, { strictest, strictestBy }, input, expiryOf) {
  const seen = input.observations.get(item);
  return {
    control: control.id,
    evidence: item.id,
    type: item.type ?? null,
    satisfies: item.satisfies,
    collected: item.collected,
    period: item.period,
    expires: expiryOf(item.collected, strictest),
    expiresBy: strictestBy,
    path: item.source.kind === "path" ? item.source.pattern : void 0,
    url: item.source.kind === "url" ? item.source.url : void 0,
    present: isPresent(item, input.observations),
    files: seen?.kind === "files" ? seen.files.map((file) => fileReport(file.path, file.size, input.digests)) : [],
    file: item.at.file,
    line: item.at.line,
    column: item.at.column
  };
}
function fileReport(path, size, digests) {
  const digest = digests?.get(path);
  if (digest === void 0) return { path, size, sha256: null, reason: "not-requested" };
  return digest.sha256 === null ? { path, size, sha256: null, reason: digest.reason } : { path, size, sha256: digest.sha256 };
}

// src/report/report.ts
function missingEntryKey(entry, leaveOut = /* @__PURE__ */ new Set()) {
  return JSON.stringify([entry.iso, entry.requirement, entry.controls.filter((id) => !leaveOut.has(id))]);
}
function withVerdict(report, verdict) {
  return { ...report, summary: { ...report.summary, ...verdictFields(verdict) } };
}
function verdictFields(verdict) {
  return { passed: verdict.passed, failedConditions: verdict.failed };
}
function buildReport({ catalogs, mapping, settings, score, diagnostics, verdict, observations, digests }) {
  const count = (severity) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  return {
    tool: { name: "crosswalk", version: package_default.version },
    asOf: settings.asOf,
    audit: auditReport(settings),
    scope: settings.scope,
    mapping: { name: mapping.name, source: mapping.origin === "default" || mapping.origin === "seed" ? mapping.origin : "file" },
    summary: {
      readiness: score.readiness,
      designCoverage: score.designCoverage,
      criteria: score.criteria,
      ready: score.ready,
      incomplete: score.incomplete,
      gap: score.gap,
      missingEvidence: score.missingEvidence.length,
      blockingMissingEvidence: score.missingEvidence.filter((entry) => entry.blocking).length,
      dueEvidence: score.dueEvidence.length,
      expiringEvidence: score.expiring.length,
      errors: count("error"),
      warnings: count("warning"),
      ...verdictFields(verdict)
    },
    categories: score.categories.map((tally) => ({
      category: tally.category,
      title: catalogs.categoryTitles.get(tally.category) ?? tally.category,
      criteria: tally.criteria,
      ready: tally.ready,
      incomplete: tally.incomplete,
      gap: tally.gap,
      readiness: tally.readiness,
      designCoverage: tally.designCoverage
    })),
    criteria: score.criteriaResults.map(({ criterion, state, rows, blockedBy }) => ({
      id: criterion.id,
      category: criterion.category,
      subject: criterion.subject,
      state,
      controls: unique(rows.flatMap((row) => row.kind === "mapping" ? [row.row.iso] : [])).sort(compareIsoIds),
      supplementalControls: unique(rows.flatMap((row) => row.kind === "supplemental" ? [row.control.id] : [])).sort(),
      blockedBy: blockedBy.map((row) => blockingRow(row, catalogs))
    })),
    missingEvidence: score.missingEvidence.map((entry) => ({
      iso: entry.iso,
      isoTitle: isoTitle(entry.iso, catalogs),
      controls: entry.controls.map((control) => control.id),
      criteria: entry.criteria,
      requirement: entry.requirement,
      description: entry.description,
      reason: entry.reason,
      blocking: entry.blocking,
      owners: ownersOf(entry.controls),
      ...entry.samples ? { samples: entry.samples } : {},
      ...entry.window ? { window: entry.window } : {},
      ...locationOf(entry.controls),
      evidence: entry.items.map(evidenceReference),
      laterEvidence: entry.laterItems.map((held) => ({ ...evidenceReference(held), collected: held.item.collected }))
    })),
    dueEvidence: score.dueEvidence.map((entry) => ({
      iso: entry.iso,
      isoTitle: isoTitle(entry.iso, catalogs),
      requirement: entry.requirement,
      description: entry.description,
      controls: entry.controls.map((control) => control.id),
      owners: ownersOf(entry.controls),
      due: entry.due,
      window: entry.window,
      ...locationOf(entry.controls)
    })),
    timeline: score.timelines.map((entry) => ({
      iso: entry.iso,
      requirement: entry.requirement,
      controls: entry.controls.map((control) => control.id),
      frequency: entry.frequency ?? null,
      windows: entry.windows
    })),
    controls: score.controls.map((control) => ({
      id: control.id,
      title: control.title,
      status: control.status,
      owner: control.owner ?? null,
      justification: control.justification ?? null,
      implements: control.implements,
      covers: control.covers,
      criteria: criteriaReachedBy(control, mapping, score.criteriaResults.map((result) => result.criterion.id)),
      ...control.at
    })),
    unverifiedEvidence: score.unverified.map(({ control, item }) => ({
      control: control.id,
      evidence: item.id,
      ...item.source.kind === "url" ? { url: item.source.url } : {},
      ...item.at
    })),
    expiringEvidence: score.expiring.map(({ control, item, requirements, expires, daysLeft }) => ({
      control: control.id,
      evidence: item.id,
      requirements,
      collected: item.collected,
      expires,
      daysLeft,
      ...item.at
    })),
    // Only runs whose output shows hashes list the evidence: a text report of a large repository
    // should not pay for an inventory it never prints.
    evidence: digests ? evidenceInventory({ controls: score.controls, mapping, observations, digests, maxEvidenceAgeDays: settings.policy.maxEvidenceAgeDays }) : [],
    diagnostics
  };
}
function auditReport(settings) {
  const { audit, asOf } = settings;
  if (audit.type === "type1") return audit;
  const started = asOf >= audit.period.start;
  const judgedAt2 = started && audit.period.end < asOf ? audit.period.end : asOf;
  const lengthDays = daysBetween(audit.period.start, audit.period.end) + 1;
  return { type: "type2", period: audit.period, started, judgedAt: judgedAt2, elapsedDays: started ? daysBetween(audit.period.start, judgedAt2) + 1 : 0, lengthDays };
}
function blockingRow(row, catalogs) {
  const iso = row.kind === "mapping" ? row.row.iso : null;
  return {
    iso,
    isoTitle: isoTitle(iso, catalogs),
    controls: (row.kind === "mapping" ? row.active : [row.control]).map((control) => control.id),
    inProgress: !row.active.some((control) => control.status === "implemented"),
    requirements: row.unsatisfied.map(({ id, verdict }) => ({ id, reason: verdict.reason, ...verdict.window ? { window: verdict.window } : {} }))
  };
}
function criteriaReachedBy(control, mapping, inScope) {
  const reached = /* @__PURE__ */ new Set([...mapping.rows.filter((row) => row.coverage !== "gap" && control.implements.includes(row.iso)).flatMap((row) => row.tsc), ...control.covers]);
  return inScope.filter((id) => reached.has(id));
}
function isoTitle(iso, catalogs) {
  return iso === null ? null : catalogs.iso.get(iso)?.title ?? null;
}
function locationOf(controls) {
  const first = controls[0];
  return first ? { ...first.at } : { file: ".", line: 1, column: 1 };
}
function evidenceReference({ control, item }) {
  return { control: control.id, evidence: item.id, ...item.at };
}
function ownersOf(controls) {
  return unique(controls.flatMap((control) => control.owner === void 0 ? [] : [control.owner]));
}
function unique(values) {
  return [...new Set(values)];
}

export {
  daysBetween,
  addDays,
  todayUtc,
  isIsoDate,
  addMonths,
  cadenceOf,
  contains,
  isDesignDocument,
  termsOf,
  isPresent,
  isFresh,
  startedPeriod,
  judgedAt,
  judgeRequirement,
  sampleTally,
  operatingEvidence,
  policyAgeLimit,
  ageLimitsFor,
  missingEntryKey,
  withVerdict,
  buildReport,
  ownersOf
};
