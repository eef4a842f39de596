/**
 * Badges, their publication to a branch, and expiring evidence: the bundled action (run as the
 * runner runs it; see test/support/run-action.ts) against the local stand-in for the GitHub API.
 * Needs a built dist/ (`npm run build`); tests never build.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/report.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { passingRepo, privilegedAccessRepo } from './support/fixtures.js';
import { fakeToken, pullRequestPayload, pushPayload, runAction, workspaceFrom, type ActionRun, type RunOptions } from './support/run-action.js';

const pushedSha = '4444444444444444444444444444444444444444';
const badgeBranch = 'crosswalk-badges';

const commandsOf = (run: ActionRun, command: string) => run.commands.filter((candidate) => candidate.command === command);
const requestLines = (github: FakeGitHub) => github.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`);
const readReport = async (run: ActionRun) => JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report;

/** A push to the default branch with badge-branch set, unless the options say otherwise. */
function pushRun(workspace: string, github: FakeGitHub, options: Partial<RunOptions> = {}): Promise<ActionRun> {
  return runAction({
    workspace,
    eventName: 'push',
    eventPayload: pushPayload({ after: pushedSha }),
    sha: pushedSha,
    apiUrl: github.url,
    ...options,
    inputs: { 'badge-branch': badgeBranch, ...options.inputs },
  });
}

describe('badges in the action', () => {
  it('writes the SVG and the shields endpoint JSON next to the report, named by the badge and badge-json outputs', async () => {
    const run = await runAction({ workspace: await workspaceFrom(undefined, await passingRepo()), inputs: { scope: 'availability' } });
    expect(run.exitCode).toBe(0);
    const report = await readReport(run);
    const percent = `${report.summary.readiness.toFixed(1)}%`;
    expect(run.outputs.badge).toBe(path.join(path.dirname(run.outputs.report!), 'badges', 'soc2-readiness.svg'));
    expect(run.outputs['badge-json']).toBe(path.join(path.dirname(run.outputs.report!), 'badges', 'soc2-readiness.json'));

    const svg = await readFile(run.outputs.badge!, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { title: string; '@_xmlns': string } };
    expect(parsed.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(parsed.svg.title).toBe(`SOC 2 readiness: ${percent}`);

    const endpoint = JSON.parse(await readFile(run.outputs['badge-json']!, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(endpoint)).toEqual(['schemaVersion', 'label', 'message', 'color']);
    expect(endpoint).toEqual({ schemaVersion: 1, label: 'SOC 2 readiness', message: percent, color: 'red' });
    // One pair per category in scope besides.
    expect((await readdir(path.dirname(run.outputs.badge!))).sort()).toEqual([
      'soc2-readiness-availability.json',
      'soc2-readiness-availability.svg',
      'soc2-readiness-security.json',
      'soc2-readiness-security.svg',
      'soc2-readiness.json',
      'soc2-readiness.svg',
    ]);
  });

  it('an invalid badge colour is an error annotation at its place; no badges, but the check, outputs and gate are unchanged', async () => {
    const github = await startFakeGitHub();
    try {
      const passing = await passingRepo();
      const config = `${passing['.crosswalk.yml']}badge:\n  thresholds: [50, 80]\n  colors: [red, yelow, green]\n`;
      const reference = await runAction({ workspace: await workspaceFrom(undefined, passing) });
      const run = await pushRun(await workspaceFrom(undefined, { ...passing, '.crosswalk.yml': config }), github);

      const badgeErrors = commandsOf(run, 'error').filter((error) => error.properties.title === 'crosswalk: invalid badge style; no badges written');
      expect(badgeErrors).toHaveLength(1);
      expect(badgeErrors[0]!.properties).toMatchObject({ file: '.crosswalk.yml', line: '6', col: '17' });
      expect(badgeErrors[0]!.message).toMatch(/^badge\.colors\[1\] "yelow" is not a badge colour .*did you mean "yellow"\?$/);
      expect(run.outputs.badge).toBe('');
      expect(run.outputs['badge-json']).toBe('');
      expect(await readdir(path.dirname(run.outputs.report!))).not.toContain('badges');
      // The check, its outputs and its verdict are what they are without a badge style.
      expect(run.exitCode).toBe(reference.exitCode);
      expect(run.exitCode).toBe(0);
      expect(run.outputs.readiness).toBe(reference.outputs.readiness);
      expect(run.summary.split('\n')[0]).toBe(reference.summary.split('\n')[0]);
      expect(run.summary).toContain('> [!WARNING]\n> The badge style is invalid, so no badges were written: \\.crosswalk\\.yml&#58;6&#58;17&#58; badge\\.colors\\[1\\]');
      // With nothing to publish, the API is not called, even on a push with badge-branch set.
      expect(github.requests).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('a badge-branch that is not a branch name fails the step with one line, before anything is checked', async () => {
    const run = await runAction({ workspace: await workspaceFrom(undefined, await passingRepo()), inputs: { 'badge-branch': '../main' } });
    expect(run.exitCode).toBe(2);
    expect(run.commands.map((command) => command.command)).toEqual(['error']);
    expect(run.commands[0]!.message).toMatch(/^crosswalk: badge-branch: "\.\.\/main" is not a branch name crosswalk publishes to/);
    expect(run.outputs).toEqual({});
  });
});

describe('publishing badges to badge-branch on pushes to the default branch', () => {
  let github: FakeGitHub;
  let workspace: string;
  beforeAll(async () => {
    github = await startFakeGitHub();
    workspace = await workspaceFrom(undefined, await passingRepo());
  });
  afterAll(() => github.close());

  let created: ActionRun;
  let unchanged: ActionRun;
  let createdRequests: string[];

  it('creates the branch when it is missing: blobs, a tree and an orphan commit, then the ref', async () => {
    created = await pushRun(workspace, github, { inputs: { scope: 'availability' } });
    createdRequests = requestLines(github);
    expect(created.exitCode).toBe(0);
    const repo = '/repos/northwind/compliance/git';
    expect(createdRequests).toEqual([
      `GET ${repo}/ref/heads/${badgeBranch}`,
      ...Array<string>(9).fill(`POST ${repo}/blobs`),
      `POST ${repo}/trees`,
      `POST ${repo}/commits`,
      `POST ${repo}/refs`,
    ]);
    expect(github.requests.every((request) => request.authorization === `token ${fakeToken}`)).toBe(true);
    const treeRequest = github.requests.find((request) => request.url.endsWith('/trees'))!.body as { base_tree?: string; tree: { path: string; mode: string; type: string }[] };
    expect(treeRequest.base_tree).toBeUndefined();
    expect(treeRequest.tree.every((entry) => entry.mode === '100644' && entry.type === 'blob')).toBe(true);
    const commitRequest = github.requests.find((request) => request.url.endsWith('/commits'))!.body as { parents: string[]; message: string };
    expect(commitRequest.parents).toEqual([]);
    expect(commitRequest.message).toMatch(new RegExp(`^SOC 2 readiness ${created.outputs.readiness!.replace('.', '\\.')}% as of 2026-11-27\\n\\nFrom ${pushedSha} by crosswalk `));

    expect(github.listFiles(badgeBranch)).toEqual([
      'crosswalk/history.csv',
      'crosswalk/index.html',
      'crosswalk/report.json',
      'crosswalk/soc2-readiness-availability.json',
      'crosswalk/soc2-readiness-availability.svg',
      'crosswalk/soc2-readiness-security.json',
      'crosswalk/soc2-readiness-security.svg',
      'crosswalk/soc2-readiness.json',
      'crosswalk/soc2-readiness.svg',
    ]);
    // The readiness page, for GitHub Pages: the same figures as the report, with every evidence file's SHA-256.
    const page = github.readFile(badgeBranch, 'crosswalk/index.html')!;
    const published = JSON.parse(github.readFile(badgeBranch, 'crosswalk/report.json')!) as Report;
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain(`${published.summary.readiness.toFixed(1)}%`);
    const hashed = published.evidence.flatMap((item) => item.files);
    expect(hashed.length).toBeGreaterThan(0);
    expect(hashed.every((file) => typeof file.sha256 === 'string' && file.sha256.length === 64)).toBe(true);
    // What is published is what the step wrote.
    expect(github.readFile(badgeBranch, 'crosswalk/soc2-readiness.svg')).toBe(await readFile(created.outputs.badge!, 'utf8'));
    expect(github.readFile(badgeBranch, 'crosswalk/soc2-readiness.json')).toBe(await readFile(created.outputs['badge-json']!, 'utf8'));
    expect(github.readFile(badgeBranch, 'crosswalk/report.json')).toBe(await readFile(created.outputs.report!, 'utf8'));
    // The history's first point: this push's as-of date, figures and commit.
    expect(github.readFile(badgeBranch, 'crosswalk/history.csv')!.split('\r\n')[1]).toMatch(new RegExp(`^2026-11-27,${created.outputs.readiness!.replace('.', '\\.')},[0-9.]+,\\d+,\\d+,0,0,${pushedSha}$`));
    expect(created.stdout).toMatch(new RegExp(`^crosswalk: badges created branch ${badgeBranch} with commit [0-9a-f]{7} \\(crosswalk/\\)$`, 'm'));
    expect(commandsOf(created, 'notice')).toEqual([]);
  });

  it('commits nothing when the files are unchanged: five reads (the history among them), no write', async () => {
    github.requests.length = 0;
    const head = github.branches.get(badgeBranch);
    unchanged = await pushRun(workspace, github, { inputs: { scope: 'availability' } });
    const repo = '/repos/northwind/compliance/git';
    expect(requestLines(github)).toEqual([
      `GET ${repo}/ref/heads/${badgeBranch}`,
      `GET ${repo}/commits/${head}`,
      expect.stringMatching(`^GET ${repo}/trees/[0-9a-f]{40}$`),
      expect.stringMatching(`^GET ${repo}/trees/[0-9a-f]{40}$`),
      expect.stringMatching(`^GET ${repo}/blobs/[0-9a-f]{40}$`),
    ]);
    expect(github.branches.get(badgeBranch)).toBe(head);
    expect(unchanged.exitCode).toBe(0);
    expect(unchanged.stdout).toContain(`crosswalk: badges branch ${badgeBranch} is up to date at ${head!.slice(0, 7)}`);
  });

  it('on a change, uploads only the files that changed, removes those no longer written, and moves the branch by one commit', async () => {
    github.requests.length = 0;
    const before = github.branches.get(badgeBranch)!;
    const securityBadge = github.readFile(badgeBranch, 'crosswalk/soc2-readiness-security.svg');
    // Availability out of scope: the overall figure and the report change, security's badge does not.
    const run = await pushRun(workspace, github);
    expect(run.exitCode).toBe(0);
    const repo = '/repos/northwind/compliance/git';
    expect(requestLines(github)).toEqual([
      `GET ${repo}/ref/heads/${badgeBranch}`,
      `GET ${repo}/commits/${before}`,
      expect.stringMatching(`^GET ${repo}/trees/`),
      expect.stringMatching(`^GET ${repo}/trees/`),
      expect.stringMatching(`^GET ${repo}/blobs/`),
      // The overall badge's two files, the report, the page, and the history, whose point of the day changes.
      ...Array<string>(5).fill(`POST ${repo}/blobs`),
      `POST ${repo}/trees`,
      `POST ${repo}/commits`,
      `PATCH ${repo}/refs/heads/${badgeBranch}`,
    ]);
    const tree = github.requests.find((request) => request.url.endsWith('/trees') && request.method === 'POST')!.body as { base_tree: string; tree: { path: string; sha: string | null }[] };
    expect(tree.base_tree).toBe(github.commits.get(before)!.tree);
    expect(tree.tree.filter((entry) => entry.sha === null).map((entry) => entry.path).sort()).toEqual(['crosswalk/soc2-readiness-availability.json', 'crosswalk/soc2-readiness-availability.svg']);
    expect(github.requests.find((request) => request.method === 'PATCH')!.body).toMatchObject({ force: false });

    const after = github.branches.get(badgeBranch)!;
    expect(github.commits.get(after)!.parents).toEqual([before]);
    expect(github.listFiles(badgeBranch)).toEqual(['crosswalk/history.csv', 'crosswalk/index.html', 'crosswalk/report.json', 'crosswalk/soc2-readiness-security.json', 'crosswalk/soc2-readiness-security.svg', 'crosswalk/soc2-readiness.json', 'crosswalk/soc2-readiness.svg']);
    expect(github.readFile(badgeBranch, 'crosswalk/soc2-readiness-security.svg')).toBe(securityBadge);
    expect(github.readFile(badgeBranch, 'crosswalk/soc2-readiness.json')).toBe(await readFile(run.outputs['badge-json']!, 'utf8'));
    expect(JSON.parse(github.readFile(badgeBranch, 'crosswalk/soc2-readiness.json')!)).toMatchObject({ message: `${run.outputs.readiness}%` });
  });

  it('commits on top of a branch that exists without the folder, keeping its other files', async () => {
    github.requests.length = 0;
    const seed = github.addBranch('gh-pages', { 'index.html': '<h1>Trust</h1>\n', 'crosswalk.txt': 'not a folder\n' });
    const run = await pushRun(workspace, github, { inputs: { 'badge-branch': 'gh-pages' } });
    expect(run.exitCode).toBe(0);
    expect(requestLines(github).filter((line) => !line.startsWith('GET'))).toEqual([
      ...Array<string>(7).fill('POST /repos/northwind/compliance/git/blobs'),
      'POST /repos/northwind/compliance/git/trees',
      'POST /repos/northwind/compliance/git/commits',
      'PATCH /repos/northwind/compliance/git/refs/heads/gh-pages',
    ]);
    expect(github.commits.get(github.branches.get('gh-pages')!)!.parents).toEqual([seed]);
    expect(github.listFiles('gh-pages')).toEqual(expect.arrayContaining(['index.html', 'crosswalk.txt', 'crosswalk/soc2-readiness.svg', 'crosswalk/report.json']));
    expect(github.readFile('gh-pages', 'index.html')).toBe('<h1>Trust</h1>\n');
  });

  it.each([
    ['a push to another branch', { ref: 'refs/heads/feature', eventPayload: pushPayload({ ref: 'refs/heads/feature', after: pushedSha }) }, 'this push is to refs/heads/feature, not to the default branch main'],
    ['a push when the default branch is another', { eventPayload: pushPayload({ after: pushedSha, defaultBranch: 'trunk' }) }, 'this push is to refs/heads/main, not to the default branch trunk'],
    ['a pull request', { eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 5, headSha: pushedSha, baseSha: pushedSha }), inputs: { comment: 'false', 'self-judge-when-base-unreadable': 'true' } }, 'this run is a pull_request'],
  ] as const)('publishes nothing on %s', async (_, options, why) => {
    github.requests.length = 0;
    const run = await pushRun(workspace, github, options as Partial<RunOptions>);
    expect(run.exitCode).toBe(0);
    expect(github.requests).toEqual([]);
    expect(run.stdout).toContain(`crosswalk: badge-branch is set, but ${why}`);
    expect(commandsOf(run, 'notice').filter((notice) => notice.properties.title === 'crosswalk: badges not published')).toEqual([]);
  });

  it('with a token that may not write (403), gives a notice naming contents: write and keeps the verdict', async () => {
    github.readOnly = true;
    github.requests.length = 0;
    const run = await pushRun(workspace, github, { inputs: { 'badge-branch': 'badges/readonly' } });
    github.readOnly = false;
    expect(requestLines(github)).toEqual(['GET /repos/northwind/compliance/git/ref/heads/badges/readonly', 'POST /repos/northwind/compliance/git/blobs']);
    expect(github.branches.has('badges/readonly')).toBe(false);
    const notices = commandsOf(run, 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.properties.title).toBe('crosswalk: badges not published');
    expect(notices[0]!.message).toMatch(/^crosswalk could not publish the badges to branch badges\/readonly: uploading crosswalk\/[^ ]+ failed: HTTP 403: Resource not accessible by integration.*The job needs `permissions: contents: write` to publish\./);
    expect(run.summary).toContain('crosswalk could not publish the badges to branch badges/readonly');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.badge).not.toBe('');
    expect(run.stdout + run.stderr + run.summary).not.toContain(fakeToken);
  });

  it('a failing repository is published all the same, and still fails by policy', async () => {
    const failing = await workspaceFrom(undefined, await privilegedAccessRepo({ without: ['privileged-access-review'] }));
    const run = await pushRun(failing, github, { inputs: { 'badge-branch': 'badges/failing' } });
    expect(run.exitCode).toBe(1);
    expect(github.readFile('badges/failing', 'crosswalk/report.json')).toBe(await readFile(run.outputs.report!, 'utf8'));
    expect((JSON.parse(github.readFile('badges/failing', 'crosswalk/report.json')!) as Report).summary.passed).toBe(false);
  });
});

describe('evidence that is about to expire', () => {
  it('is a warning annotation on the evidence item, after the errors, and a summary section', async () => {
    // The privileged access review is quarterly, so it may be 122 days old (SPEC §1.2): collected 2026-08-09, it is stale from 2026-12-10.
    const files = await privilegedAccessRepo({ collected: { 'privileged-access-review': '2026-08-09' } });
    const workspace = await workspaceFrom(undefined, files);
    const run = await runAction({ workspace });
    const report = await readReport(run);
    expect(run.exitCode).toBe(0);
    expect(report.expiringEvidence).toHaveLength(1);
    const [item] = report.expiringEvidence;
    expect(item).toMatchObject({ control: 'AC-03', evidence: 'ev-privileged-access-review', expires: '2026-12-10', daysLeft: 13 });

    const warnings = commandsOf(run, 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.properties).toEqual({
      title: 'AC-03 · ev-privileged-access-review: evidence turns stale on 2026-12-10 (13 days left)',
      file: 'controls/access.yaml',
      line: String(item!.line),
      col: String(item!.column),
    });
    expect(warnings[0]!.message).toBe(
      'Evidence ev-privileged-access-review of AC-03, collected 2026-08-09, counts toward privileged-access-review but is stale from 2026-12-10, 13 days after the as-of date 2026-11-27. Collect it again before then.',
    );
    const lines = (await readFile(path.join(workspace, 'controls/access.yaml'), 'utf8')).split('\n');
    expect(lines[item!.line - 1]).toContain('- id: ev-privileged-access-review');

    expect(run.summary).toContain('### Expiring soon (1)');
    expect(run.summary).toContain('| AC\\-03 | `ev-privileged-access-review` | `privileged-access-review` | 2026-08-09 | 2026-12-10 (13 days left) |');
    expect(run.stdout).toMatch(/^warning controls\/access\.yaml:\d+:\d+ AC-03 · ev-privileged-access-review: evidence turns stale/m);
  });
});
