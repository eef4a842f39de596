import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/report/format-json.ts
function formatJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

export {
  formatJson
};
