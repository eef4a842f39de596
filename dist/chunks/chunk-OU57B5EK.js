import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

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

export {
  sanitizeText,
  escapeHtmlText,
  escapeHtmlPageText
};
