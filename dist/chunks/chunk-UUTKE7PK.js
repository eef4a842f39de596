import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/report/terminal-text.ts
function forTerminal(text) {
  return text.replace(/\r\n?|\n|\t|\u2028|\u2029/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}

export {
  forTerminal
};
