import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes a real repository to a temporary folder (removed after each test) and returns its path. */
export async function makeRepo(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'crosswalk-test-'));
  created.push(root);
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return root;
}

/** A control file from a YAML list of controls, indented as written in the test. */
export function controlFile(controlsYaml: string): string {
  return `apiVersion: crosswalk/v1\nkind: ControlImplementation\ncontrols:\n${controlsYaml}`;
}
