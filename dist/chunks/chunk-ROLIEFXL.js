import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/report/csv.ts
var utf8Bom = "\uFEFF";
var formulaStart = /(?:^|[,;\t])[ ]*[=+\-@]|^[\t\r]/;
var needsQuotes = /[",;\t\r\n]/;
function guardFormula(value) {
  return formulaStart.test(value) ? `'${value}` : value;
}
function csvField(value) {
  return needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function formatCsv(header, rows) {
  const record = (fields) => `${fields.map((field) => csvField(guardFormula(field))).join(",")}\r
`;
  return utf8Bom + [header, ...rows].map(record).join("");
}

export {
  utf8Bom,
  formatCsv
};
