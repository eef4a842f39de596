/**
 * The control files an imported Statement of Applicability becomes: one file per Annex A theme,
 * named and laid out as `crosswalk init` writes them (controls/organizational.yaml, …), one org
 * control per row with the id init gives it (A.5.15 → ORG-5.15). Pure: the command writes them.
 */
import { controlFileText, orgControlId, themeOf, themes, type ControlEntry, type ScaffoldFile } from '../init/scaffold.js';
import type { ControlStatus } from '../model.js';
import { compareIsoIds } from '../validate/iso-ids.js';
import type { ImportedControl } from './soa-rows.js';

/** `source` names where the controls came from: the file, and the sheet of a workbook. */
export function importedControlFiles(controls: readonly ImportedControl[], source: string): ScaffoldFile[] {
  return themes.flatMap((theme) => {
    const own = controls.filter((control) => themeOf(control.iso) === theme).sort((a, b) => compareIsoIds(a.iso.id, b.iso.id));
    if (own.length === 0) return [];
    const file = `controls/${theme.name}.yaml`;
    const heading = [`${theme.title}: ${own.length === 1 ? 'one control' : `${own.length} controls`} imported from ${source} by crosswalk import soa, one per row.`, 'Add the evidence that each one operates; crosswalk check scores them against SOC 2.'];
    return [{ path: file, content: controlFileText(file, heading, own.map((control) => entryFor(control, theme))) }];
  });
}

function entryFor(control: ImportedControl, theme: (typeof themes)[number]): ControlEntry {
  return {
    id: orgControlId(theme, control.iso),
    title: control.title,
    implements: [control.iso.id],
    status: control.status,
    owner: control.owner,
    justification: control.justification,
    description: control.description,
  };
}

/** How many controls of each status, in the order of the lifecycle. */
export function countByStatus(controls: readonly ImportedControl[]): Record<ControlStatus, number> {
  const counts: Record<ControlStatus, number> = { implemented: 0, 'in-progress': 0, planned: 0, 'not-applicable': 0 };
  for (const control of controls) counts[control.status]++;
  return counts;
}
