/** The readiness badges as files of the step: written next to the report, or an error saying why not. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BadgeSettings } from '../model.js';
import { renderBadges, type BadgeFile } from '../report/github/badge.js';
import type { Report } from '../report/report.js';
import type { Annotation } from './annotations.js';

export interface WrittenBadges {
  readonly files: readonly BadgeFile[];
  /** Paths of the overall badge: the `badge` and `badge-json` outputs. */
  readonly svg: string;
  readonly json: string;
}

export const overallBadge = { svg: 'soc2-readiness.svg', json: 'soc2-readiness.json' };

/** Writes every badge into `<directory>/badges`; undefined when the badge style is invalid (nothing is written). */
export async function writeBadges(report: Report, badge: BadgeSettings, directory: string): Promise<WrittenBadges | undefined> {
  if (!badge.ok) return undefined;
  const folder = path.join(directory, 'badges');
  await mkdir(folder, { recursive: true });
  const files = renderBadges(report, badge.style);
  for (const file of files) await writeFile(path.join(folder, file.name), file.content);
  return { files, svg: path.join(folder, overallBadge.svg), json: path.join(folder, overallBadge.json) };
}

/**
 * An invalid `badge:` in .crosswalk.yml, as an error annotation at its place. The problem reads
 * `file:line:column: message`; a problem without a place is annotated on no file.
 */
export function badgeProblemAnnotation(problem: string): Annotation {
  const title = 'crosswalk: invalid badge style; no badges written';
  const match = /^(.+?):(\d+):(\d+): (.+)$/s.exec(problem);
  if (match === null) return { level: 'error', title, message: problem };
  const [, file, line, column, message] = match;
  return { level: 'error', title, message: message!, file: file!, line: Number(line), column: Number(column) };
}
