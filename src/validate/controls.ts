import { compareStrings, type Diagnostic, type DiagnosticCode, type SourceLocation } from '../diagnostics.js';
import type { DataPath, SourceDocument } from '../load/source.js';
import type { Catalogs, ControlStatus, DeviationClass, EvidenceItem, EvidenceSource, Mapping, OrgControl } from '../model.js';
import { judgeIsoId } from './iso-ids.js';
import { unsafePathReason } from './paths.js';
import { checkSchema } from './schemas.js';
import { isWordLike, quoteName } from './describe-value.js';
import { closestRequirementId, didYouMean } from './suggest.js';

export interface ControlContext {
  readonly catalogs: Catalogs;
  readonly mapping: Mapping;
  readonly asOf: string;
  /** Today (UTC): evidence collected after it is a typo, not a look back. Default: the as-of date. */
  readonly today?: string;
  /** Controls beyond this many are not scored (limits.max_controls). */
  readonly maxControls?: number;
  /** The shipped mappings not in use: an id of theirs is a warning that says so, not an unknown id. */
  readonly otherMappings?: readonly Mapping[];
}

export interface ControlsResult {
  /** Every usable control, first declaration of each id only, sorted by id. */
  readonly controls: OrgControl[];
  readonly diagnostics: Diagnostic[];
}

interface RawEvidence {
  id: string;
  satisfies?: string[];
  type?: string;
  path?: string;
  url?: string;
  collected: string;
  samples?: number;
  period?: { start: string; end: string };
  population?: number;
  per_file?: boolean;
  deviations?: { change: string; class: DeviationClass; response: string; approved_by: string }[];
}
interface RawControl {
  id: string;
  title: string;
  implements?: string[];
  covers?: string[];
  status: ControlStatus;
  owner?: string;
  justification?: string;
  evidence?: RawEvidence[];
}

/** Fields whose errors make a control unusable for scoring (a bad owner or title does not). */
const scoredControlFields = new Set(['id', 'status', 'implements', 'covers', 'evidence']);

/**
 * Validates control files one at a time, so a large repository's parsed YAML need not be held
 * all at once, and builds the controls that can be scored. Errors are reported and the
 * offending part is left out; the rest of the repository is still scored.
 */
export class ControlValidator {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly controls: OrgControl[] = [];
  /** First declaration of each org control id, across files. */
  private readonly declared = new Map<string, SourceLocation>();
  private limitReported = false;

  constructor(private readonly context: ControlContext) {}

  add(document: SourceDocument): void {
    const findings = checkSchema('ControlImplementation', document);
    // A loop, not push(...items): the findings of one file are not bounded yet, and spread arguments overflow the stack.
    for (const finding of findings) this.diagnostics.push(finding.diagnostic);
    const broken = findings.filter((finding) => !finding.unknownKey).map((finding) => finding.path);
    if (broken.some((path) => path.length <= 1)) return;

    const rawControls = (document.data as { controls: unknown[] }).controls;
    rawControls.forEach((raw, index) => {
      const path: DataPath = ['controls', index];
      if (!isMapping(raw)) return;
      // Every field is checked whatever else is wrong with the control (an error never hides
      // another); only a control whose scored fields are all valid is scored.
      const usable = !broken.some((bad) => makesControlUnusable(bad, path));
      if (usable && this.controls.length >= (this.context.maxControls ?? Infinity)) {
        if (!this.limitReported) this.diagnostics.push({ severity: 'error', code: 'limit-exceeded', message: `more than ${this.context.maxControls} controls (limits.max_controls); the rest are not scored`, ...document.locate(path) });
        this.limitReported = true;
        return;
      }
      const checker = new ControlChecker(document, path, this.context, this.diagnostics, broken);
      const control = checker.build(raw as Partial<RawControl>);
      const id = typeof raw.id === 'string' && !broken.some((bad) => isWithin(bad, [...path, 'id'])) ? raw.id : undefined;
      if (id === undefined) return;
      const previous = this.declared.get(id);
      if (previous) {
        checker.error('duplicate-control-id', `control id ${quoteName(id)} is already declared at ${previous.file}:${previous.line}:${previous.column}; org control ids must be unique across the repository`, ['id']);
        return;
      }
      this.declared.set(id, document.locate([...path, 'id'], 'key'));
      if (usable && control !== undefined) this.controls.push(control);
    });
  }

  result(): ControlsResult {
    return { controls: [...this.controls].sort((a, b) => compareStrings(a.id, b.id)), diagnostics: [...this.diagnostics] };
  }
}

/** Validates a whole set of documents at once. */
export function validateControls(documents: readonly SourceDocument[], context: ControlContext): ControlsResult {
  const validator = new ControlValidator(context);
  for (const document of documents) validator.add(document);
  return validator.result();
}

/** A schema error on the control itself, or on one of the fields scoring relies on. */
function makesControlUnusable(bad: DataPath, control: DataPath): boolean {
  if (isAt(bad, control)) return true;
  return bad.length === control.length + 1 && isWithin(bad, control) && scoredControlFields.has(String(bad[control.length]));
}

function isAt(path: DataPath, prefix: DataPath): boolean {
  return path.length === prefix.length && prefix.every((segment, index) => path[index] === segment);
}

function isWithin(path: DataPath, prefix: DataPath): boolean {
  return path.length >= prefix.length && prefix.every((segment, index) => path[index] === segment);
}

/** The checks of one control, speaking in paths relative to it. */
class ControlChecker {
  constructor(
    private readonly document: SourceDocument,
    private readonly path: DataPath,
    private readonly context: ControlContext,
    private readonly diagnostics: Diagnostic[],
    private readonly broken: readonly DataPath[],
  ) {}

  error(code: DiagnosticCode, message: string, relative: DataPath): void {
    this.report('error', code, message, relative);
  }

  warn(code: DiagnosticCode, message: string, relative: DataPath): void {
    this.report('warning', code, message, relative);
  }

  note(code: DiagnosticCode, message: string, relative: DataPath): void {
    this.report('notice', code, message, relative);
  }

  private report(severity: Diagnostic['severity'], code: DiagnosticCode, message: string, relative: DataPath): void {
    this.diagnostics.push({ severity, code, message, ...this.document.locate([...this.path, ...relative]) });
  }

  /** Whether the schema found nothing wrong at or inside this field (an unknown key aside). */
  private isValid(relative: DataPath): boolean {
    // Most files have no schema error at all: every field of theirs is valid.
    if (this.broken.length === 0) return true;
    const absolute = [...this.path, ...relative];
    return !this.broken.some((bad) => isWithin(bad, absolute));
  }

  /** A field's value when the schema accepted it; undefined when absent or reported already. */
  private valid<T>(value: unknown, relative: DataPath, guard: (value: unknown) => value is T): T | undefined {
    return value !== undefined && this.isValid(relative) && guard(value) ? value : undefined;
  }

  /**
   * Checks every field of the control, whatever else is wrong with it, and builds the control
   * as scoring sees it (the caller scores it only when its scored fields are all valid).
   */
  build(raw: Partial<Record<keyof RawControl, unknown>>): OrgControl {
    const name = this.valid(raw.id, ['id'], isString) ?? 'without a valid id';
    const implemented = this.checkImplements(raw.implements);
    const covers = this.checkCovers(raw.covers);
    if (raw.implements === undefined && raw.covers === undefined) {
      this.error('no-implements-or-covers', `control ${name} must list the ISO controls it implements (implements:) or the SOC 2 criteria it covers (covers:)`, ['id']);
    }
    if (raw.status === 'not-applicable' && raw.justification === undefined) {
      this.error('missing-justification', `control ${name} is not-applicable: add a justification saying why, as an auditor will ask`, ['status']);
    }
    const owner = this.valid(raw.owner, ['owner'], isString);
    if (owner !== undefined && (raw.status === 'implemented' || raw.status === 'in-progress')) this.checkOwner(owner);
    return {
      id: raw.id as string,
      title: raw.title as string,
      implements: implemented,
      covers,
      status: raw.status as ControlStatus,
      owner,
      justification: raw.justification as string | undefined,
      ...this.checkEvidence(raw.evidence, name, implemented),
      at: this.document.locate([...this.path, 'id'], 'key'),
    };
  }

  /**
   * An owner left as the scaffold's placeholder is no owner: nobody is asked for the evidence. A
   * planned control may wait for one (init scaffolds `owner: TODO`); one in operation may not.
   */
  private checkOwner(owner: string): void {
    if (isPlaceholder(owner)) {
      this.warn('placeholder-owner', `owner ${quoteName(owner)} is a placeholder: name the person or team who runs the control (an email, or a GitHub handle such as "@acme/security")`, ['owner']);
    }
  }

  private checkImplements(ids: unknown): string[] {
    if (!Array.isArray(ids)) return [];
    const known = ids.flatMap((id: unknown, index) => {
      if (typeof id !== 'string') return [];
      const verdict = judgeIsoId(id, this.context.catalogs);
      if (verdict.kind === 'known') return [id];
      this.error(verdict.kind === 'iso-2013' ? 'iso-2013-id' : 'unknown-iso-control', verdict.message, ['implements', index]);
      return [];
    });
    return this.once(ids, known, 'implements');
  }

  private checkCovers(ids: unknown): string[] {
    if (!Array.isArray(ids)) return [];
    const known = this.context.catalogs.criteriaById;
    const found = ids.flatMap((id: unknown, index) => {
      if (typeof id !== 'string') return [];
      if (known.has(id)) return [id];
      this.error('unknown-tsc-criterion', `${id} is not a SOC 2 Trust Services Criterion${isWordLike(id) ? didYouMean(id, known.keys()) : ''}`, ['covers', index]);
      return [];
    });
    return this.once(ids, found, 'covers');
  }

  /**
   * Each id once, warning at every repeat: a claim listed twice is one claim (and would give one
   * OSCAL implemented requirement two entries with the same UUID).
   */
  private once(written: readonly unknown[], kept: readonly string[], key: 'implements' | 'covers'): string[] {
    const keep = new Set(kept);
    const seen = new Set<string>();
    written.forEach((id, index) => {
      if (typeof id !== 'string' || !keep.has(id)) return;
      if (seen.has(id)) this.warn('duplicate-claim', `${id} is listed twice in ${key}; it counts once`, [key, index]);
      seen.add(id);
    });
    return [...seen];
  }

  private checkEvidence(list: unknown, controlName: string, implemented: readonly string[]): { evidence: EvidenceItem[]; laterEvidence: EvidenceItem[] } {
    const seen = new Set<string>();
    const items: EvidenceItem[] = [];
    const later: EvidenceItem[] = [];
    const today = this.context.today ?? this.context.asOf;
    (Array.isArray(list) ? (list as unknown[]) : []).forEach((evidence, index) => {
      if (!isMapping(evidence)) return;
      const at: DataPath = ['evidence', index];
      // Each field is checked on its own, so one mistake in an item never hides another.
      const id = this.valid(evidence.id, [...at, 'id'], isString);
      const duplicate = id !== undefined && seen.has(id);
      if (duplicate) this.error('duplicate-evidence-id', `evidence id ${quoteName(id)} is used twice in control ${controlName}`, [...at, 'id']);
      if (id !== undefined) seen.add(id);
      const raw = evidence as Partial<RawEvidence>;
      const name = id ?? `[${index}]`;
      const source = this.checkSource(raw, name, at);
      const satisfies = this.checkSatisfies(raw.satisfies, controlName, implemented, at);
      const collected = this.valid(raw.collected, [...at, 'collected'], isString);
      const periodOk = this.checkPeriod(raw, name, collected, at);
      if (collected !== undefined && collected > today) {
        this.error('collected-in-future', `evidence ${name} is collected ${collected}, after today (${today}); a date in the future is a typo, and the item is not counted`, [...at, 'collected']);
      } else if (collected !== undefined && collected > this.context.asOf) {
        this.note('collected-after-as-of', `evidence ${name} is collected ${collected}, after the as-of date ${this.context.asOf}; looking back, it is not counted`, [...at, 'collected']);
      }
      if (duplicate || !periodOk || source === undefined || !this.isValid(at) || id === undefined || collected === undefined) return;
      const item: EvidenceItem = {
        id,
        satisfies,
        type: raw.type,
        source,
        collected,
        samples: raw.samples,
        period: raw.period,
        population: raw.population,
        ...(raw.per_file === true ? { perFile: true } : {}),
        ...(raw.deviations === undefined ? {} : { deviations: raw.deviations.map((deviation, entry) => ({ change: deviation.change, class: deviation.class, response: deviation.response, approvedBy: deviation.approved_by, at: this.document.locate([...this.path, ...at, 'deviations', entry]) })) }),
        at: this.document.locate([...this.path, ...at]),
      };
      (collected > this.context.asOf ? later : items).push(item);
    });
    return { evidence: items, laterEvidence: later };
  }

  /** SPEC §1.1: period.start ≤ period.end ≤ collected. */
  private checkPeriod(evidence: Partial<RawEvidence>, name: string, collected: string | undefined, at: DataPath): boolean {
    const period = this.valid(evidence.period, [...at, 'period'], isMapping) as RawEvidence['period'];
    if (period === undefined) return true;
    if (period.start > period.end) {
      this.error('invalid-period', `evidence ${name}: period starts ${period.start}, after it ends (${period.end})`, [...at, 'period', 'end']);
      return false;
    }
    if (collected !== undefined && period.end > collected) {
      this.error('invalid-period', `evidence ${name}: period ends ${period.end}, after the item was collected (${collected}); evidence records activity that already happened`, [...at, 'period', 'end']);
      return false;
    }
    return true;
  }

  private checkSource(evidence: Partial<RawEvidence>, name: string, at: DataPath): EvidenceSource | undefined {
    if (evidence.path !== undefined && evidence.url !== undefined) {
      this.error('invalid-value', `evidence ${name} has both path and url; give one (a file in the repository, or an external link)`, [...at, 'url']);
      return undefined;
    }
    const written = this.valid(evidence.path, [...at, 'path'], isString);
    if (written !== undefined) {
      const unsafe = unsafePathReason(written);
      // An unsafe path is never read, but the item still lists its requirements: it counts as not found.
      if (unsafe) this.error('evidence-path-outside-repo', `path ${quoteName(written)} ${unsafe}; it is not read`, [...at, 'path']);
      else this.checkPathForm(written, [...at, 'path']);
      return { kind: 'path', pattern: written, at: this.document.locate([...this.path, ...at, 'path']) };
    }
    const url = this.valid(evidence.url, [...at, 'url'], isString);
    if (url !== undefined) {
      const scheme = webScheme(url);
      if (scheme === 'http' || scheme === 'https') return { kind: 'url', url };
      // javascript:, data:, file: and the like open nothing an auditor can read, and would be exported as links.
      this.error('invalid-value', `evidence ${name}: only http and https links are evidence; this url's scheme is ${quoteName(scheme.slice(0, 40))}`, [...at, 'url']);
      return undefined;
    }
    if (evidence.path === undefined && evidence.url === undefined) this.error('evidence-without-location', `evidence ${name} needs a path (a file or glob in the repository) or a url`, at);
    return undefined;
  }

  /** Paths that look right to their author and match nothing: a Windows separator, a folder. */
  private checkPathForm(written: string, at: DataPath): void {
    const windows = windowsPath(written);
    if (windows !== undefined) {
      this.warn('evidence-path-backslash', `path "${written}" uses "\\" between folders; evidence paths use "/" on every system (in a glob "\\" escapes the next character), so it matches no file: write "${windows}"`, at);
    } else if (written.endsWith('/')) {
      this.warn('evidence-path-is-folder', folderMessage(written.replace(/\/+$/, '')), at);
    }
  }

  private checkSatisfies(ids: unknown, controlId: string, implemented: readonly string[], at: DataPath): string[] {
    const { requirements } = this.context.mapping;
    return (Array.isArray(ids) ? (ids as unknown[]) : []).filter((requirementId, index): requirementId is string => {
      if (typeof requirementId !== 'string') return false;
      const known = requirements.get(requirementId);
      if (!known) {
        const other = this.context.otherMappings?.find((mapping) => mapping.requirements.has(requirementId));
        if (other) {
          this.warn(
            'requirement-of-other-mapping',
            `${quoteName(requirementId)} is an evidence requirement of the ${other.origin} mapping, not of the mapping in use (${this.context.mapping.origin}); it is not counted here`,
            [...at, 'satisfies', index],
          );
          return false;
        }
        const suggestion = isWordLike(requirementId) ? closestRequirementId(requirementId, requirements.keys()) : undefined;
        this.error('unknown-requirement', `${quoteName(requirementId)} is not an evidence requirement of the mapping in use${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`, [...at, 'satisfies', index]);
        return false;
      }
      // SOC 2's own requirements (`criteria:`) are asked of every organization: any control may hold their evidence.
      if (known.kind === 'row' && !implemented.includes(known.row.iso)) {
        this.warn('requirement-not-implemented', `${quoteName(requirementId)} is evidence for ${known.row.iso}, which control ${controlId} does not implement; it is not counted`, [...at, 'satisfies', index]);
      }
      return true;
    });
  }
}

/**
 * `evidence\access\q3.csv` written the way Windows shows it: the path with `/`, or undefined when
 * every backslash escapes a glob character (`\*`, `\[`), as a glob may.
 */
function windowsPath(written: string): string | undefined {
  if (!/\\(?![*?[\]{}()!+@\\])/.test(written)) return undefined;
  return written.replace(/\\/g, '/');
}

/** An evidence path that names a folder matches none of the files in it. */
export function folderMessage(folder: string): string {
  return `path "${folder}" names a folder, and a path matches files: to count the files in it, write "${folder}/**" (or "${folder}/*.csv" for some of them)`;
}

/** The scheme of a url as browsers read it (lower case, surrounding blanks and tabs ignored), or '' when it has none. */
function webScheme(url: string): string {
  try {
    return new URL(url.trim()).protocol.replace(/:$/, '').toLowerCase();
  } catch {
    return /^([^:/?#]+):/.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  }
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/** Words a template leaves for a person to replace: `TODO`, `TBD`, `<owner>`, `FIXME: someone`. */
function isPlaceholder(owner: string): boolean {
  const text = owner.trim().toLowerCase();
  return /^(todo|tbd|tbc|fixme)(?=$|[\s:.,;!(])/.test(text) || /^(xxx+|none|nobody|unknown|owner|someone|changeme|placeholder|n\/?a|-+|\?+)$/.test(text) || /^<[^>]*>$/.test(text);
}
