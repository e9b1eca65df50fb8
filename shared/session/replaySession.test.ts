import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallCommand } from '../protocol/callProtocol';
import type { LoggedEvent } from '../protocol/examProtocol';
import { checkScenarioText } from '../scenario/checkScenario';
import { sessionDeadline } from './applyCallCommand';
import { allowedCustomerEvents, applyCustomerTrigger } from './applyCustomerTrigger';
import { candidateView } from './candidateView';
import type { PracticeSession } from './practiceSession';
import { createPracticeSession } from './practiceSession';
import { playCommand, replaySession, ReplayError } from './replaySession';

const load = (file: string) => checkScenarioText(readFileSync(file, 'utf8'), file).scenario!;
const mini = load('tests/fixtures/scenarios/mini.scenario.yaml');
const T0 = Date.UTC(2026, 11, 2, 8);
const state = (s: PracticeSession) => JSON.stringify({ call: s.call, callLog: s.callLog, log: s.run.log, context: s.run.snapshot.context });

/** A stored event as the store would give it. */
const logged = (sessionSeq: number, type: string, payload: unknown, at: number): LoggedEvent => ({
  seq: sessionSeq,
  sessionId: 's-1',
  sessionSeq,
  clientEventId: null,
  type,
  payload,
  at,
  role: 'candidate',
  author: null,
});
const command = (id: string, rest: Record<string, unknown>) => ({ command: { id, ...rest } as CallCommand });

describe('the customer played by an examiner', () => {
  it('offers the current step\'s customer events only while connected, and refuses the others without changing anything', () => {
    const s = createPracticeSession('c-1', mini, new Date(T0), { mode: 'exam' });
    expect(allowedCustomerEvents(s)).toEqual([]);
    const ringing = state(s);
    expect(applyCustomerTrigger(s, 'colere', T0 + 500)).toMatchObject({ ok: false, error: { code: 'customer.notNow' } });
    expect(state(s)).toBe(ringing);

    playCommand(s, { id: 'answer-0001', type: 'call.answer' }, T0 + 1000);
    expect(allowedCustomerEvents(s)).toEqual([]); // the first step declares none
    playCommand(s, { id: 'choose-0001', type: 'dialogue.choose', option: 'charte' }, T0 + 2000);
    expect(allowedCustomerEvents(s)).toEqual([{ id: 'colere', label: { fr: 'La cliente s\'énerve', en: 'La cliente s\'énerve' }, customer: { fr: 'C\'est inadmissible !', en: 'C\'est inadmissible !' } }]);
    const before = state(s);
    expect(applyCustomerTrigger(s, 'rire', T0 + 3000)).toMatchObject({ ok: false, error: { code: 'customer.notNow' } });
    expect(state(s)).toBe(before);

    expect(applyCustomerTrigger(s, 'colere', T0 + 3000)).toMatchObject({ ok: true, duplicate: false });
    expect(s.run.snapshot.context.step).toBe('colere');
    expect(candidateView(s, T0 + 3000).transcript.map((line) => line.text.fr).slice(-2)).toEqual(['C\'est inadmissible !', 'Je veux une solution !']);
  });
});

describe('replaySession', () => {
  it('makes the session from session.created (start time, mode, kind, exam, extra time) and plays each event at its time', () => {
    const events = [
      logged(1, 'session.created', { scenarioId: 'mini', mode: 'exam', kind: 'exam', examId: 'e-1', timeFactor: 2 }, T0),
      logged(2, 'call.command', command('answer-0001', { type: 'call.answer' }), T0 + 1000),
    ];
    const s = replaySession(mini, events);
    expect(s).toMatchObject({ id: 's-1', mode: 'exam', kind: 'exam', examId: 'e-1', timeFactor: 2, createdAt: new Date(T0).toISOString() });
    expect(s.callLog).toEqual([{ seq: 1, at: T0 + 1000, command: { id: 'answer-0001', type: 'call.answer' } }]);
    // The silence timer (8 s) is doubled, from the answer.
    expect(sessionDeadline(s)).toBe(T0 + 1000 + 16_000);
  });

  it('refuses a log it cannot replay as it was played', () => {
    const created = logged(1, 'session.created', { scenarioId: 'mini', mode: 'guided', kind: 'practice' }, T0);
    expect(() => replaySession(mini, [])).toThrow(ReplayError);
    expect(() => replaySession(mini, [logged(1, 'call.command', command('answer-0001', { type: 'call.answer' }), T0)])).toThrow(/session\.created/);
    expect(() => replaySession({ ...mini, id: 'other' }, [created])).toThrow(/scenario mini/);
    expect(() => replaySession(mini, [created, logged(2, 'call.command', command('hold-0001', { type: 'call.hold' }), T0 + 10)])).toThrow(/call\.ringing/);
    expect(() => replaySession(mini, [created, logged(2, 'exam.started', {}, T0 + 10)])).toThrow(/not a session event/);
  });
});
