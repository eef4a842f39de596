import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-ZEC4WOG4.js";
import "./chunk-TCUEHVXX.js";
import "./chunk-EP4IYIV4.js";
import "./chunk-OU57B5EK.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-PJUV4SJX.js";
import "./chunk-OR2MUAVJ.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-LVNFLO5R.js";
export {
  cutNote,
  formatMarkdown,
  signed
};
