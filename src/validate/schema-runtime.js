// The few ajv helpers the generated validators call (see scripts/compile-schemas.mjs).
// CommonJS default exports reach ESM differently in Node, vite and esbuild; accept each shape.
import * as ucs2 from 'ajv/dist/runtime/ucs2length.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';

export const ucs2length = typeof ucs2.default === 'function' ? ucs2.default : ucs2.default.default;
export const formats = fullFormats;
