/**
 * Collected evidence (SPEC §1.4): a ChangePopulation document counts only when it is valid
 * against crosswalk's schema and the exceptions and summary it records are those its changes
 * give (recomputed here, so a document edited to look clean is caught). A path matching documents
 * and other files, declared counts, and deviations that answer nothing are reported too.
 */
import { changesNamed, inconsistencies, type ChangePopulation } from '../change-population.js';
import type { Diagnostic } from '../diagnostics.js';
import type { CollectedDocument, EvidenceItem, EvidenceObservations, OrgControl } from '../model.js';
import type { PopulationCandidates } from '../load/change-population.js';
import { quoteName } from './describe-value.js';
import { ChangePopulation as validateChangePopulation } from './compiled-schemas.js';

/** How many schema errors one document's message names. */
const errorsShown = 3;

export function checkCollectedEvidence(controls: readonly OrgControl[], observations: EvidenceObservations, candidates: ReadonlyMap<EvidenceItem, PopulationCandidates>): { observations: EvidenceObservations; diagnostics: Diagnostic[] } {
  if (candidates.size === 0 && !controls.some((control) => control.evidence.some((item) => item.deviations !== undefined))) return { observations, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const observed = new Map(observations);
  for (const item of controls.flatMap((control) => control.evidence)) {
    const found = candidates.get(item);
    const seen = observations.get(item);
    if (found === undefined || seen?.kind !== 'files' || item.source.kind !== 'path') {
      if (item.deviations !== undefined && item.deviations.length > 0) {
        diagnostics.push({ severity: 'warning', code: 'deviation-without-collected-evidence', message: `evidence ${item.id} has deviations, but its path matches no ChangePopulation document: deviations answer the exceptions of collected evidence only`, ...item.deviations[0]!.at });
      }
      continue;
    }
    const at = item.source.at;
    const documents: CollectedDocument[] = [];
    let valid = true;
    for (const file of found.documents) {
      const problem = 'error' in file ? file.error : documentProblem(file.data);
      if (problem === undefined && 'data' in file) documents.push({ path: file.path, document: file.data as ChangePopulation });
      else if (problem !== undefined) {
        valid = false;
        diagnostics.push({ severity: 'error', code: 'invalid-change-population', message: `${file.path} is not a ChangePopulation document crosswalk can count: ${problem}; evidence ${item.id} is not present`, ...at });
      }
    }
    if (found.others.length > 0) {
      valid = false;
      const others = found.others.length === 1 ? found.others[0]! : `${found.others[0]} and ${found.others.length - 1} other files`;
      diagnostics.push({ severity: 'error', code: 'change-population-mixed', message: `path ${quoteName(item.source.pattern)} matches ChangePopulation documents and ${others}; collected evidence must match only its documents, so evidence ${item.id} is not present`, ...at });
    }
    const declared = (['period', 'samples', 'population'] as const).filter((key) => item[key] !== undefined);
    if (declared.length > 0) {
      diagnostics.push({ severity: 'warning', code: 'collected-evidence-declares', message: `evidence ${item.id} declares ${declared.join(', ')}, but it is collected evidence: its ChangePopulation documents say them, and what the item declares is not used`, ...item.at });
    }
    if (valid) diagnostics.push(...deviationProblems(item, documents));
    observed.set(item, { kind: 'files', files: seen.files, collected: { documents: valid ? documents : [], valid } });
  }
  return { observations: observed, diagnostics };
}

/** Why the document cannot count, or undefined when it is valid and consistent. */
function documentProblem(data: unknown): string | undefined {
  if (!validateChangePopulation(data)) {
    const errors = validateChangePopulation.errors ?? [];
    const shown = errors.slice(0, errorsShown).map((error) => `${error.instancePath === '' ? 'the document' : error.instancePath} ${error.message ?? 'is invalid'}`);
    return `${shown.join('; ')}${errors.length > errorsShown ? ` (and ${errors.length - errorsShown} more)` : ''}`;
  }
  const problems = inconsistencies(data as ChangePopulation);
  if (problems.length === 0) return undefined;
  return `${problems.slice(0, errorsShown).join('; ')}${problems.length > errorsShown ? ` (and ${problems.length - errorsShown} more)` : ''} (crosswalk recomputes them: a document edited after collection does not count)`;
}

function deviationProblems(item: EvidenceItem, documents: readonly CollectedDocument[]): Diagnostic[] {
  return (item.deviations ?? []).flatMap((deviation): Diagnostic[] => {
    const named = changesNamed(deviation.change, documents.map(({ document }) => document));
    if (named.length === 0 || named.every(({ change }) => change.exceptions.length === 0)) {
      const why = named.length === 0 ? 'names no change of its documents' : 'names a change without exceptions';
      return [{ severity: 'warning', code: 'deviation-unknown-change', message: `deviation ${quoteName(deviation.change)} of evidence ${item.id} ${why}; it answers nothing`, ...deviation.at }];
    }
    const own = named.find(({ change }) => change.author === deviation.approvedBy);
    if (own !== undefined) {
      return [{ severity: 'error', code: 'deviation-self-approved', message: `deviation ${quoteName(deviation.change)} of evidence ${item.id} is approved by ${deviation.approvedBy}, the change's author; someone else must approve management's response, so the exception stays unanswered`, ...deviation.at }];
    }
    return [];
  });
}
