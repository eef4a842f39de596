/**
 * Small helpers for the words of messages and reports. A leaf module, like dates.ts: the core
 * (whose verdicts give reasons in words) and the formatters share it without importing each other.
 */

/** `1 error`, `2 errors`; `plural(n, 'criterion', 'criteria')` for irregular forms. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
