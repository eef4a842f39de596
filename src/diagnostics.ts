/** A finding about the user's files, always tied to a place in them. */
export type Severity = 'error' | 'warning' | 'notice';

export type DiagnosticCode =
  // reading and parsing
  | 'not-utf8'
  | 'empty-file'
  | 'yaml-syntax'
  | 'yaml-comment-in-value'
  | 'duplicate-key'
  | 'yaml-alias-limit'
  | 'not-a-mapping'
  | 'no-control-files'
  | 'unmatched-control-file'
  | 'untracked-control-file'
  | 'limit-exceeded'
  // shape (JSON Schema)
  | 'unknown-key'
  | 'missing-field'
  | 'invalid-value'
  | 'wrong-kind'
  // meaning
  | 'unknown-iso-control'
  | 'iso-2013-id'
  | 'unknown-tsc-criterion'
  | 'duplicate-control-id'
  | 'duplicate-claim'
  | 'duplicate-evidence-id'
  | 'missing-justification'
  | 'no-implements-or-covers'
  | 'evidence-without-location'
  | 'collected-in-future'
  | 'collected-after-as-of'
  | 'invalid-period'
  | 'evidence-path-outside-repo'
  | 'evidence-path-backslash'
  | 'evidence-path-is-folder'
  | 'evidence-path-not-found'
  | 'per-file-date'
  | 'samples-exceed-rows'
  | 'unknown-requirement'
  | 'requirement-of-other-mapping'
  | 'requirement-not-implemented'
  | 'control-reaches-no-criterion'
  | 'placeholder-owner'
  // collected evidence (SPEC §1.4)
  | 'invalid-change-population'
  | 'change-population-mixed'
  | 'collected-evidence-declares'
  | 'deviation-unknown-change'
  | 'deviation-self-approved'
  | 'deviation-without-collected-evidence';

export interface SourceLocation {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface Diagnostic extends SourceLocation {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
}

/** Most important first. */
export const severityRank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Deterministic order: by file, then position, then severity and code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank[a.severity] - severityRank[b.severity] ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

/** Locale-independent string order, so no machine setting leaks into a report. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many findings are listed per file: a file of 90,000 unknown keys must not become 90,000 annotations and table rows. */
const maxDiagnosticsPerFile = 100;

/**
 * Keeps the first `max` diagnostics of each file (in the order given) and replaces the rest with
 * one diagnostic that counts them, as severe as the worst of them, so the verdict is unchanged.
 */
export function capPerFile(diagnostics: readonly Diagnostic[], max = maxDiagnosticsPerFile): Diagnostic[] {
  const kept: Diagnostic[] = [];
  const dropped = new Map<string, Diagnostic[]>();
  const listed = new Map<string, number>();
  for (const diagnostic of diagnostics) {
    const count = listed.get(diagnostic.file) ?? 0;
    if (count < max) {
      listed.set(diagnostic.file, count + 1);
      kept.push(diagnostic);
    } else {
      const rest = dropped.get(diagnostic.file);
      if (rest === undefined) dropped.set(diagnostic.file, [diagnostic]);
      else rest.push(diagnostic);
    }
  }
  for (const [file, rest] of dropped) kept.push(moreInFile(file, rest, max));
  return kept.sort(compareDiagnostics);
}

function moreInFile(file: string, rest: readonly Diagnostic[], max: number): Diagnostic {
  const worst = rest.reduce((a, b) => (severityRank[b.severity] < severityRank[a.severity] ? b : a));
  const bySeverity = (['error', 'warning', 'notice'] as const)
    .map((severity) => [severity, rest.filter((diagnostic) => diagnostic.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count.toLocaleString('en-US')} ${severity}${count === 1 ? '' : 's'}`);
  const first = rest[0]!;
  return {
    severity: worst.severity,
    code: 'limit-exceeded',
    message: `and ${rest.length.toLocaleString('en-US')} more problems in this file from here on (${bySeverity.join(', ')}), not listed: at most ${max} are listed per file`,
    file,
    line: first.line,
    column: first.column,
  };
}
