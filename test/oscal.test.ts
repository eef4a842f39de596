/**
 * `crosswalk export oscal`: every document it writes is validated against NIST's OSCAL 1.1.3
 * JSON Schema (both models; the example organization, Type 1 and Type 2; a repository with
 * errors; hostile text), and says what it should: a finding per criterion with its blockers, an
 * observation per evidence item with the SHA-256 of its files, the controls as implemented
 * requirements; deterministic UUIDs and bytes.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { check } from '../src/check.js';
import { runCli } from '../src/cli.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { formatOscal } from '../src/report/audit/oscal/format-oscal.js';
import { oscalModels, uuidV5 } from '../src/report/audit/oscal/oscal.js';
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
const execFileAsync = promisify(execFile);

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

  it('says which evidence crosswalk verified: a collected change population is tested, a declared file or link examined', async () => {
    const collected = (await exportOscal([path.resolve('fixtures/collected-evidence')])).document;
    expectValid(collected);
    const changes = (collected['assessment-results'].results[0].observations as Json[]).find((observation) => observation.title === 'CM-01: ev-changes-2026-q3')!;
    expect(propsOf(changes).verification).toBe('collected');
    expect(changes.methods).toEqual(['TEST']);
    expect(changes.description).toMatch(/ Verified: change populations crosswalk collected from GitHub and tested change by change: evidence\/changes\/acme-api-2026-q3\.json \(acme\/api main, 2026-07-01\.\.2026-09-30: \d+ changes, \d+ exceptions?\)\.$/);

    const declared = (await exportOscal([exampleOrg])).document;
    const observations = declared['assessment-results'].results[0].observations as Json[];
    const verifications = new Set(observations.map((observation) => propsOf(observation).verification));
    expect([...verifications].sort()).toEqual(expect.arrayContaining(['file', 'url']));
    expect(verifications.has('collected')).toBe(false);
    expect(observations.every((observation) => observation.methods.length === 1 && observation.methods[0] === 'EXAMINE')).toBe(true);
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
  - id: ODD-02
    title: Owners that look like addresses and are not
    implements: [A.5.2]
    status: planned
    owner: "Odd <a..b@c.d>"
  - id: ODD-03
    title: An international address
    implements: [A.5.3]
    status: planned
    owner: "ü@ä.example"
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
      fc.asyncProperty(fc.record({ title: anyText, owner: fc.oneof(anyText, fc.emailAddress(), fc.tuple(anyText, fc.emailAddress()).map(([name, address]) => `${name} <${address}>`)), justification: anyText, organization: anyText, evidence: anyText, type: anyText, path: anyText, description: anyText }), async (text) => {
        const changed: Report = {
          ...report,
          controls: report.controls.map((control, index) => (index === 0 ? { ...control, title: text.title, owner: text.owner, justification: text.justification, status: 'not-applicable' as const } : control)),
          evidence: report.evidence.map((item, index) => (index === 0 ? { ...item, evidence: text.evidence, type: text.type, files: item.files.map((file) => ({ ...file, path: text.path })) } : item)),
          missingEvidence: report.missingEvidence.map((entry) => ({ ...entry, description: text.description })),
        };
        for (const model of oscalModels) expect(oscalErrors(validate, JSON.parse(formatOscal(model, changed, { organization: text.organization })))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

// --- what GRC platforms need to ingest the exports (issue 21), on two organizations and two dates ---

/** A copy of a fixture repository in a temporary folder, with files replaced or added. */
async function copyOf(fixture: string, files: Record<string, string> = {}): Promise<string> {
  const root = await makeRepo({});
  await cp(fixture, root, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}

const acmeNamespace = '3f2c9a1e-5b7d-4e8f-a1c2-9d0b6e4f7a35';
const acmeConfig = `apiVersion: crosswalk/v1
kind: Config
as_of: 2026-11-27
oscal:
  namespace: ${acmeNamespace}
  organization: Acme Corp
`;
/** A second organization: the passing fixture, plus controls owned by a person, a team, a handle, a mailbox and a group. */
const acmeControls = controlFile(`  - id: ACC-01
    title: Access is reviewed quarterly
    implements: [A.5.15, A.5.18]
    status: implemented
    owner: Jane Doe <jane@acme.example>
    evidence:
      - id: access-review
        path: evidence/access-review.csv
        collected: 2026-10-01
  - id: DEV-01
    title: Changes are reviewed before merge
    implements: [A.8.32]
    status: in-progress
    owner: "@acme/platform"
  - id: LOG-01
    title: Logs are kept
    implements: [A.8.15]
    status: planned
    owner: "@jdoe"
  - id: BRD-01
    title: The board oversees security
    covers: [CC1.2]
    status: implemented
    owner: Security team
  - id: HR-01
    title: Background checks
    implements: [A.6.1]
    status: implemented
    owner: people@acme.example
`);

async function acme(files: Record<string, string> = {}): Promise<string> {
  return copyOf(path.resolve('fixtures/passing'), { '.crosswalk.yml': acmeConfig, 'controls/more.yaml': acmeControls, 'evidence/access-review.csv': 'user,reviewer\nann,bob\n', ...files });
}

/** Every UUID a document defines (`"uuid": ...`). */
function definedUuids(text: string): string[] {
  return [...text.matchAll(/"uuid": "([^"]+)"/g)].map((match) => match[1]!);
}

describe('OSCAL that GRC platforms ingest', () => {
  it('1. derives every UUID from the organization’s oscal.namespace: two organizations share none; --namespace overrides it', async () => {
    const acmeRoot = await acme();
    for (const model of oscalModels) {
      const northwind = await exportOscal([exampleOrg, '--model', model]);
      const other = await exportOscal([acmeRoot, '--model', model]);
      expectValid(other.document);
      expect(northwind.stderr).not.toContain('warning');
      const shared = definedUuids(northwind.text).filter((uuid) => definedUuids(other.text).includes(uuid));
      // Only the shipped catalogs' own UUIDs are the same for everyone, and they are not defined here.
      expect(shared).toEqual([]);
    }
    const definition = await exportOscal([acmeRoot, '--model', 'component-definition']);
    expect(definition.document['component-definition'].uuid).toBe(uuidV5('component-definition', acmeNamespace));
    const override = '0f5e1c3a-7c2b-4f7e-9a61-3d2b8c9e4f10';
    const overridden = await exportOscal([acmeRoot, '--model', 'component-definition', '--namespace', override]);
    expect(overridden.document['component-definition'].uuid).toBe(uuidV5('component-definition', override));
  });

  it('1. without oscal.namespace, derives one from the organization’s own content and warns that it should be set', async () => {
    const withoutNamespace = (config: string) => config.replace(/^oscal:\n(?: .*\n)*/m, '');
    const northwindConfig = await readFile(path.join(exampleOrg, '.crosswalk.yml'), 'utf8');
    const northwind = await copyOf(exampleOrg, { '.crosswalk.yml': withoutNamespace(northwindConfig) });
    const other = await acme({ '.crosswalk.yml': withoutNamespace(acmeConfig) });
    const first = await exportOscal([northwind]);
    expect(first.code).toBe(0);
    expectValid(first.document);
    expect(first.stderr).toMatch(/^crosswalk: warning: \.crosswalk\.yml sets no oscal\.namespace, .*\n {2}oscal:\n {4}namespace: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n/);
    // Stable from run to run, and the organization's own: another organization's UUIDs differ.
    expect((await exportOscal([northwind])).text).toBe(first.text);
    const second = await exportOscal([other]);
    expect(definedUuids(first.text).filter((uuid) => definedUuids(second.text).includes(uuid))).toEqual([]);
    // The same controls under two organizations' names are two organizations.
    const renamed = await copyOf(northwind, { '.crosswalk.yml': `${withoutNamespace(northwindConfig)}oscal:\n  organization: Southwind\n` });
    expect((await exportOscal([renamed])).document['assessment-results'].uuid).not.toBe(first.document['assessment-results'].uuid);
  });

  it('1. init writes a random oscal.namespace that check accepts, a different one for each repository', async () => {
    const namespaces: string[] = [];
    for (const name of ['one', 'two']) {
      const root = path.join(await makeRepo({}), name);
      const { io } = captureIo(process.cwd());
      expect(await runCli(['init', root], io)).toBe(0);
      const config = parse(await readFile(path.join(root, '.crosswalk.yml'), 'utf8')) as Json;
      namespaces.push(config.oscal.namespace);
      const exported = await exportOscal([root, '--model', 'component-definition']);
      expect(exported.stderr).not.toContain('warning');
      expect(exported.document['component-definition'].uuid).toBe(uuidV5('component-definition', config.oscal.namespace));
    }
    expect(namespaces.every((namespace) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(namespace))).toBe(true);
    expect(namespaces[0]).not.toBe(namespaces[1]);
  });

  it('1. refuses an oscal.namespace that is not a UUID, at its line (exit 2)', async () => {
    const root = await acme({ '.crosswalk.yml': 'apiVersion: crosswalk/v1\nkind: Config\noscal:\n  namespace: acme\n' });
    const { code, stderr } = await exportOscal([root]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^crosswalk: \.crosswalk\.yml:4:\d+: .*namespace/);
  });

  it('2. results of two as-of dates share no result, observation, finding or risk UUID', async () => {
    const uuidsOf = (document: Json) => {
      const result = document['assessment-results'].results[0];
      return [result.uuid, ...[...result.observations, ...result.findings, ...(result.risks ?? [])].map((entry: Json) => entry.uuid)];
    };
    for (const root of [exampleOrg, await acme()]) {
      const november = (await exportOscal([root, '--as-of', '2026-11-27'])).document;
      const october = (await exportOscal([root, '--as-of', '2026-10-01'])).document;
      expectValid(october);
      expect(uuidsOf(november).filter((uuid) => uuidsOf(october).includes(uuid))).toEqual([]);
      expect(new Set(uuidsOf(november)).size).toBe(uuidsOf(november).length);
    }
    // A Type 2 program's results of two days are two results of one document (its period); Type 1 documents are of their day.
    const [november, october] = [await exportOscal([exampleOrg, '--as-of', '2026-11-27']), await exportOscal([exampleOrg, '--as-of', '2026-10-01'])];
    expect(october.document['assessment-results'].uuid).toBe(november.document['assessment-results'].uuid);
    const acmeRoot = await acme();
    const [day1, day2] = [await exportOscal([acmeRoot, '--as-of', '2026-11-27']), await exportOscal([acmeRoot, '--as-of', '2026-10-01'])];
    expect(day1.document['assessment-results'].uuid).not.toBe(day2.document['assessment-results'].uuid);
  });

  it('4. links each evidence file once, as a back-matter resource with its media type, SHA-256 and a path from the repository root', async () => {
    const root = await acme({
      'controls/twice.yaml': controlFile(`  - id: TW-01
    title: Two items, one file
    implements: [A.5.1]
    status: implemented
    evidence:
      - id: first
        path: evidence/information-security-policy.md
        collected: 2026-06-15
      - id: second
        path: evidence/*.md
        collected: 2026-06-15
`),
    });
    const { document, text } = await exportOscal([root]);
    expectValid(document);
    const ar = document['assessment-results'];
    expect(ar.metadata.remarks).toContain('relative to the root of the compliance repository');
    const references = (ar.results[0].observations as Json[]).filter((observation) => propsOf(observation)['org-control'] === 'TW-01').map((observation) => observation['relevant-evidence'][0].href);
    expect(references).toHaveLength(2);
    expect(references[0]).toBe(references[1]);
    const resource = resourceOf(document, references[0]);
    const bytes = await readFile(path.join(root, 'evidence/information-security-policy.md'));
    expect(resource.rlinks).toEqual([{ href: 'evidence/information-security-policy.md', 'media-type': 'text/markdown', hashes: [{ algorithm: 'SHA-256', value: createHash('sha256').update(bytes).digest('hex') }] }]);
    const review = (ar.results[0].observations as Json[]).find((observation) => observation.title === 'ACC-01: access-review')!;
    expect(resourceOf(document, review['relevant-evidence'][0].href).rlinks[0]['media-type']).toBe('text/csv');
    // No hash left in crosswalk's own props: OSCAL's structure carries it.
    expect(text).not.toContain('"name": "sha256"');
    // Changed bytes are another resource.
    await writeFile(path.join(root, 'evidence/information-security-policy.md'), 'changed\n');
    const changed = await exportOscal([root]);
    const first = (changed.document['assessment-results'].results[0].observations as Json[]).find((observation) => observation.title === 'TW-01: first')!;
    expect(first['relevant-evidence'][0].href).not.toBe(references[0]);
  });

  it('5. makes owners parties with the control-owner role on what they own, and names the organization in the titles', async () => {
    const root = await acme();
    const definition = (await exportOscal([root, '--model', 'component-definition'])).document['component-definition'];
    const results = (await exportOscal([root])).document['assessment-results'];
    for (const metadata of [definition.metadata, results.metadata]) {
      expect(metadata.title).toMatch(/^Acme Corp — /);
      const parties = Object.fromEntries((metadata.parties as Json[]).map((party) => [party.name, party]));
      expect(parties['Acme Corp']).toMatchObject({ type: 'organization' });
      expect(parties['Jane Doe']).toMatchObject({ type: 'person', 'email-addresses': ['jane@acme.example'] });
      expect(parties['@acme/platform']).toMatchObject({ type: 'organization' });
      expect(parties['@jdoe']).toMatchObject({ type: 'person' });
      expect(parties['people@acme.example']).toMatchObject({ type: 'organization', 'email-addresses': ['people@acme.example'] });
      expect(parties['Security team']).toMatchObject({ type: 'organization' });
      expect(parties['ciso@acme.example']).toBeDefined();
      expect(metadata.roles.map((role: Json) => role.id)).toEqual(['prepared-for', 'control-owner']);
      const owners = metadata['responsible-parties'].find((entry: Json) => entry['role-id'] === 'control-owner')['party-uuids'];
      expect(owners).toHaveLength(6);
      expect(owners.every((uuid: string) => (metadata.parties as Json[]).some((party) => party.uuid === uuid))).toBe(true);
    }
    const partyName = (uuid: string) => (definition.metadata.parties as Json[]).find((party) => party.uuid === uuid)?.name;
    const owned = (components: Json[]) => Object.fromEntries(components.map((component) => [component.title.split(':')[0], partyName(component['responsible-roles']?.[0]['party-uuids'][0])]));
    expect(owned(definition.components)).toMatchObject({ 'ACC-01': 'Jane Doe', 'DEV-01': '@acme/platform', 'GOV-01': 'ciso@acme.example' });
    expect(owned(results.results[0]['local-definitions'].components.slice(1))).toMatchObject({ 'ACC-01': 'Jane Doe', 'BRD-01': 'Security team' });
    // Without oscal.organization, the repository folder's name.
    const unnamed = await acme({ '.crosswalk.yml': acmeConfig.replace('  organization: Acme Corp\n', '') });
    expect((await exportOscal([unnamed, '--model', 'component-definition'])).document['component-definition'].metadata.title).toBe(`${path.basename(unnamed)} — Information security controls`);
  });

  it('6. gives every finding that is not satisfied a risk: what is missing, the blocking requirements as its characterization', async () => {
    for (const root of [exampleOrg, await acme()]) {
      const { report } = await check({ root, fingerprints: true });
      const result = (await exportOscal([root])).document['assessment-results'].results[0];
      const risks = new Map((result.risks as Json[]).map((risk) => [risk.uuid, risk]));
      let notSatisfied = 0;
      for (const criterion of report.criteria) {
        const finding = (result.findings as Json[]).find((candidate) => candidate.target['target-id'] === `${criterion.id}_obj`)!;
        if (criterion.state === 'ready') {
          expect(finding['related-risks']).toBeUndefined();
          continue;
        }
        notSatisfied++;
        const risk = risks.get(finding['related-risks'][0]['risk-uuid'])!;
        expect(risk, criterion.id).toMatchObject({ status: 'open', title: expect.stringContaining(criterion.id) });
        const facets = risk.characterizations[0].facets as Json[];
        expect(facets[0]).toMatchObject({ name: 'state', value: criterion.state });
        expect(facets.filter((facet) => facet.name === 'blocking-requirement').map((facet) => facet.value)).toEqual(criterion.blockedBy.flatMap((row) => row.requirements.map((requirement) => requirement.id)));
        const tool = result['local-definitions'].components[0];
        expect(risk.characterizations[0].origin.actors).toEqual([{ type: 'tool', 'actor-uuid': tool.uuid }]);
      }
      expect(notSatisfied).toBeGreaterThan(0);
      expect(risks.size).toBe(notSatisfied);
    }
  });

  it('7. ships ISO/IEC 27001:2022 and SOC 2 catalogs NIST’s schema accepts, generated from the catalogs, every id the exports use', async () => {
    const fresh = await execFileAsync(process.execPath, ['scripts/oscal-catalogs.mjs', '--check']).then(
      () => '',
      (error: { stderr: string }) => error.stderr,
    );
    expect(fresh).toBe('');
    const generated = await Promise.all(['mappings/oscal/iso27001-2022.catalog.json', 'mappings/oscal/soc2-tsc-2017.catalog.json'].map(async (file) => ({ path: file, text: await readFile(file, 'utf8') })));
    const catalogs = loadCatalogs();
    const iso = JSON.parse(generated[0]!.text) as Json;
    const tsc = JSON.parse(generated[1]!.text) as Json;
    expectValid(iso);
    expectValid(tsc);
    const controls = (catalog: Json): Json[] => {
      const all: Json[] = [];
      const walk = (group: Json) => {
        all.push(...(group.controls ?? []));
        (group.groups ?? []).forEach(walk);
      };
      walk(catalog.catalog);
      return all;
    };
    expect(controls(iso).map((control) => control.id).sort()).toEqual([...catalogs.iso.keys()].map((id) => (/^\d/.test(id) ? `clause-${id}` : id)).sort());
    expect(controls(tsc).map((control) => control.id).sort()).toEqual([...catalogs.criteriaById.keys()].sort());
    expect(controls(tsc).every((control) => control.parts[0].id === `${control.id}_obj` && control.parts[0].name === 'assessment-objective')).toBe(true);

    // The exports point at them: sources and the reviewed controls' catalog, with their media type and SHA-256.
    const definition = (await exportOscal([exampleOrg, '--model', 'component-definition'])).document;
    const sources = new Set((definition['component-definition'].components as Json[]).flatMap((component) => (component['control-implementations'] ?? []).map((implementation: Json) => implementation.source)));
    expect(sources.size).toBe(2);
    for (const source of sources) {
      const [link] = resourceOf(definition, source).rlinks as Json[];
      const file = generated.find((candidate) => link!.href.endsWith(candidate.path))!;
      expect(link).toEqual({ href: expect.stringMatching(/^https:\/\//), 'media-type': 'application/oscal.catalog+json', hashes: [{ algorithm: 'SHA-256', value: createHash('sha256').update(file.text).digest('hex') }] });
    }
    const results = (await exportOscal([exampleOrg])).document;
    const objectives = new Set(controls(tsc).map((control) => control.parts[0].id));
    for (const finding of results['assessment-results'].results[0].findings as Json[]) {
      expect(finding.target.type).toBe('objective-id');
      expect(objectives.has(finding.target['target-id'])).toBe(true);
    }
  });

  it('8. makes each org control its own component, each requirement once within it, and names it as the subject of its observations', async () => {
    const { report } = await check({ root: exampleOrg, fingerprints: true });
    const definition = (await exportOscal([exampleOrg, '--model', 'component-definition'])).document['component-definition'];
    expect(definition.components).toHaveLength(report.controls.length);
    const implementing = (id: string) => (definition.components as Json[]).filter((component) => JSON.stringify(component['control-implementations'] ?? []).includes(`"control-id":"${id}"`));
    // Two org controls implement A.8.15: two components, not one implementation naming it twice.
    expect(implementing('A.8.15').length).toBeGreaterThanOrEqual(2);
    for (const component of definition.components as Json[]) {
      for (const implementation of component['control-implementations'] ?? []) {
        const ids = implementation['implemented-requirements'].map((requirement: Json) => requirement['control-id']);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
    const result = (await exportOscal([exampleOrg])).document['assessment-results'].results[0];
    const defined = new Map((definition.components as Json[]).map((component) => [component.uuid, component.title]));
    const local = new Map((result['local-definitions'].components as Json[]).map((component) => [component.uuid, component.title]));
    for (const observation of result.observations as Json[]) {
      const [subject] = observation.subjects as Json[];
      expect(subject!.type).toBe('component');
      expect(local.get(subject!['subject-uuid'])).toBe(defined.get(subject!['subject-uuid']));
      expect(defined.get(subject!['subject-uuid'])).toMatch(new RegExp(`^${propsOf(observation)['org-control']}: `));
    }
  });

  it('9. points import-ap at the plan: the configuration and the mapping file, with their SHA-256', async () => {
    const mapping = `apiVersion: crosswalk/v1
kind: Mapping
name: Acme's mapping
rows:
  - iso: A.5.15
    tsc: [CC6.1]
    coverage: full
`;
    const root = await acme({ '.crosswalk.yml': `${acmeConfig}mapping: mapping.yaml\n`, 'mapping.yaml': mapping });
    const { document } = await exportOscal([root]);
    expectValid(document);
    const plan = resourceOf(document, document['assessment-results']['import-ap'].href);
    const sha256 = async (file: string) => createHash('sha256').update(await readFile(path.join(root, file))).digest('hex');
    expect(plan.rlinks).toEqual([
      { href: '.crosswalk.yml', 'media-type': 'text/yaml', hashes: [{ algorithm: 'SHA-256', value: await sha256('.crosswalk.yml') }] },
      { href: 'mapping.yaml', 'media-type': 'text/yaml', hashes: [{ algorithm: 'SHA-256', value: await sha256('mapping.yaml') }] },
    ]);
    // The shipped mapping: the release's file.
    const northwind = (await exportOscal([exampleOrg])).document;
    const shipped = resourceOf(northwind, northwind['assessment-results']['import-ap'].href);
    expect(shipped.rlinks.map((link: Json) => link.href)).toEqual(['.crosswalk.yml', expect.stringMatching(/^https:\/\/.*\/v\d+\.\d+\.\d+\/mappings\/iso27001-2022-to-soc2\.yaml$/)]);
    const shippedMapping = await readFile('mappings/iso27001-2022-to-soc2.yaml');
    expect(shipped.rlinks[1].hashes).toEqual([{ algorithm: 'SHA-256', value: createHash('sha256').update(shippedMapping).digest('hex') }]);
  });

  it('10. versions each document by a digest of its content: changed evidence on the same day is a new version', async () => {
    const root = await acme();
    for (const model of oscalModels) {
      const first = (await exportOscal([root, '--model', model])).document;
      const again = (await exportOscal([root, '--model', model])).document;
      const version = (document: Json) => (Object.values(document)[0] as Json).metadata.version;
      expect(version(first)).toMatch(/^sha256:[0-9a-f]{16}$/);
      expect(version(again)).toBe(version(first));
      await writeFile(path.join(root, 'controls/more.yaml'), acmeControls.replace('Access is reviewed quarterly', 'Access is reviewed every quarter'));
      const changed = (await exportOscal([root, '--model', model])).document;
      expect((Object.values(changed)[0] as Json).metadata['last-modified']).toBe((Object.values(first)[0] as Json).metadata['last-modified']);
      expect(version(changed)).not.toBe(version(first));
      await writeFile(path.join(root, 'controls/more.yaml'), acmeControls);
    }
    const evidenceBefore = (await exportOscal([root])).document;
    await writeFile(path.join(root, 'evidence/access-review.csv'), 'user,reviewer\nann,carol\n');
    const evidenceAfter = (await exportOscal([root])).document;
    expect(evidenceAfter['assessment-results'].metadata.version).not.toBe(evidenceBefore['assessment-results'].metadata.version);
  });

  it('warns at an id listed twice in implements or covers, and exports it once (issue 17, point 7)', async () => {
    const root = await acme({
      'controls/twice.yaml': controlFile(`  - id: DUP-01
    title: Listed twice
    implements: [A.5.1, A.5.1]
    covers: [CC2.3, CC2.3]
    status: implemented
`),
    });
    const { report } = await check({ root });
    expect(report.diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-claim').map((diagnostic) => [diagnostic.severity, diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.message])).toEqual([
      ['warning', 'controls/twice.yaml', 6, 25, 'A.5.1 is listed twice in implements; it counts once'],
      ['warning', 'controls/twice.yaml', 7, 21, 'CC2.3 is listed twice in covers; it counts once'],
    ]);
    expect(report.controls.find((control) => control.id === 'DUP-01')).toMatchObject({ implements: ['A.5.1'], covers: ['CC2.3'] });
    for (const model of oscalModels) {
      const { code, document, text } = await exportOscal([root, '--model', model]);
      expect(code).toBe(0);
      expectValid(document);
      const defined = definedUuids(text);
      expect(new Set(defined).size).toBe(defined.length);
    }
  });
});
