import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  existingDirectory,
  writeTextFile
} from "./chunk-IKCRNHJX.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";

// src/commands/command.ts
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
function parseFlags(args, options) {
  try {
    return parseArgs({ args: [...args], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error.message.split(/\.( |$)|\n/)[0]}; run crosswalk --help`);
  }
}
function oneOf(flag, value, allowed) {
  if (!allowed.includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
  return value;
}
async function emit(text, output, io) {
  if (output === void 0) {
    io.stdout.write(text);
    return;
  }
  const file = path.resolve(io.cwd, output);
  await mkdir(path.dirname(file), { recursive: true });
  await writeTextFile(file, text);
}
function wantsColor(io, toStdout) {
  if (io.env.FORCE_COLOR !== void 0) return io.env.FORCE_COLOR !== "0";
  return toStdout && io.stdout.isTTY === true && io.env.NO_COLOR === void 0;
}
async function directoryArgument(positionals, io, command) {
  if (positionals.length > 1) throw new UsageError(`${command} takes one directory, got ${positionals.length}: ${positionals.join(" ")}`);
  return existingDirectory(path.resolve(io.cwd, positionals[0] ?? "."));
}

export {
  parseFlags,
  oneOf,
  emit,
  wantsColor,
  directoryArgument
};
