/**
 * The rules of `crosswalk mapping lint`: every problem in a mapping file at once, each at its
 * file:line:column. Errors are what makes a mapping unusable (`loadMapping` refuses it);
 * warnings are what makes it weaker than its author probably meant. Pure: text in, findings out.
 */
import { severityRank, type DiagnosticCode, type SourceLocation } from '../diagnostics.js';
import { parseSource, type DataPath, type SourceDocument } from '../load/source.js';
import { frequencies, frequencyDefaults, type Catalogs, type Coverage, type Criterion, type Frequency } from '../model.js';
import { judgeIsoId } from './iso-ids.js';
import { checkSchema } from './schemas.js';
import { didYouMean } from './suggest.js';

/** The codes only `mapping lint` gives (the README documents each one). */
export const mappingLintCodes = [
  'partial-without-evidence',
  'corrected-without-seed',
  'missing-frequency',
  'ignored-min-samples',
  'ignored-frequency',
  'evidence-on-gap-row',
  'unreached-criterion',
  'repeated-row',
  'repeated-criterion',
  'seed-title-mismatch',
  'similar-requirement-ids',
  'requirement-criterion-outside-row',
  'ungated-criterion',
  'duplicate-criterion-entry',
  'unlisted-iso-control',
  'unmapped-but-mapped',
] as const;

export type LintCode = DiagnosticCode | (typeof mappingLintCodes)[number];

export type LintSeverity = 'error' | 'warning';

export interface LintFinding extends SourceLocation {
  readonly severity: LintSeverity;
  readonly code: LintCode;
  readonly message: string;
}

interface RawRequirement {
  readonly id: string;
  readonly description: string;
  readonly frequency?: Frequency;
  readonly min_samples?: number;
  /** On a row's requirement only: the criteria it gates. */
  readonly tsc?: readonly string[];
}

/** A `criteria:` entry that passed the schema, with its index. */
interface CriterionEntry {
  readonly index: number;
  readonly tsc: string;
  readonly evidence: readonly RawRequirement[];
}

/** An `unmapped:` entry that passed the schema, with its index. */
interface UnmappedEntry {
  readonly index: number;
  readonly iso: string;
}

/** A row that passed the schema, with its index in `rows`. */
interface Row {
  readonly index: number;
  readonly iso: string;
  readonly tsc: readonly string[];
  readonly coverage: Coverage;
  readonly seed: string | undefined;
  readonly corrected: string | undefined;
  readonly frequency: Frequency | undefined;
  readonly evidence: readonly RawRequirement[];
}

/** What every rule sees: the parsed file, its text (for comments), the rows it can read, the catalogs. */
interface LintContext {
  readonly document: SourceDocument;
  readonly lines: readonly string[];
  readonly rows: readonly Row[];
  readonly criteria: readonly CriterionEntry[];
  readonly unmapped: readonly UnmappedEntry[];
  readonly catalogs: Catalogs;
}

/** Lints one mapping file's text. `file` is the name findings are reported under. */
export function lintMapping(file: string, text: string, catalogs: Catalogs): LintFinding[] {
  const parsed = parseSource(file, text);
  if (!parsed.ok) return parsed.diagnostics.map((diagnostic) => ({ ...diagnostic, severity: 'error' }));
  return lintMappingDocument(parsed.document, text.split(/\r?\n/), catalogs);
}

/**
 * Lints a parsed mapping. `lines` (the text, for the comments a rule may read) may be empty when
 * only errors matter, as when a mapping is loaded for a check.
 */
export function lintMappingDocument(document: SourceDocument, lines: readonly string[], catalogs: Catalogs): LintFinding[] {
  const schemaFindings = checkSchema('Mapping', document);
  const broken = (section: string) => new Set(schemaFindings.filter((finding) => !finding.unknownKey).map((finding) => entryIndexOf(finding.path, section)));
  const data = document.data as { rows?: unknown; criteria?: unknown; unmapped?: unknown };
  const rawRows = data.rows;
  // Entries the schema rejected (or all of a section, when the section itself is broken) are left to the schema's findings.
  const rows = readableEntries(rawRows, broken('rows'), readRow);
  const criteria = readableEntries(data.criteria, broken('criteria'), (raw, index) => {
    const entry = raw as { tsc: string; evidence: RawRequirement[] };
    return { index, tsc: entry.tsc, evidence: entry.evidence };
  });
  const unmapped = readableEntries(data.unmapped, broken('unmapped'), (raw, index) => ({ index, iso: (raw as { iso: string }).iso }));
  const context: LintContext = { document, lines, rows, criteria, unmapped, catalogs };

  const findings: LintFinding[] = [
    ...schemaFindings.map((finding) => ({ ...finding.diagnostic, severity: 'error' as const })),
    ...isoIds(context),
    ...criterionIds(context),
    ...partialRowsWithoutEvidence(context),
    ...correctedWithoutSeed(context),
    ...requirementFrequencies(context),
    ...ignoredRowFrequencies(context),
    ...evidenceOnGapRows(context),
    ...requirementIds(context),
    ...requirementCriteria(context),
    ...ungatedCriteria(context),
    ...criterionEntries(context),
    ...unmappedIds(context),
    ...repeatedRows(context),
    ...seedTitles(context),
    ...(Array.isArray(rawRows) ? unreachedCriteria(context) : []),
    ...(Array.isArray(rawRows) ? unlistedIsoControls(context) : []),
  ];
  // Stable: findings at one place keep the order the rules gave them (criteria in catalog order).
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || severityRank[a.severity] - severityRank[b.severity]);
}


/** The entry of `section` a schema finding is about; `all` when it is about the section itself or the whole file. */
function entryIndexOf(path: DataPath, section: string): number | 'all' | 'none' {
  if (path.length === 0) return 'none';
  if (path[0] !== section) return 'none';
  return typeof path[1] === 'number' ? path[1] : 'all';
}

function readableEntries<T>(raw: unknown, broken: ReadonlySet<number | 'all' | 'none'>, read: (entry: unknown, index: number) => T): T[] {
  if (!Array.isArray(raw) || broken.has('all')) return [];
  return raw.flatMap((entry, index) => (broken.has(index) ? [] : [read(entry, index)]));
}

function readRow(raw: unknown, index: number): Row {
  const row = raw as { iso: string; tsc: string[]; coverage: Coverage; seed?: string; corrected?: string; frequency?: Frequency; evidence?: RawRequirement[] };
  return { index, iso: row.iso, tsc: row.tsc, coverage: row.coverage, seed: row.seed, corrected: row.corrected, frequency: row.frequency, evidence: row.evidence ?? [] };
}

function finding(context: LintContext, severity: LintSeverity, code: LintCode, message: string, path: DataPath, anchor: 'key' | 'value' = 'value'): LintFinding {
  return { severity, code, message, ...context.document.locate(path, anchor) };
}

function place(context: LintContext, path: DataPath): string {
  const { file, line, column } = context.document.locate(path);
  return `${file}:${line}:${column}`;
}

// --- errors: what makes the mapping unusable -------------------------------------------------

function isoIds(context: LintContext): LintFinding[] {
  return context.rows.flatMap((row) => {
    const verdict = judgeIsoId(row.iso, context.catalogs);
    if (verdict.kind === 'known') return [];
    return [finding(context, 'error', verdict.kind === 'iso-2013' ? 'iso-2013-id' : 'unknown-iso-control', verdict.message, ['rows', row.index, 'iso'])];
  });
}

/** Unknown criteria are errors; a criterion listed twice in one row is a slip worth a warning. */
function criterionIds(context: LintContext): LintFinding[] {
  const known = context.catalogs.criteriaById;
  return context.rows.flatMap((row) =>
    row.tsc.flatMap((criterion, position) => {
      const at: DataPath = ['rows', row.index, 'tsc', position];
      if (!known.has(criterion)) return [finding(context, 'error', 'unknown-tsc-criterion', `${criterion} is not a SOC 2 Trust Services Criterion${didYouMean(criterion, known.keys())}`, at)];
      if (row.tsc.indexOf(criterion) < position) return [finding(context, 'warning', 'repeated-criterion', `${criterion} is listed twice in this row`, at)];
      return [];
    }),
  );
}

function partialRowsWithoutEvidence(context: LintContext): LintFinding[] {
  return context.rows
    .filter((row) => row.coverage === 'partial' && row.evidence.length === 0)
    .map((row) =>
      finding(context, 'error', 'partial-without-evidence', `row ${row.iso} is partial but lists no evidence requirements: say what SOC 2 needs beyond ISO`, ['rows', row.index, 'coverage']),
    );
}

/**
 * `corrected:` says what the seed had and why it was changed: on a row the seed never wrote it
 * claims a correction nobody can check, so the row's provenance is wrong (SPEC §1.2).
 */
function correctedWithoutSeed(context: LintContext): LintFinding[] {
  return context.rows
    .filter((row) => row.corrected !== undefined && row.seed === undefined)
    .map((row) =>
      finding(
        context,
        'error',
        'corrected-without-seed',
        `row ${row.iso} says it corrects the seed but has no seed: key; corrected: belongs on a row transcribed from the seed (say why a row of your own maps where it does in notes: or source:)`,
        ['rows', row.index, 'corrected'],
        'key',
      ),
    );
}

/** Duplicate ids are errors; two ids that look like the same requirement are warnings. */
function requirementIds(context: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  const byId = new Map<string, DataPath>();
  const byShape = new Map<string, { id: string; at: DataPath }>();
  const byDescription = new Map<string, { id: string; at: DataPath }>();
  const lists = [
    ...context.rows.map((row) => ({ evidence: row.evidence, at: ['rows', row.index, 'evidence'] as DataPath })),
    ...context.criteria.map((entry) => ({ evidence: entry.evidence, at: ['criteria', entry.index, 'evidence'] as DataPath })),
  ];
  for (const list of lists) {
    list.evidence.forEach((requirement, position) => {
      const at: DataPath = [...list.at, position, 'id'];
      const first = byId.get(requirement.id);
      if (first) {
        findings.push(finding(context, 'error', 'duplicate-evidence-id', `evidence requirement id "${requirement.id}" is already used at ${place(context, first)}; ids must be unique across the mapping's rows and criteria`, at));
        return;
      }
      byId.set(requirement.id, at);
      const twin = sameRequirement(requirement, at, byShape, byDescription);
      if (twin) {
        findings.push(
          finding(context, 'warning', 'similar-requirement-ids', `evidence requirement "${requirement.id}" looks like "${twin.id}" (${place(context, twin.at)}): ${twin.why}; merge them or make the difference clear`, at),
        );
      }
    });
  }
  return findings;
}

/** The first requirement seen that has the same words in its id (any order, singular or plural) or the same description. */
function sameRequirement(
  requirement: RawRequirement,
  at: DataPath,
  byShape: Map<string, { id: string; at: DataPath }>,
  byDescription: Map<string, { id: string; at: DataPath }>,
): { id: string; at: DataPath; why: string } | undefined {
  const shape = idShape(requirement.id);
  const description = requirement.description.trim().replace(/\s+/g, ' ').toLowerCase();
  const sameWords = byShape.get(shape);
  const sameText = byDescription.get(description);
  if (!sameWords) byShape.set(shape, { id: requirement.id, at });
  if (!sameText) byDescription.set(description, { id: requirement.id, at });
  if (sameWords) return { ...sameWords, why: 'the same words in another order or number' };
  if (sameText) return { ...sameText, why: 'the same description' };
  return undefined;
}

/** `code-review-records` and `record-code-reviews` have the same shape: sorted words, plural s dropped. */
function idShape(id: string): string {
  return id
    .split('-')
    .filter((word) => word !== '')
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word))
    .sort()
    .join('-');
}

/**
 * A requirement's `tsc` names the criteria it evidences: a subset of its row's (SPEC §1.2). A
 * criterion outside the row would be gated by a row that never reaches it.
 */
function requirementCriteria(context: LintContext): LintFinding[] {
  const known = context.catalogs.criteriaById;
  return context.rows.flatMap((row) =>
    row.evidence.flatMap((requirement, position) =>
      (requirement.tsc ?? []).flatMap((criterion, index): LintFinding[] => {
        const at: DataPath = ['rows', row.index, 'evidence', position, 'tsc', index];
        if (!known.has(criterion)) return [finding(context, 'error', 'unknown-tsc-criterion', `${criterion} is not a SOC 2 Trust Services Criterion${didYouMean(criterion, known.keys())}`, at)];
        if (!row.tsc.includes(criterion)) {
          return [
            finding(
              context,
              'error',
              'requirement-criterion-outside-row',
              `evidence requirement "${requirement.id}" gates ${criterion}, which its row ${row.iso} does not reach (${row.tsc.join(', ')}); a requirement's tsc is a subset of its row's`,
              at,
            ),
          ];
        }
        return [];
      }),
    ),
  );
}

/**
 * On a row that lists requirements, a criterion none of them gates would be met by an
 * implemented control with no evidence at all: every criterion of the row needs one (SPEC §1.2).
 */
function ungatedCriteria(context: LintContext): LintFinding[] {
  return context.rows
    .filter((row) => row.coverage !== 'gap' && row.evidence.length > 0)
    .flatMap((row) => {
      const gated = new Set(row.evidence.flatMap((requirement) => requirement.tsc ?? row.tsc));
      return row.tsc.flatMap((criterion, index) =>
        gated.has(criterion) || row.tsc.indexOf(criterion) < index
          ? []
          : [
              finding(
                context,
                'error',
                'ungated-criterion',
                `${row.iso} → ${criterion}: none of the row's evidence requirements gates ${criterion}, so it would be met without evidence; add ${criterion} to the tsc of the requirement that evidences it, or add a requirement`,
                ['rows', row.index, 'tsc', index],
              ),
            ],
      );
    });
}

/** One `criteria:` entry per known criterion. */
function criterionEntries(context: LintContext): LintFinding[] {
  const known = context.catalogs.criteriaById;
  return context.criteria.flatMap((entry, position): LintFinding[] => {
    const at: DataPath = ['criteria', entry.index, 'tsc'];
    if (!known.has(entry.tsc)) return [finding(context, 'error', 'unknown-tsc-criterion', `${entry.tsc} is not a SOC 2 Trust Services Criterion${didYouMean(entry.tsc, known.keys())}`, at)];
    const first = context.criteria.slice(0, position).find((other) => other.tsc === entry.tsc);
    if (first) {
      return [
        finding(context, 'error', 'duplicate-criterion-entry', `${entry.tsc} already has an entry at ${place(context, ['criteria', first.index, 'tsc'])}; list all of its requirements in one entry`, at),
      ];
    }
    return [];
  });
}

/** `unmapped:` names real catalog ids; one a row maps is not unmapped. */
function unmappedIds(context: LintContext): LintFinding[] {
  return context.unmapped.flatMap((entry, position): LintFinding[] => {
    const at: DataPath = ['unmapped', entry.index, 'iso'];
    const verdict = judgeIsoId(entry.iso, context.catalogs);
    if (verdict.kind !== 'known') return [finding(context, 'error', verdict.kind === 'iso-2013' ? 'iso-2013-id' : 'unknown-iso-control', verdict.message, at)];
    const row = context.rows.find((candidate) => candidate.iso === entry.iso);
    if (row) return [finding(context, 'warning', 'unmapped-but-mapped', `${entry.iso} is listed as unmapped, but the row at ${place(context, ['rows', row.index])} maps it; drop one of the two`, at)];
    if (context.unmapped.slice(0, position).some((other) => other.iso === entry.iso)) return [finding(context, 'warning', 'unmapped-but-mapped', `${entry.iso} is listed as unmapped twice`, at)];
    return [];
  });
}

// --- warnings: what makes the mapping weaker than meant --------------------------------------

const populationFrequencies = frequencies.filter((frequency) => frequencyDefaults[frequency].kind === 'population');

/** `weekly, daily or per-event`. */
function alternatives(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}`;
}

/**
 * Without a frequency a requirement is judged as an annual one whatever it records (SPEC §1.2):
 * a daily backup log would pass on one file a year. Mappings written for 1.0 have none, so this
 * is a warning and they keep loading. A sample size on a periodic requirement is ignored: each
 * window is filled by one record, so the number says something the score never checks.
 * Gap rows are left to evidence-on-gap-row: their requirements are never asked for.
 */
function requirementFrequencies(context: LintContext): LintFinding[] {
  const lists = [
    ...context.rows.filter((row) => row.coverage !== 'gap').map((row) => ({ evidence: row.evidence, at: ['rows', row.index, 'evidence'] as DataPath })),
    ...context.criteria.map((entry) => ({ evidence: entry.evidence, at: ['criteria', entry.index, 'evidence'] as DataPath })),
  ];
  return lists
    .flatMap((list) =>
      list.evidence.flatMap((requirement, position): LintFinding[] => {
        const at: DataPath = [...list.at, position];
        if (requirement.frequency === undefined) {
          const samples = requirement.min_samples === undefined ? '' : `; its min_samples counts only with ${alternatives(populationFrequencies)}`;
          return [
            finding(
              context,
              'warning',
              'missing-frequency',
              `evidence requirement "${requirement.id}" has no frequency, so it is judged as an annual one (a record a year)${samples}; say how often the control operates (${alternatives(frequencies)})`,
              at,
            ),
          ];
        }
        if (requirement.min_samples !== undefined && frequencyDefaults[requirement.frequency].kind === 'periodic') {
          return [
            finding(
              context,
              'warning',
              'ignored-min-samples',
              `min_samples is ignored on "${requirement.id}": a ${requirement.frequency} requirement is met by one record per window, not by a sample count; drop it, or use ${alternatives(populationFrequencies)} if the auditor samples a population`,
              [...at, 'min_samples'],
              'key',
            ),
          ];
        }
        return [];
      }),
    );
}

/** A row's own frequency sets the operating evidence of a full row without requirements, and nothing else. */
function ignoredRowFrequencies(context: LintContext): LintFinding[] {
  return context.rows.flatMap((row) => {
    if (row.frequency === undefined) return [];
    const why =
      row.coverage === 'gap'
        ? `row ${row.iso} is a gap, which is never scored`
        : row.coverage === 'partial'
          ? `row ${row.iso} is partial: its evidence requirements carry their own frequency`
          : row.evidence.length > 0
            ? `row ${row.iso} lists evidence requirements, which carry their own frequency and replace its operating evidence`
            : undefined;
    if (why === undefined) return [];
    return [finding(context, 'warning', 'ignored-frequency', `frequency is ignored here: ${why}; a row's frequency is for the operating evidence of a full row without requirements`, ['rows', row.index, 'frequency'], 'key')];
  });
}

/** A gap row is never scored, so evidence on it is never asked for. */
function evidenceOnGapRows(context: LintContext): LintFinding[] {
  return context.rows
    .filter((row) => row.coverage === 'gap' && row.evidence.length > 0)
    .map((row) =>
      finding(context, 'warning', 'evidence-on-gap-row', `row ${row.iso} is a gap, so its evidence requirements are never asked for; make it partial or drop them`, ['rows', row.index, 'evidence'], 'key'),
    );
}

/**
 * A row that repeats an earlier row of the same ISO control adds nothing the earlier one does
 * not already give, or (with a different coverage) contradicts it. Seed rows with different
 * `seed:` text are exempt: they are the seed's own distinct controls that the renumbering filed
 * under one 2022 id, and SPEC §1.2 keeps every seed row as the seed wrote it.
 */
function repeatedRows(context: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  context.rows.forEach((row, position) => {
    const earlier = context.rows.slice(0, position).filter((other) => other.iso === row.iso && !distinctSeedRows(other, row));
    const sameSet = earlier.find((other) => sameCriteria(other.tsc, row.tsc));
    if (sameSet) {
      findings.push(finding(context, 'warning', 'repeated-row', `this row repeats ${row.iso} → ${row.tsc.join(', ')} (${place(context, ['rows', sameSet.index])}); merge the two rows`, ['rows', row.index]));
      return;
    }
    row.tsc.forEach((criterion, index) => {
      const other = earlier.find((candidate) => candidate.tsc.includes(criterion));
      if (other && row.tsc.indexOf(criterion) === index) {
        findings.push(
          finding(context, 'warning', 'repeated-criterion', `${row.iso} → ${criterion} is already mapped at ${place(context, ['rows', other.index])}; the row that is met more easily decides the criterion`, ['rows', row.index, 'tsc', index]),
        );
      }
    });
  });
  return findings;
}

function distinctSeedRows(a: Row, b: Row): boolean {
  return a.seed !== undefined && b.seed !== undefined && a.seed !== b.seed;
}

function sameCriteria(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((criterion) => right.has(criterion));
}

/**
 * A seed row whose title shares no word with the catalog title of its `iso` was probably filed
 * under the wrong id. The seed renumbered many controls, so ids are not compared, titles are;
 * a comment at the row that names the 2022 id says the filing was deliberate.
 */
function seedTitles(context: LintContext): LintFinding[] {
  return context.rows.flatMap((row) => {
    const control = context.catalogs.iso.get(row.iso);
    if (row.seed === undefined || control === undefined) return [];
    if (titlesShareAWord(seedTitle(row.seed), control.title) || commentsNameId(rowComments(context, row), row.iso)) return [];
    return [
      finding(
        context,
        'warning',
        'seed-title-mismatch',
        `seed "${row.seed}" shares no word with ${row.iso} "${control.title}"; check the 2022 id, or say in a comment above the row why ${row.iso} is right`,
        ['rows', row.index, 'seed'],
      ),
    ];
  });
}

/** `A.9.4 System & Application Access Control` → `System & Application Access Control`. */
function seedTitle(seed: string): string {
  return seed.replace(/^\s*(?:A\.)?\d+(?:\.\d+)*\s+/, '');
}

/** Words that say nothing about which control a title names. */
const insignificantWords = new Set(['and', 'or', 'the', 'for', 'of', 'to', 'in', 'on', 'with', 'use', 'information', 'security', 'management', 'control', 'controls']);

function significantWords(title: string): string[] {
  return (title.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => word.length > 2 && !insignificantWords.has(word));
}

export function titlesShareAWord(a: string, b: string): boolean {
  const right = significantWords(b);
  return significantWords(a).some((word) => right.some((other) => sameStem(word, other)));
}

/** `test`/`testing`, `event`/`events`, `cryptographic`/`cryptography`: a shared beginning of five letters (or all of a short word). */
function sameStem(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < shorter && a[shared] === b[shared]) shared++;
  return shorter >= 4 && shared >= Math.min(5, shorter);
}

/** The comment lines directly above a row and those inside it. */
function rowComments(context: LintContext, row: Row): string[] {
  const start = context.document.locate(['rows', row.index]).line - 1;
  const next = context.rows.find((other) => other.index > row.index);
  const end = next ? context.document.locate(['rows', next.index]).line - 1 : context.lines.length;
  const isComment = (line: string | undefined) => line !== undefined && line.trimStart().startsWith('#');
  const above: string[] = [];
  for (let index = start - 1; index >= 0 && isComment(context.lines[index]); index--) above.push(context.lines[index]!);
  return [...above, ...context.lines.slice(start, end).filter(isComment)];
}

function commentsNameId(comments: readonly string[], id: string): boolean {
  // A.8.2 must not match inside A.8.24, nor 8.1 inside A.8.1.
  const pattern = new RegExp(`(?<![\\w.])${id.replace(/\./g, '\\.')}(?!\\.?\\d)`);
  return comments.some((comment) => pattern.test(comment));
}

/**
 * A criterion no full or partial row reaches can never be ready, whatever a team implements
 * (only a SOC 2–specific `covers` control can close it). One finding per criterion, at `rows:`.
 */
function unreachedCriteria(context: LintContext): LintFinding[] {
  const reached = new Set(context.rows.filter((row) => row.coverage !== 'gap').flatMap((row) => row.tsc));
  return context.catalogs.criteria
    .filter((criterion) => !reached.has(criterion.id))
    .map((criterion) =>
      finding(
        context,
        'warning',
        'unreached-criterion',
        `${criterion.id} (${categoryTitle(context, criterion)}: ${criterion.subject}) is reached by no full or partial row; it can be ready only through a control that covers it`,
        ['rows'],
        'key',
      ),
    );
}

function categoryTitle(context: LintContext, criterion: Criterion): string {
  return context.catalogs.categoryTitles.get(criterion.category) ?? criterion.category;
}

/**
 * A catalog id (Annex A control or clause 4–10) that is neither in a row nor in `unmapped` may
 * have been forgotten: an organization that claims it reaches nothing, and nothing says why.
 * A clause counts as listed when it, a clause above it or one below it is (6.1.2 lists 6.1).
 */
function unlistedIsoControls(context: LintContext): LintFinding[] {
  const listed = [...context.rows.map((row) => row.iso), ...context.unmapped.map((entry) => entry.iso)];
  const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  return [...context.catalogs.iso.values()]
    .filter((control) => !listed.some((id) => related(id, control.id)))
    .map((control) =>
      finding(
        context,
        'warning',
        'unlisted-iso-control',
        `${control.id} (${control.title}) is in no row and not in unmapped:; map it, or say under unmapped: why it reaches no SOC 2 criterion`,
        ['rows'],
        'key',
      ),
    );
}
