import { assessmentResults } from './assessment-results.js';
import { componentDefinition } from './component-definition.js';
import type { OscalModel, OscalOptions } from './oscal.js';
import type { Report } from '../../report.js';

/** An OSCAL 1.1.3 JSON document of the chosen model. Deterministic: the same report gives the same bytes. */
export function formatOscal(model: OscalModel, report: Report, options: OscalOptions = {}): string {
  const document = model === 'assessment-results' ? assessmentResults(report, options) : componentDefinition(report, options);
  return `${JSON.stringify(document, null, 2)}\n`;
}
