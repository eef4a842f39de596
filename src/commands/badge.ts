import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { check } from '../check.js';
import { UsageError } from '../errors.js';
import { renderBadges } from '../report/github/badge.js';
import { overridesFrom, settingsFlags, settingsHelp } from './check.js';
import { directoryArgument, parseFlags, type Command } from './command.js';

export const badgeCommand: Command = {
  synopsis: 'badge [DIR] --out DIR    write readiness badges (SVG and shields.io endpoint JSON)',
  help: `Usage: crosswalk badge [DIR] --out OUTDIR [options]

Writes soc2-readiness.svg and soc2-readiness.json (a shields.io endpoint), and one pair per
category in scope (soc2-readiness-<category>.svg/.json), coloured by the badge: thresholds of
.crosswalk.yml (default: red below 50%, yellow below 80%, green from 80%).

  --out DIR          folder to write the badges to (created if needed)
${settingsHelp}`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, out: { type: 'string' } });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    if (values.out === undefined) throw new UsageError('badge needs --out DIR: the folder to write the badges to');
    const root = await directoryArgument(positionals, io, 'badge');
    const run = await check({ root, ...overridesFrom(values, io) });
    if (!run.settings.badge.ok) throw new UsageError(`badge style: ${run.settings.badge.problem}`);

    const out = path.resolve(io.cwd, values.out);
    await mkdir(out, { recursive: true });
    for (const badge of renderBadges(run.report, run.settings.badge.style)) {
      await writeFile(path.join(out, badge.name), badge.content);
      io.stderr.write(`crosswalk: wrote ${path.relative(io.cwd, path.join(out, badge.name)) || badge.name}\n`);
    }
    return 0;
  },
};
