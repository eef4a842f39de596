import { makeBadge } from 'badge-maker';
import { defaultBadgeStyle, type BadgeStyle, type TscCategory } from '../../model.js';
import type { Report } from '../report.js';
import { sanitizeText } from '../sanitize.js';

export function colorFor(percent: number, style: BadgeStyle): string {
  const band = style.thresholds.findIndex((threshold) => percent < threshold);
  return style.colors[band === -1 ? style.thresholds.length : band]!;
}

/** The shields.io endpoint JSON (https://shields.io/badges/endpoint-badge): only the keys it accepts. */
export interface ShieldsEndpoint {
  readonly schemaVersion: 1;
  readonly label: string;
  readonly message: string;
  readonly color: string;
}

export interface BadgeFile {
  /** A file name, no folders: `soc2-readiness.svg`. */
  readonly name: string;
  readonly content: string;
}

/** One SVG and one endpoint JSON for overall readiness, and one pair per category in scope. */
export function renderBadges(report: Report, style: BadgeStyle = defaultBadgeStyle): BadgeFile[] {
  // SPEC §2: with file errors some controls were never read, so no figure is published: the badge says `errors`.
  const shown = (percent: number): BadgeValue => (report.summary.complete ? { message: `${percent.toFixed(1)}%`, color: colorFor(percent, style) } : { message: 'errors', color: style.colors[0]! });
  const overall = badgePair('soc2-readiness', style.label, shown(report.summary.readiness));
  const perCategory = report.categories.flatMap((category) => badgePair(`soc2-readiness-${category.category}`, `SOC 2 ${categoryLabel(category.category)}`, shown(category.readiness)));
  return [...overall, ...perCategory];
}

interface BadgeValue {
  readonly message: string;
  readonly color: string;
}

function badgePair(baseName: string, writtenLabel: string, { message, color }: BadgeValue): BadgeFile[] {
  // The label is written in .crosswalk.yml: the one sanitiser makes it inert, so the SVG stays
  // well-formed XML (a control character is not allowed in it) and reads in the order it is stored.
  const label = sanitizeText(writtenLabel);
  const endpoint: ShieldsEndpoint = { schemaVersion: 1, label, message, color: color.replace(/^#/, '') };
  const svg = makeBadge({ label, message, color });
  return [
    { name: `${baseName}.svg`, content: `${svg}\n` },
    { name: `${baseName}.json`, content: `${JSON.stringify(endpoint, null, 2)}\n` },
  ];
}

function categoryLabel(category: TscCategory): string {
  return category.replace('-', ' ');
}
