import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  renderBadges
} from "./chunks/chunk-UOA24E2O.js";
import {
  formatCsv,
  utf8Bom
} from "./chunks/chunk-54H4JIW2.js";
import {
  isEntryPoint
} from "./chunks/chunk-6P45Y3FZ.js";
import {
  formatJson
} from "./chunks/chunk-ALEFAJ3U.js";
import {
  formatMarkdown
} from "./chunks/chunk-RBNI33RI.js";
import {
  code,
  escapeMarkdown,
  oneLine,
  sourcePlace,
  tableHeader,
  tableRow
} from "./chunks/chunk-HA42XJ2B.js";
import {
  diagnosticRules,
  formatSarif
} from "./chunks/chunk-OWR7OCKY.js";
import {
  auditLine,
  missingDetail,
  reasonLabel,
  windowName
} from "./chunks/chunk-KZA7WOCS.js";
import {
  sanitizeText
} from "./chunks/chunk-OU57B5EK.js";
import {
  check,
  checkWithSettings,
  compareWithBase,
  listTrackedFiles,
  loadSettings,
  render,
  resolveSettings,
  splitList
} from "./chunks/chunk-SVM6ZSB3.js";
import {
  existingDirectory,
  loadCatalogs,
  loadMapping,
  quoteName,
  relativeInside,
  writeTextFile
} from "./chunks/chunk-IKCRNHJX.js";
import {
  UsageError
} from "./chunks/chunk-2FBNQCWA.js";
import {
  isIsoDate,
  missingEntryKey
} from "./chunks/chunk-SUOICNT5.js";
import {
  isShippedMappingName,
  limitKeys
} from "./chunks/chunk-A3TXCLUC.js";
import "./chunks/chunk-IJFG2MBW.js";
import "./chunks/chunk-YGSFOW3Y.js";
import {
  plural
} from "./chunks/chunk-AR5HQVXI.js";
import "./chunks/chunk-LVNFLO5R.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header: header3, data, colspan, rowspan } = cell;
        const tag = header3 ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/action/annotations.ts
var annotationsPerLevel = 10;
var levels = ["error", "warning", "notice"];
function planAnnotations(report, reserved = {}) {
  const room = Object.fromEntries(levels.map((level) => [level, Math.max(0, annotationsPerLevel - (reserved[level] ?? 0))]));
  const omitted = { error: 0, warning: 0, notice: 0 };
  const shown2 = findingsByImportance(report).filter((annotation) => {
    if (room[annotation.level] > 0) {
      room[annotation.level] -= 1;
      return true;
    }
    omitted[annotation.level] += 1;
    return false;
  });
  return { shown: shown2, omitted };
}
function findingsByImportance(report) {
  const titles = new Map(report.controls.map((control) => [control.id, control.title]));
  const diagnosticsOf = (severity) => report.diagnostics.filter((diagnostic) => diagnostic.severity === severity).map(diagnosticAnnotation);
  const missingOf = (blocking) => report.missingEvidence.filter((entry) => entry.blocking === blocking).map((entry) => missingEvidenceAnnotation(entry, titles));
  const expiring = report.expiringEvidence.map((item) => expiringEvidenceAnnotation(item, report.asOf));
  return [...diagnosticsOf("error"), ...missingOf(true), ...expiring, ...diagnosticsOf("warning"), ...missingOf(false), ...diagnosticsOf("notice")];
}
function diagnosticAnnotation(diagnostic) {
  return {
    level: diagnostic.severity,
    title: `crosswalk: ${diagnosticRules[diagnostic.code].title} (${diagnostic.code})`,
    message: diagnostic.message,
    ...at(diagnostic)
  };
}
function missingEvidenceAnnotation(entry, titles) {
  const controls = entry.controls.join(", ");
  const named = entry.controls.map((id) => titles.has(id) ? `${id} (${titles.get(id)})` : id).join(", ");
  const what = entry.iso === null ? `${named} covers SOC 2 ${entry.criteria.join(", ")} directly and needs present, fresh evidence of operation` : `${named} implements ${entry.iso}${entry.isoTitle ? ` ${entry.isoTitle}` : ""}, which SOC 2 ${entry.criteria.join(", ")} relies on`;
  const listedBy = entry.evidence.length === 0 ? "" : ` Evidence that lists it: ${entry.evidence.map((item) => `${item.control}/${item.evidence}`).join(", ")}.`;
  return {
    level: entry.blocking ? "error" : "warning",
    title: `${controls} \xB7 ${entry.iso ?? entry.criteria.join(", ")}: missing evidence ${entry.requirement} (${shortReason[entry.reason]})`,
    message: `${what}. Evidence requirement ${entry.requirement} is not met: ${missingDetail(entry)}.${listedBy} Needed: ${entry.description}`,
    ...at(entry.evidence[0] ?? entry)
  };
}
function expiringEvidenceAnnotation(item, asOf) {
  const counts = item.requirements.length === 0 ? `counts for ${item.control}` : `counts toward ${item.requirements.join(", ")}`;
  return {
    level: "warning",
    title: `${item.control} \xB7 ${item.evidence}: evidence turns stale on ${item.expires} (${plural(item.daysLeft, "day")} left)`,
    message: `Evidence ${item.evidence} of ${item.control}, collected ${item.collected}, ${counts} but is stale from ${item.expires}, ${plural(item.daysLeft, "day")} after the as-of date ${asOf}. Collect it again before then.`,
    ...at(item)
  };
}
var shortReason = {
  absent: "none listed",
  "file-not-found": "file not found",
  stale: "stale",
  "period-gap": "window without evidence",
  "insufficient-samples": "too few samples"
};
function at(location) {
  return location.file === "." ? {} : { file: location.file, line: location.line, column: location.column };
}
function describeOmitted(omitted) {
  const parts = levels.filter((level) => omitted[level] > 0).map((level) => `${omitted[level]} more ${level}${omitted[level] === 1 ? "" : "s"}`);
  if (parts.length === 0) return void 0;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

// src/action/badges.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path from "node:path";
var overallBadge = { svg: "soc2-readiness.svg", json: "soc2-readiness.json" };
async function writeBadges(report, badge, directory) {
  if (!badge.ok) return void 0;
  const folder = path.join(directory, "badges");
  await mkdir2(folder, { recursive: true });
  const files = renderBadges(report, badge.style);
  for (const file of files) await writeFile2(path.join(folder, file.name), file.content);
  return { files, svg: path.join(folder, overallBadge.svg), json: path.join(folder, overallBadge.json) };
}
function badgeProblemAnnotation(problem) {
  const title = "crosswalk: invalid badge style; no badges written";
  const match = /^(.+?):(\d+):(\d+): (.+)$/s.exec(problem);
  if (match === null) return { level: "error", title, message: problem };
  const [, file, line, column, message] = match;
  return { level: "error", title, message, file, line: Number(line), column: Number(column) };
}

// src/action/comment.ts
var commentMarker = "<!-- crosswalk:readiness -->";
var maxCommentLength = 65536;
var pullRequestEvents = ["pull_request", "pull_request_target"];
function isPullRequestEvent(eventName) {
  return pullRequestEvents.includes(eventName);
}
function pullRequestOf(eventName, payload) {
  if (!isPullRequestEvent(eventName)) return void 0;
  const pull = payload?.pull_request;
  if (typeof pull?.number !== "number") return void 0;
  const headRepository = pull.head?.repo?.full_name;
  const baseRepository = pull.base?.repo?.full_name;
  return {
    number: pull.number,
    baseSha: pull.base?.sha,
    headSha: pull.head?.sha,
    headRepository,
    fromFork: headRepository !== void 0 && baseRepository !== void 0 && headRepository !== baseRepository
  };
}
function commentBody(report, context) {
  const footerParts = [
    context.sha === void 0 ? "Updated by crosswalk" : `Updated by crosswalk for ${context.sha.slice(0, 7)}`,
    ...context.runUrl === void 0 ? [] : [`[workflow run](${context.runUrl})`]
  ];
  const footer = `<sub>${footerParts.join(" \xB7 ")}</sub>
`;
  const frame = `${commentMarker}
`.length + `
${footer}`.length;
  const markdown = formatMarkdown(report, { linkBase: context.linkBase, maxLength: maxCommentLength - frame, delta: context.delta, notes: context.notes });
  return `${commentMarker}
${markdown}
${footer}`;
}
var actionsBot = "github-actions[bot]";
async function upsertComment(api, issueNumber, body) {
  const existing = await findComment(api, issueNumber);
  if (existing === void 0) {
    await api.createComment(issueNumber, body);
    return "created";
  }
  if (existing.body === body) return "unchanged";
  await api.updateComment(existing.id, body);
  return "updated";
}
async function findComment(api, issueNumber) {
  let self;
  for await (const page of api.listComments(issueNumber)) {
    for (const comment of page) {
      if (!comment.body?.startsWith(commentMarker)) continue;
      self ??= await api.viewerLogin().catch(() => void 0) ?? actionsBot;
      if (writtenBy(comment, self)) return comment;
    }
  }
  return void 0;
}
function writtenBy(comment, login) {
  const author = comment.user;
  if (typeof author?.login !== "string" || author.login.toLowerCase() !== login.toLowerCase()) return false;
  return !login.endsWith("[bot]") || author.type === "Bot";
}

// src/action/event.ts
import { readFile } from "node:fs/promises";
async function readEventPayload(runner) {
  if (runner.eventPath === void 0) return void 0;
  try {
    return JSON.parse(await readFile(runner.eventPath, "utf8"));
  } catch (error2) {
    notice(oneLine(`crosswalk cannot read the event payload (GITHUB_EVENT_PATH), so it skips what needs it: ${error2 instanceof Error ? error2.message : String(error2)}`));
    return void 0;
  }
}
function defaultBranchOf(payload) {
  const branch = payload?.repository?.default_branch;
  return typeof branch === "string" && branch !== "" ? branch : void 0;
}

// src/action/default-branch-run.ts
var defaultBranchEvents = ["push", "schedule", "workflow_dispatch"];
function isDefaultBranchEvent(eventName) {
  return defaultBranchEvents.includes(eventName);
}
var eventWords = { push: "push", schedule: "scheduled run", workflow_dispatch: "manual run" };
function whyNotDefaultBranchRun(runner, payload) {
  const event = runner.eventName;
  if (!isDefaultBranchEvent(event)) return `this run is a ${event ?? "run without an event"}, not a push, scheduled or manual run on the default branch`;
  const defaultBranch = defaultBranchOf(payload);
  if (defaultBranch === void 0) {
    if (event === "schedule" && runner.ref?.startsWith("refs/heads/")) return void 0;
    return `the ${eventWords[event]} payload does not name the default branch`;
  }
  if (runner.ref !== `refs/heads/${defaultBranch}`) {
    const preposition = event === "push" ? "to" : "on";
    return `this ${eventWords[event]} is ${preposition} ${runner.ref ?? "an unknown ref"}, not ${preposition} the default branch ${defaultBranch}`;
  }
  return void 0;
}

// src/report/format-evidence-issue.ts
var evidenceIssueMarker = "<!-- crosswalk:evidence-issue -->";
var evidenceIssueTitle = "SOC 2 evidence due";
var maxIssueBodyLength = 65536;
function evidenceAsks(report) {
  const owners = new Map(report.controls.map((control) => [control.id, control.owner]));
  const missing = report.missingEvidence.filter((entry) => entry.blocking || entry.reason === "period-gap");
  const byGapLast = [...missing].sort((a, b) => Number(a.reason === "period-gap") - Number(b.reason === "period-gap"));
  const asked = new Set(missing.filter((entry) => entry.reason !== "period-gap").map((entry) => missingEntryKey(entry)));
  const due = report.dueEvidence.filter((entry) => !asked.has(missingEntryKey(entry)));
  return [
    ...byGapLast.map((entry) => ({ kind: "missing", owners: entry.owners, entry })),
    ...[...due].sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0).map((entry) => ({ kind: "due", owners: entry.owners, entry })),
    ...report.expiringEvidence.map((entry) => {
      const owner = owners.get(entry.control);
      return { kind: "expiring", owners: owner === null || owner === void 0 ? [] : [owner], entry };
    })
  ];
}
function isGitHubHandle(owner) {
  const match = /^@([A-Za-z0-9](?:-?[A-Za-z0-9])*)(?:\/([A-Za-z0-9][A-Za-z0-9_-]*))?$/.exec(owner);
  return match !== null && match[1].length <= 39 && (match[2] ?? "").length <= 100;
}
function mentionsIn(body) {
  const headings = [...body.matchAll(/^### (\S+) \(\d+\)$/gm)].map((match) => match[1]);
  return headings.filter(isGitHubHandle);
}
function formatMentionComment(handles) {
  return `${handles.join(" ")}: SOC 2 evidence is now due from you. The issue's description lists what to collect, and by when.`;
}
function formatEvidenceIssue(report, context = {}) {
  const asks = evidenceAsks(report);
  const footer = footerOf(context);
  if (asks.length === 0) {
    return { title: evidenceIssueTitle, due: false, mentions: [], body: `${evidenceIssueMarker}
${nothingDue(report)}

${footer}
` };
  }
  const groups = groupByOwner(asks);
  const head = `${evidenceIssueMarker}
${introduction(report, asks, groups.length)}`;
  const sections = groups.map((group) => ({ head: `### ${ownerLabel(group.owner)} (${group.asks.length})

${group.owner === void 0 ? `${noOwnerHint}

` : ""}${tableHeader(columns)}`, rows: group.asks.map((ask) => askRow(ask, context)) }));
  const body = fit(head, sections, `

${footer}
`, context.maxLength ?? maxIssueBodyLength);
  return { title: evidenceIssueTitle, due: true, mentions: mentionsIn(body), body };
}
var columns = ["", "Requirement", "Controls", "What is needed", "Where"];
var noOwnerHint = "These controls name no `owner:`: give them one, and crosswalk asks that owner here.";
function groupByOwner(asks) {
  const groups = /* @__PURE__ */ new Map();
  for (const ask of asks) {
    const owners = ask.owners.length === 0 ? [void 0] : ask.owners.map((owner) => owner.trim());
    for (const owner of new Set(owners)) groups.set(owner, [...groups.get(owner) ?? [], ask]);
  }
  const unowned = groups.get(void 0);
  groups.delete(void 0);
  return [...[...groups].map(([owner, grouped]) => ({ owner, asks: grouped })), ...unowned === void 0 ? [] : [{ owner: void 0, asks: unowned }]];
}
function ownerLabel(owner) {
  if (owner === void 0) return "No owner";
  return isGitHubHandle(owner) ? owner : escapeMarkdown(owner);
}
function introduction(report, asks, owners) {
  const missing = asks.filter((ask) => ask.kind === "missing" && ask.entry.reason !== "period-gap").length;
  const gaps = asks.filter((ask) => ask.kind === "missing" && ask.entry.reason === "period-gap").length;
  const due = asks.filter((ask) => ask.kind === "due").length;
  const expiring = asks.filter((ask) => ask.kind === "expiring").length;
  const counts = [
    missing > 0 ? `**${missing}** blocking missing` : "",
    gaps > 0 ? `**${gaps}** ${gaps === 1 ? "period gap" : "period gaps"}` : "",
    due > 0 ? `**${due}** due in the current window` : "",
    expiring > 0 ? `**${expiring}** turning stale soon` : ""
  ].filter((part) => part !== "");
  const errors = report.summary.errors > 0 ? ["", `> [!WARNING]
> ${plural(report.summary.errors, "file error")} kept some controls from being read: what they need is not listed until the errors are fixed (see the job summary).`] : [];
  return [
    `**SOC 2 evidence as of ${report.asOf}** \xB7 ${escapeMarkdown(auditLine(report.audit, report.asOf))}`,
    "",
    `${counts.join(", ")}, for ${plural(owners, "owner")}. Collect each item, list it in its control's \`evidence:\` and push: crosswalk updates this issue on every run on the default branch, and closes it when nothing is due.`,
    ...errors
  ].join("\n");
}
function nothingDue(report) {
  return `\u2705 **Nothing is due** as of ${report.asOf} (${escapeMarkdown(auditLine(report.audit, report.asOf))}): no blocking missing evidence, no period gap, no evidence due in the current window and none turning stale within the warning window. crosswalk closed this issue, and reopens it when something falls due.`;
}
function askRow(ask, context) {
  switch (ask.kind) {
    case "missing": {
      const { entry } = ask;
      const label = entry.reason === "period-gap" ? `\u{1F573}\uFE0F period gap${entry.window ? ` ${windowName(entry.window)}` : ""}` : `\u274C ${reasonLabel[entry.reason]}`;
      return tableRow([label, requirementCell(entry.requirement, entry.description, entry.iso), controlsCell(entry.controls), escapeMarkdown(missingDetail(entry)), where(entry.evidence[0] ?? entry, context)]);
    }
    case "due": {
      const { entry } = ask;
      const dates = `${entry.window.start}..${entry.window.end}`;
      const name = windowName(entry.window);
      const detail = `nothing collected yet for ${name === dates ? dates : `${name} (${dates})`}`;
      return tableRow([`\u{1F4C5} due by ${entry.due}`, requirementCell(entry.requirement, entry.description, entry.iso), controlsCell(entry.controls), escapeMarkdown(detail), where(entry, context)]);
    }
    case "expiring": {
      const { entry } = ask;
      const detail = `${code(entry.evidence)}, collected ${entry.collected}, stops counting on ${entry.expires} (${plural(entry.daysLeft, "day")} left): collect it again`;
      const requirements = entry.requirements.length === 0 ? "\u2014" : entry.requirements.map(code).join(", ");
      return tableRow([`\u23F3 stale from ${entry.expires}`, requirements, controlsCell([entry.control]), detail, where(entry, context)]);
    }
  }
}
function requirementCell(requirement, description, iso) {
  return `${code(requirement)}<br>${escapeMarkdown(description)}${iso === null ? " (SOC 2\u2013specific)" : ` (${iso})`}`;
}
function controlsCell(controls) {
  return controls.map((id) => `**${escapeMarkdown(id)}**`).join("<br>");
}
function where(at2, context) {
  return sourcePlace(at2.file, at2.line, context.linkBase);
}
function footerOf(context) {
  const parts = [
    context.sha === void 0 ? "Kept up to date by crosswalk" : `Kept up to date by crosswalk, last for ${context.sha.slice(0, 7)}`,
    ...context.runUrl === void 0 ? [] : [`[workflow run](${context.runUrl})`]
  ];
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function fit(head, sections, footer, maxLength) {
  const whole = [head, ...sections.map((section) => [section.head, ...section.rows].join("\n"))].join("\n\n") + footer;
  if (whole.length <= maxLength) return whole;
  const total = sections.reduce((sum, section) => sum + section.rows.length, 0);
  const cutLine = (left) => `

_\u2026and ${plural(left, "more item")} left out to fit GitHub's limit on an issue: the job summary of the run lists them all._`;
  const budget = maxLength - footer.length - cutLine(total).length;
  let text = head.slice(0, Math.max(0, budget));
  let kept = 0;
  fitting: for (const section of sections) {
    let sectionHead = `

${section.head}`;
    for (const row of section.rows) {
      const addition = `${sectionHead}
${row}`;
      if (text.length + addition.length > budget) break fitting;
      text += addition;
      sectionHead = "";
      kept += 1;
    }
  }
  return `${text}${cutLine(total - kept)}${footer}`;
}

// src/action/api-requests.ts
var defaultApiPolicy = { requestTimeoutMs: 1e4, maxRetries: 2, maxTotalWaitMs: 1e4, sessionTimeMs: 6e4 };
function apiPolicyFrom(env) {
  const milliseconds = (name, fallback) => {
    const value = Number(env[name]);
    return env[name] !== void 0 && env[name] !== "" && Number.isInteger(value) && value >= 0 ? Math.min(value, 6e4) : fallback;
  };
  const requestTimeoutMs = Math.max(1, milliseconds("CROSSWALK_API_TIMEOUT_MS", defaultApiPolicy.requestTimeoutMs));
  return { ...defaultApiPolicy, requestTimeoutMs, maxTotalWaitMs: milliseconds("CROSSWALK_API_MAX_WAIT_MS", defaultApiPolicy.maxTotalWaitMs), sessionTimeMs: 6 * requestTimeoutMs };
}
var realClock = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))
};
var ApiError = class extends Error {
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
  kind;
  status;
  name = "ApiError";
};
function apiSession(policy, clock = realClock) {
  const deadline = clock.now() + policy.sessionTimeMs;
  let waited = 0;
  return {
    async send(attempt) {
      for (let retry = 0; ; retry += 1) {
        const timeLeft = deadline - clock.now();
        if (timeLeft <= 0) throw new ApiError("timeout", `crosswalk's ${seconds(policy.sessionTimeMs)} for the API ran out`);
        const timeout = Math.min(policy.requestTimeoutMs, timeLeft);
        const signal = AbortSignal.timeout(timeout);
        try {
          return await attempt(signal);
        } catch (error2) {
          if (error2 instanceof ApiError) throw error2;
          if (signal.aborted) throw new ApiError("timeout", `no answer within ${seconds(timeout)}`);
          const failure = httpFailure(error2);
          if (failure === void 0) throw new ApiError("network", `cannot reach the API: ${errorMessage(error2)}`);
          const wait = retryDelay(failure, retry, clock.now());
          if (wait === void 0 || retry >= policy.maxRetries) throw finalError(failure);
          if (waited + wait > policy.maxTotalWaitMs || clock.now() + wait >= deadline) {
            throw new ApiError(isRateLimited(failure) ? "rate-limited" : "http", `${describeHttp(failure)}; retrying would mean waiting ${seconds(wait)}, more than crosswalk waits for the API`, failure.status);
          }
          waited += wait;
          await clock.sleep(wait);
        }
      }
    }
  };
}
function retryDelay(failure, retry, now) {
  if (failure.status < 500 && !isRateLimited(failure)) return void 0;
  const retryAfter = header(failure, "retry-after");
  if (retryAfter !== void 0) {
    const delay = /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1e3 : Date.parse(retryAfter) - now;
    if (Number.isFinite(delay)) return Math.max(0, delay);
  }
  const reset = header(failure, "x-ratelimit-reset");
  if (isRateLimited(failure) && reset !== void 0 && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1e3 - now);
  return 1e3 * 2 ** retry;
}
function isRateLimited(failure) {
  if (failure.status === 429) return true;
  return failure.status === 403 && (header(failure, "retry-after") !== void 0 || header(failure, "x-ratelimit-remaining") === "0");
}
function finalError(failure) {
  return new ApiError(isRateLimited(failure) ? "rate-limited" : "http", describeHttp(failure), failure.status);
}
function describeHttp(failure) {
  const message = failure.message.trim();
  return `HTTP ${failure.status}${message === "" ? "" : `: ${message.length > 200 ? `${message.slice(0, 200)}\u2026` : message}`}`;
}
function header(failure, name) {
  const value = failure.headers[name];
  return value === void 0 ? void 0 : String(value).trim();
}
function httpFailure(error2) {
  if (typeof error2 !== "object" || error2 === null) return void 0;
  const { status, response, message } = error2;
  if (typeof status !== "number" || response === void 0) return void 0;
  return { status, headers: response.headers ?? {}, message: typeof message === "string" ? message : "" };
}
function errorMessage(error2) {
  const message = error2 instanceof Error ? error2.message : String(error2);
  return message.length > 200 ? `${message.slice(0, 200)}\u2026` : message;
}
function seconds(milliseconds) {
  const value = milliseconds / 1e3;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} s`;
}

// src/action/github-api.ts
async function resilientOctokit(token, policy) {
  const { getOctokit } = await import("./chunks/github-V4GPWBSX.js");
  const octokit = getOctokit(token);
  const session = apiSession(policy);
  octokit.hook.wrap(
    "request",
    (request, options) => session.send(async (signal) => {
      options.request = { ...options.request, signal };
      const response = await request(options);
      if (response.status !== 204 && (typeof response.data !== "object" || response.data === null)) {
        throw new ApiError("malformed", `the API's answer to ${options.method} ${pathOf(response.url)} is not the JSON expected`, response.status);
      }
      return response;
    })
  );
  return octokit;
}
async function githubCommentsApi(token, repository, policy) {
  const octokit = await resilientOctokit(token, policy);
  return {
    async *listComments(issueNumber) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data) || !page.data.every((comment) => typeof comment?.id === "number")) throw malformed("the comment list");
        yield page.data;
      }
    },
    async createComment(issueNumber, body) {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    },
    async updateComment(commentId, body) {
      await octokit.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
    },
    viewerLogin: () => tokenLogin(octokit)
  };
}
async function tokenLogin(octokit) {
  const answer = await octokit.graphql("query { viewer { login } }");
  const login = answer?.viewer?.login;
  return typeof login === "string" && login !== "" ? login : void 0;
}
async function githubGitDataApi(token, repository, policy) {
  const octokit = await resilientOctokit(token, policy);
  const { owner, repo } = repository;
  return {
    async branchHead(branch) {
      try {
        const { data } = await octokit.request(`GET /repos/{owner}/{repo}/git/ref/heads/${branch}`, { owner, repo });
        return sha(data?.object?.sha, "the branch reference");
      } catch (error2) {
        if (error2 instanceof ApiError && error2.status === 404) return void 0;
        throw error2;
      }
    },
    async commitTree(commit) {
      const { data } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: commit });
      return sha(data?.tree?.sha, "the commit");
    },
    async treeEntries(tree) {
      const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree });
      const entries = data?.tree;
      if (!Array.isArray(entries)) throw malformed("the tree");
      return entries.map((entry) => {
        if (typeof entry?.path !== "string" || typeof entry.type !== "string") throw malformed("a tree entry");
        return { path: entry.path, type: entry.type, sha: sha(entry.sha, "a tree entry") };
      });
    },
    async blobContent(blob) {
      const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: blob });
      if (typeof data?.content !== "string" || data.encoding !== "base64" && data.encoding !== "utf-8") throw malformed("the blob");
      return data.encoding === "base64" ? Buffer.from(data.content, "base64").toString("utf8") : data.content;
    },
    async createBlob(content) {
      const { data } = await octokit.rest.git.createBlob({ owner, repo, content, encoding: "utf-8" });
      return sha(data?.sha, "the new blob");
    },
    async createTree(changes, baseTree) {
      const tree = changes.map((change) => ({ path: change.path, mode: "100644", type: "blob", sha: change.sha }));
      const { data } = await octokit.rest.git.createTree({ owner, repo, tree, ...baseTree === void 0 ? {} : { base_tree: baseTree } });
      return sha(data?.sha, "the new tree");
    },
    async createCommit(message, tree, parents) {
      const { data } = await octokit.rest.git.createCommit({ owner, repo, message, tree, parents: [...parents] });
      return sha(data?.sha, "the new commit");
    },
    async createBranch(branch, commit) {
      await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit });
    },
    async moveBranch(branch, commit) {
      await octokit.request(`PATCH /repos/{owner}/{repo}/git/refs/heads/${branch}`, { owner, repo, sha: commit, force: false });
    }
  };
}
async function githubIssuesApi(token, repository, policy) {
  const octokit = await resilientOctokit(token, policy);
  return {
    async viewerLogin() {
      const login = await tokenLogin(octokit);
      if (login === void 0) throw malformed("the token's identity");
      return login;
    },
    async *listIssuesBy(creator) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repository, creator, state: "all", sort: "created", direction: "asc", per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data)) throw malformed("the issue list");
        yield page.data.map(issueSummary);
      }
    },
    async *listRecentlyUpdated() {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, { ...repository, state: "all", sort: "updated", direction: "desc", per_page: 100 });
      for await (const page of pages) {
        if (!Array.isArray(page.data)) throw malformed("the issue list");
        yield page.data.map(issueSummary);
      }
    },
    async createIssue(title, body) {
      const { data } = await octokit.rest.issues.create({ ...repository, title, body });
      if (typeof data?.number !== "number") throw malformed("the new issue");
      return data.number;
    },
    async updateIssue(issueNumber, change) {
      const state = change.state === void 0 ? {} : { state: change.state, ...change.state === "closed" ? { state_reason: "completed" } : {} };
      await octokit.rest.issues.update({ ...repository, issue_number: issueNumber, body: change.body, ...state });
    },
    async comment(issueNumber, body) {
      await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
    }
  };
}
function issueSummary(issue2) {
  if (typeof issue2?.number !== "number" || issue2.state !== "open" && issue2.state !== "closed") throw malformed("an issue");
  return {
    number: issue2.number,
    state: issue2.state,
    body: typeof issue2.body === "string" ? issue2.body : "",
    author: typeof issue2.user?.login === "string" ? issue2.user.login : void 0,
    pullRequest: issue2.pull_request !== void 0 && issue2.pull_request !== null
  };
}
function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return "a request";
  }
}
function sha(value, what) {
  if (typeof value !== "string" || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)) throw malformed(what);
  return value;
}
function malformed(what) {
  return new ApiError("malformed", `the API's answer for ${what} is not in the shape GitHub documents`);
}
function parseRepository(value) {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return match ? { owner: match[1], repo: match[2] } : void 0;
}

// src/action/runner.ts
function runnerFrom(env, cwd) {
  const value = (name) => env[name] === void 0 || env[name] === "" ? void 0 : env[name];
  return {
    workspace: value("GITHUB_WORKSPACE") ?? cwd,
    eventName: value("GITHUB_EVENT_NAME"),
    eventPath: value("GITHUB_EVENT_PATH"),
    ref: value("GITHUB_REF"),
    repository: value("GITHUB_REPOSITORY"),
    sha: value("GITHUB_SHA"),
    serverUrl: (value("GITHUB_SERVER_URL") ?? "https://github.com").replace(/\/+$/, ""),
    runId: value("GITHUB_RUN_ID"),
    temp: value("RUNNER_TEMP"),
    stepSummary: value("GITHUB_STEP_SUMMARY"),
    actionRepository: value("GITHUB_ACTION_REPOSITORY"),
    apiPolicy: apiPolicyFrom(env)
  };
}
function blobLinkBase(runner) {
  if (runner.repository === void 0 || runner.sha === void 0) return void 0;
  return `${runner.serverUrl}/${runner.repository}/blob/${runner.sha}/`;
}
function runUrl(runner) {
  if (runner.repository === void 0 || runner.runId === void 0) return void 0;
  return `${runner.serverUrl}/${runner.repository}/actions/runs/${runner.runId}`;
}

// src/action/evidence-issue.ts
var maxIssuePages = 10;
var recentIssuePages = 3;
async function syncEvidenceIssue(api, issue2, mayClose) {
  const login = await api.viewerLogin();
  const found = await findIssue(api, login);
  if (found === "not-found-in-bound") return { outcome: found };
  if (found === void 0) {
    if (!issue2.due) return { outcome: "nothing-due" };
    return { outcome: "created", issueNumber: await api.createIssue(issue2.title, issue2.body) };
  }
  const issueNumber = found.number;
  if (!issue2.due) {
    if (found.state === "closed") return { outcome: "unchanged", issueNumber };
    if (!mayClose) return { outcome: "kept-open", issueNumber };
    await api.updateIssue(issueNumber, { body: issue2.body, state: "closed" });
    return { outcome: "closed", issueNumber };
  }
  if (found.state === "open" && found.body === issue2.body) return { outcome: "unchanged", issueNumber };
  await api.updateIssue(issueNumber, { body: issue2.body, ...found.state === "closed" ? { state: "open" } : {} });
  const mentionedBefore = new Set(found.state === "open" ? mentionsIn(found.body) : []);
  const newlyMentioned = issue2.mentions.filter((handle) => !mentionedBefore.has(handle));
  if (newlyMentioned.length > 0) await api.comment(issueNumber, formatMentionComment(newlyMentioned));
  return { outcome: found.state === "closed" ? "reopened" : "updated", issueNumber };
}
async function findIssue(api, login) {
  const isOurs = (issue2) => !issue2.pullRequest && issue2.author === login && issue2.body.startsWith(evidenceIssueMarker);
  let pages = 0;
  for await (const page of api.listIssuesBy(login)) {
    pages += 1;
    if (pages > maxIssuePages) return "not-found-in-bound";
    const ours = page.find(isOurs);
    if (ours !== void 0) return ours;
  }
  pages = 0;
  for await (const page of api.listRecentlyUpdated()) {
    pages += 1;
    if (pages > recentIssuePages) break;
    const ours = page.find(isOurs);
    if (ours !== void 0) return ours;
  }
  return void 0;
}
async function updateEvidenceIssue(report, inputs, runner, payload) {
  if (!inputs.evidenceIssue) return void 0;
  const skip = whyNotDefaultBranchRun(runner, payload);
  if (skip !== void 0) {
    info(`crosswalk: evidence-issue is true, but ${skip}, so the issue is left as it is`);
    return void 0;
  }
  const problem = await keepIssue(report, inputs, runner);
  if (problem !== void 0) notice(problem, { title: "crosswalk: evidence issue not updated" });
  return problem;
}
async function keepIssue(report, inputs, runner) {
  const repository = parseRepository(runner.repository);
  if (repository === void 0) return "crosswalk did not update the evidence issue: GITHUB_REPOSITORY is not set to owner/name.";
  if (inputs.githubToken === "") return "crosswalk did not update the evidence issue: the github-token input is empty.";
  const issue2 = formatEvidenceIssue(report, { linkBase: blobLinkBase(runner), sha: runner.sha, runUrl: runUrl(runner) });
  try {
    const api = await githubIssuesApi(inputs.githubToken, repository, runner.apiPolicy);
    const { outcome, issueNumber } = await syncEvidenceIssue(api, issue2, report.summary.errors === 0);
    if (outcome === "not-found-in-bound") {
      return `crosswalk did not update the evidence issue: it looked through the first ${maxIssuePages * 100} issues the token's identity opened without finding its own, and opens no second one.`;
    }
    info(`crosswalk: evidence issue ${issueNumber === void 0 ? "" : `#${issueNumber} `}${outcomeWords[outcome]}`);
    return void 0;
  } catch (error2) {
    return issueFailure(error2);
  }
}
var outcomeWords = {
  created: "created",
  updated: "updated",
  reopened: "reopened: evidence is due again",
  closed: "closed: nothing is due",
  unchanged: "unchanged",
  "nothing-due": "not opened: nothing is due",
  "kept-open": "kept open: nothing is listed as due, but file errors kept some controls from being read"
};
function issueFailure(error2) {
  const status = typeof error2 === "object" && error2 !== null && "status" in error2 ? error2.status : void 0;
  if (status === 403 && !(error2 instanceof ApiError && error2.kind === "rate-limited")) {
    return "crosswalk did not update the evidence issue: the token may not write issues (HTTP 403; give the job `permissions: issues: write`). The job summary has the full report.";
  }
  const message = error2 instanceof Error ? error2.message : String(error2);
  return oneLine(`crosswalk could not update the evidence issue: ${message}. The job summary has the full report.`);
}

// src/action/inputs.ts
import path2 from "node:path";

// src/action/badge-branch.ts
import { createHash } from "node:crypto";
var publishFolder = "crosswalk";
async function publishToBranch(api, branch, toPublish, message) {
  const head = await api.branchHead(branch);
  if (head === void 0) {
    const files2 = typeof toPublish === "function" ? await toPublish(async () => void 0) : toPublish;
    const tree2 = await api.createTree(await uploadBlobs(api, files2), void 0);
    const commit2 = await api.createCommit(message, tree2, []);
    await api.createBranch(branch, commit2);
    return { outcome: "created-branch", commit: commit2 };
  }
  const rootTree = await api.commitTree(head);
  const current = await publishedBlobs(api, rootTree);
  const files = typeof toPublish === "function" ? await toPublish(readPublished(api, current)) : toPublish;
  const changed = files.filter((file) => current.get(file.name) !== gitBlobSha(file.content));
  const wanted = new Set(files.map((file) => file.name));
  const removed = [...current.keys()].filter((name) => !wanted.has(name));
  if (changed.length === 0 && removed.length === 0) return { outcome: "unchanged", commit: head };
  const changes = [...await uploadBlobs(api, changed), ...removed.map((name) => ({ path: `${publishFolder}/${name}`, sha: null }))];
  const tree = await api.createTree(changes, rootTree);
  const commit = await api.createCommit(message, tree, [head]);
  await api.moveBranch(branch, commit);
  return { outcome: "committed", commit };
}
async function uploadBlobs(api, files) {
  const changes = [];
  for (const file of files) changes.push({ path: `${publishFolder}/${file.name}`, sha: await api.createBlob(file.content) });
  return changes;
}
async function publishedBlobs(api, rootTree) {
  const folder = (await api.treeEntries(rootTree)).find((entry) => entry.path === publishFolder);
  if (folder === void 0) return /* @__PURE__ */ new Map();
  if (folder.type !== "tree") return /* @__PURE__ */ new Map();
  const entries = await api.treeEntries(folder.sha);
  return new Map(entries.filter((entry) => entry.type === "blob").map((entry) => [entry.path, entry.sha]));
}
function readPublished(api, current) {
  return async (name) => {
    const blob = current.get(name);
    return blob === void 0 ? void 0 : api.blobContent(blob);
  };
}
function gitBlobSha(content) {
  const bytes = Buffer.from(content, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function isPublishableBranch(name) {
  if (name.length === 0 || name.length > 200 || !/^[A-Za-z0-9._/-]+$/.test(name)) return false;
  if (name.startsWith("-") || name.includes("..") || name.endsWith(".")) return false;
  return name.split("/").every((segment) => segment !== "" && !segment.startsWith(".") && !segment.endsWith(".lock"));
}
function branchName(input) {
  return input.startsWith("refs/heads/") ? input.slice("refs/heads/".length) : input;
}
function refusedBranch(branch, defaultBranch) {
  if (defaultBranch === void 0 || branch !== defaultBranch) return void 0;
  return `badge-branch is ${branch}, the default branch: crosswalk publishes only to a branch of its own (e.g. badges), never into the code it checks`;
}

// src/action/inputs.ts
function readInputs(read, workspace) {
  const optional = (name) => read(name) === "" ? void 0 : read(name);
  const inWorkspace = (value) => value === void 0 ? void 0 : path2.resolve(workspace, value);
  const mapping = optional("mapping");
  return {
    check: {
      root: workspace,
      configFile: inWorkspace(optional("config")),
      overrides: {
        controls: splitGlobs(read("controls")),
        mapping: mapping !== void 0 && isShippedMappingName(mapping) ? mapping : inWorkspace(mapping),
        scope: splitList(read("scope")),
        asOf: optional("as-of"),
        // Checked where the config's own are (type1 or type2; START..END), with the same messages.
        auditType: optional("audit-type"),
        period: optional("period"),
        failOn: splitList(read("fail-on")),
        minReadiness: optional("min-readiness")
      }
    },
    comment: parseBoolean("comment", read("comment") || "true"),
    githubToken: read("github-token"),
    badgeBranch: parseBranch("badge-branch", read("badge-branch")),
    evidenceIssue: parseBoolean("evidence-issue", read("evidence-issue") || "false")
  };
}
function splitGlobs(value) {
  const globs = [];
  let depth = 0;
  let current = "";
  for (const character of value) {
    if (character === "{") depth += 1;
    if (character === "}") depth = Math.max(0, depth - 1);
    if (character === "\n" || character === "," && depth === 0) {
      globs.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  globs.push(current);
  const kept = globs.map((glob) => glob.trim()).filter((glob) => glob !== "");
  return kept.length === 0 ? void 0 : kept;
}
function parseBranch(name, input) {
  const value = branchName(input);
  if (value === "" || isPublishableBranch(value)) return value;
  throw new UsageError(`${name}: ${quoteName(input)} is not a branch name crosswalk publishes to (letters, digits, ".", "_", "-" and "/", as git allows them)`);
}
function parseBoolean(name, value) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new UsageError(`${name}: "${value}" is not true or false`);
}

// src/action/log.ts
function annotate(annotation) {
  const properties = {
    title: sanitizeText(annotation.title),
    ...annotation.file === void 0 ? {} : { file: annotation.file, startLine: annotation.line, startColumn: annotation.column }
  };
  annotators[annotation.level](sanitizeText(annotation.message), properties);
}
var annotators = { error, warning, notice };
function logReport(report, annotations, files) {
  const { summary: summary2 } = report;
  info(
    `crosswalk ${report.tool.version}: readiness ${summary2.readiness.toFixed(1)}%, design coverage ${summary2.designCoverage.toFixed(1)}% (${summary2.ready} of ${summary2.criteria} criteria ready) as of ${report.asOf}, scope ${report.scope.join(", ")}`
  );
  info(
    `${plural(summary2.missingEvidence, "missing evidence requirement")} (${summary2.blockingMissingEvidence} blocking), ${plural(summary2.gap, "gap")}, ${plural(summary2.errors, "error")}, ${plural(summary2.warnings, "warning")}`
  );
  info(`JSON report: ${oneLine(files.report)}`);
  info(`SARIF: ${oneLine(files.sarif)}`);
  const findings = findingsByImportance(report);
  if (findings.length === 0) return;
  startGroup(`Findings (${findings.length}; ${annotations.shown.length} annotated)`);
  for (const annotation of findings) {
    const where2 = annotation.file === void 0 ? "repository" : `${annotation.file}:${annotation.line}:${annotation.column}`;
    info(oneLine(`${annotation.level} ${where2} ${annotation.title}: ${annotation.message}`));
  }
  endGroup();
}

// src/action/outputs.ts
import { mkdir as mkdir3, mkdtemp } from "node:fs/promises";
import os5 from "node:os";
import path3 from "node:path";
function actionOutputs(report, files, optional = {}) {
  const { summary: summary2 } = report;
  return {
    readiness: summary2.readiness.toFixed(1),
    "design-coverage": summary2.designCoverage.toFixed(1),
    "missing-evidence": String(summary2.missingEvidence),
    gaps: String(summary2.gap),
    report: files.report,
    sarif: files.sarif,
    badge: optional.badges?.svg ?? "",
    "badge-json": optional.badges?.json ?? "",
    "readiness-delta": optional.delta === void 0 ? "" : optional.delta.change.toFixed(1)
  };
}
async function writeReportFiles(report, runnerTemp, sarifOptions = {}) {
  const parent = runnerTemp || os5.tmpdir();
  await mkdir3(parent, { recursive: true });
  const directory = await mkdtemp(path3.join(parent, "crosswalk-"));
  const files = { directory, report: path3.join(directory, "crosswalk-report.json"), sarif: path3.join(directory, "crosswalk.sarif") };
  await writeTextFile(files.report, formatJson(report));
  await writeTextFile(files.sarif, formatSarif(report, sarifOptions));
  return files;
}

// src/action/readiness-history.ts
var historyFile = "history.csv";
var maxHistoryPoints = 400;
var maxHistoryBytes = 1e6;
var header2 = ["as_of", "readiness", "design_coverage", "missing_evidence", "blocking_missing_evidence", "due_evidence", "expiring_evidence", "commit"];
function pointOf(report, commit) {
  const { summary: summary2 } = report;
  return {
    date: report.asOf,
    readiness: summary2.readiness,
    designCoverage: summary2.designCoverage,
    missingEvidence: summary2.missingEvidence,
    blockingMissingEvidence: summary2.blockingMissingEvidence,
    dueEvidence: summary2.dueEvidence,
    expiringEvidence: summary2.expiringEvidence,
    commit: commit ?? ""
  };
}
function updateHistory(previous, point) {
  const points = previous === void 0 ? [] : parseHistory(previous);
  if (points === void 0) return { readable: false, content: previous };
  const updated = withPoint(points, point);
  return { readable: true, content: formatHistory(updated), points: updated };
}
function withPoint(points, point) {
  const sameDay = points.find((candidate) => candidate.date === point.date);
  if (sameDay !== void 0 && sameFigures(sameDay, point)) return [...points];
  const others = points.filter((candidate) => candidate.date !== point.date);
  return sortedByDate([...others, point]).slice(-maxHistoryPoints);
}
function sortedByDate(points) {
  return points.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}
function sameFigures(a, b) {
  return formatRecord({ ...a, commit: "" }).join() === formatRecord({ ...b, commit: "" }).join();
}
function formatHistory(points) {
  return formatCsv(header2, points.map(formatRecord));
}
function formatRecord(point) {
  return [
    point.date,
    point.readiness.toFixed(1),
    point.designCoverage.toFixed(1),
    String(point.missingEvidence),
    String(point.blockingMissingEvidence),
    String(point.dueEvidence),
    String(point.expiringEvidence),
    point.commit
  ];
}
function parseHistory(text) {
  if (text.length > maxHistoryBytes) return void 0;
  const lines = (text.startsWith(utf8Bom) ? text.slice(utf8Bom.length) : text).split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  if (lines[0] !== header2.join(",")) return void 0;
  const byDate = /* @__PURE__ */ new Map();
  for (const line of lines.slice(1)) {
    const point = parseRecord(line);
    if (point === void 0) return void 0;
    const sameDay = byDate.get(point.date);
    if (sameDay === void 0 || !sameFigures(sameDay, point)) byDate.set(point.date, point);
  }
  return sortedByDate([...byDate.values()]).slice(-maxHistoryPoints);
}
var percentField = /^(100|\d{1,2})\.\d$/;
var countField = /^\d{1,6}$/;
var commitField = /^([0-9a-f]{40}|[0-9a-f]{64})?$/;
function parseRecord(line) {
  const fields = line.split(",");
  if (fields.length !== header2.length) return void 0;
  const [date, readiness, designCoverage, missing, blocking, due, expiring, commit] = fields;
  if (!isIsoDate(date) || !percentField.test(readiness) || !percentField.test(designCoverage) || !commitField.test(commit)) return void 0;
  if (![missing, blocking, due, expiring].every((field) => countField.test(field))) return void 0;
  return {
    date,
    readiness: Number(readiness),
    designCoverage: Number(designCoverage),
    missingEvidence: Number(missing),
    blockingMissingEvidence: Number(blocking),
    dueEvidence: Number(due),
    expiringEvidence: Number(expiring),
    commit
  };
}

// src/action/publish-badges.ts
var publishedReportName = "report.json";
var publishedPageName = "index.html";
async function publishBadges(report, badges, inputs, runner, payload) {
  const branch = inputs.badgeBranch;
  if (branch === "") return {};
  const refused = refusedBranch(branch, defaultBranchOf(payload));
  if (refused !== void 0) {
    warning(refused, { title: "crosswalk: badges not published" });
    return { problem: refused };
  }
  const skip = whyNotDefaultBranchRun(runner, payload);
  if (skip !== void 0) {
    info(`crosswalk: badge-branch is set, but ${skip}, so nothing is published`);
    return {};
  }
  if (badges === void 0) {
    info("crosswalk: the badge style is invalid (see the error annotation), so nothing is published");
    return {};
  }
  const publication = await publish(report, badges, inputs, runner, branch);
  if (publication.problem !== void 0) notice(publication.problem, { title: "crosswalk: badges not published" });
  return publication;
}
async function publish(report, badges, inputs, runner, branch) {
  const target = `branch ${branch}`;
  const repository = parseRepository(runner.repository);
  if (repository === void 0) return { problem: `crosswalk did not publish the badges to ${target}: GITHUB_REPOSITORY is not set to owner/name.` };
  if (inputs.githubToken === "") return { problem: `crosswalk did not publish the badges to ${target}: the github-token input is empty.` };
  const page = await render("html", report, { color: false });
  const files = [...badges.files, { name: publishedReportName, content: formatJson(report) }, { name: publishedPageName, content: page }];
  let history;
  const withHistory = async (published) => {
    history = updateHistory(await published(historyFile), pointOf(report, runner.sha));
    return [...files, { name: historyFile, content: history.content }];
  };
  try {
    const api = await githubGitDataApi(inputs.githubToken, repository, runner.apiPolicy);
    const result = await publishToBranch(api, branch, withHistory, commitMessage(report, runner));
    const what = { "created-branch": `created ${target} with commit`, committed: `committed to ${target}:`, unchanged: `${target} is up to date at` }[result.outcome];
    info(`crosswalk: badges ${what} ${result.commit.slice(0, 7)} (${publishFolder}/)`);
  } catch (error2) {
    return { problem: publishFailure(error2, target) };
  }
  if (history === void 0 || !history.readable) {
    const problem = `crosswalk kept ${publishFolder}/${historyFile} on ${target} as it is and added no point to it: it is not a readiness history crosswalk wrote. Move it away to start a new one.`;
    notice(problem, { title: "crosswalk: readiness history not updated" });
    return {};
  }
  return { trend: { points: history.points, current: report.asOf, source: `${publishFolder}/${historyFile} on ${branch}` } };
}
function commitMessage(report, runner) {
  const source = runner.sha === void 0 ? "" : `

From ${runner.sha} by crosswalk ${report.tool.version}.`;
  return `SOC 2 readiness ${report.summary.readiness.toFixed(1)}% as of ${report.asOf}${source}`;
}
function publishFailure(error2, target) {
  const status = typeof error2 === "object" && error2 !== null && "status" in error2 ? error2.status : void 0;
  const message = error2 instanceof Error ? error2.message : String(error2);
  const hint = status === 403 || status === 404 ? " The job needs `permissions: contents: write` to publish." : "";
  return oneLine(`crosswalk could not publish the badges to ${target}: ${message}.${hint} The badges are still in the badge and badge-json outputs.`);
}

// src/action/pull-request-comment.ts
async function commentOnPullRequest(report, delta, inputs, runner, pull, notes = []) {
  if (!inputs.comment || pull === void 0) return void 0;
  const problem = await upsertPullRequestComment(report, { delta, notes }, inputs, runner, pull);
  if (problem !== void 0) notice(problem, { title: "crosswalk: pull request comment skipped" });
  return problem;
}
async function upsertPullRequestComment(report, { delta, notes }, inputs, runner, pull) {
  const repository = parseRepository(runner.repository);
  if (repository === void 0) return `crosswalk did not comment on pull request #${pull.number}: GITHUB_REPOSITORY is not set to owner/name.`;
  if (inputs.githubToken === "") return `crosswalk did not comment on pull request #${pull.number}: the github-token input is empty.`;
  const body = commentBody(report, { linkBase: blobLinkBase(runner), sha: pull.headSha ?? runner.sha, runUrl: runUrl(runner), delta, notes });
  try {
    const outcome = await upsertComment(await githubCommentsApi(inputs.githubToken, repository, runner.apiPolicy), pull.number, body);
    info(`crosswalk: pull request #${pull.number} comment ${outcome}`);
    return void 0;
  } catch (error2) {
    return commentFailure(error2, pull);
  }
}
function commentFailure(error2, pull) {
  const status = typeof error2 === "object" && error2 !== null && "status" in error2 ? error2.status : void 0;
  if (status === 403 && !(error2 instanceof ApiError && error2.kind === "rate-limited")) {
    const why = pull.fromFork ? "pull requests from forks get a read-only token" : "give the job `permissions: pull-requests: write`";
    return `crosswalk did not comment on pull request #${pull.number}: the token may not write to it (HTTP 403; ${why}). The job summary has the full report.`;
  }
  const message = error2 instanceof Error ? error2.message : String(error2);
  return oneLine(`crosswalk could not comment on pull request #${pull.number}: ${message}. The job summary has the full report.`);
}

// src/action/pull-request-delta.ts
import { mkdir as mkdir4, mkdtemp as mkdtemp2, rm as rm2, stat as stat2 } from "node:fs/promises";
import os6 from "node:os";
import path4 from "node:path";

// src/action/configuration-change.ts
function configurationChanges(base, head) {
  const [before, after] = [describe(base), describe(head)];
  const changes = [];
  for (const [key, value] of before) {
    const headValue = after.get(key);
    if (headValue !== value) changes.push({ key, base: value, head: headValue });
  }
  const sameName = before.get("mapping") === after.get("mapping");
  if (sameName && mappingContent(base.mapping) !== mappingContent(head.mapping)) {
    changes.push({ key: "mapping (its content)", base: `${base.mapping.rows.length} rows`, head: `${head.mapping.rows.length} rows, changed` });
  }
  return changes;
}
function describe({ settings }) {
  const { policy, audit, badge, limits } = settings;
  const list = (values) => {
    const all = [...values];
    return all.length === 0 ? "(none)" : all.join(", ");
  };
  return new Map([
    ["controls", list(settings.controls)],
    ["mapping", mappingName(settings)],
    ["scope", list(settings.scope)],
    ["as_of", settings.asOf],
    ["audit", audit.type === "type1" ? "type1" : `type2, ${audit.period.start}..${audit.period.end}`],
    ["policy.fail_on", list([...policy.failOn].sort())],
    ["policy.min_readiness", policy.minReadiness === void 0 ? "(none)" : `${policy.minReadiness}`],
    ["policy.max_evidence_age_days", `${policy.maxEvidenceAgeDays}`],
    ["policy.expiry_warning_days", `${policy.expiryWarningDays}`],
    ["badge", badge.ok ? `${badge.style.label}; thresholds ${list(badge.style.thresholds.map(String))}; colors ${list(badge.style.colors)}` : `invalid: ${badge.problem}`],
    ...Object.keys(limitKeys).map((key) => [`limits.${limitKeys[key]}`, `${limits[key]}`])
  ]);
}
function mappingName(settings) {
  if (settings.mapping.kind !== "file") return settings.mapping.kind;
  return relativeInside(settings.root, settings.mapping.path) ?? settings.mapping.path;
}
function mappingContent(mapping) {
  return JSON.stringify({ name: mapping.name, rows: mapping.rows });
}
var maxShown = 200;
function shown(value) {
  return code(value.length > maxShown ? `${value.slice(0, maxShown)}\u2026` : value);
}
function configurationChangeNote(changes) {
  if (changes.length === 0) return void 0;
  const lines = changes.map((change) => `> - ${code(change.key)}: ${shown(change.base)} \u2192 ${shown(change.head)}`);
  return [
    "> [!IMPORTANT]",
    `> **This pull request changes crosswalk's configuration** (${changes.length === 1 ? "1 key" : `${changes.length} keys`}). It was judged by the base branch's configuration; the change takes effect once it is merged.`,
    ...lines
  ].join("\n");
}
function unusableHeadConfigurationNote(problem) {
  return `> [!WARNING]
> The pull request's own configuration cannot be used: ${escapeMarkdown(problem)}. It was judged by the base branch's configuration; once merged, crosswalk would stop with this error.`;
}
function selfJudgedNote(reason) {
  return `> [!WARNING]
> crosswalk could not read the base commit (${escapeMarkdown(reason)}), so the pull request was judged by its own configuration (\`.crosswalk.yml\` and the mapping it names), which it may have loosened. Give the checkout the base commit (\`fetch-depth: 0\`), or let crosswalk fetch it (\`contents: read\`).`;
}
function describeChanges(changes) {
  return changes.map((change) => `${change.key}: ${change.base} \u2192 ${change.head}`).join("; ");
}

// src/action/git.ts
import { spawn } from "node:child_process";
function isCommitSha(value) {
  return value !== void 0 && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}
var GitError = class extends Error {
  name = "GitError";
};
var gitEnvironment = () => ({ ...process.env, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", LC_ALL: "C" });
async function ensureCommit(workspace, sha2, timeouts) {
  const present = await runGit(workspace, ["cat-file", "-e", `${sha2}^{commit}`], timeouts.check);
  if (present.code === 0) return;
  const fetched = await runGit(workspace, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha2], timeouts.fetch);
  if (fetched.code !== 0) throw new GitError(`git fetch of the commit failed${describe2(fetched)}`);
  const after = await runGit(workspace, ["cat-file", "-e", `${sha2}^{commit}`], timeouts.check);
  if (after.code !== 0) throw new GitError(`the commit is not in the repository even after git fetch${describe2(after)}`);
}
async function exportCommit(workspace, sha2, directory, timeoutMs) {
  const git = spawn("git", ["-C", workspace, "archive", "--format=tar", sha2], { env: gitEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
  const tar = spawn("tar", ["-x", "-f", "-", "--no-same-owner", "-C", directory], { stdio: ["pipe", "ignore", "pipe"] });
  git.stdout.pipe(tar.stdin);
  tar.stdin.on("error", () => void 0);
  const timer = setTimeout(() => {
    git.kill("SIGKILL");
    tar.kill("SIGKILL");
  }, timeoutMs);
  try {
    const [archived, extracted] = await Promise.all([finished(git), finished(tar)]);
    if (archived.signal === "SIGKILL" || extracted.signal === "SIGKILL") throw new GitError(`exporting the commit took longer than ${timeoutMs / 1e3} s`);
    if (archived.code !== 0) throw new GitError(`git archive failed${describe2(archived)}`);
    if (extracted.code !== 0) throw new GitError(`tar could not extract the commit${describe2(extracted)}`);
  } finally {
    clearTimeout(timer);
    for (const child of [git, tar]) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}
var maxStderr = 4096;
async function runGit(workspace, args, timeoutMs) {
  const child = spawn("git", ["-C", workspace, ...args], { env: gitEnvironment(), stdio: ["ignore", "ignore", "pipe"] });
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  try {
    const result = await finished(child);
    if (result.signal === "SIGKILL") throw new GitError(`git ${args[0]} took longer than ${timeoutMs / 1e3} s`);
    return result;
  } finally {
    clearTimeout(timer);
  }
}
function finished(child) {
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    if (stderr.length < maxStderr) stderr += chunk.toString("utf8");
  });
  return new Promise((resolve, reject) => {
    child.on("error", (error2) => reject(new GitError(`cannot run ${child.spawnfile}: ${error2.message}`)));
    child.on("close", (code2, signal) => resolve({ code: code2, signal, stderr: stderr.slice(0, maxStderr) }));
  });
}
function describe2(result) {
  const line = result.stderr.split("\n").map((text) => text.trim()).find((text) => text !== "");
  return line === void 0 ? "" : `: ${line}`;
}

// src/action/pull-request-delta.ts
var gitTimeouts = { check: 1e4, fetch: 6e4, export: 6e4 };
async function checkPullRequest(options, runner, pull) {
  const sha2 = pull.baseSha;
  if (!isCommitSha(sha2)) return judgedBySelf(options, pull, `the event payload names no base commit (pull_request.base.sha is ${sha2 === void 0 ? "missing" : "not a commit sha"})`);
  const parent = runner.temp ?? os6.tmpdir();
  await mkdir4(parent, { recursive: true });
  const baseRoot = await mkdtemp2(path4.join(parent, "crosswalk-base-"));
  try {
    try {
      await ensureCommit(runner.workspace, sha2, gitTimeouts);
      await exportCommit(runner.workspace, sha2, baseRoot, gitTimeouts.export);
    } catch (error2) {
      return await judgedBySelf(options, pull, `${sha2.slice(0, 7)}: ${messageOf(error2)}`);
    }
    return await judgedByBase(options, runner.workspace, baseRoot, sha2, pull);
  } finally {
    await rm2(baseRoot, { recursive: true, force: true });
  }
}
async function judgedByBase(options, workspace, baseRoot, sha2, pull) {
  const base = await baseConfiguration(options, workspace, baseRoot).catch((error2) => {
    if (error2 instanceof UsageError) throw new UsageError(`the base commit's configuration cannot be used, and a pull request is judged by it: ${error2.message}`);
    throw error2;
  });
  const tracked = await listTrackedFiles(options.root);
  const head = await checkWithSettings({ ...base.settings, root: options.root }, void 0, { mapping: base.mapping, tracked: { files: tracked }, fingerprints: options.fingerprints });
  const notes = [...await changeNotes(options, tracked, base)];
  let compared;
  try {
    const baseRun = await checkWithSettings(base.settings, void 0, { mapping: base.mapping, tracked: { files: void 0 } });
    compared = compareWithBase(head, baseRun.report);
    info(`crosswalk: base ${sha2.slice(0, 7)} readiness ${compared.delta.before.toFixed(1)}% \u2192 head ${compared.delta.after.toFixed(1)}%`);
  } catch (error2) {
    noDelta(pull, `${sha2.slice(0, 7)}: ${messageOf(error2)}`);
  }
  return { head, compared, notes };
}
async function baseConfiguration(options, workspace, baseRoot) {
  const moved = baseOptions(options, workspace, baseRoot);
  const mappingInput = moved.overrides?.mapping;
  const overrides = { ...moved.overrides, mapping: mappingInput !== void 0 && path4.isAbsolute(mappingInput) && !await exists2(mappingInput) ? void 0 : mappingInput };
  const configMissing = moved.configFile !== void 0 && !await exists2(moved.configFile);
  const settings = configMissing ? resolveSettings(baseRoot, void 0, overrides) : await loadSettings(baseRoot, moved.configFile, overrides, void 0);
  return { settings, mapping: await loadMapping(settings.mapping, loadCatalogs(), baseRoot, void 0) };
}
async function changeNotes(options, tracked, base) {
  let head;
  try {
    const settings = await loadSettings(options.root, options.configFile, options.overrides ?? {}, tracked);
    head = { settings, mapping: await loadMapping(settings.mapping, loadCatalogs(), options.root, tracked) };
  } catch (error2) {
    if (!(error2 instanceof UsageError)) throw error2;
    warning(oneLine(`crosswalk: the pull request's own configuration cannot be used (${error2.message}); the base branch's configuration judged it.`), { title: "crosswalk: configuration change" });
    return [unusableHeadConfigurationNote(error2.message)];
  }
  const changes = configurationChanges(base, head);
  if (changes.length === 0) return [];
  info(oneLine(`crosswalk: the pull request changes the configuration (${describeChanges(changes)}); the base branch's configuration judged it, the change takes effect once merged`));
  return [configurationChangeNote(changes)];
}
async function judgedBySelf(options, pull, reason) {
  warning(oneLine(`crosswalk could not read the base commit of pull request #${pull.number} (${reason}), so the pull request was judged by its own configuration, which it may have changed.`), {
    title: "crosswalk: gate judged by the pull request itself"
  });
  noDelta(pull, reason);
  return { head: await check(options), compared: void 0, notes: [selfJudgedNote(reason)] };
}
function baseOptions(head, workspace, baseRoot) {
  const moved = (file) => {
    if (file === void 0 || isShippedMappingName(file)) return file;
    const relative = relativeInside(workspace, file);
    return relative === void 0 ? file : path4.join(baseRoot, relative);
  };
  return {
    root: baseRoot,
    configFile: moved(head.configFile),
    overrides: { ...head.overrides, mapping: moved(head.overrides?.mapping) }
  };
}
async function exists2(file) {
  return stat2(file).then(
    () => true,
    () => false
  );
}
function messageOf(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}
function noDelta(pull, reason) {
  notice(oneLine(`crosswalk could not score the base commit of pull request #${pull.number} (${reason}), so it shows no before \u2192 after and no readiness-delta.`), {
    title: "crosswalk: no readiness delta"
  });
}

// src/action/summary.ts
var maxSummaryBytes = 1048576;
function jobSummary(report, context) {
  const notes = [...context.configurationNotes ?? []];
  const omitted = describeOmitted(context.annotations.omitted);
  if (omitted !== void 0) {
    notes.push(
      `> [!NOTE]
> GitHub shows ${annotationsPerLevel} annotations of each level per step, so ${omitted} are not annotated on the files: find them in the tables below and in the step log.`
    );
  }
  if (context.badgeProblem !== void 0) notes.push(`> [!WARNING]
> The badge style is invalid, so no badges were written: ${escapeMarkdown(context.badgeProblem)}`);
  for (const problem of [context.commentProblem, context.publishProblem, context.issueProblem]) if (problem !== void 0) notes.push(`> [!NOTE]
> ${escapeMarkdown(problem)}`);
  return formatMarkdown(report, { linkBase: context.linkBase, maxBytes: maxSummaryBytes, notes, delta: context.delta, trend: context.trend });
}

// src/action/main.ts
async function run(env = process.env, cwd = process.cwd()) {
  try {
    await checkAndReport(runnerFrom(env, cwd));
  } catch (error2) {
    failToRun(error2);
  }
}
async function checkAndReport(runner) {
  const inputs = readInputs((name) => getInput(name), await existingDirectory(runner.workspace, `the workspace ${runner.workspace} (GITHUB_WORKSPACE)`));
  const payload = needsEvent(runner, inputs) ? await readEventPayload(runner) : void 0;
  const pull = pullRequestOf(runner.eventName, payload);
  const options = { ...inputs.check, fingerprints: true };
  const { head, compared, notes } = pull === void 0 ? { head: await check(options), compared: void 0, notes: [] } : await checkPullRequest(options, runner, pull);
  const report = (compared ?? head).report;
  const { delta } = compared ?? {};
  const gateFails = !report.summary.passed;
  const files = await writeReportFiles(report, runner.temp, { informationUri: actionHome(runner) });
  const badges = await writeBadges(report, head.settings.badge, files.directory);
  for (const [name, value] of Object.entries(actionOutputs(report, files, { badges, delta }))) setOutput(name, value);
  const badgeProblem = head.settings.badge.ok ? void 0 : head.settings.badge.problem;
  const reserved = { error: Number(gateFails) + Number(badgeProblem !== void 0), warning: pull === void 0 ? 0 : 1, notice: pull === void 0 ? 1 + Number(inputs.evidenceIssue) : 2 };
  const annotations = planAnnotations(report, reserved);
  for (const annotation of annotations.shown) annotate(annotation);
  if (badgeProblem !== void 0) annotate(badgeProblemAnnotation(badgeProblem));
  logReport(report, annotations, files);
  const commentProblem = await commentOnPullRequest(report, delta, inputs, runner, pull, notes);
  const publication = await publishBadges(report, badges, inputs, runner, payload);
  const issueProblem = await updateEvidenceIssue(report, inputs, runner, payload);
  const context = { linkBase: blobLinkBase(runner), annotations, commentProblem, badgeProblem, publishProblem: publication.problem, issueProblem, trend: publication.trend, delta, configurationNotes: notes };
  await writeJobSummary(runner, jobSummary(report, context));
  if (gateFails) setFailed(gateReason(report));
}
function needsEvent(runner, inputs) {
  return isPullRequestEvent(runner.eventName) || isDefaultBranchEvent(runner.eventName) && (inputs.badgeBranch !== "" || inputs.evidenceIssue);
}
function gateReason(report) {
  const reasons = report.summary.failedConditions.map((failure) => `${failure.reason} (fail-on: ${failure.condition})`);
  return `crosswalk: the SOC 2 readiness gate failed: ${reasons.join("; ")}`;
}
async function writeJobSummary(runner, markdown) {
  if (runner.stepSummary === void 0) {
    info("crosswalk: GITHUB_STEP_SUMMARY is not set, so no job summary was written");
    return;
  }
  try {
    await summary.addRaw(markdown).write();
  } catch (error2) {
    warning(oneLine(`crosswalk could not write the job summary: ${error2 instanceof Error ? error2.message : String(error2)}`));
  }
}
function actionHome(runner) {
  return runner.actionRepository === void 0 ? void 0 : `${runner.serverUrl}/${runner.actionRepository}`;
}
function failToRun(error2) {
  if (error2 instanceof UsageError) {
    setFailed(`crosswalk: ${oneLine(error2.message)}`);
    return;
  }
  setFailed(`crosswalk: internal error: ${oneLine(error2 instanceof Error ? error2.message : String(error2))}`);
  if (isDebug() && error2 instanceof Error && error2.stack) debug(error2.stack);
}
if (isEntryPoint(import.meta.url)) await run();
export {
  gateReason,
  run
};
