/**
 * `default` and `seed` name the shipped mappings wherever a mapping is chosen: `mapping:` in
 * .crosswalk.yml, `--mapping`, the action's `mapping` input and `mapping lint`. A user's file
 * called `seed` is read only when written as a path (`./seed`), so a stray file can never swap
 * the mapping a team's gate runs on.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputName } from '../src/action/inputs.js';
import { check } from '../src/check.js';
import { runCli } from '../src/cli.js';
import { loadDefaultMapping, loadSeedMapping } from '../src/load/mapping.js';
import { captureIo } from './support/cli-io.js';
import { controlFile, makeRepo } from './support/repo.js';

/** A mapping of the user's own, in a file named like a shipped mapping; it maps A.7.2 where neither shipped mapping does. */
const userMapping = 'apiVersion: crosswalk/v1\nkind: Mapping\nname: A user mapping in a file called seed\nrows:\n  - iso: A.7.2\n    tsc: [CC9.1]\n    coverage: full\n';

const physicalEntry = controlFile(`  - id: PHY-01
    title: Badge readers guard every entrance
    implements: [A.7.2]
    status: implemented
`);

async function repo(config: string): Promise<string> {
  return makeRepo({ '.crosswalk.yml': `apiVersion: crosswalk/v1\nkind: Config\nas_of: 2026-11-27\n${config}`, seed: userMapping, default: userMapping, 'controls/physical.yaml': physicalEntry });
}

/** The criteria the report files A.7.2 under: which mapping judged it. */
function criteriaOfPhysicalEntry(report: { criteria: readonly { id: string; controls: readonly string[] }[] }): string[] {
  return report.criteria.filter((criterion) => criterion.controls.includes('A.7.2')).map((criterion) => criterion.id);
}

describe('choosing a shipped mapping by name', () => {
  it('mapping: in .crosswalk.yml — seed is the shipped seed, ./seed the file', async () => {
    const shipped = await check({ root: await repo('mapping: seed\n') });
    expect(shipped.mapping).toEqual(loadSeedMapping());
    // The seed as written files physical entry under CC6.1; the audited default under CC6.4.
    expect(criteriaOfPhysicalEntry(shipped.report)).toEqual(['CC6.1']);
    expect(criteriaOfPhysicalEntry((await check({ root: await repo('mapping: default\n') })).report)).toEqual(['CC6.4']);

    const file = await check({ root: await repo('mapping: ./seed\n') });
    expect(file.mapping.name).toBe('A user mapping in a file called seed');
    expect(criteriaOfPhysicalEntry(file.report)).toEqual(['CC9.1']);
  });

  it('--mapping on the command line — seed and default are the shipped ones, ./seed and ./default the files', async () => {
    const root = await repo('');
    const checkWith = async (mapping: string) => {
      const { io, out } = captureIo(root);
      await runCli(['check', '.', '--mapping', mapping, '--format', 'json'], io);
      return JSON.parse(out.join('')) as { mapping: { name: string }; criteria: { id: string; controls: string[] }[] };
    };
    const seed = await checkWith('seed');
    expect(seed.mapping.name).toBe(loadSeedMapping().name);
    expect(criteriaOfPhysicalEntry(seed)).toEqual(['CC6.1']);
    expect((await checkWith('default')).mapping.name).toBe(loadDefaultMapping().name);
    for (const file of ['./seed', './default']) expect((await checkWith(file)).mapping.name, file).toBe('A user mapping in a file called seed');
  });

  it("the action's mapping input — a name stays a name, anything else is a path in the workspace", () => {
    const mappingOf = (value: string) => readInputs((name: InputName) => (name === 'mapping' ? value : ''), '/workspace').check.overrides?.mapping;
    expect(mappingOf('seed')).toBe('seed');
    expect(mappingOf('default')).toBe('default');
    expect(mappingOf('./seed')).toBe(path.resolve('/workspace', 'seed'));
    expect(mappingOf('')).toBeUndefined();
  });

  it('a name that is a property of every JavaScript object is a file name like any other, never a crash', async () => {
    const root = await repo('');
    for (const name of ['constructor', 'toString', '__proto__']) {
      const { io, err } = captureIo(root);
      expect(await runCli(['check', '.', '--mapping', name], io), name).toBe(2);
      expect(err.join(''), name).toBe(`crosswalk: cannot read mapping ${name}: no such file\n`);
      await expect(check({ root: await repo(`mapping: ${name}\n`) }), name).rejects.toThrow(`cannot read mapping ${name}: no such file`);
    }
  });
});
