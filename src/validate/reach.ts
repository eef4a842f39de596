/**
 * An org control whose claims reach no in-scope criterion counts toward nothing, and without a
 * word its author would think it does: a notice saying why, ISO id by ISO id (SPEC §1.2,
 * `unmapped`). Pure: controls and mapping in, diagnostics out.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Catalogs, Mapping, OrgControl, TscCategory } from '../model.js';

export function unreachedControls(controls: readonly OrgControl[], mapping: Mapping, catalogs: Catalogs, scope: readonly TscCategory[]): Diagnostic[] {
  const inScope = (criterion: string) => {
    const category = catalogs.criteriaById.get(criterion)?.category;
    return category !== undefined && scope.includes(category);
  };
  const ownRequirements = new Set(mapping.criteria.filter((entry) => inScope(entry.tsc)).flatMap((entry) => entry.evidence.map((requirement) => requirement.id)));
  // ISO ids whose live rows reach an in-scope criterion, indexed once: repositories hold thousands of controls.
  const reaching = new Set(mapping.rows.filter((row) => row.coverage !== 'gap' && row.tsc.some(inScope)).map((row) => row.iso));
  return controls.flatMap((control): Diagnostic[] => {
    if (control.status === 'not-applicable' || control.implements.length === 0) return [];
    // A planned control with no evidence yet counts toward nothing either way, and a repository
    // `init` scaffolds holds dozens: its note would bury the ones about controls that operate.
    if (control.status === 'planned' && control.evidence.length === 0 && control.laterEvidence.length === 0) return [];
    const reached = control.implements.some((iso) => reaching.has(iso)) || control.covers.some(inScope);
    // Evidence for SOC 2's own requirements counts whatever the control implements.
    const servesOwnTests = control.evidence.some((item) => item.satisfies.some((id) => ownRequirements.has(id)));
    if (reached || servesOwnTests) return [];
    const why = control.implements.map((iso) => whyUnreached(iso, mapping, catalogs, scope));
    return [
      {
        severity: 'notice',
        code: 'control-reaches-no-criterion',
        message: `control ${control.id} reaches no SOC 2 criterion in scope (${scope.join(', ')}), so its evidence counts toward nothing: ${why.join('; ')}`,
        ...control.at,
      },
    ];
  });
}

function liveRowsOf(mapping: Mapping, iso: string) {
  return mapping.rows.filter((row) => row.iso === iso && row.coverage !== 'gap');
}

function whyUnreached(iso: string, mapping: Mapping, catalogs: Catalogs, scope: readonly TscCategory[]): string {
  const unmapped = mapping.unmapped.find((entry) => entry.iso === iso);
  if (unmapped) return `${iso} is left unmapped on purpose (${unmapped.reason})`;
  const criteria = [...new Set(liveRowsOf(mapping, iso).flatMap((row) => row.tsc))];
  if (criteria.length > 0) {
    const outside = [...new Set(criteria.map((criterion) => catalogs.criteriaById.get(criterion)?.category).filter((category) => category !== undefined && !scope.includes(category)))];
    return `${iso} reaches only ${criteria.join(', ')}, in ${outside.join(', ')}, which the scope leaves out`;
  }
  if (mapping.rows.some((row) => row.iso === iso)) return `${iso} is mapped as a gap (ISO has no counterpart for its SOC 2 criteria)`;
  return `${iso} is in no row of the mapping`;
}
