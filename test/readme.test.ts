import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../src/load/source.js';
import { loadCatalogs } from '../src/load/catalogs.js';
import { loadDefaultMapping } from '../src/load/mapping.js';
import { diagnosticRules } from '../src/report/rules.js';
import { validateControls } from '../src/validate/controls.js';
import { checkSchema } from '../src/validate/schemas.js';

const readme = readFileSync('README.md', 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('README', () => {
  it('starts with the two-command quick start', () => {
    const quickStart = readme.split('## Quick start')[1]!.split('```')[1]!;
    const commands = quickStart.split('\n').slice(1).filter((line) => line.trim() !== '').map((line) => line.split('#')[0]!.trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm test']);
  });

  it('documents every diagnostic code', () => {
    for (const code of Object.keys(diagnosticRules)) expect(readme).toContain(`| \`${code}\` |`);
  });

  it('shows a control file example that crosswalk accepts as it is', async () => {
    const example = yamlBlocks.find((block) => block.includes('kind: ControlImplementation'))!;
    const parsed = parseSource('README.md', example);
    if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
    const catalogs = loadCatalogs();
    const result = validateControls([parsed.document], { catalogs, mapping: loadDefaultMapping(), asOf: '2026-11-27' });
    expect(result.diagnostics).toEqual([]);
    expect(result.controls.map((control) => control.id)).toEqual(['AC-01', 'SOC-01']);
  });

  it('shows the carve-out of physical security as a covers control for CC6.4 that crosswalk accepts', () => {
    const example = yamlBlocks.find((block) => block.includes('id: PHY-CARVE-01'))!;
    const parsed = parseSource('README.md', example);
    if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
    const result = validateControls([parsed.document], { catalogs: loadCatalogs(), mapping: loadDefaultMapping(), asOf: '2026-11-27' });
    expect(result.diagnostics).toEqual([]);
    expect(result.controls).toMatchObject([{ id: 'PHY-CARVE-01', covers: ['CC6.4'], implements: [], status: 'implemented' }]);
    expect(result.controls[0]!.evidence[0]!.type).not.toMatch(/^(policy|procedure|standard|plan)$/);
  });

  it('shows a config example that validates', () => {
    const example = yamlBlocks.find((block) => block.includes('kind: Config'))!;
    const parsed = parseSource('README.md', example);
    if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
    expect(checkSchema('Config', parsed.document)).toEqual([]);
  });
});
