import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import type { Report } from './report.js';

export const formatNames = ['text', 'json', 'markdown', 'sarif', 'html'] as const;
export type FormatName = (typeof formatNames)[number];

/** Formats that show the SHA-256 of evidence files: only these make a run hash them. */
export const formatsWithDigests: ReadonlySet<FormatName> = new Set<FormatName>(['json', 'html']);

export interface FormatOptions {
  readonly color: boolean;
  readonly width?: number | undefined;
}

/** Formatters chosen by name; each renders the report and knows nothing of where it goes. */
export function render(format: FormatName, report: Report, options: FormatOptions): string {
  switch (format) {
    case 'text':
      return formatText(report, options);
    case 'json':
      return formatJson(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'sarif':
      return formatSarif(report);
    case 'html':
      return formatHtml(report);
  }
}
