import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-3U2UHOM5.js";
import "./chunk-TGABF5XY.js";
import "./chunk-VZR66X5O.js";
import "./chunk-KHDZ3HNW.js";
import "./chunk-3G3E6JYU.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-SHW23ZP5.js";
import "./chunk-OAKYC3GS.js";
import "./chunk-ZVCU4MLR.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-UJACGHRY.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
