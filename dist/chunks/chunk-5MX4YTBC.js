import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/report/sanitize.ts
var lineBreaks = /\r\n?|[\n\v\f\u0085\u2028\u2029\t]/g;
var controls = /[\u0000-\u001f\u007f-\u009f]/g;
var bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var loneSurrogates = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function sanitizeText(text) {
  return text.replace(loneSurrogates, "\uFFFD").replace(lineBreaks, " ").replace(controls, "\uFFFD").replace(bidi, "\uFFFD");
}
function escapeHtmlText(text) {
  return sanitizeText(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export {
  sanitizeText,
  escapeHtmlText
};
