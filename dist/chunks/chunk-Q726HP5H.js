import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  escapeHtmlText,
  sanitizeText
} from "./chunk-OU57B5EK.js";

// src/report/markdown-text.ts
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

export {
  escapeMarkdown,
  escapeHtml,
  oneLine,
  owner,
  code,
  tableHeader,
  tableRow,
  table,
  sourcePlace
};
