import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  sanitizeText
} from "./chunk-OU57B5EK.js";

// src/report/terminal-text.ts
function forTerminal(text) {
  return sanitizeText(text);
}

export {
  forTerminal
};
