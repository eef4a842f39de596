import { open } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { columnRoles, type ColumnRole } from '../import/columns.js';
import { countByStatus } from '../import/control-files.js';
import { UnreadableSpreadsheet } from '../import/sheet.js';
import { importSoa, type SoaImport } from '../import/soa.js';
import { loadCatalogs } from '../load/catalogs.js';
import type { ControlStatus } from '../model.js';
import { forTerminal } from '../report/terminal/terminal-text.js';
import { plural } from '../text.js';
import { didYouMean } from '../validate/suggest.js';
import { parseFlags, type CliIo, type Command } from './command.js';
import { alreadyThere, targetDirectory, writeNew } from './new-files.js';

const targets = ['soa'] as const;

/** A Statement of Applicability is a few hundred kilobytes; a file far larger is not one. */
const maxInputBytes = 32 * 1024 * 1024;
/** Past this many unreadable rows, the rest are counted, not listed. */
const maxProblemsShown = 50;

export const importCommand: Command = {
  synopsis: 'import soa FILE [DIR]    control files from a Statement of Applicability spreadsheet',
  help: `Usage: crosswalk import soa FILE [DIR] [--sheet NAME] [--column ROLE=HEADER ...]

Turns the Statement of Applicability you keep as a spreadsheet (a CSV file, or an .xlsx
workbook) into control files under DIR/controls/ (default DIR: .), one file per Annex A theme
as crosswalk init lays them out: one org control per row (A.5.15 becomes ORG-5.15),
implementing that Annex A control, with the row's title, owner, status, justification and
implementation note (as description).

Columns are found by their headers, whatever the wording ("Control ref", "Annex A control",
"Applicable?", "Reason for inclusion / exclusion", "Implementation Status", "Control Owner",
"Implementation note", ...); the header row may follow title rows and blank rows. The sheet is
the first one with such a header row. References may be written A.5.1, 5.1 or A 5.1; a 2013
reference (A.9.2.1) is an error naming its 2022 control(s). Status: implemented; partially
implemented or in progress → in-progress; planned or not started → planned; not applicable (or
applicable: no) → not-applicable, which needs a justification. A row with no status is planned.

CSV: UTF-8 (with or without a byte order mark), UTF-16 with one, or Windows-1252; cells
separated by commas, semicolons or tabs.

  --sheet NAME            read this sheet of the workbook
  --column ROLE=HEADER    the column headed HEADER holds ROLE, one of:
                          ${columnRoles.join(', ')}

It never overwrites a file: when a file it would write exists, it lists them and writes
nothing. A row it cannot read is named with its cell (sheet "SoA", cell C14), and then
nothing is written either.

Exit codes: 0 written; 1 rows could not be read (nothing written); 2 could not run (bad
flags, an unreadable file, no header row, files that exist already: nothing written).`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, { sheet: { type: 'string' }, column: { type: 'string', multiple: true } });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    const [target, file, directory, ...extra] = positionals;
    if (target === undefined || !(targets as readonly string[]).includes(target)) {
      throw new UsageError(`import needs what to import: ${targets.join(', ')} (crosswalk import soa FILE [DIR])${target === undefined ? '' : `, got "${target}"`}`);
    }
    if (file === undefined) throw new UsageError('import soa needs the spreadsheet: crosswalk import soa FILE [DIR]');
    if (extra.length > 0) throw new UsageError(`import soa takes a file and one directory, got ${positionals.length - 1}: ${positionals.slice(1).join(' ')}`);
    const columns = columnOverrides(values.column ?? []);

    const bytes = await readInput(path.resolve(io.cwd, file), file);
    let result: SoaImport;
    try {
      result = await importSoa(bytes, { source: path.basename(file), sheet: values.sheet, columns, catalogs: loadCatalogs() });
    } catch (error) {
      if (error instanceof UnreadableSpreadsheet) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    if (result.kind === 'unreadable-rows') {
      for (const problem of result.problems.slice(0, maxProblemsShown)) io.stderr.write(`crosswalk: ${forTerminal(`${file}, ${problem}`)}\n`);
      const more = result.problems.length - maxProblemsShown;
      io.stderr.write(`crosswalk: ${more > 0 ? `and ${more} more; ` : ''}nothing written: ${plural(result.problems.length, 'row')} of ${forTerminal(file)} cannot be read\n`);
      return 1;
    }
    return writeImport(result, await targetDirectory(path.resolve(io.cwd, directory ?? '.')), file, io);
  },
};

async function writeImport(result: Extract<SoaImport, { kind: 'imported' }>, root: string, file: string, io: CliIo): Promise<number> {
  const existing = [];
  for (const candidate of result.files) if (await alreadyThere(root, candidate)) existing.push(candidate.path);
  const shownRoot = forTerminal(path.relative(io.cwd, root) || '.');
  if (existing.length > 0) {
    for (const found of existing) io.stderr.write(`crosswalk: ${forTerminal(found)} already exists in ${shownRoot}\n`);
    io.stderr.write(`crosswalk: nothing written: import soa never overwrites a file; import into a folder without ${existing.length === 1 ? 'it' : 'them'}, or move ${existing.length === 1 ? 'it' : 'them'} aside\n`);
    return 2;
  }
  for (const candidate of result.files) {
    const outcome = await writeNew(root, candidate, 'import soa');
    if (outcome.kind !== 'created') {
      io.stderr.write(`crosswalk: could not write ${forTerminal(candidate.path)}: ${outcome.why}\n`);
      return 2;
    }
    io.stdout.write(`created ${candidate.path}\n`);
  }
  io.stderr.write(`crosswalk: ${forTerminal(summary(result, file, shownRoot))}\n`);
  return 0;
}

const statusOrder: readonly ControlStatus[] = ['implemented', 'in-progress', 'planned', 'not-applicable'];

function summary(result: Extract<SoaImport, { kind: 'imported' }>, file: string, shownRoot: string): string {
  const counts = countByStatus(result.controls);
  const where = `${result.sheet.name === undefined ? '' : `sheet "${result.sheet.name}", `}header on row ${result.header.index + 1}`;
  const parts = [`imported ${plural(result.controls.length, 'control')} from ${file} (${where}): ${statusOrder.map((status) => `${counts[status]} ${status}`).join(', ')}`];
  const statusless = result.controls.filter((control) => !control.statusGiven);
  if (statusless.length > 0) parts.push(`${plural(statusless.length, 'row')} gave no status and ${statusless.length === 1 ? 'is' : 'are'} planned (row ${statusless.map((control) => control.row).join(', ')})`);
  if (result.absent.length > 0) parts.push(`${plural(result.absent.length, 'Annex A control')} ${result.absent.length === 1 ? 'is' : 'are'} not in it (${result.absent.map((control) => control.id).join(', ')}): crosswalk soa shows them as not decided`);
  const suffix = shownRoot === '.' ? '' : ` ${shownRoot}`;
  // In a git work tree crosswalk reads only tracked files, so the new files count once added.
  parts.push(`next: crosswalk init${suffix} adds the configuration and workflows (it keeps these files); git add them, then run crosswalk check${suffix}`);
  return parts.join('; ');
}

/** `--column status="Impl. state"` → status ↦ `Impl. state`; a role crosswalk does not know is a usage error. */
function columnOverrides(flags: readonly string[]): Map<ColumnRole, string> {
  const overrides = new Map<ColumnRole, string>();
  for (const flag of flags) {
    const match = /^([^=]+)=(.*\S.*)$/s.exec(flag);
    if (!match) throw new UsageError(`--column needs ROLE=HEADER (for example --column status="Impl. state"), got "${flag}"`);
    const role = match[1]!.trim().toLowerCase();
    if (!(columnRoles as readonly string[]).includes(role)) throw new UsageError(`--column: "${match[1]}" is not a column role; the roles are ${columnRoles.join(', ')}${didYouMean(role, columnRoles)}`);
    overrides.set(role as ColumnRole, match[2]!.trim());
  }
  return overrides;
}

/** The spreadsheet's bytes, at most the cap (whatever the file grows to while read). */
async function readInput(file: string, shown: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > maxInputBytes) throw new UsageError(`${shown}: it is ${Math.round(size / 1024 / 1024)} MiB; a Statement of Applicability is far smaller (the limit is ${maxInputBytes / 1024 / 1024} MiB)`);
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unknown error')}`);
  } finally {
    await handle?.close();
  }
}
