import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import { parse } from 'yaml';

/**
 * Mirrors the bundler's loaders: `import text from './x.yaml'` gives the file's text,
 * `import data from './x.yaml?data'` the file parsed.
 */
function yamlImports(): Plugin {
  return {
    name: 'yaml-imports',
    enforce: 'pre',
    load(id) {
      if (/\.ya?ml\?data$/.test(id)) return `export default ${JSON.stringify(parse(readFileSync(id.replace(/\?data$/, ''), 'utf8')))};`;
      if (/\.ya?ml$/.test(id)) return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
      return null;
    },
  };
}

export default defineConfig({
  plugins: [yamlImports()],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
  },
});
