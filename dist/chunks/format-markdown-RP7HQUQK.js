import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-SO6IPRNV.js";
import "./chunk-T4CXIOHX.js";
import "./chunk-KZA7WOCS.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-OU57B5EK.js";
import "./chunk-LVNFLO5R.js";
export {
  cutNote,
  formatMarkdown,
  signed
};
