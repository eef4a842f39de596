import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  addDays,
  addMonths,
  changesNamed,
  daysBetween,
  qualifiedChange
} from "./chunk-HBO2JP73.js";
import {
  frequencyDefaults
} from "./chunk-2EFRXZKO.js";
import {
  compareIsoIds
} from "./chunk-ZWLGM2CQ.js";
import {
  package_default
} from "./chunk-3PXOBMPD.js";

// src/report/collected-evidence.ts
function deviationsOf(rows) {
  const seen = /* @__PURE__ */ new Set();
  return rows.flatMap(
    (row) => row.requirements.flatMap(
      ({ id, verdict }) => (verdict.deviations ?? []).flatMap(({ control, change, deviation }) => {
        const entry = { iso: row.kind === "mapping" ? row.row.iso : null, requirement: id, control: control.id, change, class: deviation.class, response: deviation.response, approvedBy: deviation.approvedBy };
        const key = JSON.stringify(entry);
        if (seen.has(key)) return [];
        seen.add(key);
        return [entry];
      })
    )
  );
}
function deviationsByChange(deviations) {
  const byKey = /* @__PURE__ */ new Map();
  for (const { change, class: kind, response, approvedBy, requirement } of deviations) {
    const key = JSON.stringify([change, kind, response, approvedBy]);
    const entry = byKey.get(key) ?? { change, class: kind, response, approvedBy, requirements: [] };
    if (!entry.requirements.includes(requirement)) entry.requirements.push(requirement);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
function criteriaWithDeviations(rows) {
  return new Set(rows.flatMap((row) => row.requirements.flatMap(({ gates, verdict }) => (verdict.deviations ?? []).length > 0 ? gates : [])));
}
function verificationOf(item, observations, present) {
  const seen = observations.get(item);
  if (seen?.kind === "url") return "url";
  if (!present) return "none";
  return seen?.kind === "files" && seen.collected?.valid === true ? "collected" : "file";
}
function collectedEvidenceOf(controls, observations) {
  return controls.flatMap(
    (control) => control.evidence.flatMap((item) => {
      const documents = collectedDocumentsOf(item, observations);
      return documents === void 0 ? [] : [{ control: control.id, evidence: item.id, documents, ...item.at }];
    })
  );
}
function collectedDocumentsOf(item, observations) {
  const seen = observations.get(item);
  if (seen?.kind !== "files" || seen.collected?.valid !== true) return void 0;
  return seen.collected.documents.map(({ path, document }) => ({ path, repository: document.repository, branch: document.branch, period: document.period, summary: document.summary }));
}

// src/score/collected.ts
var instances = /* @__PURE__ */ new WeakMap();
var expansions = /* @__PURE__ */ new WeakMap();
function collectedInstance(item) {
  return instances.get(item);
}
function instancesOf(item, observations) {
  const seen = observations.get(item);
  if (seen?.kind !== "files" || seen.collected === void 0 || !seen.collected.valid) return void 0;
  let expanded = expansions.get(item);
  if (expanded === void 0) {
    expanded = seen.collected.documents.map((document) => instanceItem(item, document));
    expansions.set(item, expanded);
  }
  return expanded;
}
function expandCollected(held, observations) {
  if (!held.some(({ item }) => instancesOf(item, observations) !== void 0)) return [...held];
  return held.flatMap((entry) => instancesOf(entry.item, observations)?.map((item) => ({ ...entry, item })) ?? [entry]);
}
function instanceItem(item, { path, document }) {
  const population = document.summary.population;
  const instance = { ...item, period: document.period, collected: document.period.end, samples: population, population };
  const unanswered = [];
  const answered = [];
  for (const change of document.changes) {
    if (change.exceptions.length === 0) continue;
    const deviation = (item.deviations ?? []).find((candidate) => answers(candidate, change.id, document));
    if (deviation === void 0) unanswered.push(qualifiedChange(document.repository, change));
    else answered.push({ change: qualifiedChange(document.repository, change), deviation });
  }
  instances.set(instance, { item, document: { path, document }, unanswered, answered });
  return instance;
}
function answers(deviation, id, document) {
  return changesNamed(deviation.change, [document]).some(({ change }) => change.id === id && change.author !== deviation.approvedBy);
}
function lastCollected(item, observations, asOf) {
  const ends = (instancesOf(item, observations) ?? []).map((instance) => instance.collected).filter((end) => end <= asOf);
  return ends.length === 0 ? item.collected : ends.reduce((latest, end) => end > latest ? end : latest);
}
function documentsCover(window, period, collected) {
  const start = window.start > period.start ? window.start : period.start;
  const end = window.end < period.end ? window.end : period.end;
  if (start > end) return true;
  const byBranch = /* @__PURE__ */ new Map();
  for (const { document } of collected) {
    const key = `${document.document.repository}\0${document.document.branch}`;
    byBranch.set(key, [...byBranch.get(key) ?? [], document.document.period]);
  }
  return [...byBranch.values()].every((spans) => covers(spans, { start, end }));
}
function covers(spans, target) {
  let next = target.start;
  for (const span of [...spans].sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : 0)) {
    if (span.start > next) return false;
    if (span.end >= next) next = addDays(span.end, 1);
    if (next > target.end) return true;
  }
  return next > target.end;
}
function unansweredExceptions(collected) {
  const changes = [...new Set(collected.flatMap((instance) => instance.unanswered))];
  return changes.length === 0 ? void 0 : { count: changes.length, changes: changes.slice(0, 10) };
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
var designWords = ["policy", "procedure", "standard", "plan", "sop", "runbook", "playbook", "guideline", "manual"];
var designWordForms = new Set(designWords.flatMap((word) => [word, word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`]));
var versionWord = /^v?\d+(\.\d+)*$/i;
function isDesignType(type) {
  const words = type.replace(new RegExp("(\\p{Ll})(\\p{Lu})", "gu"), "$1 $2").split(/[-_\s]+/).filter((word) => word !== "");
  while (words.length > 1 && versionWord.test(words.at(-1))) words.pop();
  const last = words.at(-1);
  return last !== void 0 && designWordForms.has(last.toLowerCase());
}
function isDesignDocument(item) {
  return item.type !== void 0 && isDesignType(item.type);
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
  if (collectedInstance(item) !== void 0) return true;
  const seen = observations.get(item);
  if (seen?.kind === "files" && seen.collected?.valid === false) return false;
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
  const present = expandCollected(listing, rules.observations).filter(({ item }) => isPresent(item, rules.observations) && !isLaterDocument(item, rules.asOf));
  const period = startedPeriod(rules);
  const at = judgedAt(rules);
  const cadence = cadenceOf(terms.frequency);
  const windows = period ? windowsOf(cadence, period) : [];
  const ended = period ? windows.filter((window) => hasEnded(window, period, at)) : [];
  const strip = period ? windowStrip(cadence, windows, ended, present, at, period) : [];
  if (listing.length === 0) return { satisfied: false, reason: "absent", items: listing, windows: strip };
  if (present.length === 0) return { satisfied: false, reason: "file-not-found", items: listing, windows: strip };
  if (!period || ended.length === 0) {
    const fresh = present.filter(({ item }) => isFresh(item, at, terms.maxAgeDays));
    if (fresh.length === 0) return { satisfied: false, reason: "stale", items: listing, windows: strip };
    return withExceptions(fresh, { satisfied: true, windows: strip }, listing);
  }
  const gap = ended.find((window) => !isFilled(cadence, window, present, period));
  if (gap) return { satisfied: false, reason: "period-gap", items: listing, windows: strip, window: gap };
  if (cadence.kind === "population") {
    const samples = populationSamples(terms, present, period, at, rules.observations);
    if (samples.counted < samples.required) return { satisfied: false, reason: "insufficient-samples", items: listing, windows: strip.map(underSampled), samples };
  }
  const elapsed = { start: period.start, end: at };
  const counted = present.filter(({ item }) => cadence.kind === "population" ? overlaps(activitySpan(item), elapsed) : contains(elapsed, activitySpan(item).end));
  return withExceptions(counted, { satisfied: true, windows: strip }, listing);
}
function withExceptions(counted, satisfied, listing) {
  const collected = counted.flatMap(({ control, item }) => {
    const instance = collectedInstance(item);
    return instance === void 0 ? [] : [{ control, instance }];
  });
  if (collected.length === 0) return satisfied;
  const deviations = collected.flatMap(({ control, instance }) => instance.answered.map((answered) => ({ control, ...answered })));
  const exceptions = unansweredExceptions(collected.map(({ instance }) => instance));
  if (exceptions !== void 0) return { satisfied: false, reason: "exceptions", items: listing, windows: satisfied.windows, exceptions, deviations };
  return deviations.length === 0 ? satisfied : { ...satisfied, deviations };
}
function sampleTally(terms, listing, rules) {
  const period = startedPeriod(rules);
  if (!period || cadenceOf(terms.frequency).kind !== "population") return void 0;
  const present = expandCollected(listing, rules.observations).filter(({ item }) => isPresent(item, rules.observations) && !isLaterDocument(item, rules.asOf));
  return populationSamples(terms, present, period, judgedAt(rules), rules.observations);
}
function isLaterDocument(item, asOf) {
  return collectedInstance(item) !== void 0 && item.collected > asOf;
}
function isFilled(cadence, window, present, period) {
  const collected = present.map(({ item }) => collectedInstance(item)).filter((instance) => instance !== void 0);
  if (collected.length > 0) return documentsCover(window, period, collected);
  return present.some(({ item }) => {
    const span = activitySpan(item);
    return cadence.kind === "periodic" || item.perFile === true ? contains(window, span.end) : overlaps(window, span);
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
function underSampled(window) {
  return window.state === "collected" ? { ...window, state: "under-sampled" } : window;
}
function windowStrip(cadence, windows, ended, present, at, period) {
  return windows.map((window) => {
    const state = isFilled(cadence, window, present, period) ? "collected" : ended.includes(window) ? "missing" : window.start <= at ? "current" : "not-started";
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
  const present = isPresent(item, input.observations);
  return {
    control: control.id,
    evidence: item.id,
    type: item.type ?? null,
    satisfies: item.satisfies,
    collected: item.collected,
    period: item.period,
    expires: expiryOf(input.asOf === void 0 ? item.collected : lastCollected(item, input.observations, input.asOf), strictest),
    expiresBy: strictestBy,
    path: item.source.kind === "path" ? item.source.pattern : void 0,
    url: item.source.kind === "url" ? item.source.url : void 0,
    present,
    verification: verificationOf(item, input.observations, present),
    documents: collectedDocumentsOf(item, input.observations),
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
  return { passed: verdict.passed, failedConditions: verdict.failed, checkedConditions: verdict.checked };
}
function buildReport({ catalogs, mapping, settings, score, forecast, diagnostics, verdict, observations, digests }) {
  const deviations = deviationsOf(score.rows);
  const noted = criteriaWithDeviations(score.rows);
  const count = (severity) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const errors = count("error");
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
      errors,
      warnings: count("warning"),
      // SPEC §2: a file with an error adds no control, so what it claimed is missing from every figure.
      complete: errors === 0,
      ...verdictFields(verdict)
    },
    ...forecast ? { forecast: forecastReport(forecast) } : {},
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
      blockedBy: blockedBy.map((blocker) => blockingRow(blocker, catalogs)),
      ...noted.has(criterion.id) ? { exceptionsNoted: true } : {}
    })),
    missingEvidence: score.missingEvidence.map((entry) => ({
      kind: entry.subject.kind,
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
      ...entry.exceptions ? { exceptions: entry.exceptions } : {},
      ...locationOf(entry.controls),
      evidence: entry.items.map(evidenceReference),
      laterEvidence: entry.laterItems.map((held) => ({ ...evidenceReference(held), collected: held.item.collected })),
      ...pathsNotFound(entry.items, observations)
    })),
    dueEvidence: score.dueEvidence.map((entry) => ({
      kind: entry.subject.kind,
      iso: entry.iso,
      isoTitle: isoTitle(entry.iso, catalogs),
      criteria: entry.criteria,
      requirement: entry.requirement,
      description: entry.description,
      controls: entry.controls.map((control) => control.id),
      owners: ownersOf(entry.controls),
      due: entry.due,
      window: entry.window,
      ...locationOf(entry.controls)
    })),
    timeline: score.timelines.map((entry) => ({
      kind: entry.subject.kind,
      iso: entry.iso,
      requirement: entry.requirement,
      controls: entry.controls.map((control) => control.id),
      criteria: entry.criteria,
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
    evidence: digests ? evidenceInventory({ controls: score.controls, mapping, observations, digests, maxEvidenceAgeDays: settings.policy.maxEvidenceAgeDays, asOf: settings.asOf }) : [],
    collectedEvidence: collectedEvidenceOf(score.controls, observations),
    deviations,
    diagnostics
  };
}
function forecastReport(forecast) {
  return {
    asOf: forecast.asOf,
    readiness: forecast.readiness,
    ready: forecast.ready,
    atRisk: forecast.atRisk.map(({ criterion }) => criterion.id),
    keepReady: forecast.atRisk.map(({ criterion, needs }) => ({
      criterion: criterion.id,
      subject: criterion.subject,
      evidence: needs.map((entry) => ({
        kind: entry.subject.kind,
        iso: entry.iso,
        criteria: entry.criteria,
        requirement: entry.requirement,
        description: entry.description,
        controls: entry.controls.map((control) => control.id),
        owners: ownersOf(entry.controls),
        reason: entry.reason,
        ...entry.window ? { window: entry.window } : {},
        ...entry.samples ? { samples: entry.samples } : {}
      }))
    }))
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
function blockingRow(blocker, catalogs) {
  if (blocker.kind === "no-live-row") return { kind: "no-live-row", iso: null, isoTitle: null, controls: [], inProgress: false, requirements: [] };
  if (blocker.kind === "criterion-requirement") {
    const { requirement, owners, controls } = blocker.requirement;
    const { verdict } = requirement;
    return {
      kind: "criterion",
      iso: null,
      isoTitle: null,
      controls: owners.map((control) => control.id),
      inProgress: verdict.satisfied && !controls.some((control) => control.status === "implemented"),
      requirements: verdict.satisfied ? [] : [{ id: requirement.id, reason: verdict.reason, ...verdict.window ? { window: verdict.window } : {} }]
    };
  }
  const { row, unsatisfied } = blocker;
  const iso = row.kind === "mapping" ? row.row.iso : null;
  return {
    kind: row.kind === "mapping" ? "row" : "covers",
    iso,
    isoTitle: isoTitle(iso, catalogs),
    controls: (row.kind === "mapping" ? row.active : [row.control]).map((control) => control.id),
    inProgress: !row.active.some((control) => control.status === "implemented"),
    requirements: unsatisfied.map(({ id, verdict }) => ({ id, reason: verdict.reason, ...verdict.window ? { window: verdict.window } : {} }))
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
  return first ? { ...first.at } : {};
}
function blockerSource(row) {
  switch (row.kind) {
    case "row":
      return `${row.iso ?? ""} via ${row.controls.join(", ")}`;
    case "covers":
      return `${row.controls.join(", ")} (SOC 2\u2013specific)`;
    case "criterion":
      return `SOC 2's own test, asked of ${row.controls.join(", ")}`;
    case "no-live-row":
      return "no ISO control or covering control in operation reaches it (its own tests never make it ready alone)";
  }
}
function subjectLabel(entry) {
  if (entry.iso !== null) return entry.iso;
  return entry.kind === "criterion" ? `SOC 2 ${entry.criteria.join(", ")}` : entry.controls.join(", ");
}
function pathsNotFound(items, observations) {
  const paths = unique(items.flatMap(({ item }) => item.source.kind === "path" && !isPresent(item, observations) ? [item.source.pattern] : []));
  return paths.length > 0 ? { pathsNotFound: paths } : {};
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
  lastCollected,
  contains,
  designWords,
  isDesignDocument,
  termsOf,
  isPresent,
  isFresh,
  startedPeriod,
  judgedAt,
  judgeRequirement,
  sampleTally,
  deviationsByChange,
  operatingEvidence,
  policyAgeLimit,
  ageLimitsFor,
  missingEntryKey,
  withVerdict,
  buildReport,
  blockerSource,
  subjectLabel,
  ownersOf
};
