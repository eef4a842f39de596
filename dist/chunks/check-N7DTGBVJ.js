import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-3GZRDY3E.js";
import "./chunk-NZKPH2JJ.js";
import "./chunk-LPK5YVSA.js";
import "./chunk-VP5D6FTR.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-VORNJXCX.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
