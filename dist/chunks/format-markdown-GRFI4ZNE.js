import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-RD5476FC.js";
import "./chunk-L6IQTNBD.js";
import "./chunk-ITC3267J.js";
import "./chunk-OU57B5EK.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-W7BJ7JFP.js";
import "./chunk-OAKYC3GS.js";
import "./chunk-CHX4NSAO.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-UJACGHRY.js";
export {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
};
