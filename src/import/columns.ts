/**
 * Finds a Statement of Applicability's columns by their headers, whatever the wording: "Control
 * ref", "Annex A control" and "ISO 27001:2022 Control" are all the control's reference. The
 * header row is the first row (title rows and blank rows above it are skipped) that names a
 * reference column and an applicability or status column.
 */
import type { Sheet } from './sheet.js';

export const columnRoles = ['ref', 'title', 'applicable', 'justification', 'status', 'owner', 'description'] as const;
export type ColumnRole = (typeof columnRoles)[number];

/** The column (0 = A) of each role the header row names. */
export type Columns = Partial<Record<ColumnRole, number>>;

export interface HeaderRow {
  /** 0-based: the spreadsheet's row number is one more. */
  readonly index: number;
  readonly columns: Columns;
  /** The header row's cell texts, for messages. */
  readonly headers: readonly string[];
}

/** Headers the user named with --column ROLE=HEADER, for those the recognition misses. */
export type ColumnOverrides = ReadonlyMap<ColumnRole, string>;

/** Title rows sit above the table, not pages of them: the header is looked for in the first rows only. */
const maxRowsAboveHeader = 50;

/**
 * What each role's header says, tried in this order, so "Control owner" is an owner and not a
 * reference, "Justification for applicability" a justification, "Implementation status" a
 * status and not an implementation note.
 */
const recognizers: readonly (readonly [ColumnRole, RegExp])[] = [
  ['justification', /\b(justification|justified|justify|reasons?|rationale|grounds|basis)\b/],
  ['owner', /\b(owner|owners|ownership|responsible|responsibility|accountable|assignee|raci)\b/],
  // "How it is implemented", "Implementation notes": a note, though "implemented" says status.
  ['description', /^how\b|\b(notes?|comments?|remarks?|details|explanation)\b/],
  ['status', /\b(status|state|progress|maturity|implemented)\b/],
  ['description', /\b(implementation|description)\b/],
  ['applicable', /\b(applicable|applicability|applies|included|inclusion|selected|in scope|relevant|required)\b/],
  ['title', /\b(title|name|heading|control objective|objective)\b/],
  // Not a bare "No." or "#": that is usually a row counter (1, 2, 3), with the reference beside it.
  ['ref', /\b(ref|reference|refs|id|identifier|clause|section|annex a|iso( iec)? 27001|27001 2022|control|controls)\b/],
];

/** Lower case, words only: `Applicable (Y/N)` → `applicable y n`, `Control #` → `control no`. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/#/g, ' no ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The role a header names, if any. A 2013 reference column is not the 2022 one. */
export function roleOfHeader(text: string): ColumnRole | undefined {
  const words = normalizeHeader(text);
  if (words === '') return undefined;
  const role = recognizers.find(([, pattern]) => pattern.test(words))?.[0];
  if (role === 'ref' && /\b2013\b/.test(words)) return undefined;
  return role;
}

export function findHeaderRow(sheet: Sheet, overrides: ColumnOverrides): HeaderRow | undefined {
  const last = Math.min(sheet.rows.length, maxRowsAboveHeader);
  for (let index = 0; index < last; index++) {
    const headers = sheet.rows[index]!;
    const columns = columnsOf(headers, overrides);
    if (columns.ref !== undefined && (columns.applicable !== undefined || columns.status !== undefined)) return { index, columns, headers };
  }
  return undefined;
}

/** Each role's first column; a header named by --column is that role's, and no other's. */
export function columnsOf(headers: readonly string[], overrides: ColumnOverrides): Columns {
  const columns: Columns = {};
  const named = new Map([...overrides].map(([role, header]) => [normalizeHeader(header), role]));
  headers.forEach((header, column) => {
    const role = named.get(normalizeHeader(header));
    if (role !== undefined && columns[role] === undefined) columns[role] = column;
  });
  const taken = new Set(Object.values(columns));
  headers.forEach((header, column) => {
    if (taken.has(column) || named.has(normalizeHeader(header))) return;
    let role = roleOfHeader(header);
    // "Ref | Control | …": once the reference is found, a column headed just "Control" holds the control's name.
    if (role === 'ref' && columns.ref !== undefined && /^(annex a )?controls?$/.test(normalizeHeader(header))) role = 'title';
    if (role !== undefined && columns[role] === undefined && !overrides.has(role)) columns[role] = column;
  });
  return columns;
}

/** The row above the table that comes closest to a header row, for the message when none is found. */
export function likeliestHeaderRow(sheet: Sheet, overrides: ColumnOverrides): HeaderRow | undefined {
  let best: HeaderRow | undefined;
  // One header that looks like a role ("Statement of Applicability") is a title, not a near miss.
  let bestCount = 1;
  sheet.rows.slice(0, maxRowsAboveHeader).forEach((headers, index) => {
    const columns = columnsOf(headers, overrides);
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { index, columns, headers };
      bestCount = count;
    }
  });
  return best;
}
