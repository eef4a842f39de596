import { check } from '../check.js';
import { UsageError } from '../errors.js';
import { formatOscal } from '../report/format-oscal.js';
import { isUuid, leftOutRemark, oscalModels, timestamp } from '../report/oscal.js';
import type { Report } from '../report/report.js';
import { forTerminal } from '../report/terminal-text.js';
import { gateFlags, gateHelp, overridesFrom, settingsFlags, settingsHelp } from './check.js';
import { directoryArgument, emit, oneOf, parseFlags, type Command } from './command.js';

const targets = ['oscal'] as const;

export const exportCommand: Command = {
  synopsis: 'export oscal [DIR]       OSCAL 1.1.3 JSON: assessment results or a component definition',
  help: `Usage: crosswalk export oscal [DIR] [options]

OSCAL 1.1.3 JSON, valid against NIST's schema, for GRC tools and auditors.

  assessment-results (default)  one result for the run (the as-of date; for Type 2, the period
                                as start and end); a finding per in-scope criterion, satisfied
                                or not, with the requirements that block it; an observation per
                                evidence item with its collected and expiry dates and the
                                SHA-256 of every file it matched.
  component-definition          the organization's controls as implemented requirements of the
                                ISO/IEC 27001:2022 controls they implement (and of the SOC 2
                                criteria SOC 2-specific controls cover).

UUIDs are version 5, derived from stable names, and time stamps come from the as-of date, so an
unchanged repository exports the same bytes. Files are hashed in a bounded way: a file over
256 MiB, or past 1 GiB in all, is listed with its size and no hash.

${settingsHelp}
${gateHelp}
  --model M          ${oscalModels.join(' or ')}
  --namespace UUID   the UUID namespace to derive the document's UUIDs from (default:
                     crosswalk's own); give your organization's to make them yours alone
  --output F         write the document to F instead of standard output

Exit codes: 0 exported; 1 exported, but files with errors were left out (they are named in the
document's remarks and on standard error); 2 could not run.`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, { ...settingsFlags, ...gateFlags, model: { type: 'string', default: 'assessment-results' }, namespace: { type: 'string' }, output: { type: 'string' } });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    const [target, ...directory] = positionals;
    if (target === undefined || !(targets as readonly string[]).includes(target)) {
      throw new UsageError(`export needs a format: ${targets.join(', ')} (crosswalk export oscal [DIR])${target === undefined ? '' : `, got "${target}"`}`);
    }
    const model = oneOf('--model', values.model, oscalModels);
    if (values.namespace !== undefined && !isUuid(values.namespace)) throw new UsageError(`--namespace must be a UUID (8-4-4-4-12 hex digits), got "${values.namespace}"`);
    const root = await directoryArgument(directory, io, 'export oscal');

    const run = await check({ root, ...overridesFrom(values, io), fingerprints: model === 'assessment-results' });
    assertExpressible(run.report);
    await emit(formatOscal(model, run.report, { namespace: values.namespace }), values.output, io);

    const leftOut = leftOutRemark(run.report);
    io.stderr.write(`crosswalk: OSCAL ${model} as of ${run.report.asOf}${leftOut === undefined ? '' : `; ${forTerminal(leftOut)}`}\n`);
    return leftOut === undefined ? 0 : 1;
  },
};

/** OSCAL's date-times run from 1900 to 2999: an as-of date or period outside cannot be exported. */
function assertExpressible(report: Report): void {
  const dates = [report.asOf, ...(report.audit.type === 'type2' ? [report.audit.period.start, report.audit.period.end] : [])];
  const outside = dates.find((date) => timestamp(date) === undefined);
  if (outside !== undefined) throw new UsageError(`OSCAL cannot express the date ${outside}: its dates run from 1900 to 2999`);
}
