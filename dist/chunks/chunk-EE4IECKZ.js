import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  sanitizeText
} from "./chunk-5MX4YTBC.js";

// src/report/terminal-text.ts
function forTerminal(text) {
  return sanitizeText(text);
}

export {
  forTerminal
};
