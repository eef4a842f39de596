/**
 * `crosswalk export oscal`: every document it writes is validated against NIST's OSCAL 1.1.3
 * JSON Schema (both models; the example organization, Type 1 and Type 2; a repository with
 * errors; hostile text), and says what it should: a finding per criterion with its blockers, an
 * observation per evidence item with the SHA-256 of its files, the controls as implemented
 * requirements; deterministic UUIDs and bytes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { check } from '../src/check.js';
import { runCli } from '../src/cli.js';
import { formatOscal } from '../src/report/oscal/format-oscal.js';
import { oscalModels, uuidV5 } from '../src/report/oscal/oscal.js';
import type { Report } from '../src/report/report.js';
import { captureIo } from './support/cli-io.js';
import { compileOscalSchema, oscalErrors } from './support/oscal-schema.js';
import { controlFile, makeRepo } from './support/repo.js';

let validate: ValidateFunction;
beforeAll(() => {
  validate = compileOscalSchema();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs the command as a user does; returns the exit code, the document and standard error. */
async function exportOscal(args: string[], cwd = process.cwd()): Promise<{ code: number; text: string; document: Json; stderr: string }> {
  const output = path.join(await makeRepo({}), 'out.json');
  const { io, err } = captureIo(cwd);
  const code = await runCli(['export', 'oscal', ...args, '--output', output], io);
  const text = await readFile(output, 'utf8').catch(() => '');
  return { code, text, document: text === '' ? {} : (JSON.parse(text) as Json), stderr: err.join('') };
}

function expectValid(document: unknown): void {
  expect(oscalErrors(validate, document)).toEqual([]);
}

/** The back-matter resource a `#uuid` reference names; fails the test when there is none. */
function resourceOf(document: Json, reference: string): Json {
  expect(reference).toMatch(/^#/);
  const model = Object.values(document)[0] as Json;
  const resource = (model['back-matter']?.resources as Json[] | undefined)?.find((candidate) => `#${candidate.uuid}` === reference);
  expect(resource, reference).toBeDefined();
  return resource!;
}

/** An OSCAL object's props by name (the last one of a name). */
function propsOf(object: Json): Record<string, string> {
  return Object.fromEntries(((object.props ?? []) as Json[]).map((property) => [property.name, property.value]));
}

const exampleOrg = path.resolve('fixtures/example-org');

describe('the NIST schema, as these tests use it', () => {
  it('rejects what OSCAL rejects: an empty array, a v1 UUID, a date-time without a zone, an unknown key', async () => {
    const { document } = await exportOscal([exampleOrg]);
    expectValid(document);
    const broken = (change: (copy: Json) => void) => {
      const copy = structuredClone(document);
      change(copy['assessment-results']);
      return oscalErrors(validate, copy);
    };
    expect(broken((ar) => (ar.results[0].findings = []))).not.toEqual([]);
    expect(broken((ar) => (ar.uuid = 'c232ab00-9414-11ec-b3c8-9f6bdeced846'))).not.toEqual([]);
    expect(broken((ar) => (ar.results[0].start = '2026-11-27T00:00:00'))).not.toEqual([]);
    expect(broken((ar) => (ar.results[0].verdict = 'ready'))).not.toEqual([]);
  });
});

describe('assessment-results', () => {
  it('is valid for the example organization, with a finding per criterion in scope and an observation per evidence item', async () => {
    const { code, document, stderr } = await exportOscal([exampleOrg]);
    expect(code).toBe(0);
    expect(stderr).toBe('crosswalk: OSCAL assessment-results as of 2026-11-27\n');
    expectValid(document);
    const { report } = await check({ root: exampleOrg, fingerprints: true });
    const result = document['assessment-results'].results[0];
    // The example is a Type 2 program: the result runs from the period's start to the as-of date.
    expect(result.start).toBe('2026-01-01T00:00:00Z');
    expect(result.end).toBe('2026-11-27T00:00:00Z');
    expect(result['reviewed-controls']['control-selections'][0]['include-controls'].map((control: Json) => control['control-id'])).toEqual(report.criteria.map((criterion) => criterion.id));
    expect(result.findings.map((finding: Json) => [finding.target['target-id'], finding.target.status.state])).toEqual(
      report.criteria.map((criterion) => [`${criterion.id}_obj`, criterion.state === 'ready' ? 'satisfied' : 'not-satisfied']),
    );
    expect(result.observations).toHaveLength(report.evidence.length);
  });

  it('names what blocks each criterion: a property per requirement, its reason as the class', async () => {
    const { document } = await exportOscal([exampleOrg]);
    const { report } = await check({ root: exampleOrg, fingerprints: true });
    const findings = document['assessment-results'].results[0].findings as Json[];
    for (const criterion of report.criteria) {
      const finding = findings.find((candidate) => candidate.target['target-id'] === `${criterion.id}_obj`)!;
      const blockers = (finding.props ?? []).filter((property: Json) => property.name === 'blocking-requirement').map((property: Json) => [property.value, property.class]);
      expect(blockers).toEqual(criterion.blockedBy.flatMap((row) => row.requirements.map((requirement) => [requirement.id, requirement.reason])));
      expect(finding.target.props).toEqual([{ name: 'state', ns: expect.any(String), value: criterion.state }]);
    }
  });

  it('gives each observation its dates and, per matched file, a back-matter resource with its path from the repository root and SHA-256', async () => {
    const { document } = await exportOscal([exampleOrg]);
    const ar = document['assessment-results'];
    const observations = ar.results[0].observations as Json[];
    const files = observations.flatMap((observation) => (observation['relevant-evidence'] as Json[]).filter((evidence) => evidence.href?.startsWith('#')));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const resource = resourceOf(document, file.href);
      const [link] = resource.rlinks as Json[];
      const bytes = await readFile(path.join(exampleOrg, decodeURIComponent(link!.href)));
      expect(link!.hashes, link!.href).toEqual([{ algorithm: 'SHA-256', value: createHash('sha256').update(bytes).digest('hex') }]);
      expect(file.description).toContain(resource.title);
    }
    for (const observation of observations) expect(observation.collected < observation.expires).toBe(true);
  });

  it('runs from the Type 2 period’s start to the as-of instant, the period in props', async () => {
    const { code, document } = await exportOscal([exampleOrg, '--audit-type', 'type2', '--period', '2026-01-01..2026-12-31', '--as-of', '2026-11-27']);
    expect(code).toBe(0);
    expectValid(document);
    const ar = document['assessment-results'];
    const result = ar.results[0];
    expect([result.start, result.end]).toEqual(['2026-01-01T00:00:00Z', '2026-11-27T00:00:00Z']);
    // Never after the document was last modified (the period's end, 2026-12-31, was).
    expect(result.end <= ar.metadata['last-modified']).toBe(true);
    expect(propsOf(result)).toMatchObject({ 'audit-type': 'type2', 'as-of': '2026-11-27', 'period-start': '2026-01-01', 'period-end': '2026-12-31' });
  });

  it('starts at the as-of date while the Type 2 period has not started', async () => {
    const { document } = await exportOscal([exampleOrg, '--period', '2026-12-01..2027-05-31', '--as-of', '2026-11-27']);
    expectValid(document);
    const result = document['assessment-results'].results[0];
    expect([result.start, result.end]).toEqual(['2026-11-27T00:00:00Z', '2026-11-27T00:00:00Z']);
    expect(propsOf(result)).toMatchObject({ 'period-start': '2026-12-01', 'period-end': '2027-05-31' });
  });

  it('is the as-of date for a Type 1 readiness, never the clock', async () => {
    const { code, document } = await exportOscal([path.resolve('fixtures/passing'), '--as-of', '2025-03-14']);
    expect(code).toBe(0);
    expectValid(document);
    const results = document['assessment-results'];
    expect(results.results[0].start).toBe('2025-03-14T00:00:00Z');
    expect(results.results[0].end).toBe('2025-03-14T00:00:00Z');
    expect(results.results[0].props.find((property: Json) => property.name === 'audit-type').value).toBe('type1');
    expect(results.metadata['last-modified']).toBe('2025-03-14T00:00:00Z');
  });

  it('sets expires from the strictest requirement an item serves', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'as_of: 2026-11-27\nmapping: mapping.yaml\n',
      'mapping.yaml': `apiVersion: crosswalk/v1
kind: Mapping
name: Test
rows:
  - iso: A.5.15
    tsc: [CC6.1]
    coverage: partial
    evidence:
      - id: review
        description: Access review
        frequency: quarterly
      - id: policy
        description: Access policy
        max_age_days: 30
`,
      'controls/access.yaml': controlFile(`  - id: AC-01
    title: Access
    implements: [A.5.15]
    status: implemented
    evidence:
      - id: both
        satisfies: [review, policy]
        path: evidence/review.csv
        collected: 2026-11-01
      - id: review-only
        satisfies: [review]
        path: evidence/review.csv
        collected: 2026-11-01
`),
      'evidence/review.csv': 'x\n',
    });
    const { document } = await exportOscal([root]);
    expectValid(document);
    const expires = Object.fromEntries((document['assessment-results'].results[0].observations as Json[]).map((observation) => [observation.title, observation.expires]));
    // 30 days (policy) beats 122 (quarterly): stale from 2026-12-02; the quarterly one from 2027-03-04.
    expect(expires).toEqual({ 'AC-01: both': '2026-12-02T00:00:00Z', 'AC-01: review-only': '2027-03-04T00:00:00Z' });
  });
});

describe('component-definition', () => {
  it('is valid for the example organization: every claim an implemented requirement of the control it implements', async () => {
    const { code, document } = await exportOscal([exampleOrg, '--model', 'component-definition']);
    expect(code).toBe(0);
    expectValid(document);
    const { report } = await check({ root: exampleOrg, fingerprints: true });
    const claims = (source: 'iso' | 'tsc') =>
      (document['component-definition'].components as Json[])
        .flatMap((component) =>
          (component['control-implementations'] ?? [])
            .filter((implementation: Json) => resourceOf(document, implementation.source).rlinks[0].href.includes(source === 'iso' ? 'iso27001' : 'soc2'))
            .flatMap((implementation: Json) => implementation['implemented-requirements'].map((requirement: Json) => `${propsOf(component)['org-control']} ${requirement['control-id']}`)),
        )
        .sort();
    expect(claims('iso')).toEqual(report.controls.flatMap((control) => control.implements.map((id) => `${control.id} ${/^\d/.test(id) ? `clause-${id}` : id}`)).sort());
    expect(claims('tsc')).toEqual(report.controls.flatMap((control) => control.covers.map((id) => `${control.id} ${id}`)).sort());
  });

  it('keeps an exclusion with its justification', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'as_of: 2026-11-27\n',
      'controls/physical.yaml': controlFile(`  - id: PH-01
    title: No offices
    implements: [A.7.1]
    status: not-applicable
    justification: Fully remote
`),
    });
    const { document } = await exportOscal([root, '--model', 'component-definition']);
    expectValid(document);
    const [component] = document['component-definition'].components as Json[];
    expect(component).toMatchObject({ title: 'PH-01: No offices', remarks: 'Not applicable: Fully remote' });
    const [requirement] = component!['control-implementations'][0]['implemented-requirements'] as Json[];
    expect(requirement).toMatchObject({ 'control-id': 'A.7.1', description: 'No offices', remarks: 'Not applicable: Fully remote' });
  });
});

describe('deterministic, and valid whatever the repository holds', () => {
  it('exports byte-identical documents from an unchanged repository, with v5 UUIDs unique within each', async () => {
    for (const model of ['assessment-results', 'component-definition']) {
      const first = await exportOscal([exampleOrg, '--model', model]);
      const second = await exportOscal([exampleOrg, '--model', model]);
      expect(second.text).toBe(first.text);
      const uuids = [...first.text.matchAll(/"(?:uuid|observation-uuid)": "([^"]+)"/g)].map((match) => match[1]!);
      const defined = [...first.text.matchAll(/"uuid": "([^"]+)"/g)].map((match) => match[1]!);
      expect(new Set(defined).size).toBe(defined.length);
      expect(uuids.every((uuid) => /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid))).toBe(true);
    }
  });

  it('derives the UUIDs from another namespace on request', async () => {
    const mine = await exportOscal([exampleOrg, '--namespace', '0f5e1c3a-7c2b-4f7e-9a61-3d2b8c9e4f10']);
    const theirs = await exportOscal([exampleOrg]);
    expectValid(mine.document);
    expect(mine.document['assessment-results'].uuid).not.toBe(theirs.document['assessment-results'].uuid);
    expect((await exportOscal([exampleOrg, '--namespace', 'acme'])).code).toBe(2);
  });

  it('computes version 5 UUIDs as RFC 9562 does', () => {
    // Python's uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('exports what validated from a repository with errors, names the files left out, exits 1', async () => {
    const { code, document, stderr } = await exportOscal([path.resolve('fixtures/invalid/mixed'), '--as-of', '2026-11-27']);
    expect(code).toBe(1);
    expectValid(document);
    const result = document['assessment-results'].results[0];
    expect(result.remarks).toMatch(/^Incomplete: .*controls\/people\.yaml \(1 error; line 8: invalid YAML/);
    expect(document['assessment-results'].metadata.remarks).toContain('controls/people.yaml');
    expect(result.observations.map((observation: Json) => observation.title)).toContain('AC-01: ev-access-control-policy');
    expect(stderr).toMatch(/^crosswalk: OSCAL assessment-results as of 2026-11-27; Incomplete: .*controls\/people\.yaml/m);

    const definition = await exportOscal([path.resolve('fixtures/invalid/mixed'), '--as-of', '2026-11-27', '--model', 'component-definition']);
    expect(definition.code).toBe(1);
    expectValid(definition.document);
    expect(definition.document['component-definition'].metadata.remarks).toContain('controls/people.yaml');
  });

  it('stays valid with text OSCAL would refuse as it is: line breaks, blank owners, odd paths, no controls at all', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'as_of: 2026-11-27\n',
      'controls/odd.yaml': controlFile(`  - id: ODD-01
    title: "  Leading space,\\nline break\\u2028and a bidi \\u202e override  "
    implements: [A.5.1, "6.1.2"]
    covers: [CC2.3]
    status: implemented
    owner: "   "
    evidence:
      - id: spaced
        type: " record "
        path: "evidence/odd #1/50% draft.csv"
        collected: 2026-11-01
      - id: nothing
        path: evidence/none/*.csv
        collected: 2026-11-01
      - id: ancient
        path: "evidence/odd #1/50% draft.csv"
        collected: 1899-12-31
`),
      'evidence/odd #1/50% draft.csv': 'a,b\n',
    });
    for (const model of ['assessment-results', 'component-definition']) {
      const { document } = await exportOscal([root, '--model', model]);
      expectValid(document);
    }
    const { document } = await exportOscal([root]);
    const result = document['assessment-results'].results[0];
    const spaced = result.observations.find((observation: Json) => observation.title === 'ODD-01: spaced');
    expect(resourceOf(document, spaced['relevant-evidence'][0].href).rlinks[0].href).toBe('evidence/odd%20%231/50%25%20draft.csv');
    expect(result.remarks).toContain('ODD-01 ancient (collected 1899-12-31)');

    const empty = await makeRepo({ '.crosswalk.yml': 'as_of: 2026-11-27\n', 'controls/none.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n' });
    for (const model of ['assessment-results', 'component-definition']) expectValid((await exportOscal([empty, '--model', model])).document);
  });

  it('refuses an unknown model or format with exit 2, naming the choices', async () => {
    const model = await exportOscal([exampleOrg, '--model', 'ssp']);
    expect(model.code).toBe(2);
    expect(model.stderr).toBe('crosswalk: --model must be one of assessment-results, component-definition, got "ssp"\n');
    const { io, err } = captureIo(process.cwd());
    expect(await runCli(['export', 'xml', exampleOrg], io)).toBe(2);
    expect(err.join('')).toBe('crosswalk: export needs a format: oscal (crosswalk export oscal [DIR]), got "xml"\n');
  });
});

describe('formatOscal', () => {
  it('is the same document the command writes, given what the command knows: the namespace, the organization, the configuration’s SHA-256', async () => {
    const { report, settings } = await check({ root: exampleOrg, fingerprints: true });
    const { text } = await exportOscal([exampleOrg]);
    const config = { path: '.crosswalk.yml', sha256: createHash('sha256').update(await readFile(path.join(exampleOrg, '.crosswalk.yml'))).digest('hex') };
    expect(formatOscal('assessment-results', report, { ...settings.oscal, plan: { config } })).toBe(text);
  });
});

describe('any text the user writes', () => {
  it('leaves both models valid: titles, owners, justifications, ids, types and paths of any characters', async () => {
    const { report } = await check({ root: exampleOrg, fingerprints: true });
    const anyText = fc.string({ unit: 'binary', maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.record({ title: anyText, owner: anyText, justification: anyText, evidence: anyText, type: anyText, path: anyText, description: anyText }), async (text) => {
        const changed: Report = {
          ...report,
          controls: report.controls.map((control, index) => (index === 0 ? { ...control, title: text.title, owner: text.owner, justification: text.justification, status: 'not-applicable' as const } : control)),
          evidence: report.evidence.map((item, index) => (index === 0 ? { ...item, evidence: text.evidence, type: text.type, files: item.files.map((file) => ({ ...file, path: text.path })) } : item)),
          missingEvidence: report.missingEvidence.map((entry) => ({ ...entry, description: text.description })),
        };
        for (const model of oscalModels) expect(oscalErrors(validate, JSON.parse(formatOscal(model, changed)))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
