import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  cutNote,
  formatMarkdown,
  reasonLabel,
  signed
} from "./chunk-DLCGOHP5.js";
import "./chunk-6Y4GDOAX.js";
import "./chunk-SA6WOFY6.js";
import "./chunk-TIF2OO65.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";
export {
  cutNote,
  formatMarkdown,
  reasonLabel,
  signed
};
