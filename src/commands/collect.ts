import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { ApiError } from '../action/api-requests.js';
import { collectChangePopulation } from '../collect/github-changes.js';
import { collectionPolicy, githubChangesApi } from '../collect/github-changes-api.js';
import { writeWhole } from '../collect/write-document.js';
import { isIsoDate, todayUtc } from '../dates.js';
import { UsageError } from '../errors.js';
import type { DateSpan } from '../model.js';
import { forTerminal } from '../report/terminal/terminal-text.js';
import { parseFlags, type Command } from './command.js';

const sources = ['github-changes'] as const;

export const collectCommand: Command = {
  synopsis: 'collect github-changes   collect a branch\'s change population for a period from GitHub',
  help: `Usage: crosswalk collect github-changes --repo OWNER/NAME [--branch B] --period START..END --output F

Collects the change population of OWNER/NAME's branch B (default: the repository's default branch)
for a period that has ended: every pull request merged into B in the period (UTC days by merge
time), with its author, who merged it, the independent approvals before the merge, the checks of
its head; and every commit that reached B in the period without a pull request. Each change is
tested as an auditor tests one (no-pull-request, no-independent-approval,
approval-not-on-final-commit, checks-not-passing). The document (kind: ChangePopulation) is
evidence crosswalk verifies when an evidence item's path matches it (docs/collect.md).

The API is GITHUB_API_URL (default https://api.github.com; GitHub Enterprise Server's
https://HOST/api/v3 works), the token GITHUB_TOKEN or GH_TOKEN. It needs read access to the
repository's contents, pull requests, checks and statuses (fine-grained: contents, pull-requests,
checks, statuses: read; metadata: read is always granted).

  --repo OWNER/NAME   the repository
  --branch B          the branch (default: the repository's default branch)
  --period S..E       the period, e.g. 2026-07-01..2026-09-30; it must have ended (E before today, UTC)
  --output F          the document to write; replaced whole, never left half written
  --quiet             no progress on standard error

Exit codes: 0 the document was written (exceptions are findings, not failures), 2 it could not be
collected (no token, no access, rate limited: the message says which), and then F is unchanged.`,

  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      repo: { type: 'string' },
      branch: { type: 'string' },
      period: { type: 'string' },
      output: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    });
    if (values.help) {
      io.stdout.write(`${this.help}\n`);
      return 0;
    }
    const [source, ...extra] = positionals;
    if (source === undefined) throw new UsageError(`collect needs what to collect: ${sources.join(', ')}; run crosswalk collect --help`);
    if (!(sources as readonly string[]).includes(source) || extra.length > 0) throw new UsageError(`collect can collect ${sources.join(', ')}, got "${[source, ...extra].join(' ')}"`);
    const repository = repositoryOf(values.repo);
    if (repository === undefined) throw new UsageError(`--repo must be OWNER/NAME, got ${values.repo === undefined ? 'nothing' : `"${values.repo}"`}`);
    if (values.output === undefined || values.output === '') throw new UsageError('--output must name the file to write');
    if (values.branch === '') throw new UsageError('--branch must name a branch');
    const period = endedPeriod(values.period, todayUtc());
    const token = [io.env.GITHUB_TOKEN, io.env.GH_TOKEN].find((value) => value !== undefined && value.trim() !== '');
    if (token === undefined) throw new UsageError('no token: set GITHUB_TOKEN or GH_TOKEN to a token that may read the repository\'s contents, pull requests, checks and statuses');
    const apiUrl = (io.env.GITHUB_API_URL ?? '').trim().replace(/\/+$/, '') || 'https://api.github.com';
    const output = path.resolve(io.cwd, values.output);
    const progress = values.quiet ? () => {} : (message: string) => io.stderr.write(`crosswalk: ${forTerminal(message)}\n`);

    try {
      const api = await githubChangesApi({ token: token.trim(), apiUrl, ...repository, policy: collectionPolicy(io.env) });
      const branch = values.branch ?? (await api.defaultBranch());
      progress(`collecting the changes of ${repository.owner}/${repository.repo} ${branch} in ${period.start}..${period.end} from ${apiUrl}`);
      const document = await collectChangePopulation(api, { ...repository, branch, period, tool: `crosswalk ${packageJson.version}` }, progress);
      await writeWhole(output, `${JSON.stringify(document, null, 2)}\n`);
      io.stderr.write(`crosswalk: wrote ${values.output}: ${document.summary.population} changes, ${document.summary.exceptions} with exceptions\n`);
      return 0;
    } catch (error) {
      if (error instanceof ApiError) throw new UsageError(`could not collect the changes of ${repository.owner}/${repository.repo}: ${error.message}; ${values.output} was not written`);
      throw error;
    }
  },
};

/** START..END, real dates in order, the period over by today (UTC): a running period's population is not yet whole. */
function endedPeriod(value: string | undefined, today: string): DateSpan {
  const parts = (value ?? '').split('..');
  if (value === undefined || parts.length !== 2) throw new UsageError(`--period must be written START..END (e.g. 2026-07-01..2026-09-30), got ${value === undefined ? 'nothing' : `"${value}"`}`);
  const [start, end] = parts.map((part) => part.trim()) as [string, string];
  for (const date of [start, end]) if (!isIsoDate(date)) throw new UsageError(`--period: "${date}" is not a calendar date written YYYY-MM-DD`);
  if (end < start) throw new UsageError(`--period ${start}..${end} ends before it starts`);
  if (end >= today) throw new UsageError(`--period ${start}..${end} has not ended yet (today is ${today}, UTC): collect a period once it is over, so its population is whole`);
  return { start, end };
}


/** OWNER/NAME, or undefined. (Not the action's parser: importing it would pull the action's API code into the CLI's chunks.) */
function repositoryOf(value: string | undefined): { owner: string; repo: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}
