import { compareStrings, type Diagnostic, type DiagnosticCode, type SourceLocation } from '../diagnostics.js';
import type { DataPath, SourceDocument } from '../load/source.js';
import type { Catalogs, ControlStatus, EvidenceItem, EvidenceSource, Mapping, OrgControl } from '../model.js';
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

    const rawControls = (document.data as { controls: RawControl[] }).controls;
    rawControls.forEach((raw, index) => {
      const path: DataPath = ['controls', index];
      if (broken.some((bad) => makesControlUnusable(bad, path))) return;
      if (this.controls.length >= (this.context.maxControls ?? Infinity)) {
        if (!this.limitReported) this.diagnostics.push({ severity: 'error', code: 'limit-exceeded', message: `more than ${this.context.maxControls} controls (limits.max_controls); the rest are not scored`, ...document.locate(path) });
        this.limitReported = true;
        return;
      }
      const checker = new ControlChecker(document, path, this.context, this.diagnostics);
      const control = checker.build(raw, broken);
      const previous = this.declared.get(control.id);
      if (previous) {
        checker.error('duplicate-control-id', `control id ${quoteName(control.id)} is already declared at ${previous.file}:${previous.line}:${previous.column}; org control ids must be unique across the repository`, ['id']);
        return;
      }
      this.declared.set(control.id, control.at);
      this.controls.push(control);
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

  build(raw: RawControl, broken: readonly DataPath[]): OrgControl {
    const implemented = this.checkImplements(raw.implements ?? []);
    const covers = this.checkCovers(raw.covers ?? []);
    if (raw.implements === undefined && raw.covers === undefined) {
      this.error('no-implements-or-covers', `control ${raw.id} must list the ISO controls it implements (implements:) or the SOC 2 criteria it covers (covers:)`, ['id']);
    }
    if (raw.status === 'not-applicable' && raw.justification === undefined) {
      this.error('missing-justification', `control ${raw.id} is not-applicable: add a justification saying why, as an auditor will ask`, ['status']);
    }
    return {
      id: raw.id,
      title: raw.title,
      implements: implemented,
      covers,
      status: raw.status,
      owner: raw.owner,
      justification: raw.justification,
      ...this.checkEvidence(raw, implemented, broken),
      at: this.document.locate([...this.path, 'id'], 'key'),
    };
  }

  private checkImplements(ids: readonly string[]): string[] {
    return ids.filter((id, index) => {
      const verdict = judgeIsoId(String(id), this.context.catalogs);
      if (verdict.kind === 'known') return true;
      this.error(verdict.kind === 'iso-2013' ? 'iso-2013-id' : 'unknown-iso-control', verdict.message, ['implements', index]);
      return false;
    });
  }

  private checkCovers(ids: readonly string[]): string[] {
    const known = this.context.catalogs.criteriaById;
    return ids.filter((id, index) => {
      if (known.has(id)) return true;
      this.error('unknown-tsc-criterion', `${id} is not a SOC 2 Trust Services Criterion${didYouMean(id, known.keys())}`, ['covers', index]);
      return false;
    });
  }

  private checkEvidence(raw: RawControl, implemented: readonly string[], broken: readonly DataPath[]): { evidence: EvidenceItem[]; laterEvidence: EvidenceItem[] } {
    const seen = new Set<string>();
    const items: EvidenceItem[] = [];
    const later: EvidenceItem[] = [];
    const today = this.context.today ?? this.context.asOf;
    (raw.evidence ?? []).forEach((evidence, index) => {
      const at: DataPath = ['evidence', index];
      const absolute = [...this.path, ...at];
      if (broken.some((bad) => isWithin(bad, absolute))) return;
      if (seen.has(evidence.id)) {
        this.error('duplicate-evidence-id', `evidence id ${quoteName(evidence.id)} is used twice in control ${raw.id}`, [...at, 'id']);
        return;
      }
      seen.add(evidence.id);
      const source = this.checkSource(evidence, at);
      const satisfies = this.checkSatisfies(evidence, raw.id, implemented, at);
      if (!this.checkPeriod(evidence, at)) return;
      if (source === undefined) return;
      const item: EvidenceItem = {
        id: evidence.id,
        satisfies,
        type: evidence.type,
        source,
        collected: evidence.collected,
        samples: evidence.samples,
        period: evidence.period,
        population: evidence.population,
        at: this.document.locate([...this.path, ...at]),
      };
      if (evidence.collected > today) {
        this.error('collected-in-future', `evidence ${evidence.id} is collected ${evidence.collected}, after today (${today}); a date in the future is a typo, and the item is not counted`, [...at, 'collected']);
        later.push(item);
      } else if (evidence.collected > this.context.asOf) {
        this.note('collected-after-as-of', `evidence ${evidence.id} is collected ${evidence.collected}, after the as-of date ${this.context.asOf}; looking back, it is not counted`, [...at, 'collected']);
        later.push(item);
      } else {
        items.push(item);
      }
    });
    return { evidence: items, laterEvidence: later };
  }

  /** SPEC §1.1: period.start ≤ period.end ≤ collected. */
  private checkPeriod(evidence: RawEvidence, at: DataPath): boolean {
    const { period } = evidence;
    if (period === undefined) return true;
    if (period.start > period.end) {
      this.error('invalid-period', `evidence ${evidence.id}: period starts ${period.start}, after it ends (${period.end})`, [...at, 'period', 'end']);
      return false;
    }
    if (period.end > evidence.collected) {
      this.error('invalid-period', `evidence ${evidence.id}: period ends ${period.end}, after the item was collected (${evidence.collected}); evidence records activity that already happened`, [...at, 'period', 'end']);
      return false;
    }
    return true;
  }

  private checkSource(evidence: RawEvidence, at: DataPath): EvidenceSource | undefined {
    if (evidence.path !== undefined && evidence.url !== undefined) {
      this.error('invalid-value', `evidence ${evidence.id} has both path and url; give one (a file in the repository, or an external link)`, [...at, 'url']);
      return undefined;
    }
    if (evidence.path !== undefined) {
      const unsafe = unsafePathReason(evidence.path);
      // An unsafe path is never read, but the item still lists its requirements: it counts as not found.
      if (unsafe) this.error('evidence-path-outside-repo', `path ${quoteName(evidence.path)} ${unsafe}; it is not read`, [...at, 'path']);
      else this.checkPathForm(evidence.path, [...at, 'path']);
      return { kind: 'path', pattern: evidence.path, at: this.document.locate([...this.path, ...at, 'path']) };
    }
    if (evidence.url !== undefined) return { kind: 'url', url: evidence.url };
    this.error('evidence-without-location', `evidence ${evidence.id} needs a path (a file or glob in the repository) or a url`, at);
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

  private checkSatisfies(evidence: RawEvidence, controlId: string, implemented: readonly string[], at: DataPath): string[] {
    const { requirements } = this.context.mapping;
    return (evidence.satisfies ?? []).filter((requirementId, index) => {
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
