// Bundles the CLI and the action into dist/. The output is committed and CI checks that it
// equals a fresh build, so everything here must be deterministic.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
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

/**
 * badge-maker measures text with anafanafo, whose index parses the width tables of all four of its
 * fonts (~900 KB of JSON) when it loads, though a badge style uses one or two: in the bundle they
 * cost every action run ~20 ms to read, compile and parse. The tables are copied to dist/fonts/
 * instead, and each is read from there the first time a text is measured in its font. `require`
 * resolves from the file that defines it (dist/vendor/ for the CLI, a chunk in dist/chunks/ for
 * the action), so the code looks in ./fonts/ and ../fonts/ from there. The build fails if anafanafo
 * no longer has the shape this rewrites.
 */
const fontTables = /createConsumer\(\s*require\('\.\/data\/([\w.-]+\.json)'\)\s*\)/g;
const lazyFontTables = {
  name: 'lazy-font-tables',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]anafanafo[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const count = source.match(fontTables)?.length ?? 0;
      if (count !== 4) throw new Error(`anafanafo: expected its four font tables, found ${count}; review the lazy-font-tables plugin`);
      const imported = "const { createConsumer } = require('char-width-table-consumer')\n";
      if (!source.includes(imported)) throw new Error('anafanafo: its createConsumer import changed; review the lazy-font-tables plugin');
      const lazy = [
        'const { readFileSync } = require("node:fs");',
        'const readFontTable = (name) => {',
        '  for (const folder of ["./fonts/", "../fonts/"]) {',
        '    let file;',
        '    try { file = require.resolve(folder + name); } catch { continue; }',
        '    return JSON.parse(readFileSync(file, "utf8"));',
        '  }',
        '  throw new Error(`crosswalk: the badge font table ${name} is missing beside the bundle`);',
        '};',
        'const lazyConsumer = (load) => { let consumer; return { widthOf: (...args) => (consumer ??= createConsumer(load())).widthOf(...args) }; };',
        '',
      ].join('\n');
      return { contents: source.replace(imported, `${imported}${lazy}`).replace(fontTables, "lazyConsumer(() => readFontTable('$1'))"), loader: 'js' };
    });
  },
};

/**
 * @actions/github and @actions/http-client use two names of undici: `fetch`, for every request, and
 * `ProxyAgent`, when a proxy is configured. undici's index loads all of it (clients, pools, mocks,
 * interceptors, the cache): ~40 ms of every run that talks to the API. They get a module with just
 * those two, each loaded when first used: `fetch` from its own file, `ProxyAgent` through undici's
 * index (a proxy needs the methods the index adds to its dispatchers). test/action-proxy.e2e.test.ts
 * goes through a proxy.
 */
const undiciAsUsed = {
  name: 'undici-as-used',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^undici$/ }, (args) => {
      if (!/[\\/]@actions[\\/](github|http-client)[\\/]/.test(args.importer)) return undefined;
      return { path: 'undici', namespace: 'undici-as-used', pluginData: { resolveDir: args.resolveDir } };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: 'undici-as-used' }, (args) => ({
      contents: [
        "'use strict';",
        'Object.defineProperties(module.exports, {',
        "  fetch: { enumerable: true, get: () => require('undici/lib/web/fetch/index.js').fetch },",
        // A proxy needs undici set up as its index does (its dispatchers' methods): the whole of it.
        "  ProxyAgent: { enumerable: true, get: () => require('undici/index.js').ProxyAgent },",
        '});',
      ].join('\n'),
      resolveDir: args.pluginData.resolveDir,
      loader: 'js',
    }));
  },
};

/** The width tables lazyFontTables reads, beside the bundles. */
async function copyFontTables() {
  const data = path.join(path.dirname(createRequire(import.meta.url).resolve('anafanafo')), 'data');
  await mkdir('dist/fonts', { recursive: true });
  for (const name of (await readdir(data)).filter((file) => file.endsWith('.json')).sort()) await copyFile(path.join(data, name), path.join('dist/fonts', name));
}

await rm('dist', { recursive: true, force: true });
await copyFontTables();

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  loader: { '.yaml': 'text' },
  plugins: [yamlAsData, largeJsonAsParse, coreWithoutOidc, lazyFontTables, undiciAsUsed],
  // The yaml package's ES module build: its CommonJS build (what Node resolves) cannot be
  // tree-shaken, and reads process.env on every lexical token to decide whether to log it.
  alias: { yaml: './node_modules/yaml/browser/dist/index.js' },
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * Libraries only some commands use, each its own CommonJS file under dist/vendor/ that the CLI's
 * bundle require()s where the using module is first initialised. V8 reads every byte of a script
 * it compiles, even of functions it never runs: in the one bundle they were 4.4 of its 6 MB, and
 * `check` paid ~100 ms a cold start to compile what only `import soa`, `collect`, `badge` and
 * `export oscal` run. They are leaves (they import nothing of crosswalk's), so a separate copy
 * shares no state with the bundle.
 */
const cliVendors = {
  exceljs: 'exceljs',
  'csv-parse': 'csv-parse/sync',
  // ES modules only: its named exports, as a CommonJS file's.
  'actions-github': { specifier: '@actions/github', entry: "export * from '@actions/github';" },
  'badge-maker': 'badge-maker',
  // crosswalk imports mime's default export: the file exports that value itself, as `import x
  // from` a CommonJS file gives its `module.exports`.
  mime: { specifier: 'mime', entry: "module.exports = require('mime').default;" },
};
const vendorEntries = Object.entries(cliVendors).map(([name, vendor]) =>
  typeof vendor === 'string' ? { name, specifier: vendor, entry: `module.exports = require(${JSON.stringify(vendor)});` } : { name, ...vendor },
);
const vendorOf = new Map(vendorEntries.map(({ name, specifier }) => [specifier, `./vendor/${name}.cjs`]));
const cliVendorsExternal = {
  name: 'cli-vendors-external',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[@a-z]/ }, (args) => {
      const file = vendorOf.get(args.path);
      return file === undefined ? undefined : { path: file, external: true };
    });
  },
};

// The CLI: one CommonJS file, which src/cli-launcher.ts runs with V8's code cache (a vm script
// needs one file of CommonJS). Commands stay lazy: esbuild turns their import() into a deferred init.
await build({
  ...shared,
  plugins: [...shared.plugins, cliVendorsExternal],
  entryPoints: { 'cli-bundle': 'src/cli.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
});
for (const { name, entry } of vendorEntries) {
  await build({
    ...shared,
    stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: `vendor/${name}.cjs` },
    outfile: `dist/vendor/${name}.cjs`,
    format: 'cjs',
  });
}
const cliBundle = await readFile('dist/cli-bundle.cjs', 'utf8');
// The launcher runs the bundle as a vm script, which has no module loader: an import() left in it
// (of a Node built-in or a package marked external) would fail at run time, and only there.
const leftImport = cliBundle.match(/\bimport\(\s*["'`][^"'`]*["'`]\s*\)/);
if (leftImport) throw new Error(`dist/cli-bundle.cjs keeps ${leftImport[0]}: a vm script cannot import; import a bundled module instead`);
const cliBundleHash = createHash('sha256').update(cliBundle).digest('hex').slice(0, 16);

// The CLI's launcher, the package's bin (CommonJS, see src/cli-launcher.ts), and dist/cli.js, which
// runs it for `node dist/cli.js` in a clone.
await build({ ...shared, entryPoints: { cli: 'src/cli-launcher.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, format: 'cjs', define: { CROSSWALK_BUNDLE_HASH: JSON.stringify(cliBundleHash) } });
await writeFile('dist/cli.js', "#!/usr/bin/env node\n// The crosswalk command, as `node dist/cli.js` in a clone: dist/cli.cjs is the package's bin.\nimport './cli.cjs';\n", { mode: 0o755 });

// The action, as ES modules.
await build({
  ...shared,
  entryPoints: { index: 'src/action/main.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS dependencies (ajv) call require() for Node built-ins; ESM has no require.
  banner: {
    js: "import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);",
  },
});
