// The few ajv helpers the generated validators call (see scripts/compile-schemas.mjs).
// CommonJS default exports reach ESM differently in Node, vite and esbuild; accept each shape.
import * as ucs2 from 'ajv/dist/runtime/ucs2length.js';
import { fastFormats, fullFormats } from 'ajv-formats/dist/formats.js';

export const ucs2length = typeof ucs2.default === 'function' ? ucs2.default : ucs2.default.default;

/**
 * `date` in full (it knows February 30 is not a date); `uri` in ajv-formats' fast form (a scheme,
 * then no whitespace; a function, as the generated code calls it). The full RFC 3986 expression costs irregexp several milliseconds to compile
 * at every start, for a field crosswalk only shows as an unverified link.
 */
export const formats = { date: fullFormats.date, uri: (value) => fastFormats.uri.test(value) };
