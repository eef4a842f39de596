// Bundles the CLI and the action into dist/. The output is committed and CI checks that it
// equals a fresh build, so everything here must be deterministic.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * `import data from './x.yaml?data'` gives the file parsed at build time: the shipped mapping is
 * validated in CI, so no run pays for parsing its YAML again. It is emitted as `JSON.parse('…')`,
 * not as an object literal: V8 parses a JSON string several times faster than it compiles the
 * same data as JavaScript, and every start of the CLI pays for it.
 */
const yamlAsData = {
  name: 'yaml-as-data',
  setup(pluginBuild) {
    // Paths relative to the project: they appear in the bundle, which must not depend on where the clone is.
    pluginBuild.onResolve({ filter: /\.yaml\?data$/ }, (args) => ({
      path: path.relative(process.cwd(), path.resolve(args.resolveDir, args.path.replace(/\?data$/, ''))).split(path.sep).join('/'),
      namespace: 'yaml-data',
    }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'yaml-data' }, async (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(parse(await readFile(path.resolve(args.path), 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

/**
 * Large JSON files (badge-maker's font width tables, the catalogs) are emitted as `JSON.parse('…')`
 * for the same reason as yamlAsData. CommonJS `module.exports` serves both `require()` (the font
 * tables) and a default import (the catalogs). Small ones (package.json) keep esbuild's loader,
 * which tree-shakes their unused keys.
 */
const largeJsonAsParse = {
  name: 'large-json-as-parse',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < 16 * 1024) return undefined;
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

/**
 * @actions/core imports its OIDC client at the top, and with it @actions/http-client and undici
 * (~800 KB): the action would load them on every run though only getIDToken, which crosswalk
 * never calls, uses them. Marked free of side effects, they are left out where nothing uses them;
 * the GitHub API client (@actions/github, imported when a run comments or publishes) brings its own.
 */
const coreWithoutOidc = {
  name: 'core-without-oidc',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, async (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]/.test(args.importer)) return undefined;
      return { path: path.join(args.resolveDir, args.path), sideEffects: false };
    });
  },
};

await rm('dist', { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  loader: { '.yaml': 'text' },
  plugins: [yamlAsData, largeJsonAsParse, coreWithoutOidc],
  // The yaml package's ES module build: its CommonJS build (what Node resolves) cannot be
  // tree-shaken, and reads process.env on every lexical token to decide whether to log it.
  alias: { yaml: './node_modules/yaml/browser/dist/index.js' },
  legalComments: 'none',
  logLevel: 'warning',
};

// The CLI: one CommonJS file, which src/cli-launcher.ts runs with V8's code cache (a vm script
// needs one file of CommonJS). Commands stay lazy: esbuild turns their import() into a deferred init.
await build({ ...shared, entryPoints: { 'cli-bundle': 'src/cli.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, format: 'cjs' });
const cliBundleHash = createHash('sha256').update(await readFile('dist/cli-bundle.cjs')).digest('hex').slice(0, 16);

// The CLI's launcher and the action, as ES modules.
await build({
  ...shared,
  entryPoints: { cli: 'src/cli-launcher.ts', index: 'src/action/main.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  define: { CROSSWALK_BUNDLE_HASH: JSON.stringify(cliBundleHash) },
  // Bundled CommonJS dependencies (ajv) call require() for Node built-ins; ESM has no require.
  banner: {
    js: "import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);",
  },
});
