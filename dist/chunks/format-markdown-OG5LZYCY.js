import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-MQYXIYP4.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-FNXYG2V3.js";
import "./chunk-LVNFLO5R.js";
export {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
};
