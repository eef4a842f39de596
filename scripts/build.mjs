// Bundles the CLI and the action into dist/. The output is committed and CI checks that it
// equals a fresh build, so everything here must be deterministic.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli.ts', index: 'src/action/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  loader: { '.yaml': 'text' },
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (ajv) call require() for Node built-ins; ESM has no require.
  banner: {
    js: "import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);",
  },
});
