/**
 * The trust boundaries of the bundled action, attacked the way a pull request can: it controls
 * every file in the checkout, can post comments, and hopes the workflow or an earlier step left
 * something to abuse. Real git repositories, the local API server, dist/index.js as the runner
 * runs it. Needs a built dist/; tests never build.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentMarker } from '../src/action/comment.js';
import type { Report } from '../src/report/report.js';
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js';
import { failingRepo, passingRepo, privilegedAccessRepo } from './support/fixtures.js';
import { git, gitRepository, shallowClone } from './support/git-repo.js';
import { fakeToken, pullRequestPayload, pushPayload, repoRoot, runAction, workspaceFrom, type ActionRun } from './support/run-action.js';

const readReport = async (run: ActionRun) => JSON.parse(await readFile(run.outputs.report!, 'utf8')) as Report;
const commandsOf = (run: ActionRun, command: string) => run.commands.filter((candidate) => candidate.command === command);
// eslint-disable-next-line no-control-regex
const unsafeCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('a pull request that rewrites the configuration that judges it', () => {
  let github: FakeGitHub;
  let run: ActionRun;
  let report: Report;
  let comment: string;

  beforeAll(async () => {
    github = await startFakeGitHub();
    // The base gates on missing evidence with the default mapping; the head has lost its evidence
    // and turns the gate off every way it can: no fail_on, a copy of the mapping, evidence that never ages.
    const base = await privilegedAccessRepo();
    const head = await privilegedAccessRepo({ without: ['privileged-access-review'] });
    const mapping = await readFile(path.join(repoRoot, 'mappings', 'iso27001-2022-to-soc2.yaml'), 'utf8');
    head['.crosswalk.yml'] = 'apiVersion: crosswalk/v1\nkind: Config\nas_of: 2026-11-27\nmapping: mappings/lenient.yaml\npolicy:\n  fail_on: []\n  max_evidence_age_days: 36500\nlimits:\n  max_aliases: 1000\n';
    head['mappings/lenient.yaml'] = mapping.replace(/^name: .*$/m, 'name: A lenient copy');
    const { root, shas } = await gitRepository([base, head]);
    run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 40, headSha: shas[1]!, baseSha: shas[0]! }), sha: shas[1], apiUrl: github.url });
    report = await readReport(run);
    comment = github.comments.get(40)![0]!.body;
  }, 60_000);
  afterAll(() => github.close());

  it('is still judged by the base: its missing evidence blocks the merge', () => {
    expect(run.exitCode).toBe(1);
    expect(report.summary.passed).toBe(false);
    expect(report.summary.failedConditions.map((failure) => failure.condition)).toEqual(['missing-evidence']);
    expect(report.mapping.name).not.toBe('A lenient copy');
  });

  it('says so in the first lines of the summary and the comment, key by key, and that the change takes effect once merged', () => {
    for (const markdown of [run.summary, comment.slice(commentMarker.length + 1)]) {
      const opening = markdown.split('\n').slice(0, 16).join('\n');
      expect(opening).toContain("**This pull request changes crosswalk's configuration** (4 keys). It was judged by the base branch's configuration; the change takes effect once it is merged.");
      expect(opening).toContain('> - `mapping`: `default` → `mappings/lenient.yaml`');
      expect(opening).toContain('> - `policy.fail_on`: `errors, missing-evidence` → `(none)`');
      expect(opening).toContain('> - `policy.max_evidence_age_days`: `365` → `36500`');
      expect(opening).toContain('> - `limits.max_aliases`: `100` → `1000`');
    }
  });
});

describe('a pull request that edits, in place, the mapping file the base names', () => {
  it('is judged by the base copy of that file, and the note names the change to its content', async () => {
    const github = await startFakeGitHub();
    try {
      const mapping = await readFile(path.join(repoRoot, 'mappings', 'iso27001-2022-to-soc2.yaml'), 'utf8');
      const base: Record<string, string> = { ...(await privilegedAccessRepo()), 'mappings/ours.yaml': mapping };
      base['.crosswalk.yml'] = `${base['.crosswalk.yml']}mapping: mappings/ours.yaml\n`;
      // The head loses its privileged-access evidence and deletes the rows that ask for it: same file name, other content.
      const withoutA82 = mapping.split(/(?=^ {2}- iso: )/m).filter((row) => !row.startsWith('  - iso: A.8.2\n')).join('');
      expect(withoutA82.length).toBeLessThan(mapping.length);
      const head = { ...(await privilegedAccessRepo({ without: ['privileged-access-review'] })), '.crosswalk.yml': base['.crosswalk.yml'], 'mappings/ours.yaml': withoutA82 };
      const { root, shas } = await gitRepository([base, head]);
      const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 44, headSha: shas[1]!, baseSha: shas[0]! }), sha: shas[1], apiUrl: github.url });
      expect(run.exitCode).toBe(1);
      expect((await readReport(run)).summary.failedConditions.map((failure) => failure.condition)).toEqual(['missing-evidence']);
      expect(run.summary).toContain("**This pull request changes crosswalk's configuration** (1 key).");
      expect(run.summary).toMatch(/> - `mapping \(its content\)`: `\d+ rows` → `\d+ rows, changed`/);
    } finally {
      await github.close();
    }
  }, 60_000);
});

describe('what the base holds decides', () => {
  it('no configuration at the base: the defaults judge a pull request that adds one turning the gate off', async () => {
    const head = await privilegedAccessRepo({ without: ['privileged-access-review'] });
    const base = { ...head };
    delete base['.crosswalk.yml'];
    head['.crosswalk.yml'] = 'apiVersion: crosswalk/v1\nkind: Config\nas_of: 2026-11-27\npolicy:\n  fail_on: []\n';
    const { root, shas } = await gitRepository([base, head]);
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 42, headSha: shas[1]!, baseSha: shas[0]! }), inputs: { comment: 'false', 'as-of': '2026-11-27' } });
    expect(run.exitCode).toBe(1);
    expect((await readReport(run)).summary.failedConditions.map((failure) => failure.condition)).toEqual(['missing-evidence']);
    expect(run.summary).toContain('> - `policy.fail_on`: `errors, missing-evidence` → `(none)`');
  });

  it('a base whose own configuration is invalid stops the run with one line: no pull request can be judged by it', async () => {
    const head = await passingRepo();
    const { root, shas } = await gitRepository([{ ...head, '.crosswalk.yml': `${head['.crosswalk.yml']}polcy: {}\n` }, head]);
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 43, headSha: shas[1]!, baseSha: shas[0]! }), inputs: { comment: 'false' } });
    expect(run.exitCode).toBe(2);
    expect(commandsOf(run, 'error').map((error) => error.message)).toEqual([
      'crosswalk: the base commit\'s configuration cannot be used, and a pull request is judged by it: .crosswalk.yml:4:1: unknown key "polcy"; did you mean "policy"?',
    ]);
  });
});

describe('the base cannot be read (no git history)', () => {
  it('fails closed: a pull request whose head turns the gate off does not pass because its base is out of reach', async () => {
    const head = await failingRepo();
    head['.crosswalk.yml'] = 'apiVersion: crosswalk/v1\nkind: Config\nas_of: 2026-11-27\npolicy:\n  fail_on: []\n';
    const workspace = await workspaceFrom(undefined, head);
    const run = await runAction({ workspace, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 41, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) }), inputs: { comment: 'false' } });
    expect(run.exitCode).toBe(2);
    expect(commandsOf(run, 'error').map((error) => error.message)).toEqual([expect.stringMatching(/^crosswalk: cannot read the base commit of pull request #41 \(bbbbbbb: the workspace is not a git repository git can read: fatal: not a git repository.*\).* so the gate fails\. Give the job the base commit: actions\/checkout with fetch-depth: 0/)]);
    expect(commandsOf(run, 'warning')).toEqual([]);
  });

  it('with self-judge-when-base-unreadable: true, judges the pull request by its own configuration and warns that the gate judged itself', async () => {
    const workspace = await workspaceFrom(undefined, await passingRepo());
    const run = await runAction({ workspace, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 41, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) }), inputs: { comment: 'false', 'self-judge-when-base-unreadable': 'true' } });
    const warnings = commandsOf(run, 'warning').filter((warning) => warning.properties.title === 'crosswalk: gate judged by the pull request itself');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^crosswalk could not read the base commit of pull request #41 \(bbbbbbb: .+\), so the pull request was judged by its own configuration, which it may have changed \(self-judge-when-base-unreadable is true\)\.$/);
    expect(run.summary.split('\n').slice(0, 12).join('\n')).toContain('> [!WARNING]\n> crosswalk could not read the base commit');
    expect(run.exitCode).toBe(0);
  });
});

/** A base that gates on missing evidence, and a head that lost its evidence and turned the gate off. */
async function loosenedPullRequest(): Promise<{ base: Record<string, string>; head: Record<string, string> }> {
  const base = await privilegedAccessRepo();
  const head = await privilegedAccessRepo({ without: ['privileged-access-review'] });
  head['.crosswalk.yml'] = 'apiVersion: crosswalk/v1\nkind: Config\nas_of: 2026-11-27\npolicy:\n  fail_on: []\n';
  return { base, head };
}

const isRoot = process.getuid?.() === 0;

describe('a checkout the base must be read from, however the job is set up', () => {
  // Container jobs run as root over a workspace the runner's user owns: git then refuses the
  // repository as of "dubious ownership" unless it is told the folder is safe.
  (isRoot ? it : it.skip)(`owned by another user (a container job), is read: the base judges${isRoot ? '' : ' (skipped: only root can give the checkout to another uid)'}`, async () => {
    const { base, head } = await loosenedPullRequest();
    const { root, shas } = await gitRepository([base, head]);
    await promisify(execFile)('chown', ['-R', '12345:12345', root]);
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 45, headSha: shas[1]!, baseSha: shas[0]! }), inputs: { comment: 'false' } });
    expect(run.exitCode).toBe(1);
    expect((await readReport(run)).summary.failedConditions.map((failure) => failure.condition)).toEqual(['missing-evidence']);
    expect(run.summary).toContain('> - `policy.fail_on`: `errors, missing-evidence` → `(none)`');
    expect(run.outputs['readiness-delta']).toMatch(/^-\d+\.\d$/);
    expect(commandsOf(run, 'warning').filter((warning) => warning.properties.title === 'crosswalk: gate judged by the pull request itself')).toEqual([]);
  });

  it('shallow, with no credentials to fetch the base (persist-credentials: false): the gate fails closed, saying what to change', async () => {
    const { base, head } = await loosenedPullRequest();
    const origin = await gitRepository([base, head]);
    const workspace = await shallowClone(origin.root);
    // What a checkout without persisted credentials is to git: an origin it cannot fetch from.
    await git(workspace, 'remote', 'set-url', 'origin', `file://${path.join(origin.root, 'gone')}`);
    const run = await runAction({ workspace, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 46, headSha: origin.shas[1]!, baseSha: origin.shas[0]! }), inputs: { comment: 'false' } });
    expect(run.exitCode).toBe(2);
    const errors = commandsOf(run, 'error').map((error) => error.message);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^crosswalk: cannot read the base commit of pull request #46 \([0-9a-f]{7}: the commit is not in the checkout, and git fetch of it failed: .+\)/);
    expect(errors[0]).toContain('actions/checkout with fetch-depth: 0, or keep its credentials (persist-credentials: true, with contents: read)');
    expect(run.outputs).toEqual({});
  });

  it('needs nothing but git: the base is read from git objects, no archive is extracted (tar is not on PATH)', async () => {
    const { base, head } = await loosenedPullRequest();
    const { root, shas } = await gitRepository([base, head]);
    const bin = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-bin-'));
    const { stdout: gitPath } = await promisify(execFile)('sh', ['-c', 'command -v git']);
    await symlink(gitPath.trim(), path.join(bin, 'git'));
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 47, headSha: shas[1]!, baseSha: shas[0]! }), inputs: { comment: 'false' }, env: { PATH: bin } });
    expect(run.exitCode).toBe(1);
    expect((await readReport(run)).summary.failedConditions.map((failure) => failure.condition)).toEqual(['missing-evidence']);
    expect(run.outputs['readiness-delta']).toMatch(/^-\d+\.\d$/);
  });

  it('a base whose .crosswalk.yml is a symlink out of the repository is refused before a byte is read', async () => {
    const { root, shas } = await gitRepository([await passingRepo()]);
    await git(root, 'rm', '-q', '.crosswalk.yml');
    await symlink('/proc/self/environ', path.join(root, '.crosswalk.yml'));
    await git(root, 'add', '.crosswalk.yml');
    await git(root, 'commit', '-qm', 'link');
    const base = await git(root, 'rev-parse', 'HEAD');
    await git(root, 'checkout', '-q', shas[0]!);
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 48, headSha: shas[0]!, baseSha: base }), inputs: { comment: 'false' } });
    expect(run.exitCode).toBe(2);
    expect(commandsOf(run, 'error').map((error) => error.message)).toEqual([
      "crosswalk: the base commit's configuration cannot be used, and a pull request is judged by it: .crosswalk.yml resolves to a place outside the repository (a symlink); it is not read",
    ]);
    for (const leak of ['PATH=', 'INPUT_', fakeToken, 'GITHUB_']) expect(run.stdout + run.stderr + run.summary).not.toContain(leak);
  });
});

describe('a pull request that picks its judge by picking its base branch', () => {
  it('is judged by that branch\'s rules, and the summary, the comment and a warning say it is not the default branch', async () => {
    const github = await startFakeGitHub();
    try {
      const { base, head } = await loosenedPullRequest();
      const { root, shas } = await gitRepository([base, head]);
      const payload = pullRequestPayload({ number: 49, headSha: shas[1]!, baseSha: shas[0]!, baseRef: 'release/2025', defaultBranch: 'main' });
      const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: payload, apiUrl: github.url });
      const warnings = commandsOf(run, 'warning').filter((warning) => warning.properties.title === 'crosswalk: judged by another branch than the default');
      expect(warnings.map((warning) => warning.message)).toEqual([`crosswalk: judged by the rules of release/2025 (commit ${shas[0]!.slice(0, 7)}), the pull request's base branch, not of the default branch main`]);
      const comment = github.comments.get(49)![0]!.body;
      for (const markdown of [run.summary, comment]) {
        expect(markdown.split('\n').slice(0, 12).join('\n')).toContain(`> [!WARNING]\n> **Judged by the rules of \`release/2025\`**, this pull request's base branch (commit \`${shas[0]!.slice(0, 7)}\`), **not of the default branch \`main\`**.`);
      }
    } finally {
      await github.close();
    }
  });

  it('on the default branch, says whose rules judged, without a warning', async () => {
    const { base, head } = await loosenedPullRequest();
    const { root, shas } = await gitRepository([base, head]);
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 50, headSha: shas[1]!, baseSha: shas[0]! }), inputs: { comment: 'false' } });
    expect(run.summary).toContain(`Judged by the rules of \`main\`, the default branch (commit \`${shas[0]!.slice(0, 7)}\`): its \`.crosswalk.yml\` and the mapping it names.`);
    expect(commandsOf(run, 'warning').filter((warning) => warning.properties.title === 'crosswalk: judged by another branch than the default')).toEqual([]);
  });
});

describe('a comment that carries the marker but is not ours', () => {
  let github: FakeGitHub;
  let workspace: string;
  // No git history: the pull request judges itself, as the workflow allows.
  const pull = (number: number, headSha = 'c'.repeat(40)) => ({ workspace, eventName: 'pull_request', eventPayload: pullRequestPayload({ number, headSha, baseSha: 'd'.repeat(40) }), inputs: { 'self-judge-when-base-unreadable': 'true' }, apiUrl: github.url });

  beforeAll(async () => {
    github = await startFakeGitHub();
    workspace = await workspaceFrom(undefined, await failingRepo());
  });
  afterAll(() => github.close());

  it('is left alone: crosswalk posts its own, and on the next push updates only that one', async () => {
    const bait = github.addComment(50, `${commentMarker}\n## SOC 2 readiness: 100.0% · ✅ passed`, 'mallory');
    await runAction(pull(50));
    const comments = github.comments.get(50)!;
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatchObject({ id: bait.id, body: `${commentMarker}\n## SOC 2 readiness: 100.0% · ✅ passed`, user: { login: 'mallory' } });
    const ours = comments[1]!;
    expect(ours.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' });

    github.requests.length = 0;
    await runAction(pull(50, '9'.repeat(40)));
    expect(github.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`)).toEqual([
      'GET /repos/northwind/compliance/issues/50/comments',
      'POST /graphql',
      `PATCH /repos/northwind/compliance/issues/comments/${ours.id}`,
    ]);
    expect(github.comments.get(50)![0]!.body).toBe(bait.body);
  });

  it('a user cannot pose as the bot: a User named like it, or a bot that is not the token, is not adopted', async () => {
    github.addComment(51, `${commentMarker}\nforged`, { login: 'github-actions[bot]', type: 'User' });
    github.addComment(51, `${commentMarker}\nanother app`, { login: 'renovate[bot]', type: 'Bot' });
    await runAction(pull(51));
    const comments = github.comments.get(51)!;
    expect(comments.map((comment) => comment.body.split('\n')[1])).toEqual(['forged', 'another app', expect.stringMatching(/^## SOC 2 readiness/)]);
  });

  it('with a token of a user account, adopts only that user’s comment', async () => {
    github.viewer = { login: 'grc-bot', type: 'User' };
    try {
      github.addComment(52, `${commentMarker}\nby the actions bot`, 'github-actions[bot]');
      const mine = github.addComment(52, `${commentMarker}\nold report`, 'grc-bot');
      await runAction(pull(52));
      expect(github.comments.get(52)).toHaveLength(2);
      expect(mine.body).toMatch(/^<!-- crosswalk:readiness -->\n## SOC 2 readiness/);
      expect(github.comments.get(52)![0]!.body).toBe(`${commentMarker}\nby the actions bot`);
    } finally {
      github.viewer = { login: 'github-actions[bot]', type: 'Bot' };
    }
  });

  it('when the API will not say who the token is, assumes the GITHUB_TOKEN’s bot', async () => {
    github.graphqlFails = true;
    try {
      const ours = github.addComment(53, `${commentMarker}\nold report`, 'github-actions[bot]');
      await runAction(pull(53));
      expect(github.comments.get(53)).toHaveLength(1);
      expect(ours.body).toMatch(/## SOC 2 readiness/);
    } finally {
      github.graphqlFails = false;
    }
  });
});

describe('a workflow-named mapping that the pull request turned into a symlink', () => {
  it('is refused before a byte is read: nothing of the environment reaches the log', async () => {
    const workspace = await workspaceFrom(undefined, await passingRepo());
    await mkdir(path.join(workspace, 'compliance'));
    await symlink('/proc/self/environ', path.join(workspace, 'compliance/mapping.yaml'));
    const run = await runAction({ workspace, eventName: 'push', inputs: { mapping: 'compliance/mapping.yaml' } });
    expect(run.exitCode).toBe(2);
    expect(commandsOf(run, 'error').map((error) => error.message)).toEqual(['crosswalk: mapping compliance/mapping.yaml resolves to a place outside the repository (a symlink); it is not read']);
    for (const leak of ['PATH=', 'INPUT_', fakeToken, 'GITHUB_']) expect(run.stdout + run.stderr + run.summary).not.toContain(leak);
  });
});

describe('files the repository does not hold', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
  });
  afterAll(() => github.close());

  it('an untracked control file an earlier step left behind is named, never read, never quoted in the comment', async () => {
    const { root, shas } = await gitRepository([await passingRepo()]);
    await writeFile(path.join(root, 'controls/left-behind.yaml'), 'apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols:\n  - id: LEFT-01\n    title: CONTENT-FROM-AN-EARLIER-STEP\n    implements: [A.9.9.9]\n    status: implemented\n');
    const run = await runAction({ workspace: root, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 60, headSha: shas[0]!, baseSha: shas[0]! }), sha: shas[0], apiUrl: github.url });
    const comment = github.comments.get(60)![0]!.body;
    for (const output of [comment, run.summary, run.stdout]) expect(output).not.toContain('CONTENT-FROM-AN-EARLIER-STEP');
    expect(commandsOf(run, 'warning').filter((warning) => warning.properties.file === 'controls/left-behind.yaml')).toHaveLength(1);
    expect(run.exitCode).toBe(0);
    // The base is the same commit: the warning is the head's alone, and nothing else changed.
    expect(run.outputs['readiness-delta']).toBe('0.0');
  });

  it('.git/FETCH_HEAD named as the mapping input is refused', async () => {
    const { root } = await gitRepository([await passingRepo()]);
    await writeFile(path.join(root, '.git/FETCH_HEAD'), `${'e'.repeat(40)}\t\tbranch 'main' of https://fetch-head-secret@example.invalid/x\n`);
    const run = await runAction({ workspace: root, eventName: 'push', inputs: { mapping: '.git/FETCH_HEAD' } });
    expect(run.exitCode).toBe(2);
    expect(commandsOf(run, 'error').map((error) => error.message)).toEqual(["crosswalk: mapping .git/FETCH_HEAD is inside .git/, which holds git's own files, not the repository's; it is not read"]);
    expect(run.stdout + run.stderr).not.toContain('fetch-head-secret');
    expect(await git(root, 'status', '--porcelain')).toBe('');
  });
});

describe('terminal escapes and bidi overrides in titles', () => {
  it('reach no surface raw: not the log, the annotations, the summary, the comment or the SARIF file', async () => {
    const github = await startFakeGitHub();
    try {
      const repo = await failingRepo();
      repo['controls/operations.yaml'] = repo['controls/operations.yaml']!.replace(
        'title: Threat intelligence is collected and reviewed',
        'title: "Threat intel \\e[2J\\e[31mRED\\e[0m \\a \\u202Edesrever\\u202C \\u2066iso\\u2069 \\x9b31m \\u0000"',
      );
      const workspace = await workspaceFrom(undefined, repo);
      const run = await runAction({ workspace, eventName: 'pull_request', eventPayload: pullRequestPayload({ number: 70, headSha: 'f'.repeat(40), baseSha: 'e'.repeat(40) }), inputs: { 'self-judge-when-base-unreadable': 'true' }, apiUrl: github.url });
      const comment = github.comments.get(70)![0]!.body;
      const sarif = await readFile(run.outputs.sarif!, 'utf8');
      expect(run.stdout).toContain('Threat intel');
      for (const [surface, text] of Object.entries({ log: run.stdout, summary: run.summary, comment, sarif: JSON.stringify(JSON.parse(sarif)).replace(/\\u[0-9a-f]{4}/g, (escape) => JSON.parse(`"${escape}"`) as string) })) {
        expect(unsafeCharacters.test(text), surface).toBe(false);
      }
      expect(commandsOf(run, 'error').some((error) => error.message.includes('Threat intel \uFFFD[2J\uFFFD[31mRED'))).toBe(true);
    } finally {
      await github.close();
    }
  });
});

describe('badge-branch', () => {
  it('is refused when it is the default branch: crosswalk/ would be committed into the code it checks', async () => {
    const github = await startFakeGitHub();
    try {
      const workspace = await workspaceFrom(undefined, await passingRepo());
      const run = await runAction({ workspace, eventName: 'push', eventPayload: pushPayload({ after: 'a'.repeat(40) }), inputs: { 'badge-branch': 'refs/heads/main' }, apiUrl: github.url });
      expect(run.exitCode).toBe(0);
      expect(github.requests).toEqual([]);
      const warnings = commandsOf(run, 'warning').filter((warning) => warning.properties.title === 'crosswalk: badges not published');
      expect(warnings.map((warning) => warning.message)).toEqual(['badge-branch is main, the default branch: crosswalk publishes only to a branch of its own (e.g. badges), never into the code it checks']);
    } finally {
      await github.close();
    }
  });

  it('accepts a refs/heads/ prefix and publishes to the branch it names', async () => {
    const github = await startFakeGitHub();
    try {
      const workspace = await workspaceFrom(undefined, await passingRepo());
      const run = await runAction({ workspace, eventName: 'push', eventPayload: pushPayload({ after: 'a'.repeat(40) }), inputs: { 'badge-branch': 'refs/heads/badges' }, apiUrl: github.url });
      expect(run.exitCode).toBe(0);
      expect(github.listFiles('badges')).toContain('crosswalk/soc2-readiness.svg');
      expect(github.branches.has('refs/heads/badges')).toBe(false);
    } finally {
      await github.close();
    }
  });
});
