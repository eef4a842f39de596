import { check } from '../check.js';
import { loadCatalogs } from '../load/catalogs.js';
import { buildSoa, describeSoaCounts, formatSoaCsv, formatSoaMarkdown } from '../report/audit/soa.js';
import { plural } from '../text.js';
import { overridesFrom, settingsFlags, settingsHelp } from './check.js';
import { directoryArgument, emit, oneOf, parseFlags, type Command } from './command.js';

const soaFormats = ['csv', 'markdown'] as const;

export const soaCommand: Command = {
  synopsis: 'soa [DIR]                the ISO/IEC 27001 Statement of Applicability of the controls in DIR',
  help: `Usage: crosswalk soa [DIR] [options]

The Statement of Applicability (ISO/IEC 27001:2022 clause 6.1.3 d): all 93 Annex A controls in
catalog order, each with its theme, whether it is applicable, whether it is implemented, the
justification, the org controls that name it in implements: with their status and owners, and
how many evidence items those controls hold and how many are present.

Applicable: yes (some org control implementing it is not not-applicable; the justification
names them, each with its own justification, the reason for inclusion, when it has one); no
(every one is not-applicable: their justification is the justification for exclusion); not decided (no org
control names it: an auditor requires a decision for every control, so each one is counted on
standard error). Implemented: yes (every applicable org control is implemented), partly, no.

CSV follows RFC 4180 with a UTF-8 byte order mark, and a field starting with =, +, -, @, a tab
or a carriage return gets a leading single quote so a spreadsheet never runs it as a formula.

${settingsHelp}
  --format F         csv (default) or markdown
  --output F         write the statement to F instead of standard output

Exit codes: 0 the statement was written (whatever it says), 2 could not run.`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, format: { type: 'string', default: 'csv' }, output: { type: 'string' } });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    const format = oneOf('--format', values.format, soaFormats);
    const root = await directoryArgument(positionals, io, 'soa');

    const run = await check({ root, ...overridesFrom(values, io) });
    const soa = buildSoa({ catalogs: loadCatalogs(), controls: run.controls, observations: run.observations, asOf: run.settings.asOf });

    await emit(format === 'csv' ? formatSoaCsv(soa) : formatSoaMarkdown(soa), values.output, io);
    const undecided = soa.counts['not-decided'];
    const errors = run.report.summary.errors;
    const notes = [
      ...(undecided > 0 ? [`an auditor requires a decision for every control: implement ${undecided === 1 ? 'the one' : `each of the ${undecided}`} not decided, or mark it not-applicable with a justification`] : []),
      ...(errors > 0 ? [`${plural(errors, 'error')} in the control files left some controls out (run crosswalk check)`] : []),
    ];
    io.stderr.write(`crosswalk: Statement of Applicability as of ${soa.asOf}: ${describeSoaCounts(soa)}${notes.map((note) => `; ${note}`).join('')}\n`);
    return 0;
  },
};
