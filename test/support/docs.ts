/** The user documentation as tests read it: the README and every page under docs/. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const docsFolder = 'docs';

export const readmeText = readFileSync('README.md', 'utf8');

/** The README and the docs/ pages, one after the other. */
export const documentation = [readmeText, ...readdirSync(docsFolder).filter((name) => name.endsWith('.md')).sort().map((name) => readFileSync(path.join(docsFolder, name), 'utf8'))].join('\n');

/** The action's reference page: its workflows, inputs and outputs. */
export const actionPage = readFileSync(path.join(docsFolder, 'action.md'), 'utf8');
