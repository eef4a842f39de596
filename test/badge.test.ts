import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { check } from '../src/check.js';
import { defaultBadgeStyle } from '../src/model.js';
import { colorFor, renderBadges } from '../src/report/github/badge.js';
import { makeRepo } from './support/repo.js';

const shieldsKeys = ['schemaVersion', 'label', 'message', 'color', 'labelColor', 'isError', 'namedLogo', 'logoSvg', 'logoColor', 'style', 'cacheSeconds'];

function captureIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, cwd, env: {} } as never,
    out,
    err,
  };
}

describe('readiness badges', () => {
  it('colour by the default thresholds: red below 50, yellow below 80, green from 80', () => {
    expect([0, 49.9, 50, 79.9, 80, 100].map((percent) => colorFor(percent, defaultBadgeStyle))).toEqual(['red', 'red', 'yellow', 'yellow', 'green', 'green']);
  });

  it('render well-formed SVG with the percentage, and shields endpoint JSON, overall and per category', async () => {
    const { report } = await check({ root: path.resolve('fixtures/example-org') });
    const badges = renderBadges(report);
    expect(badges.map((badge) => badge.name)).toEqual([
      'soc2-readiness.svg',
      'soc2-readiness.json',
      'soc2-readiness-security.svg',
      'soc2-readiness-security.json',
      'soc2-readiness-availability.svg',
      'soc2-readiness-availability.json',
      'soc2-readiness-confidentiality.svg',
      'soc2-readiness-confidentiality.json',
    ]);
    const svg = badges[0]!.content;
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { title: string; '@_aria-label': string } };
    expect(parsed.svg.title).toBe(`SOC 2 readiness: ${report.summary.readiness.toFixed(1)}%`);

    for (const badge of badges.filter((file) => file.name.endsWith('.json'))) {
      const endpoint = JSON.parse(badge.content) as Record<string, unknown>;
      expect(Object.keys(endpoint).every((key) => shieldsKeys.includes(key)), badge.name).toBe(true);
      expect(endpoint).toMatchObject({ schemaVersion: 1, label: expect.any(String), message: expect.stringMatching(/^\d+\.\d%$/), color: expect.any(String) });
    }
    const availability = JSON.parse(badges[5]!.content) as { label: string; message: string; color: string };
    const category = report.categories.find((entry) => entry.category === 'availability')!;
    expect(availability).toEqual({ schemaVersion: 1, label: 'SOC 2 availability', message: `${category.readiness.toFixed(1)}%`, color: colorFor(category.readiness, defaultBadgeStyle) });
  });

  it('use the label, thresholds and colours of .crosswalk.yml', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'badge:\n  label: Audit readiness\n  thresholds: [10]\n  colors: [orange, "#4c1"]\n',
      'controls/c.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols:\n  - id: P-1\n    title: Awareness training\n    implements: [A.6.3]\n    status: implemented\n',
    });
    // One control, no evidence: 0% ready, below the first threshold.
    const run = await check({ root });
    expect(run.settings.badge).toEqual({ ok: true, style: { label: 'Audit readiness', thresholds: [10], colors: ['orange', '#4c1'] } });
    const [, endpoint] = renderBadges(run.report, run.settings.badge.ok ? run.settings.badge.style : defaultBadgeStyle);
    expect(JSON.parse(endpoint!.content)).toEqual({ schemaVersion: 1, label: 'Audit readiness', message: '0.0%', color: 'orange' });
  });

  it('make a label with control and bidi characters inert: the SVG stays well-formed XML, the JSON plain text', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'badge:\n  label: "SOC 2\\a\\x1b[31m \\u202Eevil\\u202C\\u0000"\n',
      'controls/c.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols:\n  - id: P-1\n    title: Awareness training\n    implements: [A.6.3]\n    status: implemented\n',
    });
    const run = await check({ root });
    expect(run.settings.badge.ok).toBe(true);
    const [svg, endpoint] = renderBadges(run.report, run.settings.badge.ok ? run.settings.badge.style : defaultBadgeStyle);
    expect(XMLValidator.validate(svg!.content)).toBe(true);
    // eslint-disable-next-line no-control-regex
    const unsafe = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(svg!.content).not.toMatch(unsafe);
    const label = (JSON.parse(endpoint!.content) as { label: string }).label;
    expect(label).not.toMatch(unsafe);
    expect(label).toBe('SOC 2\uFFFD\uFFFD[31m \uFFFDevil\uFFFD\uFFFD');
  });

  it.each([
    ['thresholds: [80, 50]\n  colors: [red, yellow, green]', '.crosswalk.yml:2:20: badge.thresholds must rise: 50 after 80'],
    ['thresholds: [50, 120]\n  colors: [red, yellow, green]', '.crosswalk.yml:2:20: badge.thresholds[1] must be a percentage from 0 to 100, found 120'],
    ['thresholds: [50, 80]\n  colors: [red, yelow, green]', '.crosswalk.yml:3:17: badge.colors[1] "yelow" is not a badge colour'],
    ['thresholds: [50]\n  colors: [red, yellow, green]', '.crosswalk.yml:3:11: badge.colors must list 2 colours'],
    ['colour: [red]', '.crosswalk.yml:2:3: unknown key "colour" in badge; did you mean "colors"?'],
  ])('report a bad style (%s) with its place, and still check the repository', async (style, problem) => {
    const root = await makeRepo({ '.crosswalk.yml': `badge:\n  ${style}\n`, 'controls/c.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n' });
    const run = await check({ root });
    expect(run.settings.badge.ok).toBe(false);
    expect(run.settings.badge.ok ? '' : run.settings.badge.problem).toContain(problem);
    expect(run.report.summary.criteria).toBe(33);
  });

  it('crosswalk badge --out writes the files; a bad style exits 2 with one line', async () => {
    const root = await makeRepo({ 'controls/c.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n' });
    const good = captureIo(root);
    expect(await runCli(['badge', '.', '--out', 'badges'], good.io)).toBe(0);
    expect((await readdir(path.join(root, 'badges'))).sort()).toEqual(['soc2-readiness-security.json', 'soc2-readiness-security.svg', 'soc2-readiness.json', 'soc2-readiness.svg']);
    expect(await readFile(path.join(root, 'badges/soc2-readiness.svg'), 'utf8')).toContain('0.0%');

    const bad = await makeRepo({ '.crosswalk.yml': 'badge:\n  colors: [red]\n', 'controls/c.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols: []\n' });
    const failing = captureIo(bad);
    expect(await runCli(['badge', '.', '--out', 'badges'], failing.io)).toBe(2);
    expect(failing.err.join('')).toMatch(/^crosswalk: badge style: \.crosswalk\.yml:2:11: badge\.colors must list 3 colours/);
    expect(await runCli(['badge', '.'], failing.io)).toBe(2);
  });

  it('the built CLI writes the badges the source renders, byte for byte (its bundle parses badge-maker font tables when first measured)', async () => {
    const root = await makeRepo({
      '.crosswalk.yml': 'badge:\n  label: Audit readiness — Ω, 審計\n',
      'controls/c.yaml': 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols:\n  - id: P-1\n    title: Awareness training\n    implements: [A.6.3]\n    status: implemented\n',
    });
    const out = path.join(root, 'built-badges');
    const built = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'badge', root, '--out', out], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    const { report, settings } = await check({ root });
    expect(settings.badge.ok).toBe(true);
    const badges = renderBadges(report, settings.badge.ok ? settings.badge.style : undefined);
    expect((await readdir(out)).sort()).toEqual(badges.map((badge) => badge.name).sort());
    for (const badge of badges) expect(await readFile(path.join(out, badge.name), 'utf8'), badge.name).toBe(badge.content);
  });
});
