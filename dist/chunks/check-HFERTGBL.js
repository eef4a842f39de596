import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-L7FKWE5K.js";
import "./chunk-3PZYTKWI.js";
import "./chunk-S3XWLP4X.js";
import "./chunk-RTRASAFP.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-VORNJXCX.js";
import "./chunk-A3TXCLUC.js";
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
