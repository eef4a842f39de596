import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/diagnostics.ts
var severityRank = { error: 0, warning: 1, notice: 2 };
function compareDiagnostics(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || severityRank[a.severity] - severityRank[b.severity] || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  severityRank,
  compareDiagnostics,
  compareStrings
};
