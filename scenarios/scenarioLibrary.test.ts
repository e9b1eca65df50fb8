import { describe, expect, it } from 'vitest';
import { loadScenarioLibrary } from '../server/scenarios/loadScenarioLibrary';
import { compileScenario } from '../shared/scenario/compileScenario';
import { optionId } from '../shared/scenario/compileScenario';
import { parseFact } from '../shared/scenario/crmFact';
import type { ScenarioRun } from '../shared/scenario/createScenarioRun';
import { createScenarioRun } from '../shared/scenario/createScenarioRun';
import { formatDiagnostic } from '../shared/scenario/diagnostic';
import { parseDuration } from '../shared/scenario/durations';
import { coverageGaps, scenarioCoverage } from '../shared/scenario/scenarioCoverage';
import { CATEGORIES, DIRECTIONS } from '../shared/scenario/scenarioSchema';
import type { Scenario, TimerKind } from '../shared/scenario/scenarioSchema';
import type { EdgeEvent } from '../tests/support/scenarioPaths';
import { pathsToEndings } from '../tests/support/scenarioPaths';

const library = await loadScenarioLibrary(['scenarios', 'tests/fixtures/scenarios']);
const START = Date.UTC(2026, 10, 28, 9);

/** Lets time pass until the timer fires, as it would live. */
function fire(run: ScenarioRun, timer: TimerKind): void {
  const deadline = run.deadlines.find((d) => d.timer === timer);
  if (!deadline || !('at' in deadline)) throw new Error(`timer ${timer} is not running in ${JSON.stringify(run.snapshot.value)}`);
  const fired = run.advance(deadline.at);
  expect(fired.map((e) => e.event.type)).toContain(`timer.${timer}Elapsed`);
}

/** Drives the real runner along one edge of the call graph, as a candidate would. */
function take(scenario: Scenario, run: ScenarioRun, { edge, gained }: EdgeEvent, clock: { now: number }): void {
  const send = (event: Parameters<ScenarioRun['send']>[0]) => {
    clock.now += 1000;
    expect(run.send(event, clock.now), `${event.type} refused in ${JSON.stringify(run.snapshot.value)}`).not.toBeNull();
  };
  for (const key of gained) {
    const parsed = parseFact(key);
    if (parsed.ok) send({ type: 'candidate.crm', ...parsed.fact });
  }
  const step = scenario.steps[edge.from]!;
  const index = edge.path[3] as number;
  switch (edge.kind) {
    case 'option':
    case 'otherwise':
      send({ type: 'candidate.answer', option: optionId(step.options![index]!, index) });
      break;
    case 'dial':
    case 'dial-forbidden':
      send({ type: 'candidate.dial' });
      break;
    case 'crm':
      break; // the fact was sent above
    case 'customer-event':
      send({ type: 'customer.trigger', event: edge.label });
      break;
    case 'timer':
      if (edge.label === 'hold') send({ type: 'candidate.hold' });
      fire(run, edge.label as TimerKind);
      break;
    case 'hang-up':
      send({ type: 'candidate.hangUp' });
      break;
    case 'transfer':
      send({ type: 'candidate.transfer', service: edge.label });
      break;
  }
}

describe('the scenario library', () => {
  const shipped = library.filter((entry) => entry.file.startsWith('scenarios/')).flatMap((entry) => (entry.scenario ? [entry.scenario] : []));

  it('has scenarios, each with a unique id', () => {
    const ids = library.map((entry) => entry.scenario?.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds at least 12 calls, inbound and outbound in every category, each lasting 4 to 12 minutes with 3 endings or more', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(12);
    for (const category of CATEGORIES) {
      for (const direction of DIRECTIONS) {
        expect(shipped.filter((s) => s.category === category && s.direction === direction).length, `${category} ${direction}`).toBeGreaterThanOrEqual(1);
      }
    }
    for (const s of shipped) {
      const minutes = parseDuration(s.duration)! / 60_000;
      expect(minutes, s.id).toBeGreaterThanOrEqual(4);
      expect(minutes, s.id).toBeLessThanOrEqual(12);
      expect(Object.keys(s.endings).length, s.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('makes every competency of the first block observable in two scenarios, the practical ADM ones in one', () => {
    expect(coverageGaps(scenarioCoverage(shipped))).toEqual([]);
  });

  describe.each(library.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
    it('checks without error', () => {
      expect(entry.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    });

    it('plays every simple path of its call graph to its ending, and replays each log to the same state', { timeout: 60_000 }, () => {
      const scenario = entry.scenario!;
      const machine = compileScenario(scenario);
      const paths = pathsToEndings(scenario);
      const endingsReached = new Set<string>();
      for (const path of paths) {
        const run = createScenarioRun(machine, { startedAt: START });
        const clock = { now: START };
        for (const event of path) {
          take(scenario, run, event, clock);
          expect(run.snapshot.value, `${event.edge.kind} ${event.edge.from} → ${event.edge.to}`).toBe(event.edge.to);
        }
        expect(run.done).toBe(true);
        expect(run.snapshot.output).toEqual({ ending: path.at(-1)!.edge.to, outcome: scenario.endings[path.at(-1)!.edge.to]!.outcome });
        endingsReached.add(run.snapshot.output!.ending);

        const replayed = createScenarioRun(machine, { startedAt: START, log: JSON.parse(JSON.stringify(run.log)) });
        expect(replayed.snapshot.value).toEqual(run.snapshot.value);
        expect(replayed.snapshot.context).toEqual(run.snapshot.context);
      }
      expect([...endingsReached].sort()).toEqual(Object.keys(scenario.endings).sort());
    });
  });
});
