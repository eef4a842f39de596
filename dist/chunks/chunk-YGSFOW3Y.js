import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/diagnostics.ts
var severityRank = { error: 0, warning: 1, notice: 2 };
function compareDiagnostics(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || severityRank[a.severity] - severityRank[b.severity] || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var maxDiagnosticsPerFile = 100;
function capPerFile(diagnostics, max = maxDiagnosticsPerFile) {
  const kept = [];
  const dropped = /* @__PURE__ */ new Map();
  const listed = /* @__PURE__ */ new Map();
  for (const diagnostic of diagnostics) {
    const count = listed.get(diagnostic.file) ?? 0;
    if (count < max) {
      listed.set(diagnostic.file, count + 1);
      kept.push(diagnostic);
    } else {
      const rest = dropped.get(diagnostic.file);
      if (rest === void 0) dropped.set(diagnostic.file, [diagnostic]);
      else rest.push(diagnostic);
    }
  }
  for (const [file, rest] of dropped) kept.push(moreInFile(file, rest, max));
  return kept.sort(compareDiagnostics);
}
function moreInFile(file, rest, max) {
  const worst = rest.reduce((a, b) => severityRank[b.severity] < severityRank[a.severity] ? b : a);
  const bySeverity = ["error", "warning", "notice"].map((severity) => [severity, rest.filter((diagnostic) => diagnostic.severity === severity).length]).filter(([, count]) => count > 0).map(([severity, count]) => `${count.toLocaleString("en-US")} ${severity}${count === 1 ? "" : "s"}`);
  const first = rest[0];
  return {
    severity: worst.severity,
    code: "limit-exceeded",
    message: `and ${rest.length.toLocaleString("en-US")} more problems in this file from here on (${bySeverity.join(", ")}), not listed: at most ${max} are listed per file`,
    file,
    line: first.line,
    column: first.column
  };
}

export {
  severityRank,
  compareDiagnostics,
  compareStrings,
  capPerFile
};
