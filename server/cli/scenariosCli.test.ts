import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { faultyScenarios } from '../../tests/fixtures/faultyScenarios';
import { runScenariosCli } from './scenariosCli';
import { SCHEMA_FILE, scenarioSchemaText } from './writeScenarioSchema';

const run = promisify(execFile);
const MINI_FILE = 'tests/fixtures/scenarios/mini.scenario.yaml';

async function libraryWithFaults(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'plateau-scenarios-'));
  const mini = await readFile(MINI_FILE, 'utf8');
  await writeFile(join(dir, 'mini.scenario.yaml'), mini);
  await writeFile(join(dir, 'tab.scenario.yaml'), mini.replace('id: mini', 'id: tab').replace('  name: Mme Test', '\tname: Mme Test'));
  await writeFile(join(dir, 'goto.scenario.yaml'), mini.replace('id: mini', 'id: goto').replace('        goto: solution', '        goto: solutoin'));
  return dir;
}

describe('npm run scenarios', () => {
  it('check: every listed fault gets file:line:col, and the CLI exits 1 (real process)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plateau-faults-'));
    for (const fault of faultyScenarios) await writeFile(join(dir, `${fault.name}.scenario.yaml`), fault.text);
    const failure: { code?: number; stdout: string } = await run('npx', ['tsx', 'server/cli/scenariosCli.ts', 'check', dir, '--json']).catch((e: { code: number; stdout: string }) => e);
    expect(failure.code).toBe(1);
    const report = JSON.parse(failure.stdout) as { files: number; failed: number; diagnostics: { file: string; line: number; col: number; code: string; severity: string }[] };
    expect(report).toMatchObject({ files: faultyScenarios.length, failed: faultyScenarios.length });
    for (const fault of faultyScenarios) {
      const file = join(dir, `${fault.name}.scenario.yaml`);
      const found = report.diagnostics.filter((d) => d.file === file && d.severity === 'error');
      expect(found.map((d) => d.code), fault.name).toContain(fault.code);
      for (const d of found) {
        expect(d.line, fault.name).toBeGreaterThan(0);
        expect(d.col, fault.name).toBeGreaterThan(0);
      }
    }
  }, 30_000);

  it('check: prints file:line:col diagnostics and exits 1 when a file has an error (real process)', async () => {
    const dir = await libraryWithFaults();
    const failure: { code?: number; stdout: string } = await run('npx', ['tsx', 'server/cli/scenariosCli.ts', 'check', dir]).catch((e: { code: number; stdout: string }) => e);
    expect(failure.code).toBe(1);
    const lines = failure.stdout.trim().split('\n');
    expect(lines).toContain(`${join(dir, 'goto.scenario.yaml')}:65:15 erreur : l'étape ou la fin « solutoin » n'existe pas (vouliez-vous dire « solution » ?)`);
    const tabLine = (await readFile(join(dir, 'tab.scenario.yaml'), 'utf8')).split('\n').findIndex((l) => l.startsWith('\t')) + 1;
    expect(lines).toContain(`${join(dir, 'tab.scenario.yaml')}:${tabLine}:1 erreur : une tabulation sert d'indentation ; YAML n'accepte que des espaces (remplacez la tabulation par des espaces, 2 par niveau)`);
    expect(lines.at(-1)).toBe('3 scénario(s) vérifié(s), 2 en erreur, 0 avertissement(s)');
  }, 30_000);

  it('check: exits 0 on a clean folder and gives JSON on request', async () => {
    const clean = await runScenariosCli(['check', 'tests/fixtures/scenarios']);
    expect(clean.code).toBe(0);
    const json = await runScenariosCli(['check', await libraryWithFaults(), '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { files: number; failed: number; diagnostics: { code: string; line: number }[] };
    expect(report).toMatchObject({ files: 3, failed: 2 });
    expect(report.diagnostics.map((d) => d.code).sort()).toEqual(['unknown-target', 'yaml-tab-as-indent']);
  });

  it('list --json: one object per valid scenario, without the briefing', async () => {
    const result = await runScenariosCli(['list', 'tests/fixtures/scenarios', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({ id: 'mini', title: 'Mini scénario de test', category: 'support', direction: 'inbound', difficulty: 1, competencies: expect.arrayContaining(['RCD-02']) }),
      expect.objectContaining({ id: 'sortant-mini', category: 'prospecting', direction: 'outbound' }),
    ]);
    expect(result.stdout).not.toContain('briefing');
  });

  it('graph: prints a Mermaid diagram, or the diagnostics of a broken file', async () => {
    const ok = await runScenariosCli(['graph', MINI_FILE]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^stateDiagram-v2\n/);
    const dir = await libraryWithFaults();
    const broken = await runScenariosCli(['graph', join(dir, 'goto.scenario.yaml')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('solutoin');
  });

  it('coverage --json: every competency with the scenarios that observe it; exit 0 for the library', async () => {
    const result = await runScenariosCli(['coverage', 'scenarios', '--json']);
    expect(result.code).toBe(0);
    const { competencies } = JSON.parse(result.stdout) as { competencies: Record<string, string[]> };
    expect(competencies['RCD-01']).toEqual(expect.arrayContaining(['prospection-fibre-pro', 'appel-non-autorise']));
    const thin = await runScenariosCli(['coverage', 'tests/fixtures/scenarios']);
    expect(thin.code).toBe(1);
    expect(thin.stdout).toMatch(/^RCD-01 +[·●]/m);
    expect(thin.stderr).toContain('il en faut 2');
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const result = await runScenariosCli(['chek']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run scenarios');
  });

  it('the committed JSON Schema is the one the zod schema generates', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(scenarioSchemaText());
  });
});
