import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-YGASG23D.js";
import "./chunk-TGABF5XY.js";
import "./chunk-B7QUHWWD.js";
import "./chunk-2WT77TXO.js";
import "./chunk-3G3E6JYU.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-MX6S6VD3.js";
import "./chunk-OAKYC3GS.js";
import "./chunk-ZVCU4MLR.js";
import "./chunk-KY7V6DWB.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-UJACGHRY.js";
export {
  checkCommand,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
