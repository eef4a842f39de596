/**
 * OSCAL 1.1.3 assessment results: one result for the run, from the period's start (or the as-of
 * date) to the as-of instant; a finding per in-scope SOC 2 criterion targeting its objective in
 * the shipped catalog, with a risk when it is not satisfied; an observation per evidence item,
 * naming its org control's component as subject, with when it was collected, when it stops
 * counting and each file it matched as a back-matter resource with its SHA-256. Pure: the report
 * in, a JSON document out.
 */
import { plural } from '../../../text.js';
import type { EvidenceItemReport } from '../../evidence-inventory.js';
import { auditLine, missingDetail, reasonWords } from '../../missing-text.js';
import type { BlockingRowReport, ControlReport, CriterionReport, Report } from '../../report.js';
import { shippedMappingFiles } from './catalogs.js';
import { componentUuid } from './component-definition.js';
import {
  catalogResource,
  catalogResourceUuid,
  fileLink,
  leftOutRemark,
  metadata,
  oscalContext,
  ownerRoles,
  prop,
  propertyNamespace,
  relativeHrefs,
  releaseFile,
  some,
  timestamp,
  uuidV5,
  versioned,
  type HashedFile,
  type OscalContext,
  type OscalOptions,
  type OscalProperty,
} from './oscal.js';

interface RelevantEvidence {
  readonly href?: string;
  readonly description: string;
  readonly props?: readonly OscalProperty[];
  readonly remarks?: string;
}

/** What the parts of one document share. */
interface ResultScope {
  readonly report: Report;
  readonly controls: ReadonlyMap<string, ControlReport>;
  readonly context: OscalContext;
  readonly documentUuid: string;
  readonly resultUuid: string;
  readonly toolUuid: string;
}

export function assessmentResults(report: Report, options: OscalOptions = {}): Record<string, unknown> {
  const context = oscalContext(report, options);
  const documentUuid = uuidV5(`assessment-results ${subjectOf(report)}`, context.namespace);
  // The as-of date is part of the result's identity: results of two days never share a UUID.
  const resultUuid = uuidV5(`result ${report.asOf}`, documentUuid);
  const scope: ResultScope = { report, controls: new Map(report.controls.map((control) => [control.id, control])), context, documentUuid, resultUuid, toolUuid: uuidV5('component crosswalk', context.namespace) };
  const planUuid = uuidV5('resource assessment-plan', documentUuid);
  const observations = report.evidence.flatMap((item) => observation(item, scope));
  const represented = new Set(observations.map((entry) => entry.uuid));
  const leftOut = [leftOutRemark(report), unrepresentable(report, represented, scope)].filter((text): text is string => text !== undefined);
  const findings = report.criteria.map((criterion) => ({ criterion, ...finding(criterion, scope, represented) }));

  return versioned('assessment-results', {
    uuid: documentUuid,
    metadata: metadata(report, context, `SOC 2 readiness (${report.scope.join(', ')}) — ${auditLine(report.audit, report.asOf)}`, [...leftOut, relativeHrefs].join(' ')),
    'import-ap': {
      href: `#${planUuid}`,
      remarks: 'crosswalk keeps no separate assessment plan: the plan is the configuration and the mapping this resource links, with their SHA-256.',
    },
    results: [
      {
        uuid: resultUuid,
        title: `SOC 2 readiness as of ${report.asOf}`,
        description: resultDescription(report),
        start: startOf(report),
        end: asOfInstant(report),
        props: [
          ...prop('audit-type', report.audit.type),
          ...prop('as-of', report.asOf),
          ...(report.audit.type === 'type2' ? [...prop('period-start', report.audit.period.start), ...prop('period-end', report.audit.period.end)] : []),
          ...prop('readiness', report.summary.readiness.toFixed(1)),
          ...prop('design-coverage', report.summary.designCoverage.toFixed(1)),
          ...prop('passed', String(report.summary.passed)),
        ],
        'local-definitions': { components: [toolComponent(scope), ...report.controls.map((control) => controlComponent(control, scope))] },
        'reviewed-controls': {
          links: [{ href: `#${catalogResourceUuid('tsc', context)}`, rel: 'catalog', 'media-type': 'application/oscal.catalog+json' }],
          'control-selections': [{ 'include-controls': report.criteria.map((criterion) => ({ 'control-id': criterion.id })) }],
          ...(report.criteria.length === 0 ? {} : { 'control-objective-selections': [{ 'include-objectives': report.criteria.map((criterion) => ({ 'objective-id': objectiveId(criterion.id) })) }] }),
          remarks: `The SOC 2 Trust Services Criteria (TSC 2017, points of focus revised 2022) of the categories in scope: ${report.scope.join(', ')}.`,
        },
        ...some('observations', observations),
        ...some(
          'risks',
          findings.flatMap(({ risk }) => (risk === undefined ? [] : [risk])),
        ),
        ...some(
          'findings',
          findings.map(({ entry }) => entry),
        ),
        ...(leftOut.length > 0 ? { remarks: leftOut.join('\n\n') } : {}),
      },
    ],
    'back-matter': {
      resources: [planResource(planUuid, scope), catalogResource('tsc', report, context), catalogResource('iso', report, context), ...fileResources(scope)],
    },
  });
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

/** The period's start once it has started; the as-of date otherwise (a Type 1, or a period still ahead). */
function startOf(report: Report): string {
  const start = timestamp(report.audit.type === 'type2' && report.audit.started ? report.audit.period.start : report.asOf);
  if (start === undefined) throw new RangeError('OSCAL cannot express the audit dates: its dates run from 1900 to 2999');
  return start;
}

/** The instant the result speaks for: the as-of date (the period's end, if later, is a property). */
function asOfInstant(report: Report): string {
  return timestamp(report.asOf)!;
}

function resultDescription(report: Report): string {
  const { summary } = report;
  return [
    `${auditLine(report.audit, report.asOf)}.`,
    `Readiness ${summary.readiness.toFixed(1)}%: ${summary.ready} of ${summary.criteria} criteria ready, ${summary.incomplete} incomplete, ${summary.gap} gaps; design coverage ${summary.designCoverage.toFixed(1)}%.`,
    `A criterion is satisfied only when every control claimed for it has the evidence an auditor tests.`,
  ].join(' ');
}

// --- components --------------------------------------------------------------------------------

/** crosswalk itself: the actor behind the risks it characterizes. */
function toolComponent(scope: ResultScope) {
  return {
    uuid: scope.toolUuid,
    type: 'software',
    title: `${scope.report.tool.name} ${scope.report.tool.version}`,
    description: 'The tool that judged the compliance repository against the mapping and wrote this document.',
    status: { state: 'operational' },
  };
}

const componentStates = { implemented: 'operational', 'in-progress': 'under-development', planned: 'under-development', 'not-applicable': 'other' } as const;

/** An org control, with the UUID its component has in the component definition. */
function controlComponent(control: ControlReport, scope: ResultScope) {
  return {
    uuid: componentUuid(control, scope.context),
    type: 'process-procedure',
    title: `${control.id}: ${control.title}`,
    description: `Org control ${control.id}, ${control.status}, as written in ${control.file} (line ${control.line}).`,
    props: [...prop('org-control', control.id), ...prop('status', control.status)],
    status: { state: componentStates[control.status] ?? 'other', ...(control.status === 'not-applicable' ? { remarks: `Not applicable: ${control.justification ?? ''}` } : {}) },
    ...ownerRoles(control, scope.context),
  };
}

// --- findings and risks --------------------------------------------------------------------------

const stateWords = {
  ready: 'Ready: every row that reaches it is met, on evidence.',
  incomplete: 'Incomplete: a control is claimed for it, but not every claim has its evidence yet.',
  gap: 'Gap: no implemented or in-progress control reaches it.',
} as const;

/** The criterion's assessment objective in the shipped SOC 2 catalog. */
function objectiveId(criterion: string): string {
  return `${criterion}_obj`;
}

function finding(criterion: CriterionReport, scope: ResultScope, represented: ReadonlySet<string>) {
  const through = [...criterion.controls, ...criterion.supplementalControls];
  const related = relatedObservations(criterion.id, scope).filter((uuid) => represented.has(uuid));
  const blockers = criterion.blockedBy.flatMap(blockerProps);
  const satisfied = criterion.state === 'ready';
  const risk = satisfied ? undefined : criterionRisk(criterion, scope, related);
  const entry = {
    uuid: uuidV5(`finding ${criterion.id}`, scope.resultUuid),
    title: `${criterion.id} ${criterion.subject}`,
    description: `${stateWords[criterion.state]}${through.length > 0 ? ` Through ${through.join(', ')}.` : ''}`,
    ...some('props', blockers),
    target: {
      type: 'objective-id',
      'target-id': objectiveId(criterion.id),
      props: prop('state', criterion.state),
      status: { state: satisfied ? 'satisfied' : 'not-satisfied', reason: satisfied ? 'pass' : 'fail' },
    },
    ...some(
      'related-observations',
      related.map((uuid) => ({ 'observation-uuid': uuid })),
    ),
    ...(risk === undefined ? {} : { 'related-risks': [{ 'risk-uuid': risk.uuid }] }),
    ...(criterion.blockedBy.length > 0 ? { remarks: `Blocked by: ${criterion.blockedBy.map(blockerText).join('; ')}.` } : {}),
  };
  return { entry, risk };
}

const riskStatements = {
  incomplete: (id: string) => `An auditor testing ${id} would find controls claimed for it without the evidence that they operate: the criterion would be reported as not met, or as an exception.`,
  gap: (id: string) => `No control of the organization addresses ${id}: an auditor would report the criterion as not met.`,
} as const;

/**
 * What a criterion that is not satisfied puts at risk: what is missing, with each requirement that
 * blocks it as a facet of crosswalk's characterization (a gap has none: nothing is claimed).
 */
function criterionRisk(criterion: CriterionReport, scope: ResultScope, related: readonly string[]) {
  const state = criterion.state === 'gap' ? 'gap' : 'incomplete';
  const facets = [
    { name: 'state', system: propertyNamespace, value: criterion.state },
    ...criterion.blockedBy.flatMap((row) =>
      row.requirements.length === 0
        ? [{ name: 'blocking-row', system: propertyNamespace, value: row.iso ?? row.controls.join(' '), remarks: 'in progress: no control implemented yet' }]
        : row.requirements.map((requirement) => ({ name: 'blocking-requirement', system: propertyNamespace, value: requirement.id, remarks: `${rowSource(row)}: ${reasonWords[requirement.reason]}` })),
    ),
  ];
  return {
    uuid: uuidV5(`risk ${criterion.id}`, scope.resultUuid),
    title: `${criterion.id} ${criterion.subject}: ${state === 'gap' ? 'no control addresses it' : 'evidence missing'}`,
    description: criterion.blockedBy.length > 0 ? `Missing: ${criterion.blockedBy.map(blockerText).join('; ')}.` : stateWords[criterion.state],
    statement: riskStatements[state](criterion.id),
    status: 'open',
    characterizations: [{ origin: { actors: [{ type: 'tool', 'actor-uuid': scope.toolUuid }] }, facets }],
    ...some(
      'related-observations',
      related.map((uuid) => ({ 'observation-uuid': uuid })),
    ),
  };
}

function rowSource(row: BlockingRowReport): string {
  return row.iso === null ? `${row.controls.join(', ')} (SOC 2-specific)` : `${row.iso} via ${row.controls.join(', ')}`;
}

/** One property per requirement to close, its reason as the class. */
function blockerProps(row: BlockingRowReport): OscalProperty[] {
  const source = rowSource(row);
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
function relatedObservations(criterion: string, scope: ResultScope): string[] {
  const controls = new Set(scope.report.controls.filter((control) => control.status !== 'not-applicable' && control.criteria.includes(criterion)).map((control) => control.id));
  return scope.report.evidence.filter((item) => controls.has(item.control)).map((item) => observationUuid(item, scope));
}

// --- observations ----------------------------------------------------------------------------

function observationUuid(item: Pick<EvidenceItemReport, 'control' | 'evidence'>, scope: ResultScope): string {
  return uuidV5(`observation ${item.control} ${item.evidence}`, scope.resultUuid);
}

/** None when OSCAL cannot express the date it was collected (a year before 1900). */
function observation(item: EvidenceItemReport, scope: ResultScope) {
  const collected = timestamp(item.collected);
  if (collected === undefined) return [];
  const expires = timestamp(item.expires);
  const control = scope.controls.get(item.control);
  return [
    {
      uuid: observationUuid(item, scope),
      title: `${item.control}: ${item.evidence}`,
      description: observationDescription(item, control?.title),
      props: [
        ...prop('org-control', item.control),
        ...prop('evidence-id', item.evidence),
        ...prop('evidence-type', item.type ?? ''),
        ...item.satisfies.flatMap((requirement) => prop('satisfies', requirement)),
        ...prop('present', String(item.present)),
        // Verified (collected and checked by crosswalk) or declared (a file, a link): SPEC §3.
        ...prop('verification', item.verification),
        ...(item.period ? [...prop('period-start', item.period.start), ...prop('period-end', item.period.end)] : []),
        ...prop('source', `${item.file}:${item.line}`),
      ],
      // crosswalk tested every change of a collected population; anything else it examined.
      methods: [item.verification === 'collected' ? 'TEST' : 'EXAMINE'],
      ...(control === undefined ? {} : { subjects: [{ 'subject-uuid': componentUuid(control, scope.context), type: 'component', title: `${control.id}: ${control.title}` }] }),
      'relevant-evidence': relevantEvidence(item, scope),
      collected,
      ...(expires === undefined ? {} : { expires }),
    },
  ];
}

function observationDescription(item: EvidenceItemReport, controlTitle: string | undefined): string {
  const what = `Evidence ${item.evidence} of ${item.control}${controlTitle ? ` (${controlTitle})` : ''}`;
  const when = `collected ${item.collected}${item.period ? `, recording ${item.period.start}..${item.period.end}` : ''}; counts until ${item.expires} (max age of ${item.expiresBy.join(', ')})`;
  const where = item.url !== undefined ? 'an external link crosswalk cannot open' : item.files.length === 0 ? `${item.path}, which matches no file` : `${item.path}, ${plural(item.files.length, 'file')}`;
  return `${what}: ${item.type ?? 'evidence'}, ${when}; ${where}.${collectedWords(item)}`;
}

/** Collected evidence: the populations crosswalk tested, change by change. */
function collectedWords(item: EvidenceItemReport): string {
  if (item.verification !== 'collected' || item.documents === undefined) return '';
  const documents = item.documents.map((document) => `${document.path} (${document.repository} ${document.branch}, ${document.period.start}..${document.period.end}: ${plural(document.summary.population, 'change')}, ${plural(document.summary.exceptions, 'exception')})`);
  return ` Verified: change populations crosswalk collected from GitHub and tested change by change: ${documents.join('; ')}.`;
}

const unhashed = {
  'not-requested': 'not hashed',
  'file-too-large': 'not hashed: larger than the per-file hashing cap',
  'hashing-budget-spent': 'not hashed: the run reached its total hashing cap',
  unreadable: 'not hashed: the file could not be read',
  'changed-while-read': 'not hashed: the file changed while it was read',
} as const;

/**
 * An evidence file's resource: one per path and content, so the same file matched by two items
 * is one resource, and a file whose bytes changed is another.
 */
function fileResourceUuid(file: { readonly path: string; readonly sha256: string | null }, scope: ResultScope): string {
  return uuidV5(`resource file ${file.path} ${file.sha256 ?? 'unhashed'}`, scope.documentUuid);
}

function relevantEvidence(item: EvidenceItemReport, scope: ResultScope): RelevantEvidence[] {
  if (item.url !== undefined) return [{ href: item.url, description: 'External evidence: counted as present, not verified by crosswalk.' }];
  if (item.files.length === 0) return [{ description: `The path ${item.path ?? ''} matches no file in the repository.` }];
  return item.files.map((file) => ({
    href: `#${fileResourceUuid(file, scope)}`,
    description: `${file.path} (${file.size} bytes${file.sha256 === null ? `, ${unhashed[file.reason ?? 'not-requested']}` : ''})`,
  }));
}

/** Every file evidence matched, once, as a back-matter resource: path from the repository root, media type, SHA-256. */
function fileResources(scope: ResultScope) {
  const byUuid = new Map<string, Record<string, unknown>>();
  for (const item of scope.report.evidence) {
    if (item.url !== undefined) continue;
    for (const file of item.files) {
      const uuid = fileResourceUuid(file, scope);
      if (byUuid.has(uuid)) continue;
      byUuid.set(uuid, {
        uuid,
        title: file.path,
        description: `Evidence file ${file.path}, ${file.size} bytes, relative to the repository root.`,
        props: prop('size', String(file.size)),
        rlinks: [fileLink(file)],
        ...(file.sha256 === null ? { remarks: unhashed[file.reason ?? 'not-requested'] } : {}),
      });
    }
  }
  return [...byUuid.values()];
}

/**
 * The assessment plan `import-ap` points at: crosswalk plans with the configuration and the
 * mapping, linked with their SHA-256: files of the repository, or the shipped mapping where the
 * release that exported the document has it.
 */
function planResource(uuid: string, scope: ResultScope) {
  const { report, context } = scope;
  const files: HashedFile[] = [context.plan.config, context.plan.mapping].filter((file): file is HashedFile => file !== undefined);
  const source = report.mapping.source;
  const shipped = source === 'seed' || source === 'default' ? [{ ...fileLink(shippedMappingFiles[source]), href: releaseFile(report, shippedMappingFiles[source].path) }] : [];
  const rlinks = [...files.map((file) => fileLink(file)), ...shipped];
  return {
    uuid,
    title: `Assessment plan: ${report.mapping.name}, with the policy of the configuration`,
    description: `What the controls were judged against: the ISO/IEC 27001:2022 to SOC 2 mapping (${report.mapping.source === 'file' ? 'a mapping file of the repository' : `crosswalk's ${report.mapping.source} mapping, crosswalk ${report.tool.version}`}) and the scope, audit and policy of ${context.plan.config === undefined ? "crosswalk's defaults and the command's flags" : context.plan.config.path}.`,
    props: [...prop('mapping-source', report.mapping.source), ...prop('scope', report.scope.join(' '))],
    ...some('rlinks', rlinks),
  };
}


/** Items whose collected date OSCAL cannot express were left out; say which. */
function unrepresentable(report: Report, represented: ReadonlySet<string>, scope: ResultScope): string | undefined {
  const missing = report.evidence.filter((item) => !represented.has(observationUuid(item, scope)));
  if (missing.length === 0) return undefined;
  return `Left out, as OSCAL cannot express dates before 1900: ${missing.map((item) => `${item.control} ${item.evidence} (collected ${item.collected})`).join(', ')}.`;
}
