/**
 * OSCAL 1.1.3 component definition: each of the organization's controls, as written in its
 * compliance repository, is a component, whose implemented requirements are the ISO/IEC
 * 27001:2022 controls it implements (and, for a SOC 2-specific control, the criteria it covers),
 * against the catalogs crosswalk ships. Its owner is a party in the metadata and the component's
 * responsible role. Pure: the report in, a document out.
 */
import { compareIsoIds } from '../../../validate/iso-ids.js';
import type { ControlReport, Report } from '../../report.js';
import {
  catalogResource,
  catalogResourceUuid,
  isoToken,
  leftOutRemark,
  metadata,
  oscalContext,
  ownerRoles,
  prop,
  relativeHrefs,
  some,
  uuidV5,
  versioned,
  type OscalContext,
  type OscalOptions,
} from './oscal.js';

export function componentDefinition(report: Report, options: OscalOptions = {}): Record<string, unknown> {
  const context = oscalContext(report, options);
  const documentUuid = uuidV5('component-definition', context.namespace);
  const remarks = [leftOutRemark(report), relativeHrefs].filter((text): text is string => text !== undefined).join(' ');

  return versioned('component-definition', {
    uuid: documentUuid,
    metadata: metadata(report, context, 'Information security controls', remarks),
    ...some(
      'components',
      report.controls.map((control) => component(control, context)),
    ),
    'back-matter': { resources: [catalogResource('iso', report, context), catalogResource('tsc', report, context)] },
  });
}

/** The UUID of an org control's component: the same in the component definition and the assessment results. */
export function componentUuid(control: Pick<ControlReport, 'id'>, context: OscalContext): string {
  return uuidV5(`component ${control.id}`, context.namespace);
}

function component(control: ControlReport, context: OscalContext) {
  const uuid = componentUuid(control, context);
  const implementations = [
    ...(control.implements.length === 0
      ? []
      : [
          {
            uuid: uuidV5('control-implementation iso27001-2022', uuid),
            source: `#${catalogResourceUuid('iso', context)}`,
            description: `What ${control.id} implements of ISO/IEC 27001:2022: Annex A controls, and ISMS clauses as control ids clause-4.1 … clause-10.2.`,
            'implemented-requirements': unique(control.implements)
              .sort(compareIsoIds)
              .map((id) => implementedRequirement(control, isoToken(id), uuid, context)),
          },
        ]),
    ...(control.covers.length === 0
      ? []
      : [
          {
            uuid: uuidV5('control-implementation soc2-tsc-2017', uuid),
            source: `#${catalogResourceUuid('tsc', context)}`,
            description: `The Trust Services Criteria ${control.id} addresses directly, as a SOC 2-specific control (covers: in its file): criteria no ISO control reaches.`,
            'implemented-requirements': unique(control.covers).map((id) => implementedRequirement(control, id, uuid, context)),
          },
        ]),
  ];
  return {
    uuid,
    type: 'process-procedure',
    title: `${control.id}: ${control.title}`,
    description: `Org control ${control.id}, ${control.status}, as written in ${control.file} (line ${control.line}).`,
    props: [...prop('org-control', control.id), ...prop('status', control.status), ...prop('owner', control.owner ?? ''), ...prop('source', `${control.file}:${control.line}`)],
    ...ownerRoles(control, context),
    ...some('control-implementations', implementations),
    ...(control.status === 'not-applicable' ? { remarks: `Not applicable: ${control.justification ?? ''}` } : {}),
  };
}

function implementedRequirement(control: ControlReport, controlId: string, componentUuid: string, context: OscalContext) {
  return {
    uuid: uuidV5(`implemented-requirement ${controlId}`, componentUuid),
    'control-id': controlId,
    description: control.title,
    props: prop('status', control.status),
    ...ownerRoles(control, context),
    ...(control.status === 'not-applicable' ? { remarks: `Not applicable: ${control.justification ?? ''}` } : {}),
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
