import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallCommand } from '../protocol/callProtocol';
import { checkScenarioText } from '../scenario/checkScenario';
import { advanceSession, applyCallCommand, sessionDeadline } from './applyCallCommand';
import { candidateView } from './candidateView';
import type { PracticeSession } from './practiceSession';
import { createPracticeSession, describeSession, serveCrmRequest, WRAP_UP_MS } from './practiceSession';

const load = (file: string) => checkScenarioText(readFileSync(file, 'utf8'), file).scenario!;
const mini = load('tests/fixtures/scenarios/mini.scenario.yaml');
const outbound = load('tests/fixtures/scenarios/sortant-mini.scenario.yaml');
const T0 = Date.UTC(2026, 11, 2, 8);

let ids = 0;
const id = () => `cmd-${String(++ids).padStart(6, '0')}`;
/** A command with a fresh client id. */
const cmd = (command: Record<string, unknown> & { type: CallCommand['type'] }) => ({ id: id(), ...command }) as CallCommand;
/** Everything a command could change, to prove a refusal changed nothing. */
const state = (s: PracticeSession) => JSON.stringify({ call: s.call, callLog: s.callLog, log: s.run.log, context: s.run.snapshot.context, value: s.run.snapshot.value });
const accepted = (s: PracticeSession, command: CallCommand, at: number) => {
  const ack = applyCallCommand(s, command, at);
  expect(ack, `${command.type} at ${at - T0}`).toMatchObject({ ok: true, duplicate: false });
  return ack;
};
const refused = (s: PracticeSession, command: CallCommand, at: number, code: string) => {
  const before = state(s);
  expect(applyCallCommand(s, command, at)).toMatchObject({ ok: false, error: { code, message: { fr: expect.any(String), en: expect.any(String) } } });
  expect(state(s)).toBe(before);
};

describe('applyCallCommand, inbound', () => {
  it('rings until answered; the timers count from the answer and the CRM facts of the ring still count', () => {
    const s = createPracticeSession('in-1', mini, new Date(T0), { mode: 'exam' });
    expect(s.call.phase).toBe('ringing');
    expect(describeSession(s)).toMatchObject({ mode: 'exam', phase: 'ringing' });
    expect(sessionDeadline(s)).toBeNull();
    refused(s, cmd({ type: 'dialogue.choose', option: 'charte' }), T0 + 1000, 'call.ringing');
    refused(s, cmd({ type: 'call.hold' }), T0 + 1000, 'call.ringing');
    // Time passing while it rings fires nothing.
    expect(advanceSession(s, T0 + 600_000)).toBe(false);
    serveCrmRequest(s, { method: 'GET', path: '/orders/CMD-1', query: {} }, new Date(T0 + 5000));

    const answeredAt = T0 + 20_000;
    expect(accepted(s, cmd({ type: 'call.answer' }), answeredAt)).toEqual({ ok: true, seq: 1, duplicate: false });
    expect(s.call).toMatchObject({ phase: 'connected', connectedAt: answeredAt });
    expect(s.run.snapshot.context.facts).toEqual(['viewed order CMD-1']);
    expect(s.run.nextDeadline()).toEqual({ timer: 'silence', at: answeredAt + 8000 });
    refused(s, cmd({ type: 'call.answer' }), answeredAt + 1, 'call.notRinging');

    // The requirement met while it rang lets the candidate announce the order.
    accepted(s, cmd({ type: 'dialogue.choose', option: 'charte' }), answeredAt + 3000);
    accepted(s, cmd({ type: 'dialogue.choose', option: 'annonce' }), answeredAt + 6000);
    expect(s.run.snapshot.context.step).toBe('solution');
  });

  it('guided practice doubles every timer', () => {
    const s = createPracticeSession('in-2', mini, new Date(T0));
    expect(s.mode).toBe('guided');
    accepted(s, cmd({ type: 'call.answer' }), T0 + 1000);
    expect(s.run.nextDeadline()).toEqual({ timer: 'silence', at: T0 + 1000 + 16_000 });
  });

  it('acks a retried command id as a duplicate with its first seq, and changes nothing', () => {
    const s = createPracticeSession('in-3', mini, new Date(T0), { mode: 'exam' });
    const answer = cmd({ type: 'call.answer' });
    accepted(s, answer, T0 + 1000);
    const choose = cmd({ type: 'dialogue.choose', option: 'charte' });
    expect(accepted(s, choose, T0 + 2000)).toEqual({ ok: true, seq: 2, duplicate: false });
    const before = state(s);
    expect(applyCallCommand(s, choose, T0 + 9000)).toEqual({ ok: true, seq: 2, duplicate: true });
    expect(applyCallCommand(s, answer, T0 + 9000)).toEqual({ ok: true, seq: 1, duplicate: true });
    expect(state(s)).toBe(before);
  });

  it('refuses what makes no sense now, with a message, and changes nothing', () => {
    const s = createPracticeSession('in-4', mini, new Date(T0), { mode: 'exam' });
    accepted(s, cmd({ type: 'call.answer' }), T0);
    refused(s, cmd({ type: 'dialogue.choose', option: 'nope' }), T0 + 1, 'option.unknown');
    refused(s, cmd({ type: 'call.dial', number: '06 12 34 56 78' }), T0 + 1, 'dial.notNow');
    refused(s, cmd({ type: 'call.transfer', service: 'compta' }), T0 + 1, 'transfer.unknown');
    refused(s, cmd({ type: 'call.resume' }), T0 + 1, 'call.notOnHold');
    refused(s, cmd({ type: 'call.unmute' }), T0 + 1, 'call.notMuted');
    refused(s, cmd({ type: 'wrapUp.finish' }), T0 + 1, 'wrapUp.notNow');
    accepted(s, cmd({ type: 'call.hold' }), T0 + 2000);
    refused(s, cmd({ type: 'dialogue.choose', option: 'charte' }), T0 + 3000, 'call.onHold');
    refused(s, cmd({ type: 'call.hold' }), T0 + 3000, 'call.onHold');
    expect(candidateView(s, T0 + 3000)).toMatchObject({ onHold: true, holdSince: T0 + 2000, options: [] });
    accepted(s, cmd({ type: 'call.resume' }), T0 + 4000);
    accepted(s, cmd({ type: 'dialogue.choose', option: 'charte' }), T0 + 5000);
    // "annonce" without having viewed the order goes to its `otherwise`; "solution" needs a note and has none.
    accepted(s, cmd({ type: 'dialogue.choose', option: 'annonce' }), T0 + 6000);
    expect(s.run.snapshot.context.step).toBe('colere');
  });

  it('says which CRM action is missing in guided practice only', () => {
    for (const mode of ['guided', 'exam'] as const) {
      const s = createPracticeSession(`in-5-${mode}`, mini, new Date(T0), { mode });
      serveCrmRequest(s, { method: 'GET', path: '/orders/CMD-1', query: {} }, new Date(T0));
      accepted(s, cmd({ type: 'call.answer' }), T0);
      accepted(s, cmd({ type: 'dialogue.choose', option: 'charte' }), T0 + 1000);
      accepted(s, cmd({ type: 'dialogue.choose', option: 'annonce' }), T0 + 2000);
      const before = state(s);
      const ack = applyCallCommand(s, cmd({ type: 'dialogue.choose', option: '1' }), T0 + 3000);
      expect(state(s)).toBe(before);
      expect(ack).toMatchObject({ ok: false, error: { code: 'option.notNow' } });
      const message = !ack.ok ? ack.error.message : { fr: '', en: '' };
      if (mode === 'guided') expect(message).toEqual({ fr: 'Dans le CRM, d’abord : créer une note d’appel.', en: 'In the CRM, first: create a call note.' });
      else expect(message.fr).not.toMatch(/note/);
    }
  });

  it('dates voice events back by agoMs, never before the previous entry, and keeps muted speech from the customer', () => {
    const s = createPracticeSession('in-6', mini, new Date(T0), { mode: 'exam' });
    accepted(s, cmd({ type: 'call.answer' }), T0 + 1000);
    accepted(s, cmd({ type: 'voice.speechStart', agoMs: 300 }), T0 + 10_000);
    expect(s.callLog.at(-1)!.at).toBe(T0 + 9700);
    expect(s.run.log.at(-1)).toMatchObject({ at: T0 + 9700, event: { type: 'voice.speechStart' } });
    // Received later but said to have happened before the previous entry: clamped to it.
    accepted(s, cmd({ type: 'voice.speechEnd', agoMs: 500 }), T0 + 9800);
    expect(s.callLog.at(-1)!.at).toBe(T0 + 9700);
    // The silence timer restarts from the end of speech.
    expect(s.run.nextDeadline()).toEqual({ timer: 'silence', at: T0 + 9700 + 8000 });

    accepted(s, cmd({ type: 'call.mute' }), T0 + 11_000);
    refused(s, cmd({ type: 'call.mute' }), T0 + 11_000, 'call.alreadyMuted');
    const machineEvents = s.run.log.length;
    accepted(s, cmd({ type: 'voice.speechStart', agoMs: 0 }), T0 + 12_000);
    accepted(s, cmd({ type: 'voice.speechEnd', agoMs: 0 }), T0 + 13_000);
    expect(s.run.log.length).toBe(machineEvents);
    expect(s.callLog.map((e) => e.command.type).slice(-2)).toEqual(['voice.speechStart', 'voice.speechEnd']);
    accepted(s, cmd({ type: 'call.unmute' }), T0 + 14_000);
    expect(candidateView(s, T0 + 14_000).muted).toBe(false);

    const ringing = createPracticeSession('in-6b', mini, new Date(T0));
    refused(ringing, cmd({ type: 'voice.speechStart', agoMs: 0 }), T0, 'call.ringing');
  });

  it('fires timers as time passes, then wraps up for two minutes after the ending', () => {
    const s = createPracticeSession('in-7', mini, new Date(T0), { mode: 'exam' });
    accepted(s, cmd({ type: 'call.answer' }), T0);
    expect(sessionDeadline(s)).toBe(T0 + 8000);
    expect(advanceSession(s, T0 + 7999)).toBe(false);
    expect(advanceSession(s, T0 + 8000)).toBe(true);
    expect(candidateView(s, T0 + 8000).transcript.at(-1)).toEqual({ by: 'customer', text: { fr: 'Allô ?', en: 'Allô ?' }, at: T0 + 8000 });
    // On hold too long: the customer hangs up (the scenario's hold timer goes to "perdue").
    accepted(s, cmd({ type: 'call.hold' }), T0 + 9000);
    expect(sessionDeadline(s)).toBe(T0 + 9000 + 60_000);
    advanceSession(s, T0 + 80_000);
    expect(s.call).toMatchObject({ phase: 'wrap-up', endedAt: T0 + 69_000, wrapUpEndsAt: T0 + 69_000 + WRAP_UP_MS });
    expect(candidateView(s, T0 + 80_000)).toMatchObject({ phase: 'wrap-up', ending: { id: 'perdue', outcome: 'customer-lost' }, options: [], onHold: false });
    refused(s, cmd({ type: 'dialogue.choose', option: 'charte' }), T0 + 80_000, 'call.over');
    refused(s, cmd({ type: 'call.hangUp' }), T0 + 80_000, 'call.over');
    // The call note is still accepted during the wrap-up.
    const note = serveCrmRequest(s, { method: 'POST', path: '/notes', query: {}, body: { customerId: 'C-1', author: 'Julie', direction: 'inbound', text: 'Cliente perdue en attente.' } }, new Date(T0 + 90_000));
    expect(note.status).toBe(201);
    expect(sessionDeadline(s)).toBe(T0 + 69_000 + WRAP_UP_MS);
    expect(advanceSession(s, T0 + 69_000 + WRAP_UP_MS)).toBe(true);
    expect(s.call.phase).toBe('ended');
    expect(sessionDeadline(s)).toBeNull();
  });

  it('ends on a hang-up and a finished wrap-up', () => {
    const s = createPracticeSession('in-8', mini, new Date(T0), { mode: 'exam' });
    accepted(s, cmd({ type: 'call.answer' }), T0);
    accepted(s, cmd({ type: 'call.transfer', service: 'transport' }), T0 + 4000);
    expect(s.call).toMatchObject({ phase: 'wrap-up', endedAt: T0 + 4000 });
    expect(candidateView(s, T0 + 4000).ending).toEqual({ id: 'transferee', outcome: 'transferred' });
    accepted(s, cmd({ type: 'wrapUp.finish' }), T0 + 30_000);
    expect(s.call.phase).toBe('ended');
    refused(s, cmd({ type: 'wrapUp.finish' }), T0 + 31_000, 'wrapUp.notNow');
  });
});

describe('applyCallCommand, outbound', () => {
  it('prepares, records a wrong number without calling anyone, then dials and records the law\'s breaches', () => {
    const s = createPracticeSession('out-1', outbound, new Date(T0), { mode: 'exam' });
    expect(s.call.phase).toBe('preparing');
    expect(candidateView(s, T0)).toMatchObject({ canDial: true, displayedNumber: '01 84 60 12 34', ringingSince: null });
    refused(s, cmd({ type: 'call.answer' }), T0, 'call.notRinging');
    refused(s, cmd({ type: 'call.hold' }), T0, 'call.notConnected');
    refused(s, cmd({ type: 'voice.speechStart', agoMs: 0 }), T0, 'call.notConnected');
    refused(s, cmd({ type: 'call.dial', number: '12' }), T0, 'dial.invalidNumber');

    accepted(s, cmd({ type: 'call.dial', number: '06 98 76 54 33' }), T0 + 1000);
    expect(s.call.phase).toBe('preparing');
    expect(s.run.log).toEqual([]);
    accepted(s, cmd({ type: 'call.dial', number: '+33 6 98 76 54 32' }), T0 + 2000);
    expect(s.call).toMatchObject({ phase: 'connected', connectedAt: T0 + 2000 });
    expect(s.call.dialAttempts).toEqual([
      { number: '06 98 76 54 33', at: T0 + 1000, result: 'wrong-number' },
      { number: '06 98 76 54 32', at: T0 + 2000, result: 'connected' },
    ]);
    expect(s.run.log.map((e) => e.event.type)).toEqual(['candidate.dial']);
    expect(s.run.snapshot.context.evidence.some((e) => e.source.kind === 'law' && e.blocker)).toBe(true);
    expect(s.run.snapshot.context.step).toBe('client-derange');
    refused(s, cmd({ type: 'call.dial', number: '06 98 76 54 32' }), T0 + 3000, 'dial.notNow');
    expect(candidateView(s, T0 + 3000)).toMatchObject({ canDial: false, transcript: [{ by: 'customer', at: T0 + 2000 }] });
  });

  it('lets the candidate decide not to call: the pre-dial options end the call without dialling', () => {
    const s = createPracticeSession('out-2', outbound, new Date(T0), { mode: 'exam' });
    accepted(s, cmd({ type: 'dialogue.choose', option: '1' }), T0 + 5000);
    expect(s.call).toMatchObject({ phase: 'wrap-up', connectedAt: null, endedAt: T0 + 5000, dialAttempts: [] });
    expect(candidateView(s, T0 + 5000).ending).toEqual({ id: 'appel-reporte', outcome: 'call-not-allowed' });
  });

  it('warns before dialling in guided practice only', () => {
    const guided = candidateView(createPracticeSession('out-3', outbound, new Date(T0)), T0);
    expect(guided.dialWarnings?.length).toBeGreaterThan(0);
    expect(guided.dialWarnings![0]!.fr).toMatch(/13 h 05|13:05|horaire/i);
    expect(candidateView(createPracticeSession('out-4', outbound, new Date(T0), { mode: 'exam' }), T0).dialWarnings).toBeUndefined();
  });
});
