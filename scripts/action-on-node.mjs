// Runs the bundled action (dist/index.js) once on a pull request of the example organization,
// base and head judged, commenting through the tests' fake GitHub API, on the Node given:
//   node scripts/action-on-node.mjs <path to node>
// CI runs it on Node 24, the runtime action.yml names (`runs.using: node24`), while the tests run
// on the machine's Node 20: the bundle must work on both. It fails unless the action exits 0 or 1,
// comments once and writes a job summary that compares the pull request with its base.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pullRequestAction } from './bench-goals.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.argv[2];
if (node === undefined) {
  console.error('usage: node scripts/action-on-node.mjs <path to node>');
  process.exit(2);
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'crosswalk-action-on-node-'));
try {
  const build = { label: 'dist', action: path.join(projectRoot, 'dist', 'index.js') };
  const [run] = await pullRequestAction(projectRoot, tmp, path.join(projectRoot, 'fixtures', 'example-org'), [build], 1, node);
  console.log(`action on Node ${run.node}: pull request commented through the fake API, summary compares it with its base (${run.actionMs.toFixed(0)} ms)`);
} catch (error) {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? node;
  console.error(`action on Node ${version}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(tmp, { recursive: true, force: true });
}
