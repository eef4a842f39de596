#!/usr/bin/env node
import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  isEntryPoint
} from "./chunks/chunk-6P45Y3FZ.js";
import {
  forTerminal
} from "./chunks/chunk-RKDDUEGZ.js";
import "./chunks/chunk-OU57B5EK.js";
import {
  UsageError
} from "./chunks/chunk-2FBNQCWA.js";
import {
  package_default
} from "./chunks/chunk-IJFG2MBW.js";
import "./chunks/chunk-LVNFLO5R.js";

// src/cli.ts
import nodeModule from "node:module";
var commands = {
  check: async () => (await import("./chunks/check-IVXEJQYG.js")).checkCommand,
  mapping: async () => (await import("./chunks/mapping-lint-NMNQ4YMA.js")).mappingCommand,
  "evidence-register": async () => (await import("./chunks/evidence-register-TOJYN2XP.js")).evidenceRegisterCommand,
  init: async () => (await import("./chunks/init-QGR7Q333.js")).initCommand,
  badge: async () => (await import("./chunks/badge-TQ7Q44JN.js")).badgeCommand,
  soa: async () => (await import("./chunks/soa-CMJSVUEF.js")).soaCommand,
  export: async () => (await import("./chunks/export-oscal-SL2UUS4C.js")).exportCommand
};
async function usage() {
  const all = await Promise.all(Object.values(commands).map((load) => load()));
  return `Usage: crosswalk <command> [options]

Commands:
${all.map((command) => `  ${command.synopsis}`).join("\n")}

Run crosswalk <command> --help for a command's options.
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 passed, 1 a fail_on condition holds (or, for lint, errors were found), 2 could not run.`;
}
async function runCli(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`crosswalk: ${forTerminal(error.message)}
`);
      return 2;
    }
    io.stderr.write(`crosswalk: internal error: ${forTerminal(error instanceof Error ? error.message : String(error))}
`);
    if (io.env.CROSSWALK_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}
`);
    return 2;
  }
}
async function dispatch(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    io.stdout.write(`${await usage()}
`);
    return name === void 0 ? 2 : 0;
  }
  if (name === "-v" || name === "--version") {
    io.stdout.write(`${package_default.version}
`);
    return 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : void 0;
  if (!load) throw new UsageError(`unknown command "${name}"; run crosswalk --help`);
  return (await load()).run(rest, io);
}
if (isEntryPoint(import.meta.url)) {
  keepCompiledCode();
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
}
function keepCompiledCode() {
  const withCache = nodeModule;
  try {
    withCache.enableCompileCache?.();
  } catch {
  }
}
export {
  runCli
};
