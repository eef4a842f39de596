import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  cutNote,
  formatMarkdown,
  signed
} from "./chunk-JFLTITT2.js";
import "./chunk-HA42XJ2B.js";
import "./chunk-RHJJJZYW.js";
import "./chunk-OU57B5EK.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-7S73IGWO.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  cutNote,
  formatMarkdown,
  signed
};
