// `npm run demo`: the CLI on the bundled example organization, exactly as a user runs it.
// The example is deliberately not ready, so crosswalk exits 1; say so instead of letting npm
// print a lifecycle error over the report.
import { spawnSync } from 'node:child_process';

const args = ['dist/cli.js', 'check', 'fixtures/example-org', ...process.argv.slice(2)];
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
const meaning = { 0: 'passed', 1: 'a fail_on condition holds — expected here: the example misses evidence on purpose', 2: 'could not run' };
console.error(`\n(node ${args.join(' ')} exited ${status}: ${meaning[status] ?? 'unexpected'})`);
process.exitCode = status === 1 || status === 0 ? 0 : 1;
