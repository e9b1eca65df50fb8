import { checkScenarioText } from '../../shared/scenario/checkScenario';
import { compileScenario } from '../../shared/scenario/compileScenario';
import { formatDiagnostic } from '../../shared/scenario/diagnostic';
import { generateScenario } from './generateScenario';
import { percentile } from './percentile';

/** Checks and compiles 200 generated scenarios; target: 5 ms or less per scenario. */
export async function scenariosBench(): Promise<Record<string, number>> {
  const count = 200;
  const texts = Array.from({ length: count }, (_, i) => generateScenario(i + 1));
  for (const text of texts.slice(0, 20)) compileScenario(checkScenarioText(text, 'warmup.scenario.yaml').scenario!); // JIT warm-up
  const each: number[] = [];
  const started = performance.now();
  for (const [i, text] of texts.entries()) {
    const t0 = performance.now();
    const result = checkScenarioText(text, `bench-${i + 1}.scenario.yaml`);
    if (!result.scenario) throw new Error(`generated scenario ${i + 1} is invalid:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
    compileScenario(result.scenario);
    each.push(performance.now() - t0);
  }
  const total = performance.now() - started;
  return {
    count,
    ms_total: round(total),
    ms_per_scenario: round(total / count),
    p50_ms: round(percentile(each, 50)),
    p95_ms: round(percentile(each, 95)),
    target_ms_per_scenario: 5,
  };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
