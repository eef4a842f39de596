import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-OSXPWL5F.js";
import "./chunk-7LXIYJNG.js";
import "./chunk-MR2VFFO2.js";
import "./chunk-DEOUPKUF.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-CCT5YPLE.js";
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
