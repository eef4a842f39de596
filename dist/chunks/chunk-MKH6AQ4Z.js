import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  directoryArgument,
  emit,
  oneOf,
  parseFlags,
  wantsColor
} from "./chunk-XK6H44CA.js";
import {
  check,
  formatNames,
  formatsWithDigests,
  render,
  splitList
} from "./chunk-SVM6ZSB3.js";
import {
  isShippedMappingName
} from "./chunk-A3TXCLUC.js";

// src/commands/check.ts
import path from "node:path";
var settingsFlags = {
  config: { type: "string" },
  mapping: { type: "string" },
  scope: { type: "string" },
  "as-of": { type: "string" },
  "fail-on": { type: "string" },
  "min-readiness": { type: "string" },
  "audit-type": { type: "string" },
  period: { type: "string" }
};
var settingsHelp = `  --config F         config file (default: DIR/.crosswalk.yml)
  --mapping F        mapping file, "default" (the audited mapping) or "seed" (the seed
                     as written); a file named like them: ./seed
  --scope a,b        categories besides security: availability, confidentiality,
                     processing-integrity, privacy
  --as-of DATE       score as of this date (YYYY-MM-DD; default: today, UTC; not later)
  --audit-type T     type1 (readiness at the as-of date) or type2 (over --period)
  --period S..E      the Type 2 observation period, e.g. 2026-01-01..2026-12-31
  --fail-on a,b      errors, missing-evidence, new-missing-evidence, stale-evidence, gaps,
                     readiness, regression
  --min-readiness N  minimum readiness % for fail-on readiness`;
function overridesFrom(values, io) {
  const resolve = (file) => file === void 0 || isShippedMappingName(file) ? file : path.resolve(io.cwd, file);
  return {
    configFile: values.config === void 0 ? void 0 : path.resolve(io.cwd, values.config),
    overrides: {
      mapping: resolve(values.mapping),
      scope: splitList(values.scope),
      asOf: values["as-of"],
      failOn: splitList(values["fail-on"]),
      minReadiness: values["min-readiness"],
      auditType: values["audit-type"],
      period: values.period
    }
  };
}
var checkCommand = {
  synopsis: "check [DIR]              validate and score the compliance repository in DIR (default: .)",
  help: `Usage: crosswalk check [DIR] [options]

${settingsHelp}
  --format F         text (default), json, markdown, sarif, html (a self-contained readiness page)
  --output F         write the report to F instead of standard output
  --timings          print phase timings and peak memory to standard error

Exit codes: 0 passed, 1 a fail_on condition holds, 2 could not run.`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, format: { type: "string", default: "text" }, output: { type: "string" }, timings: { type: "boolean" } });
    if (values.help) {
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    const format = oneOf("--format", values.format, formatNames);
    const root = await directoryArgument(positionals, io, "check");
    const timings = { parse: 0, validate: 0, score: 0, report: 0 };
    const run = await check({ root, ...overridesFrom(values, io), fingerprints: formatsWithDigests.has(format) }, timings);
    const renderStart = performance.now();
    const text = await render(format, run.report, { color: wantsColor(io, values.output === void 0), width: io.stdout.columns });
    timings.report += performance.now() - renderStart;
    await emit(text, values.output, io);
    const { summary } = run.report;
    if (format !== "text" || values.output !== void 0) {
      const verdict = summary.passed ? "passed" : `failed (${summary.failedConditions.map((failure) => failure.condition).join(", ")})`;
      io.stderr.write(`crosswalk: readiness ${summary.readiness}%, ${summary.missingEvidence} missing evidence, ${summary.errors} errors: ${verdict}
`);
    }
    if (values.timings) io.stderr.write(`crosswalk timings: ${JSON.stringify({ ...roundAll(timings), controls: run.controls.length, maxRssKiB: process.resourceUsage().maxRSS })}
`);
    return summary.passed ? 0 : 1;
  }
};
function roundAll(timings) {
  const round = (ms) => Math.round(ms * 10) / 10;
  return { parse: round(timings.parse), validate: round(timings.validate), score: round(timings.score), report: round(timings.report) };
}

export {
  settingsFlags,
  settingsHelp,
  overridesFrom,
  checkCommand
};
