import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Mirrors the bundler's text loader: `import text from './x.yaml'` gives the file's text. */
function yamlAsText(): Plugin {
  return {
    name: 'yaml-as-text',
    enforce: 'pre',
    load(id) {
      if (!/\.ya?ml$/.test(id)) return null;
      return `export default ${JSON.stringify(readFileSync(id, 'utf8'))};`;
    },
  };
}

export default defineConfig({
  plugins: [yamlAsText()],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
