import type { Report } from './report.js';

export const formatNames = ['text', 'json', 'markdown', 'sarif', 'html'] as const;
export type FormatName = (typeof formatNames)[number];

/** Formats that show the SHA-256 of evidence files: only these make a run hash them. */
export const formatsWithDigests: ReadonlySet<FormatName> = new Set<FormatName>(['json', 'html']);

export interface FormatOptions {
  readonly color: boolean;
  readonly width?: number | undefined;
}

type Formatter = (report: Report, options: FormatOptions) => string;

/** Each formatter is loaded only when its format is asked for: a run renders one. */
const formatters: Record<FormatName, () => Promise<Formatter>> = {
  text: async () => (await import('./terminal/format-text.js')).formatText,
  json: async () => {
    const { formatJson } = await import('./format-json.js');
    return (report) => formatJson(report);
  },
  markdown: async () => {
    const { formatMarkdown } = await import('./github/format-markdown.js');
    return (report) => formatMarkdown(report);
  },
  sarif: async () => {
    const { formatSarif } = await import('./github/format-sarif.js');
    return (report) => formatSarif(report);
  },
  html: async () => {
    const { formatHtml } = await import('./audit/format-html.js');
    return (report) => formatHtml(report);
  },
};

/** Formatters chosen by name; each renders the report and knows nothing of where it goes. */
export async function render(format: FormatName, report: Report, options: FormatOptions): Promise<string> {
  return (await formatters[format]())(report, options);
}

/**
 * The report in the pieces a large one is best written in: JSON a field or list element at a
 * time (format-json.ts), so the CLI never holds its whole text; every other format whole.
 */
export async function renderPieces(format: FormatName, report: Report, options: FormatOptions): Promise<string | Iterable<string>> {
  if (format !== 'json') return render(format, report, options);
  const { formatJsonPieces } = await import('./format-json.js');
  return formatJsonPieces(report);
}
