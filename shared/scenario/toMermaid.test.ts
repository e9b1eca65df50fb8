import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './checkScenario';
import { toMermaid } from './toMermaid';

const scenario = checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!;

describe('toMermaid', () => {
  const chart = toMermaid(scenario);
  it('draws a state diagram from the start to every ending', () => {
    expect(chart.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(chart).toContain('[*] --> s_accueil');
    for (const ending of ['resolue', 'perdue', 'transferee']) expect(chart).toContain(`s_${ending} --> [*]`);
    expect(chart).toContain('state "resolue (issue-resolved)" as s_resolue');
  });

  it('labels each kind of edge', () => {
    expect(chart).toContain('s_recherche --> s_solution : Je regarde, elle est partie hier.');
    expect(chart).toContain('s_recherche --> s_colere : sinon · Je regarde');
    expect(chart).toContain('s_recherche --> s_colere : client · colere');
    expect(chart).toContain('s_recherche --> s_perdue : minuteur · patience');
    expect(chart).toContain('s_solution --> s_resolue : raccroche');
    expect(chart).toContain('s_accueil --> s_transferee : transfert · transport');
  });
});
