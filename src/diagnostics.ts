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
  | 'samples-exceed-rows'
  | 'unknown-requirement'
  | 'requirement-not-implemented';

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
