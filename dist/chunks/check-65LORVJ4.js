import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-RTNNOCHV.js";
import "./chunk-36WQE7IX.js";
import "./chunk-RJYQOD34.js";
import "./chunk-CQLGQKJF.js";
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
