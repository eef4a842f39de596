import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createColors } from 'picocolors';
import defaultMappingText from '../../mappings/iso27001-2022-to-soc2.yaml';
import seedMappingText from '../../mappings/iso27001-2022-to-soc2-seed.yaml';
import { UsageError } from '../errors.js';
import { loadCatalogs } from '../load/catalogs.js';
import { decodeUtf8 } from '../load/decode.js';
import { defaultMappingFile, seedMappingFile } from '../load/mapping.js';
import { forTerminal } from '../report/terminal/terminal-text.js';
import { plural } from '../text.js';
import { lintMapping, type LintFinding, type LintSeverity } from '../validate/mapping-lint.js';
import { emit, oneOf, parseFlags, wantsColor, type CliIo, type Command } from './command.js';

const lintFormats = ['text', 'json'] as const;

const lintHelp = `Usage: crosswalk mapping lint [FILE | default | seed] [options]

Checks a mapping and reports every finding at its file:line:column. FILE is a mapping file;
\`default\` (also when nothing is given) and \`seed\` are the two mappings crosswalk ships. A
file of yours named default or seed is read when written as a path (./seed).
  errors    schema errors (an unknown frequency included), ISO ids not in ISO/IEC 27001:2022
            (2013 ids name their successors), unknown TSC criteria, duplicate
            evidence-requirement ids (across rows and criteria), partial rows without evidence
            requirements, corrected: on a row without seed:, a requirement's tsc outside its
            row's, a criterion of a row that none of its requirements gates, two criteria:
            entries for one criterion
  warnings  evidence requirements without a frequency, min_samples on a periodic requirement
            and frequency on a row that has no operating evidence (both ignored), criteria no
            full or partial row reaches, catalog ids in no row and not in unmapped:, rows that
            repeat an ISO control's criteria, seed titles that share no word with the catalog
            title of their ISO id, evidence-requirement ids that look like the same requirement
            twice, evidence on gap rows, unmapped: ids a row maps

  --format F         text (default) or json
  --output F         write the report to F instead of standard output

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run.`;

export const mappingCommand: Command = {
  synopsis: 'mapping lint [FILE]      check a mapping file, or the shipped default or seed mapping',
  help: lintHelp,

  async run(args, io) {
    const [subcommand, ...rest] = args;
    if (subcommand === undefined || subcommand === '-h' || subcommand === '--help') {
      io.stdout.write(`${lintHelp}\n`);
      return subcommand === undefined ? 2 : 0;
    }
    if (subcommand !== 'lint') throw new UsageError(`unknown mapping command "${subcommand}"; the one there is: crosswalk mapping lint [FILE | default | seed]`);
    return lint(rest, io);
  },
};

async function lint(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: 'string', default: 'text' }, output: { type: 'string' } });
  if (values.help) {
    io.stdout.write(`${lintHelp}\n`);
    return 0;
  }
  const format = oneOf('--format', values.format, lintFormats);
  if (positionals.length > 1) throw new UsageError(`mapping lint takes one file, got ${positionals.length}: ${positionals.join(' ')}`);

  const name = positionals[0] ?? 'default';
  const shipped = shippedMappings.get(name);
  const findings = shipped ? lintMapping(shipped.file, shipped.text, loadCatalogs()) : await lintFile(name, io);
  const shownFile = shipped?.file ?? name;
  const text = format === 'json' ? formatLintJson(shownFile, findings) : formatLintText(shownFile, findings, wantsColor(io, values.output === undefined));
  await emit(text, values.output, io);
  if (values.output !== undefined) io.stderr.write(`crosswalk: ${summaryLine(findings)}\n`);
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

/**
 * The shipped mappings by the names `--mapping` and `mapping:` take (SPEC §1.2), as built into
 * the bundle. A bare name is always the shipped mapping; a user's file of that name is read
 * when written as a path (`./seed`), as in the config.
 */
const shippedMappings: ReadonlyMap<string, { readonly file: string; readonly text: string }> = new Map([
  ['default', { file: defaultMappingFile, text: defaultMappingText }],
  ['seed', { file: seedMappingFile, text: seedMappingText }],
]);

/** An unreadable file means lint cannot run (exit 2); a file that is not UTF-8 is a finding. */
async function lintFile(file: string, io: CliIo): Promise<LintFinding[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read mapping ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable')}`);
  }
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) return [{ ...decoded.diagnostic, severity: 'error' }];
  return lintMapping(file, decoded.text, loadCatalogs());
}

function count(findings: readonly LintFinding[], severity: LintSeverity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}

function summaryLine(findings: readonly LintFinding[]): string {
  const errors = count(findings, 'error');
  const warnings = count(findings, 'warning');
  if (errors === 0 && warnings === 0) return 'mapping lint: no problems';
  return `mapping lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** Grouped by severity, each finding on one line that editors and terminals can jump to. */
export function formatLintText(file: string, findings: readonly LintFinding[], color: boolean): string {
  const c = createColors(color);
  const group = (severity: LintSeverity, title: string, paint: (text: string) => string) => {
    const members = findings.filter((finding) => finding.severity === severity);
    if (members.length === 0) return [];
    return [
      '',
      c.bold(`${title} (${members.length})`),
      ...members.map((finding) => `  ${forTerminal(finding.file)}:${finding.line}:${finding.column}  ${paint(finding.code)}  ${forTerminal(finding.message)}`),
    ];
  };
  const verdict = count(findings, 'error') > 0 ? c.red(`✖ ${summaryLine(findings)}`) : c.green(`✔ ${summaryLine(findings)}`);
  return `${[c.bold(`crosswalk mapping lint · ${forTerminal(file)}`), ...group('error', 'Errors', c.red), ...group('warning', 'Warnings', c.yellow), '', verdict].join('\n')}\n`;
}

export function formatLintJson(file: string, findings: readonly LintFinding[]): string {
  const summary = { errors: count(findings, 'error'), warnings: count(findings, 'warning') };
  const shown = findings.map(({ severity, code, message, file: at, line, column }) => ({ severity, code, message, file: at, line, column }));
  return `${JSON.stringify({ file, summary, findings: shown }, null, 2)}\n`;
}
