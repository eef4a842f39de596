import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-SNPDNNUE.js";
import "./chunk-X2PF7G7C.js";
import "./chunk-EQX3JU22.js";
import "./chunk-UUYZGX4R.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-PJUV4SJX.js";
import "./chunk-OR2MUAVJ.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
