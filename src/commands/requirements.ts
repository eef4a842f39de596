import { loadCatalogs } from '../load/catalogs.js';
import { loadSettings } from '../load/config.js';
import { loadMapping } from '../load/mapping.js';
import { UsageError } from '../errors.js';
import type { Catalogs } from '../model.js';
import { buildCatalogue, formatCatalogueCsv, formatCatalogueJson, formatCatalogueText, selectEntries } from '../report/audit/requirements.js';
import { judgeIsoId } from '../validate/iso-ids.js';
import { closestMatch } from '../validate/suggest.js';
import { overridesFrom } from './check.js';
import { emit, oneOf, parseFlags, type Command } from './command.js';

const requirementsFormats = ['text', 'json', 'csv'] as const;

export const requirementsCommand: Command = {
  synopsis: 'requirements [ID ...]    the evidence requirements of the mapping, by ISO control or criterion',
  help: `Usage: crosswalk requirements [ISO-ID | TSC-ID ...] [options]

The evidence requirements of the mapping in use: the ids to write in an evidence item's
satisfies:, what each asks for, how often (frequency), how many samples an auditor takes over
a Type II period (population requirements; periodic ones are filled once per window), when
evidence turns stale, and the criteria each gates. SOC 2's own requirements of a criterion
(the mapping's criteria:) are asked of every organization, whatever ISO controls it implements.

With ISO ids (A.5.15, 6.1.2), the requirements of their rows; with criteria (CC6.2), those
that gate them; with none, all of them. The mapping is the one .crosswalk.yml names in the
working directory, else the shipped default.

  --mapping F        mapping file, "default" or "seed" (the two crosswalk ships)
  --config F         configuration file (default: .crosswalk.yml in the working directory)
  --format F         text (default), json or csv
  --output F         write the list to F instead of standard output

Exit codes: 0 listed, 2 could not run (an unknown id, a bad flag, an unusable mapping).`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, { mapping: { type: 'string' }, config: { type: 'string' }, format: { type: 'string', default: 'text' }, output: { type: 'string' } });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    const format = oneOf('--format', values.format, requirementsFormats);
    const catalogs = loadCatalogs();
    for (const id of positionals) checkId(id, catalogs);

    const { configFile, overrides } = overridesFrom({ mapping: values.mapping, config: values.config }, io);
    const settings = await loadSettings(io.cwd, configFile, overrides);
    const mapping = await loadMapping(settings.mapping, catalogs, settings.root);
    const catalogue = buildCatalogue(mapping, catalogs);
    const entries = selectEntries(catalogue, positionals);

    const text = format === 'json' ? formatCatalogueJson(catalogue, entries) : format === 'csv' ? formatCatalogueCsv(entries) : formatCatalogueText(catalogue, entries);
    await emit(text, values.output, io);
    const without = positionals.filter((id) => selectEntries(catalogue, [id]).length === 0);
    if (without.length > 0) io.stderr.write(`crosswalk: no evidence requirements for ${without.join(', ')} in this mapping (a full row asks only for a record of the control operating; a gap or unmapped id asks for nothing)\n`);
    return 0;
  },
};

/** An id that is neither an ISO/IEC 27001:2022 id nor a SOC 2 criterion cannot be listed: exit 2, with the likeliest id meant. */
function checkId(id: string, catalogs: Catalogs): void {
  if (catalogs.iso.has(id) || catalogs.criteriaById.has(id)) return;
  const iso = judgeIsoId(id, catalogs);
  if (iso.kind === 'iso-2013') throw new UsageError(iso.message);
  const meant = closestMatch(id, [...catalogs.iso.keys(), ...catalogs.criteriaById.keys()]);
  throw new UsageError(`"${id}" is neither an ISO/IEC 27001:2022 id nor a SOC 2 criterion${meant === undefined ? '' : `; did you mean "${meant}"?`}`);
}
