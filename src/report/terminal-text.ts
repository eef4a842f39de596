/**
 * Makes user-written text inert on a terminal and in a CI log: no escape sequences, no line
 * breaks (a line starting with `::` in a GitHub Actions log is a workflow command), no bidi
 * overrides that reorder what a reviewer sees.
 */
export function forTerminal(text: string): string {
  return (
    text
      .replace(/\r\n?|\n|\t|\u2028|\u2029/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD')
  );
}
