import type { SourceDocument } from '../load/source.js';
import { defaultBadgeStyle, type BadgeSettings } from '../model.js';
import { describeValue, isWordLike, quoteName } from './describe-value.js';
import { didYouMean } from './suggest.js';

/** badge-maker's named colours and aliases; anything else must be hex. */
const namedColors = new Set(['brightgreen', 'green', 'yellow', 'yellowgreen', 'orange', 'red', 'blue', 'grey', 'lightgrey', 'gray', 'lightgray', 'critical', 'important', 'success', 'informational', 'inactive']);

export function isBadgeColor(color: string): boolean {
  return namedColors.has(color) || /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color);
}

const colorNames = ['brightgreen', 'green', 'yellowgreen', 'yellow', 'orange', 'red', 'blue', 'grey', 'lightgrey'];

export function resolveBadgeStyle(config: SourceDocument | undefined): BadgeSettings {
  const raw = (config?.data as { badge?: Record<string, unknown> } | undefined)?.badge;
  if (raw === undefined) return { ok: true, style: defaultBadgeStyle };
  const unknown = Object.keys(raw).find((key) => !['label', 'thresholds', 'colors'].includes(key));
  const problem = (message: string, ...path: (string | number)[]) => {
    const at = config!.locate(['badge', ...path], path.length === 1 && path[0] === unknown ? 'key' : 'value');
    return { ok: false as const, problem: `${at.file}:${at.line}:${at.column}: ${message}` };
  };

  if (unknown !== undefined) return problem(`unknown key ${quoteName(unknown)} in badge${didYouMean(unknown, ['label', 'thresholds', 'colors'])}`, unknown);

  const label = raw.label ?? defaultBadgeStyle.label;
  if (typeof label !== 'string' || label.trim() === '' || label.length > 60) return problem('badge.label must be a text of 1 to 60 characters', 'label');

  const thresholds = raw.thresholds ?? defaultBadgeStyle.thresholds;
  if (!Array.isArray(thresholds) || thresholds.length === 0) return problem('badge.thresholds must be a list of percentages, e.g. [50, 80]', 'thresholds');
  for (const [index, threshold] of thresholds.entries()) {
    if (typeof threshold !== 'number' || threshold < 0 || threshold > 100) return problem(`badge.thresholds[${index}] must be a percentage from 0 to 100, found ${typeof threshold === 'number' ? threshold : describeValue(threshold)}`, 'thresholds', index);
    if (index > 0 && threshold <= (thresholds[index - 1] as number)) return problem(`badge.thresholds must rise: ${threshold} after ${String(thresholds[index - 1])}`, 'thresholds', index);
  }

  const colors = raw.colors ?? (raw.thresholds === undefined ? defaultBadgeStyle.colors : undefined);
  if (!Array.isArray(colors) || colors.length !== thresholds.length + 1) {
    return problem(`badge.colors must list ${thresholds.length + 1} colours, one per band the ${thresholds.length} threshold(s) make`, raw.colors === undefined ? 'thresholds' : 'colors');
  }
  for (const [index, color] of colors.entries()) {
    if (typeof color !== 'string' || !isBadgeColor(color)) {
      return problem(`badge.colors[${index}] ${typeof color === 'string' ? quoteName(color) : describeValue(color)} is not a badge colour (a name such as ${colorNames.join(', ')}, or hex like #4c1)${isWordLike(color) ? didYouMean(color, colorNames) : ''}`, 'colors', index);
    }
  }
  return { ok: true, style: { label, thresholds: thresholds as number[], colors: colors as string[] } };
}
