import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/import/sheet.ts
var UnreadableSpreadsheet = class extends Error {
  name = "UnreadableSpreadsheet";
};
var maxRows = 1e4;
var maxColumns = 200;
function cellName(column, row) {
  let letters = "";
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + (rest - 1) % 26) + letters;
  return `${letters}${row}`;
}
function cellText(raw) {
  return raw.replace(/\r\n?/g, "\n").replace(/^[\s\u00a0\ufeff]+|[\s\u00a0]+$/g, "");
}

export {
  UnreadableSpreadsheet,
  maxRows,
  maxColumns,
  cellName,
  cellText
};
