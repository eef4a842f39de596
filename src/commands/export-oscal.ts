import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { check, type CheckRun } from '../check.js';
import { UsageError } from '../errors.js';
import { maxConfigBytes, maxMappingBytes, readConfinedFile, relativeInside } from '../load/confined.js';
import { configFileName } from '../load/config.js';
import { formatOscal } from '../report/audit/oscal/format-oscal.js';
import { isUuid, leftOutRemark, oscalModels, timestamp, type HashedFile, type OscalOptions } from '../report/audit/oscal/oscal.js';
import type { Report } from '../report/report.js';
import { forTerminal } from '../report/terminal/terminal-text.js';
import { gateFlags, gateHelp, overridesFrom, settingsFlags, settingsHelp } from './check.js';
import { directoryArgument, emit, oneOf, parseFlags, type Command } from './command.js';

const targets = ['oscal'] as const;

export const exportCommand: Command = {
  synopsis: 'export oscal [DIR]       OSCAL 1.1.3 JSON: assessment results or a component definition',
  help: `Usage: crosswalk export oscal [DIR] [options]

OSCAL 1.1.3 JSON, valid against NIST's schema, for GRC tools and auditors.

  assessment-results (default)  one result for the run, ending at the as-of date (for Type 2,
                                starting at the period's start); a finding per in-scope
                                criterion, satisfied or not, with the requirements that block
                                it and, when not satisfied, a risk; an observation per evidence
                                item with its collected and expiry dates, each file it matched a
                                back-matter resource with its SHA-256.
  component-definition          a component per org control, its claims implemented
                                requirements of the ISO/IEC 27001:2022 controls it implements
                                (and of the SOC 2 criteria it covers), against the catalogs
                                shipped in mappings/oscal/; owners as parties.

UUIDs are version 5, derived from the organization's namespace (oscal.namespace in
.crosswalk.yml; crosswalk init writes a random one) and stable names; the result's also from the
as-of date. Time stamps come from the as-of date, and metadata.version is a digest of the
content, so an unchanged repository exports the same bytes. Without oscal.namespace the namespace
is derived from the organization's name, control ids and owners, with a warning: set it. Evidence
files are back-matter resources with their SHA-256, linked relative to the repository root.
Files are hashed in a bounded way: a file over 256 MiB, or past 1 GiB in all, is listed with its
size and no hash. Feeding the documents to trestle or Lula: docs/oscal.md.

${settingsHelp}
${gateHelp}
  --model M          ${oscalModels.join(' or ')}
  --namespace UUID   the UUID namespace to derive the document's UUIDs from, over
                     oscal.namespace
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

    const settings = overridesFrom(values, io);
    const run = await check({ root, ...settings, fingerprints: model === 'assessment-results' });
    assertExpressible(run.report);
    const namespace = values.namespace?.toLowerCase() ?? run.settings.oscal?.namespace;
    if (namespace === undefined) {
      io.stderr.write(
        `crosswalk: warning: ${configFileName} sets no oscal.namespace, so the documents' UUIDs are derived from the organization's name, control ids and owners, and change when they do; set one of your own, e.g.\n  oscal:\n    namespace: ${randomUUID()}\n`,
      );
    }
    const options: OscalOptions = { namespace, organization: run.settings.oscal?.organization ?? path.basename(root), plan: await planSources(run, settings.configFile) };
    await emit(formatOscal(model, run.report, options), values.output, io);

    const leftOut = leftOutRemark(run.report);
    io.stderr.write(`crosswalk: OSCAL ${model} as of ${run.report.asOf}${leftOut === undefined ? '' : `; ${forTerminal(leftOut)}`}\n`);
    return leftOut === undefined ? 0 : 1;
  },
};

/** The configuration and the mapping, when they are files of the repository, with their SHA-256: the plan `import-ap` links. */
async function planSources(run: CheckRun, configFile: string | undefined): Promise<OscalOptions['plan']> {
  const { root } = run.settings;
  const hashed = async (file: string, maxBytes: number): Promise<HashedFile | undefined> => {
    const relative = relativeInside(root, file);
    if (relative === undefined) return undefined;
    // Already read (and confined) by the check: untracked or not, this is the file it judged with.
    const bytes = await readConfinedFile({ root, tracked: undefined }, file, relative, maxBytes);
    return bytes === undefined ? undefined : { path: relative, sha256: createHash('sha256').update(bytes).digest('hex') };
  };
  const { mapping } = run.settings;
  return {
    config: await hashed(configFile ?? path.join(root, configFileName), maxConfigBytes),
    mapping: mapping.kind === 'file' ? await hashed(mapping.path, maxMappingBytes) : undefined,
  };
}

/** OSCAL's date-times run from 1900 to 2999: an as-of date or period outside cannot be exported. */
function assertExpressible(report: Report): void {
  const dates = [report.asOf, ...(report.audit.type === 'type2' ? [report.audit.period.start, report.audit.period.end] : [])];
  const outside = dates.find((date) => timestamp(date) === undefined);
  if (outside !== undefined) throw new UsageError(`OSCAL cannot express the date ${outside}: its dates run from 1900 to 2999`);
}
