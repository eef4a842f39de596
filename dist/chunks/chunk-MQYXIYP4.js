import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  severityRank
} from "./chunk-YGSFOW3Y.js";
import {
  auditLine,
  blockerSource,
  deviationsByChange,
  escapeHtmlText,
  forecastWords,
  incompleteWords,
  missingDetail,
  onceEach,
  plural,
  reasonLabel,
  requirementName,
  sanitizeText,
  stripsToShow,
  windowLegend,
  windowMark,
  windowName
} from "./chunk-FNXYG2V3.js";

// src/report/github/markdown-text.ts
function escapeMarkdown(text) {
  return oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|~<>&@:]/g, (character) => htmlEntities[character] ?? `\\${character}`).replace(/\b(gh)(?=\\-\d)/gi, `$1${zeroWidthSpace}`);
}
var zeroWidthSpace = "&#8203;";
var htmlEntities = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "@": `@${zeroWidthSpace}`,
  "#": `\\#${zeroWidthSpace}`,
  ":": "&#58;"
};
function escapeHtml(text) {
  return escapeHtmlText(text);
}
function oneLine(text) {
  return sanitizeText(text);
}
function owner(text) {
  const trimmed = text.trim();
  return trimmed !== "" && !/\s/.test(trimmed) ? code(trimmed) : escapeMarkdown(text);
}
function code(text) {
  const flat = oneLine(text);
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.startsWith(" ") ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function tableHeader(header, align) {
  const rule = header.map((_, index) => ({ left: ":--", right: "--:", center: ":-:" })[align?.[index] ?? "left"]);
  return [tableRow(header), tableRow(rule)].join("\n");
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}
function table(header, rows, align) {
  return [tableHeader(header, align), ...rows.map(tableRow)].join("\n");
}
function sourcePlace(file, line, linkBase) {
  if (file === void 0 || line === void 0) return "\u2014";
  const label = code(`${file}:${line}`);
  if (!linkBase || file === ".") return label;
  return `[${label}](${linkBase}${file.split("/").map(encodePathSegment).join("/")}#L${line})`;
}
function encodePathSegment(segment) {
  return encodeURIComponent(segment).replace(/[()]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

// src/report/github/trend.ts
var sparklinePoints = 30;
var tablePoints = 10;
var blocks = Array.from("\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588");
function sparkline(values) {
  if (values.length === 0) return "";
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (high === low) return blocks[3].repeat(values.length);
  return values.map((value) => blocks[Math.round((value - low) / (high - low) * (blocks.length - 1))]).join("");
}
function formatTrend(trend) {
  const upToNow = trend.points.filter((point) => point.date <= trend.current);
  const current = upToNow.at(-1);
  if (current === void 0) return "";
  const previous = upToNow.at(-2);
  if (previous === void 0) {
    return `\u{1F4CA} **Readiness over time:** ${percent(current.readiness)} as of ${current.date}, the first point of the history (${code(trend.source)}); the next runs draw the trend here.`;
  }
  const shown = upToNow.slice(-sparklinePoints);
  const readiness = shown.map((point) => point.readiness);
  const first = shown[0];
  return [
    `\u{1F4CA} **Readiness over time** (${shown.length} runs, ${first.date} \u2192 ${current.date}): ${code(sparkline(readiness))} ${percent(first.readiness)} \u2192 ${percent(current.readiness)} (low ${percent(Math.min(...readiness))}, high ${percent(Math.max(...readiness))})`,
    "",
    sinceLine(previous, current),
    "",
    pointsTable(upToNow.slice(-tablePoints), trend.source)
  ].join("\n");
}
function sinceLine(previous, current) {
  const change = Math.round((current.readiness - previous.readiness) * 10) / 10;
  const icon = change < 0 ? "\u{1F4C9}" : change > 0 ? "\u{1F4C8}" : "\u2796";
  const count = (label, before, after) => `${label} ${before === after ? `${after} (unchanged)` : `${before} \u2192 ${after}`}`;
  return `${icon} **Since the last run** (as of ${previous.date}): readiness **${signedPoints(change)}** points (${percent(previous.readiness)} \u2192 ${percent(current.readiness)}) \xB7 design coverage ${percent(previous.designCoverage)} \u2192 ${percent(current.designCoverage)} \xB7 ` + [
    count("missing evidence", previous.missingEvidence, current.missingEvidence),
    count("blocking", previous.blockingMissingEvidence, current.blockingMissingEvidence),
    count("due", previous.dueEvidence, current.dueEvidence),
    count("expiring", previous.expiringEvidence, current.expiringEvidence)
  ].join(" \xB7 ");
}
function pointsTable(points, source) {
  const rows = [...points].reverse().map((point) => [
    point.date,
    percent(point.readiness),
    percent(point.designCoverage),
    `${point.missingEvidence} (${point.blockingMissingEvidence})`,
    String(point.dueEvidence),
    String(point.expiringEvidence),
    point.commit === "" ? "\u2014" : code(point.commit.slice(0, 7))
  ]);
  const header = ["As of", "Readiness", "Design coverage", "Missing (blocking)", "Due", "Expiring", "Commit"];
  const align = ["left", "right", "right", "right", "right", "right", "left"];
  return `<details><summary>The last ${points.length} points, newest first (all in ${escapeHtml(source)})</summary>

${table(header, rows, align)}

</details>`;
}
var percent = (value) => `${value.toFixed(1)}%`;
function signedPoints(change) {
  return change === 0 ? "0.0" : `${change > 0 ? "+" : ""}${change.toFixed(1)}`;
}

// src/report/github/format-markdown.ts
var compactCommentLength = 12e3;
var stateIcon = { ready: "\u{1F7E2}", incomplete: "\u{1F7E1}", gap: "\u{1F534}" };
var severityLabel = { error: "\u274C error", warning: "\u26A0\uFE0F warning", notice: "\u2139\uFE0F notice" };
function reasonCell(entry) {
  return `${reasonLabel[entry.reason]}: ${escapeMarkdown(missingDetail(entry))}`;
}
var cutNote = "> [!NOTE]\n> Detail was cut to fit GitHub\u2019s size limit. The full report is the JSON report: the action\u2019s `report` output, or `crosswalk check --format json`.";
function formatMarkdown(report, options = {}) {
  const level = "#".repeat(options.headingLevel ?? 2);
  const trend = options.trend === void 0 ? "" : formatTrend(options.trend);
  const essentials = [headline(report, level), incompletePicture(report), deltaLine(options.delta), trend, ...options.notes ?? [], categoriesTable(report), failures(report)].filter((part) => part !== "");
  if (options.compact) {
    const detail2 = [problems(report, level, options), ...deltaDetail(report, level, options), blockingEvidence(report, level, options), atRisk(report, level)];
    const kept = detail2.filter((section2) => section2 !== void 0);
    const limit = Math.min(options.maxLength ?? compactCommentLength, compactCommentLength);
    return fit(essentials, [...kept, { head: moreInSummary(report), rows: [] }], { chars: limit, bytes: options.maxBytes });
  }
  const detail = [
    problems(report, level, options),
    ...deltaDetail(report, level, options),
    atRisk(report, level),
    missingEvidence(report, level, options),
    dueEvidence(report, level, options),
    timeline(report, level),
    blockedCriteria(report, level),
    expiringEvidence(report, level, options),
    gaps(report, level),
    collectedEvidence(report, level),
    deviations(report, level),
    unverifiedEvidence(report, level, options),
    ...criteriaDetail(report, level)
  ].filter((section2) => section2 !== void 0);
  return fit(essentials, detail, { chars: options.maxLength, bytes: options.maxBytes });
}
var sizeOf = (text) => ({ chars: text.length, bytes: Buffer.byteLength(text, "utf8") });
var add = (a, b) => ({ chars: a.chars + b.chars, bytes: a.bytes + b.bytes });
var within = (size, limits) => (limits.chars === void 0 || size.chars <= limits.chars) && (limits.bytes === void 0 || size.bytes <= limits.bytes);
var partSeparator = "\n\n";
var join = (parts) => `${parts.join(partSeparator)}
`;
function render(section2, keptRows) {
  const left = section2.rows.length - keptRows;
  const body = [section2.head, ...section2.rows.slice(0, keptRows)].join("\n");
  const parts = [body];
  if (left > 0) parts.push(`_\u2026and ${plural(left, "more row")}, left out to fit; see the JSON report._`);
  if (section2.tail !== void 0) parts.push(section2.tail);
  return parts.join(partSeparator);
}
function fit(essentials, detail, limits) {
  const whole = join([...essentials, ...detail.map((section2) => render(section2, section2.rows.length))]);
  if (within(sizeOf(whole), limits)) return whole;
  const kept = [...essentials];
  let used = add(sizeOf(join(kept)), sizeOf(partSeparator + cutNote));
  for (const section2 of detail) {
    const rows = rowsThatFit(section2, used, limits);
    if (rows === void 0) continue;
    const rendered = render(section2, rows);
    kept.push(rendered);
    used = add(used, sizeOf(partSeparator + rendered));
  }
  kept.push(cutNote);
  return truncate(join(kept), limits);
}
function rowsThatFit(section2, used, limits) {
  const full = add(used, sizeOf(partSeparator + render(section2, section2.rows.length)));
  if (within(full, limits)) return section2.rows.length;
  let total = add(used, sizeOf(partSeparator + render(section2, 0)));
  if (!within(total, limits)) return void 0;
  let rows = 0;
  for (const row of section2.rows) {
    const next = add(total, sizeOf(`
${row}`));
    if (!within(next, limits)) break;
    total = next;
    rows += 1;
  }
  return rows;
}
function truncate(text, limits) {
  if (within(sizeOf(text), limits)) return text;
  const characters = Array.from(text);
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (within(sizeOf(`${characters.slice(0, middle).join("")}
`), limits)) low = middle;
    else high = middle - 1;
  }
  return `${characters.slice(0, low).join("")}
`;
}
function headline(report, level) {
  const { summary } = report;
  const verdict = summary.passed ? "\u2705 passed" : "\u274C failed";
  return [
    `${level} SOC 2 readiness: ${summary.readiness.toFixed(1)}% \xB7 ${verdict}`,
    "",
    `**Readiness ${summary.readiness.toFixed(1)}%** (${summary.ready} of ${summary.criteria} criteria ready) \xB7 **Design coverage ${summary.designCoverage.toFixed(1)}%** \xB7 ${plural(summary.missingEvidence, "missing evidence requirement")} (${summary.blockingMissingEvidence} blocking) \xB7 ` + (report.audit.type === "type2" ? `${onceEach(report.dueEvidence).length} due this window \xB7 ` : "") + `${plural(summary.gap, "gap")} \xB7 ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}`,
    ...report.forecast ? ["", `\u{1F4C5} **At the period's end (${report.forecast.asOf}): ${report.forecast.readiness.toFixed(1)}%** \xB7 ${escapeMarkdown(forecastWords(report.forecast))}`] : [],
    "",
    `<sub>crosswalk ${escapeMarkdown(report.tool.version)} \xB7 ${escapeMarkdown(auditLine(report.audit, report.asOf))} \xB7 scope: ${report.scope.join(", ")} \xB7 mapping: ${escapeMarkdown(report.mapping.name)}</sub>`
  ].join("\n");
}
function incompletePicture(report) {
  return report.summary.complete ? "" : `> [!WARNING]
> ${incompleteWords(report.summary.errors)} See Problems.`;
}
function deltaLine(delta) {
  if (delta === void 0) return "";
  const icon = delta.change < 0 ? "\u{1F4C9}" : delta.change > 0 ? "\u{1F4C8}" : "\u2796";
  const changed = delta.criteriaChanged.length === 0 ? "no criterion changed state" : `${plural(delta.criteriaChanged.length, "criterion", "criteria")} changed state`;
  const withdrawn = delta.controlsChanged.filter((change) => change.withdrawn).length;
  return `${icon} **This pull request:** readiness ${delta.before.toFixed(1)}% \u2192 ${delta.after.toFixed(1)}% (**${signed(delta.change)}** points) \xB7 ${changed} \xB7 ` + (withdrawn > 0 ? `\u26A0\uFE0F ${plural(withdrawn, "control claim", "control claims")} withdrawn \xB7 ` : "") + `missing evidence: ${delta.missingEvidenceAdded.length} added, ${delta.missingEvidenceResolved.length} resolved`;
}
function signed(change) {
  return `${change > 0 ? "+" : ""}${change === 0 ? "0.0" : change.toFixed(1)}`;
}
function categoriesTable(report) {
  return table(
    ["Category", "Criteria", "Ready", "Incomplete", "Gap", "Readiness", "Design coverage"],
    report.categories.map((category) => [
      escapeMarkdown(category.title),
      String(category.criteria),
      String(category.ready),
      String(category.incomplete),
      String(category.gap),
      `${category.readiness.toFixed(1)}%`,
      `${category.designCoverage.toFixed(1)}%`
    ]),
    ["left", "right", "right", "right", "right", "right", "right"]
  );
}
function failures(report) {
  if (report.summary.passed) return "";
  return ["**The merge gate fails:**", "", ...report.summary.failedConditions.map((failure) => `- \`${failure.condition}\`: ${escapeMarkdown(failure.reason)}`)].join("\n");
}
function where(file, line, options) {
  return sourcePlace(file, line, options.linkBase);
}
function section(heading, intro, header, rows, align) {
  const head = [heading, "", ...intro === void 0 ? [] : [intro, ""], tableHeader(header, align)].join("\n");
  return { head, rows: rows.map(tableRow) };
}
function missingEvidence(report, level, options) {
  const heading = `${level}# Missing evidence (${report.missingEvidence.length})`;
  if (report.missingEvidence.length === 0) {
    return { head: `${heading}

None: every evidence requirement of implemented and in-progress controls is met.`, rows: [] };
  }
  return missingEvidenceSection(heading, void 0, report.missingEvidence, report, options);
}
var missingEvidenceHeader = ["", "Control", "ISO control", "Criteria", "Requirement", "Reason", "Where"];
function missingEvidenceSection(heading, intro, entries, report, options) {
  const titles = new Map(report.controls.map((control) => [control.id, control.title]));
  const controlCell = (id) => `**${escapeMarkdown(id)}**${titles.has(id) ? ` ${escapeMarkdown(titles.get(id) ?? "")}` : ""}`;
  const sorted = onceEach(entries).sort((a, b) => Number(b.blocking) - Number(a.blocking));
  const rows = sorted.map((entry) => [
    entry.blocking ? "\u274C blocking" : "\u26A0\uFE0F in progress",
    entry.controls.map(controlCell).join("<br>"),
    isoCell(entry),
    entry.criteria.join(", "),
    `${code(entry.requirement)}<br>${escapeMarkdown(entry.description)}`,
    reasonCell(entry),
    where(entry.evidence[0]?.file ?? entry.file, entry.evidence[0]?.line ?? entry.line, options)
  ]);
  return section(heading, intro, missingEvidenceHeader, rows);
}
function isoCell(entry) {
  if (entry.kind === "criterion") return `SOC 2 ${entry.criteria.join(", ")} (its own test)`;
  return entry.iso === null ? "SOC 2\u2013specific" : `${entry.iso} ${escapeMarkdown(entry.isoTitle ?? "")}`;
}
function deltaDetail(report, level, options) {
  const { delta } = options;
  if (delta === void 0) return [];
  const sections = [];
  if (delta.criteriaChanged.length > 0) {
    const subjects = new Map(report.criteria.map((criterion) => [criterion.id, criterion.subject]));
    const rows = delta.criteriaChanged.map((change) => [
      `**${change.id}**`,
      escapeMarkdown(subjects.get(change.id) ?? ""),
      `${stateIcon[change.before]} ${change.before}`,
      `${stateIcon[change.after]} ${change.after}`
    ]);
    sections.push(section(`${level}# Criteria this pull request changes (${delta.criteriaChanged.length})`, void 0, ["Criterion", "Subject", "Before", "After"], rows));
  }
  if (delta.controlsChanged.length > 0) {
    const rows = delta.controlsChanged.map((change) => [
      `**${escapeMarkdown(change.id)}** ${escapeMarkdown(change.title)}`,
      change.before,
      change.after ?? "**removed**",
      change.criteria.join(", ") || "\u2014",
      change.withdrawn ? "\u26A0\uFE0F claim withdrawn" : "claim strengthened"
    ]);
    sections.push(
      section(
        `${level}# Controls whose status this pull request changes (${delta.controlsChanged.length})`,
        "Withdrawing a claim takes its criteria out of the test, which can raise readiness: review it as a change to the program.",
        ["Control", "Before", "After", "Criteria reached", ""],
        rows
      )
    );
  }
  if (delta.notCompared.length > 0) {
    sections.push({
      head: `${level}# Not compared (${delta.notCompared.length})

These controls are missing from this pull request because their files have errors (see Problems); their evidence is neither added nor resolved until the errors are fixed:
`,
      rows: delta.notCompared.map((id) => `- **${escapeMarkdown(id)}**`)
    });
  }
  if (delta.missingEvidenceAdded.length > 0) {
    const heading = `${level}# Missing evidence this pull request adds (${delta.missingEvidenceAdded.length})`;
    sections.push(missingEvidenceSection(heading, "Not missing on the base commit; missing with this pull request.", delta.missingEvidenceAdded, report, options));
  }
  if (delta.missingEvidenceResolved.length > 0) {
    const rows = delta.missingEvidenceResolved.map((entry) => [entry.controls.map((id) => `**${escapeMarkdown(id)}**`).join("<br>"), isoCell(entry), entry.criteria.join(", "), code(entry.requirement), `was ${reasonLabel[entry.reason]}`]);
    sections.push(
      section(`${level}# Missing evidence this pull request resolves (${delta.missingEvidenceResolved.length})`, void 0, ["Control", "ISO control", "Criteria", "Requirement", "On the base branch"], rows)
    );
  }
  return sections;
}
function problems(report, level, options) {
  if (report.diagnostics.length === 0) return void 0;
  const diagnostics = [...report.diagnostics].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const rows = diagnostics.map((diagnostic) => [severityLabel[diagnostic.severity], where(diagnostic.file, diagnostic.line, options), `${escapeMarkdown(diagnostic.message)} (${code(diagnostic.code)})`]);
  return section(`${level}# Problems (${report.diagnostics.length})`, void 0, ["Severity", "Where", "Problem"], rows);
}
function expiringEvidence(report, level, options) {
  if (report.expiringEvidence.length === 0) return void 0;
  const rows = report.expiringEvidence.map((item) => [
    escapeMarkdown(item.control),
    code(item.evidence),
    item.requirements.map(code).join(", ") || "\u2014",
    item.collected,
    `${item.expires} (${plural(item.daysLeft, "day")} left)`,
    where(item.file, item.line, options)
  ]);
  return section(
    `${level}# Expiring soon (${report.expiringEvidence.length})`,
    "Still counted, but stale within the warning window: collect it again before the audit.",
    ["Control", "Evidence", "Requirements", "Collected", "Stale from", "Where"],
    rows
  );
}
function atRisk(report, level) {
  const { forecast } = report;
  if (!forecast || forecast.keepReady.length === 0) return void 0;
  const rows = forecast.keepReady.map((risk) => [
    `**${risk.criterion}**`,
    escapeMarkdown(risk.subject),
    onceEach(risk.evidence).map((entry) => `${code(entry.requirement)} (${escapeMarkdown(entry.iso ?? entry.controls.join(", "))}): ${escapeMarkdown(missingDetail({ ...entry, laterEvidence: [] }))}`).join("<br>")
  ]);
  return section(
    `${level}# At risk by ${forecast.asOf} (${forecast.keepReady.length})`,
    "Ready today, not at the end of the audit period if nothing more is collected: collect this evidence to keep them ready.",
    ["Criterion", "Subject", "To keep it ready"],
    rows
  );
}
function blockingEvidence(report, level, options) {
  const blocking = onceEach(report.missingEvidence.filter((entry) => entry.blocking));
  if (blocking.length === 0) return void 0;
  const rows = blocking.map((entry) => [
    entry.controls.map((id) => `**${escapeMarkdown(id)}**`).join(", "),
    `${code(entry.requirement)}${entry.iso === null ? "" : ` (${entry.iso})`}`,
    entry.criteria.join(", "),
    reasonCell(entry),
    where(entry.evidence[0]?.file ?? entry.file, entry.evidence[0]?.line ?? entry.line, options)
  ]);
  return section(`${level}# Blocking missing evidence (${blocking.length})`, void 0, ["Control", "Requirement", "Criteria", "Reason", "Where"], rows);
}
function moreInSummary(report) {
  const rest = [
    report.missingEvidence.some((entry) => !entry.blocking) ? "missing evidence of controls in progress" : "",
    report.dueEvidence.length > 0 ? `${onceEach(report.dueEvidence).length} due` : "",
    report.timeline.length > 0 ? "the period strips" : "",
    "every criterion"
  ].filter((part) => part !== "");
  return `<sub>The job summary of this run has the rest: ${rest.join(", ")}.</sub>`;
}
function dueEvidence(report, level, options) {
  const due = onceEach(report.dueEvidence);
  if (due.length === 0) return void 0;
  const rows = due.map((entry) => [
    entry.due,
    code(entry.requirement),
    isoCell(entry),
    entry.controls.map((id) => `**${escapeMarkdown(id)}**`).join("<br>"),
    entry.owners.map(owner).join("<br>") || "\u2014",
    where(entry.file, entry.line, options)
  ]);
  return section(
    `${level}# Due (${due.length})`,
    "The current window of the audit period has no evidence for these yet: collect it before the window ends.",
    ["Due", "Requirement", "ISO control", "Controls", "Owners", "Where"],
    rows
  );
}
function timeline(report, level) {
  const strips = stripsToShow(report.timeline);
  if (strips.length === 0) return void 0;
  const rows = strips.map((entry) => [
    escapeMarkdown(requirementName(entry)),
    entry.frequency ?? "annual",
    entry.windows.map((window) => `${windowName(window)} ${windowMark[window.state]}`).join(" \xB7 ")
  ]);
  return section(
    `${level}# Evidence over the audit period (${strips.length})`,
    windowLegend,
    ["Requirement", "Frequency", "Windows"],
    rows
  );
}
function blockedCriteria(report, level) {
  const blocked = report.criteria.filter((criterion) => criterion.blockedBy.length > 0);
  if (blocked.length === 0) return void 0;
  const rows = blocked.map((criterion) => [`**${criterion.id}**`, escapeMarkdown(criterion.subject), criterion.blockedBy.map(blockingText).join("<br>")]);
  return section(`${level}# What blocks each criterion (${blocked.length})`, void 0, ["Criterion", "Subject", "To close"], rows);
}
function blockingText(row) {
  const source = escapeMarkdown(blockerSource(row));
  const needs = row.requirements.map((requirement) => `${code(requirement.id)} ${reasonLabel[requirement.reason]}${requirement.window ? ` ${requirement.window.start}..${requirement.window.end}` : ""}`);
  const parts = [...row.inProgress ? ["in progress: no control implemented yet"] : [], ...needs];
  return parts.length > 0 ? `${source}: ${parts.join(", ")}` : source;
}
function gaps(report, level) {
  const gapCriteria = report.criteria.filter((criterion) => criterion.state === "gap");
  if (gapCriteria.length === 0) return void 0;
  return {
    head: `${level}# Gaps (${gapCriteria.length})

No implemented or in-progress control reaches these criteria:
`,
    rows: gapCriteria.map((criterion) => `- **${criterion.id}** ${escapeMarkdown(criterion.subject)}${criterion.controls.length > 0 ? ` (mapped from ${criterion.controls.join(", ")})` : ""}`)
  };
}
function collectedEvidence(report, level) {
  if (report.collectedEvidence.length === 0) return void 0;
  const rows = report.collectedEvidence.flatMap(
    (item) => item.documents.map((document) => [escapeMarkdown(item.control), code(item.evidence), `${escapeMarkdown(document.repository)} ${code(document.branch)}`, `${document.period.start}..${document.period.end}`, String(document.summary.population), String(document.summary.exceptions), code(document.path)])
  );
  return section(
    `${level}# Collected evidence (${report.collectedEvidence.length})`,
    "Verified by crosswalk, not declared: each document lists every change of its period, and crosswalk checked each change's exceptions again.",
    ["Control", "Evidence", "Repository", "Period", "Changes", "With exceptions", "Document"],
    rows,
    ["left", "left", "left", "left", "right", "right", "left"]
  );
}
function deviations(report, level) {
  if (report.deviations.length === 0) return void 0;
  const answered = deviationsByChange(report.deviations);
  const rows = answered.map((deviation) => [escapeMarkdown(deviation.change), deviation.class, escapeMarkdown(deviation.response), escapeMarkdown(deviation.approvedBy), deviation.requirements.map(code).join(", ")]);
  return section(`${level}# Deviations (${answered.length})`, "Exceptions answered with management's response: reported as deviations, not missing evidence.", ["Change", "Class", "Response", "Approved by", "Requirements"], rows);
}
function unverifiedEvidence(report, level, options) {
  if (report.unverifiedEvidence.length === 0) return void 0;
  const rows = report.unverifiedEvidence.map((item) => [escapeMarkdown(item.control), code(item.evidence), where(item.file, item.line, options)]);
  return section(
    `${level}# Evidence given as links (${report.unverifiedEvidence.length})`,
    "Counted as present, but crosswalk cannot open them: an auditor will.",
    ["Control", "Evidence", "Where"],
    rows
  );
}
function criteriaDetail(report, level) {
  return report.categories.map((category, index) => {
    const criteria = report.criteria.filter((criterion) => criterion.category === category.category);
    const summary = `${escapeHtml(category.title)}: ${category.ready} of ${plural(category.criteria, "criterion", "criteria")} ready, ${category.incomplete} incomplete, ${plural(category.gap, "gap")}`;
    const heading = index === 0 ? `${level}# Every criterion in scope

` : "";
    return {
      head: `${heading}<details><summary>${summary}</summary>

${tableHeader(["Criterion", "Subject", "State", "Through"])}`,
      rows: criteria.map(
        (criterion) => tableRow([
          `**${criterion.id}**`,
          escapeMarkdown(criterion.subject),
          `${stateIcon[criterion.state]} ${criterion.state}`,
          [...criterion.controls, ...criterion.supplementalControls.map(escapeMarkdown)].join(", ") || "\u2014"
        ])
      ),
      tail: "</details>"
    };
  });
}

export {
  escapeMarkdown,
  oneLine,
  code,
  tableHeader,
  tableRow,
  sourcePlace,
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
};
