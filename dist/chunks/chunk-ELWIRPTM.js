import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/report/format-json.ts
function formatJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
function* formatJsonPieces(report) {
  const fields = Object.entries(report).filter(([, value]) => value !== void 0 && typeof value !== "function" && typeof value !== "symbol");
  if (fields.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{\n";
  for (const [position, [key, value]] of fields.entries()) {
    const comma = position < fields.length - 1 ? "," : "";
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(key)}: ${indented(JSON.stringify(value, null, 2), "  ")}${comma}
`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [
`;
    for (const [index, element] of value.entries()) {
      yield `    ${indented(JSON.stringify(element, null, 2) ?? "null", "    ")}${index < value.length - 1 ? "," : ""}
`;
    }
    yield `  ]${comma}
`;
  }
  yield "}\n";
}
function indented(json, indent) {
  return json.replaceAll("\n", `
${indent}`);
}

export {
  formatJson,
  formatJsonPieces
};
