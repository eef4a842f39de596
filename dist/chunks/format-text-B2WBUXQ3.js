import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  auditLine,
  blockerSource,
  deviationsByChange,
  forecastWords,
  hasMissingWindow,
  incompleteWords,
  missingDetail,
  onceEach,
  passWords,
  plural,
  requirementName,
  sanitizeText,
  stripsToShow,
  windowLegend,
  windowMark,
  windowName
} from "./chunk-FNXYG2V3.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LVNFLO5R.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// src/report/terminal/format-text.ts
var import_picocolors = __toESM(require_picocolors(), 1);

// src/report/terminal/terminal-text.ts
function forTerminal(text) {
  return sanitizeText(text);
}

// src/report/terminal/format-text.ts
var stateMark = { ready: "\u2714", incomplete: "\u25D0", gap: "\u2716" };
function formatText(report, options) {
  const c = (0, import_picocolors.createColors)(options.color);
  const width = Math.max(60, Math.min(options.width ?? 100, 120));
  const sections = [
    header(report, c),
    diagnosticsSection(report, c),
    categoriesSection(report, c, width),
    missingSection(report, c),
    atRiskSection(report, c),
    dueSection(report, c),
    timelineSection(report, c),
    blockedSection(report, c),
    expiringSection(report, c),
    collectedSection(report, c),
    deviationsSection(report, c),
    unverifiedSection(report, c),
    verdictSection(report, c),
    nextSteps(report)
  ];
  return `${sections.filter((section) => section !== "").join("\n\n")}
`;
}
function header(report, c) {
  const { summary } = report;
  return [
    `${c.bold("crosswalk")} ${report.tool.version} \xB7 SOC 2 readiness as of ${report.asOf}`,
    c.dim(`${auditLine(report.audit, report.asOf)} \xB7 mapping: ${forTerminal(report.mapping.name)} \xB7 scope: ${report.scope.join(", ")}`),
    "",
    `  Readiness        ${c.bold(pad(`${summary.readiness.toFixed(1)}%`, 6))}  ${bar(summary.readiness, c)}  ${summary.ready} of ${summary.criteria} criteria ready`,
    `  Design coverage  ${pad(`${summary.designCoverage.toFixed(1)}%`, 6)}  ${bar(summary.designCoverage, c)}  ${summary.ready + summary.incomplete} of ${summary.criteria} reached by a control`,
    ...report.forecast ? [`  At period end    ${pad(`${report.forecast.readiness.toFixed(1)}%`, 6)}  ${bar(report.forecast.readiness, c)}  ${forecastWords(report.forecast)}`] : [],
    ...summary.complete ? [] : ["", c.red(`  ${incompleteWords(summary.errors)}`)]
  ].join("\n");
}
function bar(percent, c) {
  const cells = 20;
  const filled = Math.round(percent / 100 * cells);
  const colour = percent >= 80 ? c.green : percent >= 50 ? c.yellow : c.red;
  return colour("\u2588".repeat(filled)) + c.dim("\u2591".repeat(cells - filled));
}
function categoriesSection(report, c, width) {
  return report.categories.map((category) => categoryBlock(report, category, c, width)).join("\n\n");
}
function categoryBlock(report, category, c, width) {
  const criteria = report.criteria.filter((criterion) => criterion.category === category.category);
  const line = (state, colour) => {
    const ids = criteria.filter((criterion) => criterion.state === state).map((criterion) => criterion.id);
    if (ids.length === 0) return [];
    return wrap(ids, width - 16).map((chunk, index) => `    ${index === 0 ? colour(`${stateMark[state]} ${pad(state, 10)}`) : " ".repeat(12)}  ${chunk}`);
  };
  return [
    `${c.bold(category.title)}  ${category.ready}/${category.criteria} ready \xB7 ${category.readiness.toFixed(1)}% \xB7 design coverage ${category.designCoverage.toFixed(1)}%`,
    ...line("ready", c.green),
    ...line("incomplete", c.yellow),
    ...line("gap", c.red)
  ].join("\n");
}
function missingSection(report, c) {
  if (report.missingEvidence.length === 0) return `${c.bold("Missing evidence")}  none`;
  const blocking = report.summary.blockingMissingEvidence;
  const title = `${c.bold("Missing evidence")}  ${report.missingEvidence.length} (${blocking} blocking, ${report.missingEvidence.length - blocking} from controls in progress)`;
  const byControl = groupBy(onceEach(report.missingEvidence), (entry) => entry.controls[0] ?? "");
  const titles = new Map(report.controls.map((control) => [control.id, control]));
  const blocks = [...byControl].map(([controlId, entries]) => {
    const control = titles.get(controlId);
    const heading = `  ${c.bold(forTerminal(controlId))}${control ? ` ${forTerminal(control.title)}` : ""} ${c.dim(`(${control?.status ?? ""}${entries[0].file === void 0 ? "" : `, ${forTerminal(entries[0].file)}:${entries[0].line}`})`)}`;
    return [heading, ...entries.flatMap((entry) => missingEntry(entry, c))].join("\n");
  });
  return [title, ...blocks].join("\n");
}
function missingEntry(entry, c) {
  const mark = entry.blocking ? c.red("\u2716") : c.yellow("!");
  const target = entry.kind === "criterion" ? `SOC 2 ${entry.criteria.join(", ")}: its own test` : entry.iso === null ? `covers ${entry.criteria.join(", ")}` : `${entry.iso} ${entry.isoTitle ?? ""} \u2192 ${entry.criteria.join(", ")}`;
  const where = entry.evidence.map((item) => `${forTerminal(item.file)}:${item.line}`);
  return [
    `    ${mark} ${entry.requirement} ${c.dim(`\u2014 ${forTerminal(missingDetail(entry))}`)}`,
    `      ${c.dim(target)}`,
    `      ${forTerminal(entry.description)}`,
    ...where.length > 0 ? [`      ${c.dim(`evidence: ${where.join(", ")}`)}`] : []
  ];
}
function diagnosticsSection(report, c) {
  if (report.diagnostics.length === 0) return "";
  const { errors, warnings } = report.summary;
  const lines = report.diagnostics.map((diagnostic) => {
    const severity = diagnostic.severity === "error" ? c.red("error") : diagnostic.severity === "warning" ? c.yellow("warning") : c.cyan("notice");
    return `  ${forTerminal(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}  ${severity}  ${forTerminal(diagnostic.message)} ${c.dim(`[${diagnostic.code}]`)}`;
  });
  return [`${c.bold("Problems")}  ${plural(errors, "error")}, ${plural(warnings, "warning")}`, ...lines].join("\n");
}
function atRiskSection(report, c) {
  const { forecast } = report;
  if (!forecast || forecast.keepReady.length === 0) return "";
  return [
    `${c.bold("At risk by")} ${c.bold(forecast.asOf)}  ${plural(forecast.atRisk.length, "criterion", "criteria")} ready today would not be, if nothing more is collected`,
    ...forecast.keepReady.flatMap((risk) => [
      `  ${c.yellow(risk.criterion)} ${forTerminal(risk.subject)}`,
      ...risk.evidence.map((entry) => `      ${forTerminal(requirementName(entry))} \xB7 ${forTerminal(entry.controls.join(", "))} ${c.dim(`\u2014 ${forTerminal(missingDetail({ ...entry, laterEvidence: [] }))}`)}`)
    ])
  ].join("\n");
}
function dueSection(report, c) {
  const due = onceEach(report.dueEvidence);
  if (due.length === 0) return "";
  return [
    `${c.bold("Due")}  ${plural(due.length, "requirement")} with nothing collected yet in the current window`,
    ...due.map(
      (entry) => `  ${c.yellow("\u25F7")} ${entry.due}  ${forTerminal(requirementName(entry))} \xB7 ${forTerminal(entry.controls.join(", "))}${entry.owners.length > 0 ? ` \xB7 ${forTerminal(entry.owners.join(", "))}` : ""} ${entry.file === void 0 ? "" : c.dim(`(${forTerminal(entry.file)}:${entry.line})`)}`
    )
  ].join("\n");
}
function timelineSection(report, c) {
  const strips = stripsToShow(report.timeline);
  if (strips.length === 0) return "";
  const gaps = strips.filter(hasMissingWindow);
  const width = Math.max(...gaps.map((entry) => requirementName(entry).length));
  const complete = strips.length - gaps.length;
  return [
    `${c.bold("Evidence over the audit period")}  ${c.dim(windowLegend)}`,
    ...gaps.map((entry) => `  ${pad(forTerminal(requirementName(entry)), width)}  ${entry.windows.map((window) => `${windowName(window)} ${windowMark[window.state]}`).join("  ")}`),
    ...complete > 0 ? [c.dim(`  ${plural(complete, "more periodic requirement")} with every ended window collected (all of them: --format markdown or json)`)] : []
  ].join("\n");
}
function blockedSection(report, c) {
  const blocked = report.criteria.filter((criterion) => criterion.blockedBy.length > 0);
  if (blocked.length === 0) return "";
  return [
    `${c.bold("What blocks each criterion")}`,
    ...blocked.flatMap((criterion) => [
      `  ${c.yellow(criterion.id)} ${forTerminal(criterion.subject)}`,
      ...criterion.blockedBy.map((row) => {
        const source = blockerSource(row);
        const needs = [...row.inProgress ? ["in progress: no control implemented yet"] : [], ...row.requirements.map((requirement) => `${requirement.id} (${requirement.reason}${requirement.window ? ` ${requirement.window.start}..${requirement.window.end}` : ""})`)];
        return `      ${forTerminal(source)}${needs.length > 0 ? `: ${needs.join(", ")}` : ""}`;
      })
    ])
  ].join("\n");
}
function expiringSection(report, c) {
  if (report.expiringEvidence.length === 0) return "";
  return [
    `${c.bold("Expiring soon")}  ${plural(report.expiringEvidence.length, "evidence item")} turn stale within the warning window: renew before the audit`,
    ...report.expiringEvidence.map(
      (item) => `  ${c.yellow("!")} ${forTerminal(item.control)}/${forTerminal(item.evidence)}  stale from ${item.expires} (${plural(item.daysLeft, "day")} left)${item.requirements.length > 0 ? ` \xB7 ${item.requirements.join(", ")}` : ""} ${c.dim(`(${forTerminal(item.file)}:${item.line})`)}`
    )
  ].join("\n");
}
function collectedSection(report, c) {
  if (report.collectedEvidence.length === 0) return "";
  return [
    `${c.bold("Collected evidence")}  ${plural(report.collectedEvidence.length, "item")} verified by crosswalk: every change of each document's period, tested change by change`,
    ...report.collectedEvidence.flatMap(
      (item) => item.documents.map((document) => `  ${c.green("\u2714")} ${forTerminal(item.control)}/${forTerminal(item.evidence)}  ${forTerminal(document.repository)} ${forTerminal(document.branch)} ${document.period.start}..${document.period.end}: ${plural(document.summary.population, "change")}, ${document.summary.exceptions} with exceptions ${c.dim(`(${forTerminal(document.path)})`)}`)
    )
  ].join("\n");
}
function deviationsSection(report, c) {
  if (report.deviations.length === 0) return "";
  return [
    `${c.bold("Deviations")}  ${plural(deviationsByChange(report.deviations).length, "exception")} answered with management's response`,
    ...deviationsByChange(report.deviations).map((deviation) => `  ${forTerminal(deviation.change)}  ${deviation.class}, approved by ${forTerminal(deviation.approvedBy)}: ${forTerminal(deviation.response)} ${c.dim(`(${deviation.requirements.join(", ")})`)}`)
  ].join("\n");
}
function unverifiedSection(report, c) {
  if (report.unverifiedEvidence.length === 0) return "";
  return [
    `${c.bold("Unverified evidence")}  ${report.unverifiedEvidence.length} external link(s), counted as present but not checked`,
    ...report.unverifiedEvidence.map((item) => `  ${item.control}/${item.evidence}  ${forTerminal(item.url ?? "")} ${c.dim(`(${forTerminal(item.file)}:${item.line})`)}`)
  ].join("\n");
}
function verdictSection(report, c) {
  const { summary } = report;
  if (summary.passed) return c.green(c.bold("PASSED")) + c.dim(` \u2014 ${passWords(summary)}`);
  return [c.red(c.bold("FAILED")), ...summary.failedConditions.map((failure) => `  ${failure.condition}: ${failure.reason}`)].join("\n");
}
function nextSteps(report) {
  const steps = [];
  if (report.summary.errors > 0) steps.push(`Fix the ${plural(report.summary.errors, "error")} under Problems: controls with errors are left out of the score.`);
  const blocking = report.missingEvidence.filter((entry) => entry.blocking);
  const mistyped = blocking.filter((entry) => (entry.pathsNotFound ?? []).length > 0);
  const typoPaths = [...new Set(mistyped.flatMap((entry) => entry.pathsNotFound ?? []))];
  const notFound = report.diagnostics.filter((diagnostic) => diagnostic.code === "evidence-path-not-found").length;
  if (typoPaths.length > 0) {
    const requirements = [...new Set(mistyped.map((entry) => entry.requirement))];
    steps.push(`Fix the evidence paths that match no file (a typo, or a file not committed; see Problems) before collecting anything: ${typoPaths.map((written) => `"${forTerminal(written)}"`).join(", ")} leave ${requirements.join(", ")} missing.`);
  } else if (notFound > 0) {
    const one = notFound === 1;
    steps.push(`Fix the ${plural(notFound, "evidence path")} that ${one ? "matches" : "match"} no file (${one ? "a warning" : "warnings"} under Problems); other evidence satisfies what ${one ? "it lists" : "they list"} for now.`);
  }
  const toCollect = blocking.filter((entry) => !mistyped.includes(entry));
  if (toCollect.length > 0) {
    const named = (entry) => entry.requirement === "operating-evidence" ? `${forTerminal(entry.controls[0] ?? "")} (operating evidence)` : entry.requirement;
    const byReason = (reason) => distinct(toCollect.filter((entry) => entry.reason === reason && entry.laterEvidence.length === 0).map(named));
    const operating = distinct(toCollect.filter((entry) => entry.reason === "absent" && entry.requirement === "operating-evidence" && entry.laterEvidence.length === 0).map(named));
    const dated = toCollect.filter((entry) => entry.laterEvidence.length > 0).map((entry) => entry.laterEvidence.map((item) => `${forTerminal(item.evidence)} (${item.collected})`).join(", "));
    const absent = byReason("absent").filter((name) => !operating.includes(name));
    const stale = byReason("stale");
    const samples = byReason("insufficient-samples");
    const gaps2 = byReason("period-gap");
    if (dated.length > 0) steps.push(`Check the collected dates of ${dated.join(", ")}: they are after the as-of date, so not counted.`);
    if (absent.length > 0) steps.push(`Collect evidence and list it under satisfies: ${absent.join(", ")}.`);
    if (operating.length > 0) steps.push(`Add a record of the control in action (a log, ticket, review or report; a policy or procedure shows design, not operation): ${operating.join(", ")}.`);
    if (stale.length > 0) steps.push(`Renew stale evidence: ${stale.join(", ")}.`);
    if (samples.length > 0) steps.push(`Add samples: ${samples.join(", ")}.`);
    if (gaps2.length > 0) steps.push(`Collect the evidence of the empty windows of the audit period (give each item its period): ${gaps2.join(", ")}.`);
    const exceptions = byReason("exceptions");
    if (exceptions.length > 0) steps.push(`Answer each exception of the collected changes with a deviation (class, response, approved_by) on its item, or fix the process: ${exceptions.join(", ")}.`);
  }
  const gaps = report.criteria.filter((criterion) => criterion.state === "gap").map((criterion) => criterion.id);
  if (gaps.length > 0) {
    steps.push(`Close ${plural(gaps.length, "gap")} (${gaps.join(", ")}): implement an ISO control the mapping maps there, or add a SOC 2\u2013specific control with covers:.`);
  }
  if (steps.length === 0) return "";
  return ["Next steps", ...steps.map((step, index) => `  ${index + 1}. ${step}`)].join("\n");
}
function distinct(names) {
  return [...new Set(names)];
}
function pad(text, width) {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}
function wrap(words, width) {
  const lines = [];
  let current = "";
  for (const word of words) {
    if (current !== "" && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === "" ? word : `${current} ${word}`;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
export {
  formatText,
  groupBy
};
