/**
 * Parsed YAML kept from one run for another over the same files. On a pull request crosswalk
 * judges the head and then the base, and the base holds most of the head's files byte for byte:
 * parsing is the largest part of a run's own time, and it need not be done twice. Parsing is a
 * pure function of the path, the text and the limits, so a result taken from here is the one
 * parsing again would give; anything else (another text, other limits) is parsed.
 */
import { parseSource, type ParseLimits, type ParseResult } from './source.js';

/** Enough for any ordinary repository's control files; a larger one parses its base again rather than hold it all. */
const defaultMaxTextBytes = 4 * 1024 * 1024;

interface Kept {
  readonly text: string;
  readonly limits: ParseLimits;
  readonly result: ParseResult;
}

export class ParseMemo {
  private readonly kept = new Map<string, Kept>();
  private textBytes = 0;

  constructor(private readonly maxTextBytes = defaultMaxTextBytes) {}

  parse(file: string, text: string, limits: ParseLimits): ParseResult {
    const kept = this.kept.get(file);
    if (kept !== undefined && kept.limits === limits && kept.text === text) return kept.result;
    const result = parseSource(file, text, limits);
    // Two bytes a character: what the strings cost in memory, not on disk.
    if (kept === undefined && this.textBytes + text.length * 2 <= this.maxTextBytes) {
      this.kept.set(file, { text, limits, result });
      this.textBytes += text.length * 2;
    }
    return result;
  }
}
