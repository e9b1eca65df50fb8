import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../scenario/checkScenario';
import { compileScenario } from '../scenario/compileScenario';
import { createScenarioRun } from '../scenario/createScenarioRun';
import { callVerdict } from './callVerdict';

const scenario = checkScenarioText(readFileSync('tests/fixtures/scenarios/sortant-mini.scenario.yaml', 'utf8'), 'sortant-mini.scenario.yaml').scenario!;

describe('callVerdict', () => {
  it('fails a call that broke a blocking rule even though it ended politely', () => {
    const run = createScenarioRun(compileScenario(scenario), { startedAt: 0 });
    run.send({ type: 'candidate.dial' }, 1000); // 13:05 in Paris: outside the legal hours
    run.send({ type: 'candidate.answer', option: '1' }, 2000); // apologises and ends well
    expect(run.snapshot.output).toEqual({ ending: 'appel-interrompu', outcome: 'no-sale' });
    const verdict = callVerdict(run.snapshot.context, run.snapshot.output);
    expect(verdict.passed).toBe(false);
    expect(verdict.blockers.map((b) => b.source.ref)).toEqual(['calling-hours']);
  });

  it('passes the right move: not dialling', () => {
    const run = createScenarioRun(compileScenario(scenario), { startedAt: 0 });
    run.send({ type: 'candidate.answer', option: '1' }, 1000);
    expect(callVerdict(run.snapshot.context, run.snapshot.output)).toMatchObject({ passed: true, blockers: [], ending: { outcome: 'call-not-allowed' } });
  });

  it('gives no pass to a call that has not ended', () => {
    const run = createScenarioRun(compileScenario(scenario), { startedAt: 0 });
    expect(callVerdict(run.snapshot.context, run.snapshot.output).passed).toBe(false);
  });
});
