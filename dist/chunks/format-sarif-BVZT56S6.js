import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-CC4KPWB2.js";
import "./chunk-KZA7WOCS.js";
import "./chunk-OU57B5EK.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-UJACGHRY.js";
export {
  formatSarif
};
