import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  checkCommand,
  gateFlags,
  gateHelp,
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-XGPESNWV.js";
import "./chunk-OOQ6X7JJ.js";
import "./chunk-SHLGQVOQ.js";
import "./chunk-ERGGLECK.js";
import "./chunk-3GU7VIBY.js";
import "./chunk-GZRYZUVX.js";
import "./chunk-WPZYCQ54.js";
import "./chunk-2FBNQCWA.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-5GRUUBCQ.js";
import "./chunk-HBO2JP73.js";
import "./chunk-2EFRXZKO.js";
import "./chunk-ZWLGM2CQ.js";
import "./chunk-3PXOBMPD.js";
import "./chunk-OU57B5EK.js";
import "./chunk-UJACGHRY.js";
export {
  checkCommand,
  gateFlags,
  gateHelp,
  overridesFrom,
  settingsFlags,
  settingsHelp
};
