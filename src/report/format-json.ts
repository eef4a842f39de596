import type { Report } from './report.js';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The text of formatJson, a top-level field or an element of a top-level list at a time, so the
 * CLI can write a large report without holding all of it: at 10,000 controls the whole text is
 * some 40 MB, and JSON.stringify's buffers as much again at the peak of the run's memory.
 * JSON escapes line breaks inside strings, so every line break of a piece is its indentation's.
 */
export function* formatJsonPieces(report: Report): Generator<string> {
  // The fields JSON.stringify keeps: it leaves out undefined (and functions, which a report never holds).
  const fields = Object.entries(report).filter(([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol');
  if (fields.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [position, [key, value]] of fields.entries()) {
    const comma = position < fields.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(key)}: ${indented(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    for (const [index, element] of value.entries()) {
      yield `    ${indented(JSON.stringify(element, null, 2) ?? 'null', '    ')}${index < value.length - 1 ? ',' : ''}\n`;
    }
    yield `  ]${comma}\n`;
  }
  yield '}\n';
}

function indented(json: string, indent: string): string {
  return json.replaceAll('\n', `\n${indent}`);
}
