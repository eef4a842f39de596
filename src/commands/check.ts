import path from 'node:path';
import { check, type Timings } from '../check.js';
import { formatNames, formatsWithDigests, renderPieces } from '../report/formats.js';
import { isShippedMappingName } from '../model.js';
import { splitList, type SettingsOverrides } from '../validate/config.js';
import { directoryArgument, emit, oneOf, parseFlags, wantsColor, type CliIo, type Command } from './command.js';

export const settingsFlags = {
  config: { type: 'string' },
  mapping: { type: 'string' },
  scope: { type: 'string' },
  'as-of': { type: 'string' },
  'audit-type': { type: 'string' },
  period: { type: 'string' },
} as const;

/** The gate's flags: only commands whose outcome the policy decides take them (check, export-oscal's verdict). */
export const gateFlags = {
  'fail-on': { type: 'string' },
  'min-readiness': { type: 'string' },
} as const;

export const settingsHelp = `  --config F         config file (default: DIR/.crosswalk.yml)
  --mapping F        mapping file, "default" (the audited mapping) or "seed" (the seed
                     as written); a file named like them: ./seed
  --scope a,b        categories besides security: availability, confidentiality,
                     processing-integrity, privacy
  --as-of DATE       score as of this date (YYYY-MM-DD; default: today, UTC; not later)
  --audit-type T     type1 (readiness at the as-of date) or type2 (over --period)
  --period S..E      the Type 2 observation period, e.g. 2026-01-01..2026-12-31`;

export const gateHelp = `  --fail-on a,b      errors, missing-evidence, new-missing-evidence, stale-evidence, gaps,
                     readiness, regression
  --min-readiness N  minimum readiness % for fail-on readiness`;

type SettingsValues = { [K in keyof typeof settingsFlags | keyof typeof gateFlags]?: string | undefined };

/** Flags that mirror `.crosswalk.yml`; paths are resolved against the working directory. */
export function overridesFrom(values: SettingsValues, io: CliIo): { configFile: string | undefined; overrides: SettingsOverrides } {
  // The shipped mappings go by name; a file of the same name is given as a path (./seed).
  const resolve = (file: string | undefined) => (file === undefined || isShippedMappingName(file) ? file : path.resolve(io.cwd, file));
  return {
    configFile: values.config === undefined ? undefined : path.resolve(io.cwd, values.config),
    overrides: {
      mapping: resolve(values.mapping),
      scope: splitList(values.scope),
      asOf: values['as-of'],
      failOn: splitList(values['fail-on']),
      minReadiness: values['min-readiness'],
      auditType: values['audit-type'],
      period: values.period,
    },
  };
}

export const checkCommand: Command = {
  synopsis: 'check [DIR]              validate and score the compliance repository in DIR (default: .)',
  help: `Usage: crosswalk check [DIR] [options]

${settingsHelp}
${gateHelp}
  --format F         text (default), json, markdown, sarif, html (a self-contained readiness page)
  --output F         write the report to F instead of standard output
  --timings          print phase timings and peak memory to standard error

Exit codes: 0 passed, 1 a fail_on condition holds, 2 could not run.`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, ...gateFlags, format: { type: 'string', default: 'text' }, output: { type: 'string' }, timings: { type: 'boolean' } });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    const format = oneOf('--format', values.format, formatNames);
    const root = await directoryArgument(positionals, io, 'check');

    const timings: Timings = { parse: 0, validate: 0, score: 0, report: 0 };
    const run = await check({ root, ...overridesFrom(values, io), fingerprints: formatsWithDigests.has(format) }, timings);
    // JSON is rendered as it is written (renderPieces), so the report's timing covers both.
    const renderStart = performance.now();
    const text = await renderPieces(format, run.report, { color: wantsColor(io, values.output === undefined), width: io.stdout.columns });
    await emit(text, values.output, io);
    timings.report += performance.now() - renderStart;

    const { summary } = run.report;
    if (format !== 'text' || values.output !== undefined) {
      const verdict = summary.passed ? 'passed' : `failed (${summary.failedConditions.map((failure) => failure.condition).join(', ')})`;
      io.stderr.write(`crosswalk: readiness ${summary.readiness}%, ${summary.missingEvidence} missing evidence, ${summary.errors} errors: ${verdict}\n`);
    }
    if (values.timings) io.stderr.write(`crosswalk timings: ${JSON.stringify({ ...roundAll(timings), controls: run.controls.length, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
    return summary.passed ? 0 : 1;
  },
};

function roundAll(timings: Timings): Timings {
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { parse: round(timings.parse), validate: round(timings.validate), score: round(timings.score), report: round(timings.report) };
}
