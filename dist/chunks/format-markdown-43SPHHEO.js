import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-NRE6DEDZ.js";
import "./chunk-IC3ILU55.js";
import "./chunk-GE7FGRJL.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-3VEIC56F.js";
import "./chunk-HBO2JP73.js";
import "./chunk-2EFRXZKO.js";
import "./chunk-OKU5OTPL.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";
export {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
};
