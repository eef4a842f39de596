import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-SRKI5KVG.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-66QYLTD2.js";
import "./chunk-LVNFLO5R.js";
export {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
};
