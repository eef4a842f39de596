import { check } from '../check.js';
import { loadCatalogs } from '../load/catalogs.js';
import { buildRegister, describeCounts, formatRegisterCsv, formatRegisterMarkdown } from '../report/audit/evidence-register.js';
import { plural } from '../text.js';
import { overridesFrom, settingsFlags, settingsHelp } from './check.js';
import { directoryArgument, emit, oneOf, parseFlags, type Command } from './command.js';

const registerFormats = ['csv', 'markdown'] as const;

export const evidenceRegisterCommand: Command = {
  synopsis: 'evidence-register [DIR]  list every SOC 2 evidence requirement in scope and its state in DIR',
  help: `Usage: crosswalk evidence-register [DIR] [options]

The SOC 2 evidence register: one row per evidence requirement of every mapping row that reaches
a criterion in scope (a full row without requirements: its implicit operating evidence), one per
SOC 2's own requirement of a criterion in scope (the mapping's criteria:, asked of every
organization), and one per SOC 2-specific control (covers:) for its operating evidence.
Columns: criteria (those the requirement gates), ISO control
and title, org controls, owners, requirement and description, frequency, max age, state, reason,
samples counted and required (Type 2, sampled requirements), collected, next due, location.

States: provided; expiring (provided, but it would lapse within policy.expiry_warning_days);
stale (every present item is older than the requirement's max age); missing (reason: absent,
file-not-found, period-gap or insufficient-samples); no-control (no implemented or in-progress
control implements the ISO control, so nothing is asked of it yet; reason: planned only, or none
implements it). Missing and stale together are what crosswalk check reports as missing evidence.
Next due: Type 1, the last day the requirement stays satisfied without new evidence; Type 2, the
last day of the first window of the period not filled yet.

CSV follows RFC 4180 (CRLF line ends, a header row, quotes where needed) and starts with a UTF-8
byte order mark so spreadsheets read it as UTF-8. A field that starts with =, +, -, @, a tab or a
carriage return gets a leading single quote, so a spreadsheet shows it as text instead of running
it as a formula (OWASP: CSV injection).

${settingsHelp}
  --format F         csv (default) or markdown
  --output F         write the register to F instead of standard output

Exit codes: 0 the register was written (whatever the states in it), 2 could not run.`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, format: { type: 'string', default: 'csv' }, output: { type: 'string' } });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    const format = oneOf('--format', values.format, registerFormats);
    const root = await directoryArgument(positionals, io, 'evidence-register');

    const run = await check({ root, ...overridesFrom(values, io) });
    const register = buildRegister({ catalogs: loadCatalogs(), mapping: run.mapping, controls: run.controls, observations: run.observations, settings: run.settings });

    await emit(format === 'csv' ? formatRegisterCsv(register) : formatRegisterMarkdown(register), values.output, io);
    const errors = run.report.summary.errors;
    const problems = errors > 0 ? `; ${plural(errors, 'error')} in the control files left some controls out (run crosswalk check)` : '';
    io.stderr.write(`crosswalk: evidence register as of ${register.asOf}: ${describeCounts(register)}${problems}\n`);
    return 0;
  },
};
