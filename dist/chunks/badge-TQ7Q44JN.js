import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);
import {
  renderBadges
} from "./chunk-UOA24E2O.js";
import {
  overridesFrom,
  settingsFlags,
  settingsHelp
} from "./chunk-MKH6AQ4Z.js";
import {
  directoryArgument,
  parseFlags
} from "./chunk-XK6H44CA.js";
import {
  check
} from "./chunk-SVM6ZSB3.js";
import "./chunk-IKCRNHJX.js";
import {
  UsageError
} from "./chunk-2FBNQCWA.js";
import "./chunk-SUOICNT5.js";
import "./chunk-A3TXCLUC.js";
import "./chunk-IJFG2MBW.js";
import "./chunk-YGSFOW3Y.js";
import "./chunk-AR5HQVXI.js";
import "./chunk-LVNFLO5R.js";

// src/commands/badge.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var badgeCommand = {
  synopsis: "badge [DIR] --out DIR    write readiness badges (SVG and shields.io endpoint JSON)",
  help: `Usage: crosswalk badge [DIR] --out OUTDIR [options]

Writes soc2-readiness.svg and soc2-readiness.json (a shields.io endpoint), and one pair per
category in scope (soc2-readiness-<category>.svg/.json), coloured by the badge: thresholds of
.crosswalk.yml (default: red below 50%, yellow below 80%, green from 80%).

  --out DIR          folder to write the badges to (created if needed)
${settingsHelp}`,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, out: { type: "string" } });
    if (values.help) {
      io.stdout.write(`${this.help}
`);
      return 0;
    }
    if (values.out === void 0) throw new UsageError("badge needs --out DIR: the folder to write the badges to");
    const root = await directoryArgument(positionals, io, "badge");
    const run = await check({ root, ...overridesFrom(values, io) });
    if (!run.settings.badge.ok) throw new UsageError(`badge style: ${run.settings.badge.problem}`);
    const out = path.resolve(io.cwd, values.out);
    await mkdir(out, { recursive: true });
    for (const badge of renderBadges(run.report, run.settings.badge.style)) {
      await writeFile(path.join(out, badge.name), badge.content);
      io.stderr.write(`crosswalk: wrote ${path.relative(io.cwd, path.join(out, badge.name)) || badge.name}
`);
    }
    return 0;
  }
};
export {
  badgeCommand
};
