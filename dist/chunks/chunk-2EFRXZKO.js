import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

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

export {
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
  defaultExpiryWarningDays
};
