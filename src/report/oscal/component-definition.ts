/**
 * OSCAL 1.1.3 component definition: the organization's controls, as written in its compliance
 * repository, as implemented requirements of the ISO/IEC 27001:2022 controls they implement (and,
 * for SOC 2-specific controls, of the criteria they cover). Pure: the report in, a document out.
 */
import { compareStrings } from '../../diagnostics.js';
import { compareIsoIds } from '../../validate/iso-ids.js';
import { crosswalkNamespace, isoToken, leftOutRemark, metadata, prop, some, uuidV5, type OscalOptions } from './oscal.js';
import type { ControlReport, Report } from '../report.js';

export function componentDefinition(report: Report, options: OscalOptions = {}): Record<string, unknown> {
  const documentUuid = uuidV5('component-definition', options.namespace ?? crosswalkNamespace);
  const isoUuid = uuidV5('catalog iso27001-2022', documentUuid);
  const tscUuid = uuidV5('catalog soc2-tsc-2017', documentUuid);

  const isoClaims = report.controls.flatMap((control) => control.implements.map((iso) => ({ control, id: iso }))).sort((a, b) => compareIsoIds(a.id, b.id) || compareStrings(a.control.id, b.control.id));
  const tscClaims = report.controls.flatMap((control) => control.covers.map((criterion) => ({ control, id: criterion })));
  const implementations = [
    ...(isoClaims.length === 0
      ? []
      : [
          {
            uuid: uuidV5('control-implementation iso27001-2022', documentUuid),
            source: `#${isoUuid}`,
            description: 'The organization’s controls that implement ISO/IEC 27001:2022 Annex A controls and ISMS clauses (clauses as control ids clause-4.1 … clause-10.2).',
            'implemented-requirements': isoClaims.map(({ control, id }) => implementedRequirement(control, id, isoToken(id), documentUuid)),
          },
        ]),
    ...(tscClaims.length === 0
      ? []
      : [
          {
            uuid: uuidV5('control-implementation soc2-tsc-2017', documentUuid),
            source: `#${tscUuid}`,
            description: 'The organization’s SOC 2-specific controls: they address Trust Services Criteria that no ISO control reaches (covers: in the control files).',
            'implemented-requirements': tscClaims.map(({ control, id }) => implementedRequirement(control, id, id, documentUuid)),
          },
        ]),
  ];

  return {
    'component-definition': {
      uuid: documentUuid,
      metadata: metadata(report, 'Information security controls', leftOutRemark(report)),
      ...some('components', implementations.length === 0 ? [] : [
        {
          uuid: uuidV5('component controls', documentUuid),
          type: 'process-procedure',
          title: 'Information security controls',
          description: `The organization’s ${report.controls.length === 1 ? 'control' : `${report.controls.length} controls`}, as written in its compliance repository and validated by crosswalk as of ${report.asOf}.`,
          'control-implementations': implementations,
        },
      ]),
      'back-matter': {
        resources: [
          {
            uuid: isoUuid,
            title: 'ISO/IEC 27001:2022 Information security, cybersecurity and privacy protection — Information security management systems — Requirements',
            description: 'Annex A controls and the ISMS clauses 4 to 10. ISO publishes no OSCAL catalog; control ids are ISO’s own (A.5.15), clauses prefixed clause-.',
            rlinks: [{ href: 'https://www.iso.org/standard/27001' }],
          },
          {
            uuid: tscUuid,
            title: '2017 Trust Services Criteria for Security, Availability, Processing Integrity, Confidentiality, and Privacy (revised points of focus, 2022)',
            description: 'AICPA Trust Services Criteria; control ids are the criteria ids (CC6.1).',
            rlinks: [{ href: 'https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022' }],
          },
        ],
      },
    },
  };
}

function implementedRequirement(control: ControlReport, id: string, controlId: string, documentUuid: string) {
  return {
    uuid: uuidV5(`implemented-requirement ${control.id} ${id}`, documentUuid),
    'control-id': controlId,
    description: control.title,
    props: [
      ...prop('org-control', control.id),
      ...prop('status', control.status),
      ...prop('owner', control.owner ?? ''),
      ...prop('source', `${control.file}:${control.line}`),
    ],
    ...(control.status === 'not-applicable' ? { remarks: `Not applicable: ${control.justification ?? ''}` } : {}),
  };
}
