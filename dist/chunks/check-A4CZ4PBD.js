import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-VFBLC5JT.js";
import "./chunk-OOQ6X7JJ.js";
import "./chunk-F6XECHVJ.js";
import "./chunk-ZKW4I43P.js";
import "./chunk-WPZYCQ54.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-NXRYHMZG.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-XVMCGQ5P.js";
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
