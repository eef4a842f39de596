/**
 * crosswalk as a package: `npm pack` gives a tarball that installs offline into an empty folder
 * (dist/ bundles every runtime dependency, so the package declares none), ships what a user
 * needs and nothing else, and `npx @crosswalk-dev/crosswalk check` runs from it. Needs a built
 * dist/ (`npm run build`); tests never build.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

const project = fileURLToPath(new URL('..', import.meta.url));
let work: string;
let tarball: string;
let packedFiles: string[];

/** npm (or npx) with a private cache and none of the npm_* settings of the npm that runs the tests. */
function npm(args: readonly string[], cwd: string, command: 'npm' | 'npx' = 'npm'): SpawnSyncReturns<string> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return spawnSync(command, [...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'crosswalk-package-'));
  const packed = npm(['pack', '--json', '--pack-destination', work], project);
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, info!.filename);
  packedFiles = info!.files.map((file) => file.path).sort();
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('is published under its scoped name, with a bin and no runtime dependency: dist/ bundles them', () => {
    expect(packageJson.name).toBe('@crosswalk-dev/crosswalk');
    expect(packageJson).not.toHaveProperty('private');
    expect(packageJson.bin).toEqual({ crosswalk: 'dist/cli.cjs' });
    expect(packageJson).not.toHaveProperty('dependencies');
  });

  it("installs its locked dependency tree without an engine warning on the Node it supports (content-type is held at 2.1.0, which runs on Node 20)", () => {
    expect(packageJson.engines).toEqual({ node: '>=20' });
    const dryRun = npm(['ci', '--dry-run', '--offline', '--ignore-scripts'], project);
    expect(dryRun.status, dryRun.stderr).toBe(0);
    expect(dryRun.stderr).not.toContain('EBADENGINE');
  });

  it('ships dist, schemas, mappings, README and LICENSE, and no sources, tests or fixtures', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/cli.cjs', 'dist/cli.js', 'dist/index.js', 'dist/fonts/verdana-11px-normal.json', 'schemas/control-implementation.schema.json', 'mappings/iso27001-2022-to-soc2.yaml']) {
      expect(packedFiles).toContain(file);
    }
    const outside = packedFiles.filter((file) => !/^(dist|schemas|mappings)\//.test(file) && !['package.json', 'README.md', 'LICENSE'].includes(file));
    expect(outside).toEqual([]);
    expect(packedFiles.filter((file) => /^(src|test|fixtures|scripts)\//.test(file) || file.includes('hostile'))).toEqual([]);
  });

  it('installs from the tarball offline into an empty folder, and npx runs check from it', async () => {
    const consumer = path.join(work, 'consumer');
    await cp(path.join(project, 'fixtures/example-org'), path.join(consumer, 'compliance'), { recursive: true });
    await writeFile(path.join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');

    const installed = npm(['install', '--offline', tarball], consumer);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stderr).not.toContain('EBADENGINE');
    // Nothing else came along: the package needs no dependency at run time.
    expect(await readdir(path.join(consumer, 'node_modules'))).toEqual(['.bin', '.package-lock.json', '@crosswalk-dev']);

    const version = npm(['exec', '--offline', '--', 'crosswalk', '--version'], consumer);
    expect(version.stdout).toBe(`${packageJson.version}\n`);

    const run = npm(['--offline', '@crosswalk-dev/crosswalk', 'check', 'compliance', '--as-of', '2026-11-27', '--format', 'json', '--output', 'report.json'], consumer, 'npx');
    // The example organization misses evidence by design: exit 1, with a full report.
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('crosswalk: readiness ');
    const report = JSON.parse(await readFile(path.join(consumer, 'report.json'), 'utf8')) as { tool: { version: string }; summary: { errors: number; criteria: number } };
    expect(report.tool.version).toBe(packageJson.version);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.criteria).toBeGreaterThan(0);
  });
});
