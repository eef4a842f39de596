/**
 * Reads the rows of a Statement of Applicability below its header row: one Annex A control per
 * row, whether it applies, its status, owner, justification and implementation note. Pure: a
 * row it cannot read is a problem naming the row and column, never a guess.
 */
import type { Catalogs, ControlStatus, IsoControl } from '../model.js';
import { judgeIsoId } from '../validate/iso-ids.js';
import type { ColumnRole, HeaderRow } from './columns.js';
import type { Sheet } from './sheet.js';

export interface ImportedControl {
  /** The spreadsheet's row number (1-based). */
  readonly row: number;
  readonly iso: IsoControl;
  readonly title: string;
  readonly status: ControlStatus;
  /** False when the row gave no status and the control is written as planned. */
  readonly statusGiven: boolean;
  readonly owner: string | undefined;
  /** For inclusion (why it applies) or exclusion (why not: always there when not-applicable). */
  readonly justification: string | undefined;
  /** The row's implementation note: how the organization implements the control. */
  readonly description: string | undefined;
}

export interface RowProblem {
  /** The spreadsheet's row number (1-based). */
  readonly row: number;
  /** 0-based; the cell the problem is in, when it is one cell's. */
  readonly column: number | undefined;
  readonly message: string;
}

export interface SoaRows {
  readonly controls: readonly ImportedControl[];
  readonly problems: readonly RowProblem[];
}

type Applicability = 'yes' | 'no';

export function readSoaRows(sheet: Sheet, header: HeaderRow, catalogs: Catalogs): SoaRows {
  const controls: ImportedControl[] = [];
  const problems: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (let index = header.index + 1; index < sheet.rows.length; index++) {
    const reading = readRow(sheet.rows[index] ?? [], index + 1, header, catalogs);
    if (reading === undefined) continue;
    if ('message' in reading) {
      problems.push(reading);
      continue;
    }
    const first = firstRowOf.get(reading.iso.id);
    if (first !== undefined) {
      problems.push({ row: reading.row, column: header.columns.ref, message: `${reading.iso.id} is already on row ${first}: one row per Annex A control${collapsedNumber(reading.iso.id, catalogs)}` });
      continue;
    }
    firstRowOf.set(reading.iso.id, reading.row);
    controls.push(reading);
  }
  return { controls, problems };
}

/** A control, a problem, or undefined for a row that is not a control's (blank, a theme's heading, a note below the table). */
function readRow(cells: readonly string[], row: number, header: HeaderRow, catalogs: Catalogs): ImportedControl | RowProblem | undefined {
  const cell = (role: ColumnRole) => {
    const column = header.columns[role];
    return column === undefined ? '' : (cells[column] ?? '');
  };
  const problem = (role: ColumnRole | undefined, message: string): RowProblem => ({ row, column: role === undefined ? undefined : header.columns[role], message });
  const decided = cell('applicable') !== '' || cell('status') !== '';
  const ref = parseRef(cell('ref'));

  // A theme's heading ("5", "A.6 People controls"), whatever spills into the cells beside it.
  if (ref.kind === 'theme') return undefined;
  if (ref.kind === 'none') return decided ? problem('ref', 'no Annex A control reference in this row') : undefined;
  if (ref.kind === 'unreadable') {
    if (!decided) return undefined;
    return problem('ref', `"${cell('ref')}" is not an Annex A control reference (write A.5.1, 5.1 or A 5.1)`);
  }
  const verdict = judgeIsoId(ref.id, catalogs);
  if (verdict.kind !== 'known') return problem('ref', verdict.kind === 'iso-2013' ? `${verdict.message}: write the 2022 control(s) in its place` : verdict.message);
  const iso = catalogs.iso.get(ref.id)!;
  if (!decided) return problem('applicable', `${iso.id}: neither applicable nor status is given; an auditor requires a decision for every control`);

  const applicable = parseApplicability(cell('applicable'));
  if (applicable === 'unreadable') return problem('applicable', `"${cell('applicable')}" is neither yes nor no`);
  const status = parseStatus(cell('status'));
  if (status === 'unreadable') return problem('status', `"${cell('status')}" is not a status crosswalk knows: implemented, partially implemented (or in progress), planned (or not started), not applicable`);

  const title = cell('title') || ref.rest || iso.title;
  const mismatch = titleOfAnother(title, iso, catalogs);
  if (mismatch !== undefined) return problem('ref', mismatch);

  const excluded = applicable === 'no' || status === 'not-applicable';
  if (excluded) {
    if (applicable === 'yes') return problem('status', `${iso.id} is applicable, but its status says "${cell('status')}"`);
    if (status === 'implemented' || status === 'in-progress') return problem('status', `${iso.id} is not applicable, but its status says "${cell('status')}"`);
    if (cell('justification') === '') {
      return header.columns.justification === undefined
        ? problem(header.columns.applicable === undefined ? 'status' : 'applicable', `${iso.id} is not applicable: the sheet needs a justification column saying why (name it with --column justification=HEADER)`)
        : problem('justification', `${iso.id} is not applicable without a justification: an auditor asks why it is excluded`);
    }
  }
  return {
    row,
    iso,
    title,
    status: excluded ? 'not-applicable' : (status ?? 'planned'),
    statusGiven: excluded || status !== undefined,
    owner: cell('owner') || undefined,
    justification: cell('justification') || undefined,
    description: cell('description') || undefined,
  };
}

type Ref = { readonly kind: 'none' } | { readonly kind: 'theme' } | { readonly kind: 'unreadable' } | { readonly kind: 'control'; readonly id: string; readonly rest: string | undefined };

/**
 * `A.5.1`, `5.1`, `A 5.1`, `A5.1`, `Annex A 5.1`, and any of them followed by the control's name
 * (`A.5.1 Policies for information security`). `5` or `A.5` alone heads a theme's rows.
 */
export function parseRef(text: string): Ref {
  if (text === '') return { kind: 'none' };
  const match = /^(?:annex\s*)?(?:a\s*[.\s]?\s*)?(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s*[-–—:]?\s+(\S.*))?$/is.exec(text);
  if (!match) return { kind: 'unreadable' };
  const numbers = match[1]!;
  if (!numbers.includes('.')) return /^[5-8]$/.test(numbers) ? { kind: 'theme' } : { kind: 'unreadable' };
  return { kind: 'control', id: `A.${numbers}`, rest: match[2]?.trim() };
}

const yes = /^(yes|y|true|x|✓|✔|☑|1|applicable|included|include|in scope|selected|required)$/;
const no = /^(no|n|false|0|-|–|not applicable|non applicable|inapplicable|n\/a|na|excluded|exclude|out of scope|not selected|not required)$/;

function parseApplicability(text: string): Applicability | undefined | 'unreadable' {
  const words = wordsOf(text);
  if (words === '') return undefined;
  // "Yes – risk R-4", "No (outsourced)": the answer comes first.
  const answer = /^(yes|no)\b/.exec(words)?.[1] ?? words;
  if (yes.test(answer)) return 'yes';
  if (no.test(answer)) return 'no';
  return 'unreadable';
}

const statusWords: Readonly<Record<ControlStatus, RegExp>> = {
  implemented: /^(implemented|fully implemented|in place|done|complete|completed|operational|operating|in operation|effective|live|yes|y)$/,
  'in-progress': /^(partially implemented|partly implemented|partially|partly|partial|in progress|ongoing|on going|being implemented|implementation in progress|under implementation|started|wip|work in progress)$/,
  planned: /^(planned|not started|not yet started|not implemented|not yet implemented|to do|todo|open|pending|scheduled|no|n)$/,
  'not-applicable': /^(not applicable|non applicable|inapplicable|n\/a|na|excluded|out of scope|not relevant)$/,
};

function parseStatus(text: string): ControlStatus | undefined | 'unreadable' {
  const words = wordsOf(text);
  if (words === '') return undefined;
  const status = (Object.keys(statusWords) as ControlStatus[]).find((candidate) => statusWords[candidate].test(words));
  return status ?? 'unreadable';
}

/** Lower case, single spaces, no trailing full stop: `Partially-Implemented.` → `partially implemented`. */
function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_-](?=\p{L})/gu, ' ')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A row whose title is another Annex A control's: the reference is wrong. Most often a
 * spreadsheet took `5.10` for a number and shows it as `5.1`.
 */
function titleOfAnother(title: string, iso: IsoControl, catalogs: Catalogs): string | undefined {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (key(title) === key(iso.title)) return undefined;
  const other = [...catalogs.iso.values()].find((control) => control.kind === 'annex-a' && key(control.title) === key(title));
  if (other === undefined) return undefined;
  return `the reference reads ${iso.id}, but "${title}" is ${other.id}${other.id === `${iso.id}0` ? collapsedNumber(iso.id, catalogs) : ''}`;
}

/** A.5.1 when A.5.10 was meant: the hint, if the catalog has such a control. */
function collapsedNumber(id: string, catalogs: Catalogs): string {
  const longer = `${id}0`;
  return catalogs.iso.has(longer) ? ` (a spreadsheet that took ${longer.slice(2)} for a number shows it as ${id.slice(2)}: format the column as text, or write ${longer})` : '';
}
