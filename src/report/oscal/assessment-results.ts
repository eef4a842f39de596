/**
 * OSCAL 1.1.3 assessment results: one result for the run (its as-of date, and for Type 2 the
 * period), a finding per in-scope SOC 2 criterion with its state and what blocks it, and an
 * observation per evidence item with when it was collected, when it stops counting and the
 * SHA-256 of every file it matched. Pure: the report in, a JSON document out.
 */
import { auditLine, missingDetail, reasonWords } from '../missing-text.js';
import type { EvidenceItemReport } from '../evidence-inventory.js';
import { crosswalkNamespace, leftOutRemark, metadata, pathReference, prop, some, timestamp, uuidV5, type OscalOptions, type OscalProperty } from './oscal.js';
import type { BlockingRowReport, CriterionReport, Report } from '../report.js';
import { plural } from '../../text.js';

interface RelevantEvidence {
  readonly href?: string;
  readonly description: string;
  readonly props?: readonly OscalProperty[];
  readonly remarks?: string;
}

export function assessmentResults(report: Report, options: OscalOptions = {}): Record<string, unknown> {
  const documentUuid = uuidV5(`assessment-results ${subjectOf(report)}`, options.namespace ?? crosswalkNamespace);
  const resultUuid = uuidV5('result', documentUuid);
  const mappingUuid = uuidV5('mapping', documentUuid);
  const observations = report.evidence.flatMap((item) => observation(item, report, resultUuid));
  const represented = new Set(observations.map((entry) => entry.uuid));
  const leftOut = [leftOutRemark(report), unrepresentable(report, represented, resultUuid)].filter((text): text is string => text !== undefined);

  return {
    'assessment-results': {
      uuid: documentUuid,
      metadata: metadata(report, `SOC 2 readiness (${report.scope.join(', ')}) — ${auditLine(report.audit, report.asOf)}`, leftOut.length > 0 ? leftOut.join(' ') : undefined),
      'import-ap': {
        href: `#${mappingUuid}`,
        remarks: 'crosswalk keeps no separate assessment plan: the plan is the mapping and the policy named in the back matter.',
      },
      results: [
        {
          uuid: resultUuid,
          title: `SOC 2 readiness as of ${report.asOf}`,
          description: resultDescription(report),
          start: startOf(report),
          ...(report.audit.type === 'type2' ? { end: timestamp(report.audit.period.end) } : {}),
          props: [
            ...prop('audit-type', report.audit.type),
            ...prop('as-of', report.asOf),
            ...prop('readiness', report.summary.readiness.toFixed(1)),
            ...prop('design-coverage', report.summary.designCoverage.toFixed(1)),
            ...prop('passed', String(report.summary.passed)),
          ],
          'reviewed-controls': {
            'control-selections': [{ 'include-controls': report.criteria.map((criterion) => ({ 'control-id': criterion.id })) }],
            remarks: `The SOC 2 Trust Services Criteria (TSC 2017, points of focus revised 2022) of the categories in scope: ${report.scope.join(', ')}.`,
          },
          ...some('observations', observations),
          ...some(
            'findings',
            report.criteria.map((criterion) => finding(criterion, report, resultUuid, represented)),
          ),
          ...(leftOut.length > 0 ? { remarks: leftOut.join('\n\n') } : {}),
        },
      ],
      'back-matter': {
        resources: [
          {
            uuid: mappingUuid,
            title: report.mapping.name,
            description: `The ISO/IEC 27001:2022 to SOC 2 mapping the controls were judged against (${report.mapping.source === 'default' ? "crosswalk's default mapping" : 'a mapping file of the repository'}), with the policy of its .crosswalk.yml.`,
            props: prop('mapping-source', report.mapping.source),
          },
        ],
      },
    },
  };
}

/**
 * What the document is about, stable across revisions (OSCAL: a UUID is assigned per subject):
 * the scope and the audit, so a re-run on changed evidence revises the same document. A Type 1
 * assessment is about its day; a Type 2 about its period, whatever day it is run.
 */
function subjectOf(report: Report): string {
  const audit = report.audit.type === 'type2' ? `type2 ${report.audit.period.start}..${report.audit.period.end}` : `type1 ${report.asOf}`;
  return `${report.scope.join(',')} ${audit}`;
}

function startOf(report: Report): string {
  const start = timestamp(report.audit.type === 'type2' ? report.audit.period.start : report.asOf);
  if (start === undefined) throw new RangeError('OSCAL cannot express the audit dates: its dates run from 1900 to 2999');
  return start;
}

function resultDescription(report: Report): string {
  const { summary } = report;
  return [
    `${auditLine(report.audit, report.asOf)}.`,
    `Readiness ${summary.readiness.toFixed(1)}%: ${summary.ready} of ${summary.criteria} criteria ready, ${summary.incomplete} incomplete, ${summary.gap} gaps; design coverage ${summary.designCoverage.toFixed(1)}%.`,
    `A criterion is satisfied only when every control claimed for it has the evidence an auditor tests.`,
  ].join(' ');
}

// --- findings --------------------------------------------------------------------------------

const stateWords = {
  ready: 'Ready: every row that reaches it is met, on evidence.',
  incomplete: 'Incomplete: a control is claimed for it, but not every claim has its evidence yet.',
  gap: 'Gap: no implemented or in-progress control reaches it.',
} as const;

function finding(criterion: CriterionReport, report: Report, resultUuid: string, represented: ReadonlySet<string>) {
  const through = [...criterion.controls, ...criterion.supplementalControls];
  const related = relatedObservations(criterion.id, report, resultUuid).filter((uuid) => represented.has(uuid));
  const blockers = criterion.blockedBy.flatMap(blockerProps);
  return {
    uuid: uuidV5(`finding ${criterion.id}`, resultUuid),
    title: `${criterion.id} ${criterion.subject}`,
    description: `${stateWords[criterion.state]}${through.length > 0 ? ` Through ${through.join(', ')}.` : ''}`,
    ...some('props', blockers),
    target: {
      type: 'objective-id',
      'target-id': criterion.id,
      props: prop('state', criterion.state),
      status: { state: criterion.state === 'ready' ? 'satisfied' : 'not-satisfied', reason: criterion.state === 'ready' ? 'pass' : 'fail' },
    },
    ...some(
      'related-observations',
      related.map((uuid) => ({ 'observation-uuid': uuid })),
    ),
    ...(criterion.blockedBy.length > 0 ? { remarks: `Blocked by: ${criterion.blockedBy.map(blockerText).join('; ')}.` } : {}),
  };
}

/** One property per requirement to close, its reason as the class. */
function blockerProps(row: BlockingRowReport): OscalProperty[] {
  const source = row.iso === null ? `${row.controls.join(', ')} (SOC 2-specific)` : `${row.iso} via ${row.controls.join(', ')}`;
  if (row.requirements.length === 0) return prop('blocking-row', source, { class: 'in-progress', remarks: 'no control implemented yet' });
  return row.requirements.flatMap((requirement) =>
    prop('blocking-requirement', requirement.id, {
      class: requirement.reason,
      remarks: `${source}: ${reasonWords[requirement.reason]}${requirement.window ? ` (${requirement.window.start}..${requirement.window.end})` : ''}`,
    }),
  );
}

function blockerText(row: BlockingRowReport): string {
  const source = row.iso === null ? `${row.controls.join(', ')} (SOC 2-specific)` : `${row.iso} ${row.isoTitle ?? ''} via ${row.controls.join(', ')}`;
  const needs = row.requirements.map((requirement) => `${requirement.id} (${missingDetail({ reason: requirement.reason, window: requirement.window, laterEvidence: [] })})`);
  return `${source}: ${[...(row.inProgress ? ['in progress, no control implemented yet'] : []), ...needs].join(', ')}`;
}

/** The evidence of the live org controls whose claims reach the criterion. */
function relatedObservations(criterion: string, report: Report, resultUuid: string): string[] {
  const controls = new Set(report.controls.filter((control) => control.status !== 'not-applicable' && control.criteria.includes(criterion)).map((control) => control.id));
  return report.evidence.filter((item) => controls.has(item.control)).map((item) => observationUuid(item, resultUuid));
}

// --- observations ----------------------------------------------------------------------------

function observationUuid(item: Pick<EvidenceItemReport, 'control' | 'evidence'>, resultUuid: string): string {
  return uuidV5(`observation ${item.control} ${item.evidence}`, resultUuid);
}

/** None when OSCAL cannot express the date it was collected (a year before 1900). */
function observation(item: EvidenceItemReport, report: Report, resultUuid: string) {
  const collected = timestamp(item.collected);
  if (collected === undefined) return [];
  const expires = timestamp(item.expires);
  const title = report.controls.find((control) => control.id === item.control)?.title;
  return [
    {
      uuid: observationUuid(item, resultUuid),
      title: `${item.control}: ${item.evidence}`,
      description: observationDescription(item, title),
      props: [
        ...prop('org-control', item.control),
        ...prop('evidence-id', item.evidence),
        ...prop('evidence-type', item.type ?? ''),
        ...item.satisfies.flatMap((requirement) => prop('satisfies', requirement)),
        ...prop('present', String(item.present)),
        ...(item.period ? [...prop('period-start', item.period.start), ...prop('period-end', item.period.end)] : []),
        ...prop('source', `${item.file}:${item.line}`),
      ],
      methods: ['EXAMINE'],
      collected,
      ...(expires === undefined ? {} : { expires }),
      'relevant-evidence': relevantEvidence(item),
    },
  ];
}

function observationDescription(item: EvidenceItemReport, controlTitle: string | undefined): string {
  const what = `Evidence ${item.evidence} of ${item.control}${controlTitle ? ` (${controlTitle})` : ''}`;
  const when = `collected ${item.collected}${item.period ? `, recording ${item.period.start}..${item.period.end}` : ''}; counts until ${item.expires} (max age of ${item.expiresBy.join(', ')})`;
  const where = item.url !== undefined ? 'an external link crosswalk cannot open' : item.files.length === 0 ? `${item.path}, which matches no file` : `${item.path}, ${plural(item.files.length, 'file')}`;
  return `${what}: ${item.type ?? 'evidence'}, ${when}; ${where}.`;
}

const unhashed = {
  'not-requested': 'not hashed',
  'file-too-large': 'not hashed: larger than the per-file hashing cap',
  'hashing-budget-spent': 'not hashed: the run reached its total hashing cap',
  unreadable: 'not hashed: the file could not be read',
  'changed-while-read': 'not hashed: the file changed while it was read',
} as const;

function relevantEvidence(item: EvidenceItemReport): RelevantEvidence[] {
  if (item.url !== undefined) return [{ href: item.url, description: 'External evidence: counted as present, not verified by crosswalk.' }];
  if (item.files.length === 0) return [{ description: `The path ${item.path ?? ''} matches no file in the repository.` }];
  return item.files.map((file) => ({
    href: pathReference(file.path),
    description: `${file.path} (${file.size} bytes)`,
    props: [...prop('size', String(file.size)), ...(file.sha256 === null ? [] : prop('sha256', file.sha256))],
    ...(file.sha256 === null ? { remarks: unhashed[file.reason ?? 'not-requested'] } : {}),
  }));
}

/** Items whose collected date OSCAL cannot express were left out; say which. */
function unrepresentable(report: Report, represented: ReadonlySet<string>, resultUuid: string): string | undefined {
  const missing = report.evidence.filter((item) => !represented.has(observationUuid(item, resultUuid)));
  if (missing.length === 0) return undefined;
  return `Left out, as OSCAL cannot express dates before 1900: ${missing.map((item) => `${item.control} ${item.evidence} (collected ${item.collected})`).join(', ')}.`;
}
