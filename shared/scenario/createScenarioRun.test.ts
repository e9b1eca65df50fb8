import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './checkScenario';
import { compileScenario } from './compileScenario';
import { createScenarioRun } from './createScenarioRun';
import type { ScenarioSnapshot } from './createScenarioRun';
import { textIn } from './localizedText';

const scenario = checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!;
const machine = compileScenario(scenario);
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);
const s = (seconds: number) => T0 + seconds * 1000;
const lastCustomerLine = (snapshot: ScenarioSnapshot) => textIn(snapshot.context.transcript.filter((u) => u.by === 'customer').at(-1)?.text);

describe('compileScenario + createScenarioRun', () => {
  it('starts in the first step with the customer line and its timers armed from the start time', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    expect(run.snapshot.value).toBe('accueil');
    expect(lastCustomerLine(run.snapshot)).toBe("Bonjour, ma commande n'est pas arrivée.");
    expect(run.deadlines).toEqual([{ timer: 'silence', at: s(8) }]);
  });

  it('follows an option, records its evidence with the time, and re-arms the next step timers', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    run.send({ type: 'candidate.answer', option: 'charte' }, s(3));
    expect(run.snapshot.value).toBe('recherche');
    expect(run.snapshot.context.evidence).toEqual([
      expect.objectContaining({ competency: 'RCD-02', positive: true, at: s(3), source: { kind: 'option', step: 'accueil', ref: 'charte' } }),
    ]);
    expect(run.deadlines).toEqual([{ timer: 'silence', at: s(11) }, { timer: 'patience', at: s(93) }]);
  });

  it('refuses what the current step does not allow, and logs nothing', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    expect(run.send({ type: 'candidate.answer', option: 'annonce' }, s(1))).toBeNull();
    expect(run.send({ type: 'customer.trigger', event: 'colere' }, s(1))).toBeNull();
    expect(run.snapshot.value).toBe('accueil');
    expect(run.log).toHaveLength(0);
  });

  it('takes the otherwise branch when a required CRM fact is missing, the main one when it is there', () => {
    const without = createScenarioRun(machine, { startedAt: T0 });
    without.send({ type: 'candidate.answer', option: 'charte' }, s(1));
    without.send({ type: 'candidate.answer', option: 'annonce' }, s(2));
    expect(without.snapshot.value).toBe('colere');
    // The customer's reaction on the way and the new step's line are both said, in order.
    expect(without.snapshot.context.transcript.slice(-3).map((u) => [u.by, textIn(u.text), u.at])).toEqual([
      ['candidate', 'Je regarde, elle est partie hier.', s(2)],
      ['customer', 'Vous ne regardez même pas ?', s(2)],
      ['customer', 'Je veux une solution !', s(2)],
    ]);
    expect(without.snapshot.context.evidence.at(-1)).toMatchObject({ competency: 'RCD-04', positive: false });

    const withFact = createScenarioRun(machine, { startedAt: T0 });
    withFact.send({ type: 'candidate.answer', option: 'charte' }, s(1));
    withFact.send({ type: 'candidate.crm', verb: 'viewed', entity: 'order', ref: 'CMD-1' }, s(2));
    expect(lastCustomerLine(withFact.snapshot)).toBe('Vous la trouvez ?');
    withFact.send({ type: 'candidate.answer', option: 'annonce' }, s(3));
    expect(withFact.snapshot.value).toBe('solution');
  });

  it('keeps an option without otherwise unavailable until its requirement is met', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    run.send({ type: 'candidate.answer', option: 'charte' }, s(1));
    run.send({ type: 'candidate.crm', verb: 'viewed', entity: 'order', ref: 'CMD-1' }, s(2));
    run.send({ type: 'candidate.answer', option: 'annonce' }, s(3));
    expect(run.send({ type: 'candidate.answer', option: '1' }, s(4))).toBeNull();
    run.send({ type: 'candidate.crm', verb: 'created', entity: 'note', ref: 'N-1' }, s(5));
    run.send({ type: 'candidate.answer', option: '1' }, s(6));
    expect(run.done).toBe(true);
    expect(run.snapshot.output).toEqual({ ending: 'resolue', outcome: 'issue-resolved' });
  });

  it('fires a silence timer at its deadline: the customer reacts and the call stays in the step', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    expect(run.advance(s(7.999))).toEqual([]);
    const fired = run.advance(s(20));
    expect(fired.map((e) => [e.event.type, e.at])).toEqual([['timer.silenceElapsed', s(8)]]);
    expect(run.snapshot.value).toBe('accueil');
    expect(lastCustomerLine(run.snapshot)).toBe('Allô ?');
    expect(run.snapshot.context.evidence).toEqual([expect.objectContaining({ competency: 'RCD-21', positive: false, at: s(8) })]);
    expect(run.deadlines).toEqual([]);
  });

  it('restarts the silence timer when the candidate stops speaking', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    run.send({ type: 'voice.speechStart' }, s(2));
    expect(run.deadlines).toEqual([]);
    run.send({ type: 'voice.speechEnd' }, s(5));
    expect(run.deadlines).toEqual([{ timer: 'silence', at: s(13) }]);
  });

  it('logs voice activity in any step without changing the step, and refuses it once the call has ended', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    run.send({ type: 'candidate.answer', option: 'charte' }, s(1));
    const before = run.snapshot;
    expect(run.send({ type: 'voice.speechStart' }, s(2))).toMatchObject({ seq: 2, at: s(2), event: { type: 'voice.speechStart' } });
    expect(run.snapshot).toBe(before);
    run.send({ type: 'candidate.hangUp' }, s(3));
    expect(run.done).toBe(true);
    expect(run.send({ type: 'voice.speechEnd' }, s(4))).toBeNull();
    expect(run.log).toHaveLength(3);
  });

  it('keeps the runs of one machine apart: interleaved, each follows its own events', () => {
    const first = createScenarioRun(machine, { startedAt: T0 });
    const second = createScenarioRun(machine, { startedAt: T0 });
    first.send({ type: 'candidate.answer', option: 'charte' }, s(1));
    second.send({ type: 'candidate.hold' }, s(1));
    first.send({ type: 'candidate.crm', verb: 'viewed', entity: 'order', ref: 'CMD-1' }, s(2));
    expect(first.snapshot.value).toBe('recherche');
    expect(first.snapshot.context.onHold).toBe(false);
    expect(first.snapshot.context.facts).toHaveLength(1);
    expect(second.snapshot.value).toBe('accueil');
    expect(second.snapshot.context.onHold).toBe(true);
    expect(second.snapshot.context.facts).toEqual([]);
  });

  it('suspends silence and patience on hold, arms the hold timer, and resumes them with the time left', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    run.send({ type: 'candidate.answer', option: 'charte' }, s(0));
    run.send({ type: 'candidate.hold' }, s(10));
    expect(run.deadlines).toEqual([
      { timer: 'silence', remainingMs: 0 },
      { timer: 'patience', remainingMs: 80_000 },
      { timer: 'hold', at: s(70) },
    ]);
    expect(run.send({ type: 'candidate.answer', option: 'annonce' }, s(11))).toBeNull(); // the customer cannot hear
    run.send({ type: 'candidate.resume' }, s(40));
    expect(run.deadlines).toEqual([{ timer: 'silence', at: s(40) }, { timer: 'patience', at: s(120) }]);
  });

  it('ends the call when the hold lasts too long', () => {
    const run = createScenarioRun(machine, { startedAt: T0 });
    run.send({ type: 'candidate.hold' }, s(1));
    run.advance(s(61));
    expect(run.snapshot.output).toEqual({ ending: 'perdue', outcome: 'customer-lost' });
    expect(run.snapshot.context.evidence.map((e) => e.competency)).toEqual(['RCD-15']);
    expect(run.deadlines).toEqual([]);
  });

  it('scales every timer by the extra-time factor', () => {
    const run = createScenarioRun(machine, { startedAt: T0, timeFactor: 4 / 3 });
    run.send({ type: 'candidate.answer', option: 'charte' }, s(0));
    expect(run.deadlines).toEqual([{ timer: 'silence', at: s(8 * 4 / 3) }, { timer: 'patience', at: s(120) }]);
  });

  it('handles transfers, a step-level hang-up and the examiner\'s customer events', () => {
    const transfer = createScenarioRun(machine, { startedAt: T0 });
    transfer.send({ type: 'candidate.transfer', service: 'transport' }, s(1));
    expect(transfer.snapshot.output?.outcome).toBe('transferred');

    const angry = createScenarioRun(machine, { startedAt: T0 });
    angry.send({ type: 'candidate.answer', option: '2' }, s(1));
    angry.send({ type: 'customer.trigger', event: 'colere' }, s(2));
    expect(angry.snapshot.value).toBe('colere');

    const early = createScenarioRun(machine, { startedAt: T0 });
    early.send({ type: 'candidate.hangUp' }, s(1));
    expect(early.snapshot.output?.ending).toBe('perdue');
  });

  it('restores from its log: same state, same evidence, deadlines re-armed from the log', () => {
    const live = createScenarioRun(machine, { startedAt: T0 });
    live.send({ type: 'candidate.answer', option: 'charte' }, s(2));
    live.send({ type: 'voice.speechStart' }, s(4));
    live.send({ type: 'voice.speechEnd' }, s(6));
    live.send({ type: 'candidate.crm', verb: 'viewed', entity: 'order', ref: 'CMD-1' }, s(9));
    live.send({ type: 'candidate.hold' }, s(15));
    live.send({ type: 'candidate.resume' }, s(30));

    const restored = createScenarioRun(machine, { startedAt: T0, log: JSON.parse(JSON.stringify(live.log)) });
    expect(restored.snapshot.value).toBe(live.snapshot.value);
    expect(restored.snapshot.context).toEqual(live.snapshot.context);
    expect(restored.deadlines).toEqual(live.deadlines);
    // The restored run goes on exactly like the live one.
    expect(restored.advance(s(200)).map((e) => [e.event.type, e.at])).toEqual(live.advance(s(200)).map((e) => [e.event.type, e.at]));
    expect(restored.snapshot.output).toEqual(live.snapshot.output);
  });
});

describe('outbound calls', () => {
  const outbound = checkScenarioText(readFileSync('tests/fixtures/scenarios/sortant-mini.scenario.yaml', 'utf8'), 'sortant-mini.scenario.yaml');
  const forbidden = compileScenario(outbound.scenario!);

  it('turns the law checks into evidence when the candidate dials a forbidden call', () => {
    const run = createScenarioRun(forbidden, { startedAt: T0 });
    run.send({ type: 'candidate.dial' }, s(5));
    expect(run.snapshot.value).toBe('client-derange');
    expect(run.snapshot.context.evidence).toEqual([
      expect.objectContaining({ competency: 'RCD-01', positive: false, blocker: true, source: { kind: 'law', step: null, ref: 'calling-hours' }, at: s(5) }),
    ]);
  });

  it('follows the normal branch, with the dial evidence, when the same call is allowed', () => {
    const allowed = compileScenario({ ...outbound.scenario!, call: { ...outbound.scenario!.call!, at: '2026-09-14T14:05:00+02:00' } });
    const run = createScenarioRun(allowed, { startedAt: T0 });
    run.send({ type: 'candidate.dial' }, s(5));
    expect(run.snapshot.value).toBe('presentation');
    expect(run.snapshot.context.evidence).toEqual([expect.objectContaining({ competency: 'RCD-01', positive: true, source: { kind: 'dial', step: 'preparation', ref: 'dial' } })]);
  });

  it('lets a step slow the CRM down', () => {
    const allowed = compileScenario({ ...outbound.scenario!, call: { ...outbound.scenario!.call!, at: '2026-09-14T14:05:00+02:00' } });
    const run = createScenarioRun(allowed, { startedAt: T0 });
    expect(run.snapshot.context.crmStatus).toBe('available');
    run.send({ type: 'candidate.dial' }, s(5));
    expect(run.snapshot.context.crmStatus).toBe('slow');
  });
});
