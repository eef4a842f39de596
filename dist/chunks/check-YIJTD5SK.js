import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-6Y3HYGG3.js";
import "./chunk-MGHPJOG4.js";
import "./chunk-2AMGPDWZ.js";
import "./chunk-4JAGGFKV.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-RZNLHAVZ.js";
import "./chunk-WGKQLUPG.js";
import "./chunk-3I7MMUQF.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-OU57B5EK.js";
import "./chunk-LVNFLO5R.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
