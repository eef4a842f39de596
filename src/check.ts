/**
 * The pipeline both the CLI and the action run: load → validate → score → report data.
 * Reading files happens here and in load/; everything after is pure.
 */
import { todayUtc } from './dates.js';
import { capPerFile, compareDiagnostics, type Diagnostic } from './diagnostics.js';
import { loadCatalogs } from './load/catalogs.js';
import { loadSettings } from './load/config.js';
import { readChangePopulations } from './load/change-population.js';
import { observeEvidence } from './load/evidence.js';
import { declaredSamplesWarnings, folderPathWarnings } from './load/evidence-hints.js';
import { fingerprintEvidence } from './load/fingerprints.js';
import { keepTracked, loadYamlFiles, ReadBudget, selectControlFiles, untrackedDiagnostics } from './load/files.js';
import { MatchBudget } from './load/globs.js';
import type { ParseMemo } from './load/parse-memo.js';
import { loadMapping, otherShippedMappings } from './load/mapping.js';
import { diskSource, type RepositorySource } from './load/repository-source.js';
import type { RepositoryIndex } from './load/repository.js';
import { unmatchedControlFiles } from './load/stray-controls.js';
import { unmatchedPathWarnings } from './load/unmatched-paths.js';
import { expandPerFileItems } from './load/per-file.js';
import { listTrackedFiles, type TrackedFiles } from './load/tracked.js';
import type { Catalogs, EvidenceObservations, FileDigests, Limits, Mapping, OrgControl, Settings } from './model.js';
import { buildReport, withVerdict, type Report } from './report/report.js';
import { compareReports, comparisonOf, type ReadinessDelta } from './report/delta.js';
import { judge, type Verdict } from './score/policy.js';
import { forecast, type Forecast } from './score/forecast.js';
import { score, type ScoreResult } from './score/score.js';
import { started } from './started.js';
import { checkCollectedEvidence } from './validate/change-population.js';
import type { SettingsOverrides } from './validate/config.js';
import { ControlValidator } from './validate/controls.js';
import { unreachedControls } from './validate/reach.js';

const filesPerBatch = 32;

export interface CheckOptions {
  /** Absolute path of the repository to check. */
  readonly root: string;
  /** Config file to use instead of `<root>/.crosswalk.yml`. */
  readonly configFile?: string | undefined;
  readonly overrides?: SettingsOverrides;
  /**
   * Hash the files evidence matched (bounded; see load/fingerprints.ts) for outputs that show
   * SHA-256: JSON, HTML, OSCAL. Off by default: the terminal report has no use for them.
   */
  readonly fingerprints?: boolean;
}

export type RunOptions = Pick<CheckOptions, 'fingerprints'>;

export interface CheckRun {
  readonly settings: Settings;
  readonly mapping: Mapping;
  readonly controls: readonly OrgControl[];
  /** What each evidence item's path matched: for reports that judge evidence again (the register). */
  readonly observations: EvidenceObservations;
  /** SHA-256 of the matched files, when `fingerprints` was asked for. */
  readonly digests: FileDigests | undefined;
  readonly score: ScoreResult;
  /** Type 2 while the period runs: readiness at its end with the evidence as it stands. */
  readonly forecast: Forecast | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly verdict: Verdict;
  readonly report: Report;
}

/** Phase timings, for the benchmark. */
export interface Timings {
  parse: number;
  validate: number;
  score: number;
  report: number;
}

/** Runs a whole check. Throws UsageError when it cannot run (exit 2); problems in the repo are diagnostics. */
export async function check(options: CheckOptions, timings?: Timings): Promise<CheckRun> {
  const tracked = await listTrackedFiles(options.root);
  const settings = await loadSettings(options.root, options.configFile, options.overrides ?? {}, tracked);
  return checkWithSettings(settings, timings, { tracked: { files: tracked }, fingerprints: options.fingerprints });
}

/** What a caller may already know about the run, and what it asks of it. */
export interface CheckContext extends RunOptions {
  /** What git tracks at the root (`files` undefined: not a git work tree, read every file); listed when absent. */
  readonly tracked?: { readonly files: TrackedFiles };
  /** The mapping, already loaded (on a pull request: the base commit's); loaded from the settings when absent. */
  readonly mapping?: Mapping;
  /** Where the files are read from: the folder at the settings' root when absent; a commit's objects for a pull request's base. */
  readonly source?: RepositorySource;
  /** Files parsed by another run over the same repository (a pull request's head, for its base): the same path and text are not parsed again. */
  readonly parsed?: ParseMemo;
  /**
   * `compared` for a run whose report is only compared with another's (a pull request's base, for
   * before → after). The comparison reads the base's score and its controls, never its forecast or
   * its warnings: the period's end is not scored again, and the checks that can only warn (CSV
   * rows against declared samples, stray control files, unmatched paths...) are not run.
   * `judged` (the default): a run whose report is read.
   */
  readonly role?: 'judged' | 'compared';
}

export async function checkWithSettings(settings: Settings, timings?: Timings, context: CheckContext = {}): Promise<CheckRun> {
  const clock = stopwatch(timings);
  const catalogs = loadCatalogs();
  const tracked = context.tracked !== undefined ? context.tracked.files : await listTrackedFiles(settings.root);
  const source = context.source ?? diskSource(settings.root, tracked);
  const mapping = context.mapping ?? (await loadMapping(settings.mapping, catalogs, settings.root, tracked, source));
  const { limits } = settings;
  const index = await source.index(limits.maxRepositoryFiles);
  // One budget of glob work for the run: control globs first, then evidence paths.
  const globBudget = new MatchBudget(limits.maxGlobMatches);
  const { kept: selected, untracked } = keepTracked(selectControlFiles(index, settings.controls, limits, globBudget), index, tracked);
  const files = selected.slice(0, limits.maxFiles);
  const validator = new ControlValidator({ catalogs, mapping, asOf: settings.asOf, today: todayUtc(), maxControls: limits.maxControls, otherMappings: otherShippedMappings(mapping) });
  const readDiagnostics: Diagnostic[] = [...limitDiagnostics(index.truncated, selected.length, limits), ...untrackedDiagnostics(untracked)];
  const budget = new ReadBudget(limits.maxTotalBytes);
  // A batch at a time: reads overlap, but the parsed YAML of a large repository is never all in memory.
  for (let start = 0; start < files.length; start += filesPerBatch) {
    const loaded = await loadYamlFiles(source, files.slice(start, start + filesPerBatch), limits, budget, context.parsed);
    clock.lap('parse');
    // A loop, not push(...items): a file can hold 200,000 duplicate keys, and spread arguments overflow the stack.
    for (const diagnostic of loaded.diagnostics) readDiagnostics.push(diagnostic);
    for (const document of loaded.documents) validator.add(document);
    clock.lap('validate');
  }
  const validated = validator.result();
  const matched = await observeEvidence(validated.controls, index, limits, globBudget, source);
  // Collected evidence (SPEC §1.4): the ChangePopulation documents paths match, checked.
  const collected = checkCollectedEvidence(validated.controls, matched.observations, await readChangePopulations(validated.controls, matched.observations, source));
  const observed = { observations: collected.observations, diagnostics: [...matched.diagnostics, ...collected.diagnostics] };
  // Hashing is reads and native code: it goes on beside the checks below, and is awaited for the report.
  const hashing = context.fingerprints ? started(fingerprintEvidence(index.root, observed.observations)) : undefined;
  const compared = context.role === 'compared';
  const hints = compared ? [] : await warningHints({ validated, observed, index, selected, settings, tracked, source, mapping, catalogs });
  // A per_file item is judged as its instances (SPEC §2): one item per matched file, dated by its name.
  const instances = expandPerFileItems(validated.controls, observed.observations);
  const diagnostics = capPerFile([...readDiagnostics, ...validated.diagnostics, ...observed.diagnostics, ...hints, ...instances.diagnostics, ...noControlFiles(files, settings)].sort(compareDiagnostics));
  clock.lap('validate');

  const scoreInput = { catalogs, mapping, controls: instances.controls, observations: instances.observations, settings };
  const scored = score(scoreInput);
  const ahead = compared ? undefined : forecast(scoreInput, scored);
  const verdict = judge({ policy: settings.policy, score: scored, diagnostics });
  clock.lap('score');

  const digests = await hashing;
  const report = buildReport({ catalogs, mapping, settings, score: scored, forecast: ahead, diagnostics, verdict, observations: instances.observations, digests });
  clock.lap('report');
  return { settings, mapping, controls: scored.controls, observations: instances.observations, digests, score: scored, forecast: ahead, diagnostics, verdict, report };
}

/** What the warning-only checks need of a run. */
interface HintInput {
  readonly validated: { readonly controls: readonly OrgControl[]; readonly diagnostics: readonly Diagnostic[] };
  readonly observed: { readonly observations: EvidenceObservations; readonly diagnostics: readonly Diagnostic[] };
  readonly index: RepositoryIndex;
  readonly selected: readonly string[];
  readonly settings: Settings;
  readonly tracked: TrackedFiles;
  readonly source: RepositorySource;
  readonly mapping: Mapping;
  readonly catalogs: Catalogs;
}

/** The checks that can only warn: they change no score, only what the report tells a reader to look at. */
async function warningHints({ validated, observed, index, selected, settings, tracked, source, mapping, catalogs }: HintInput): Promise<Diagnostic[]> {
  const [samples, strayFiles] = await Promise.all([declaredSamplesWarnings(validated.controls, observed.observations, source), unmatchedControlFiles(index, selected, settings.controls, tracked, source)]);
  const hints = [...folderPathWarnings(validated.controls, observed.observations, index), ...samples, ...strayFiles, ...unreachedControls(validated.controls, mapping, catalogs, settings.scope)];
  hints.push(...unmatchedPathWarnings(validated.controls, observed.observations, index, [...validated.diagnostics, ...observed.diagnostics, ...hints]));
  return hints;
}

export interface ComparedRun extends CheckRun {
  readonly delta: ReadinessDelta;
}

/**
 * Judges the head again knowing the base commit's report, so `fail_on: regression` and
 * `new-missing-evidence` can hold, and keeps the delta for the summary and the comment.
 */
export function compareWithBase(head: CheckRun, base: Report): ComparedRun {
  const delta = compareReports(base, head.report);
  const verdict = judge({ policy: head.settings.policy, score: head.score, diagnostics: head.diagnostics, base: comparisonOf(delta) });
  return { ...head, verdict, report: withVerdict(head.report, verdict), delta };
}

function limitDiagnostics(indexTruncated: boolean, selected: number, limits: Limits): Diagnostic[] {
  const at = { file: '.', line: 1, column: 1 };
  return [
    ...(indexTruncated ? [{ severity: 'error' as const, code: 'limit-exceeded' as const, message: `the repository has more than ${limits.maxRepositoryFiles} entries (files, folders and symlinks; limits.max_repository_files); folders from the level where the limit is passed down are not listed, and evidence there is not seen`, ...at }] : []),
    ...(selected > limits.maxFiles ? [{ severity: 'error' as const, code: 'limit-exceeded' as const, message: `${selected} control files match; only the first ${limits.maxFiles} are read (limits.max_files)`, ...at }] : []),
  ];
}

function noControlFiles(files: readonly string[], settings: Settings): Diagnostic[] {
  if (files.length > 0) return [];
  return [
    {
      severity: 'error',
      code: 'no-control-files',
      message: `no control files match ${settings.controls.join(', ')}; nothing to score (set controls: in .crosswalk.yml or the controls input)`,
      file: '.',
      line: 1,
      column: 1,
    },
  ];
}


function stopwatch(timings: Timings | undefined) {
  let last = performance.now();
  return {
    lap(phase: keyof Timings) {
      const now = performance.now();
      if (timings) timings[phase] += now - last;
      last = now;
    },
  };
}
