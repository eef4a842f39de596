import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  UsageError
};
