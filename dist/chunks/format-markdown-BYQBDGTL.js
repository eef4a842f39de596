import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-674SW2ZI.js";
import "./chunk-Q726HP5H.js";
import "./chunk-G7NKKWUE.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-5GRUUBCQ.js";
import "./chunk-HBO2JP73.js";
import "./chunk-2EFRXZKO.js";
import "./chunk-ZWLGM2CQ.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";
export {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
};
