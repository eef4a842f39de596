import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-B275EFQ3.js";
import "./chunk-HA42XJ2B.js";
import "./chunk-UDPYKWDZ.js";
import "./chunk-OU57B5EK.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-66WOAZPR.js";
import "./chunk-NDLZNMX3.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-LVNFLO5R.js";
export {
  compactCommentLength,
  cutNote,
  formatMarkdown,
  signed
};
