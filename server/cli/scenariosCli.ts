import { readFile } from 'node:fs/promises';
import { checkScenarioText } from '../../shared/scenario/checkScenario';
import { formatDiagnostic, hasErrors } from '../../shared/scenario/diagnostic';
import { toScenarioSummary } from '../../shared/scenario/scenarioSummary';
import { coverageGaps, scenarioCoverage } from '../../shared/scenario/scenarioCoverage';
import { toMermaid } from '../../shared/scenario/toMermaid';
import { formatCoverage } from './formatCoverage';
import { loadScenarioLibrary } from '../scenarios/loadScenarioLibrary';

const USAGE = `Usage: npm run scenarios -- <command> [options]

  check [files or folders…] [--json]   check scenario files (default: scenarios/); exit 1 on any error
  list [folders…] [--json]             list the scenarios (id, title, category, direction, difficulty, competencies)
  graph FILE                           print the scenario as a Mermaid state diagram
  coverage [folders…] [--json]         which scenarios observe each competency (exit 1 if a
                                       competency of the first block is seen in fewer than 2)
`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The scenario command line, as a function of its arguments (main() below prints and exits). */
export async function runScenariosCli(argv: readonly string[]): Promise<CliResult> {
  const json = argv.includes('--json');
  const [command, ...paths] = argv.filter((a) => a !== '--json');
  const targets = paths.length ? paths : ['scenarios'];
  switch (command) {
    case 'check': {
      const library = await loadScenarioLibrary(targets);
      const diagnostics = library.flatMap((entry) => entry.diagnostics);
      const failed = library.filter((entry) => hasErrors(entry.diagnostics)).length;
      const code = failed > 0 ? 1 : 0;
      if (json) {
        return { code, stdout: `${JSON.stringify({ files: library.length, failed, diagnostics }, null, 2)}\n`, stderr: '' };
      }
      const lines = diagnostics.map(formatDiagnostic);
      const summary = `${library.length} scénario(s) vérifié(s), ${failed} en erreur, ${diagnostics.filter((d) => d.severity === 'warning').length} avertissement(s)`;
      return { code, stdout: [...lines, summary].join('\n') + '\n', stderr: '' };
    }
    case 'list': {
      const library = await loadScenarioLibrary(targets);
      const scenarios = library.flatMap((entry) => (entry.scenario ? [toScenarioSummary(entry.scenario)] : []));
      const broken = library.filter((entry) => !entry.scenario).map((entry) => `${entry.file} : en erreur, lancez « check »`);
      const stdout = json
        ? `${JSON.stringify(scenarios.map(({ briefing: _briefing, ...rest }) => rest), null, 2)}\n`
        : scenarios.map((s) => `${s.id}\t${s.category}\t${s.direction}\tdifficulté ${s.difficulty}\t${s.title}`).join('\n') + '\n';
      return { code: broken.length ? 1 : 0, stdout, stderr: broken.length ? broken.join('\n') + '\n' : '' };
    }
    case 'graph': {
      const file = paths[0];
      if (!file || paths.length > 1) return { code: 2, stdout: '', stderr: USAGE };
      const result = checkScenarioText(await readFile(file, 'utf8'), file);
      if (!result.scenario) return { code: 1, stdout: '', stderr: result.diagnostics.map(formatDiagnostic).join('\n') + '\n' };
      return { code: 0, stdout: toMermaid(result.scenario), stderr: '' };
    }
    case 'coverage': {
      const library = await loadScenarioLibrary(targets);
      const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
      const coverage = scenarioCoverage(scenarios);
      const gaps = coverageGaps(coverage);
      const stdout = json ? `${JSON.stringify(coverage, null, 2)}\n` : formatCoverage(coverage, scenarios.map((s) => s.id));
      return { code: gaps.length ? 1 : 0, stdout, stderr: gaps.map((gap) => `${gap}\n`).join('') };
    }
    default:
      return { code: command === undefined || command === 'help' ? 0 : 2, stdout: '', stderr: USAGE };
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { code, stdout, stderr } = await runScenariosCli(process.argv.slice(2));
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = code;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
