import { afterAll, describe, expect, it } from 'vitest';
import type { CallCommand } from '../../shared/protocol/callProtocol';
import { advanceSession } from '../../shared/session/applyCallCommand';
import { candidateView } from '../../shared/session/candidateView';
import type { PracticeSession } from '../../shared/session/practiceSession';
import { WRAP_UP_MS } from '../../shared/session/practiceSession';
import { replaySession } from '../../shared/session/replaySession';
import { tempDataFile } from '../../tests/support/tempDataFile';
import { loadScenarioLibrary } from '../scenarios/loadScenarioLibrary';
import type { EventStore, StoredEvent } from '../store/createEventStore';
import { createEventStore } from '../store/createEventStore';
import { createSessionRegistry } from './createSessionRegistry';

const library = await loadScenarioLibrary(['tests/fixtures/scenarios']);
const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
const mini = scenarios.find((s) => s.id === 'mini')!;
const T0 = Date.parse('2026-03-10T10:00:00+01:00');
const stores: EventStore[] = [];
afterAll(() => Promise.all(stores.map((store) => store.close())));

function openStore(file: string): EventStore {
  const store = createEventStore({ file, groupCommitMs: 0 });
  stores.push(store);
  return store;
}

/** Everything a session is, as plain data: what the debrief, the console and the candidate read. */
function stateOf(session: PracticeSession, at: number) {
  const { run, scenario: _scenario, ...rest } = session;
  return JSON.parse(
    JSON.stringify({
      ...rest,
      runLog: run.log,
      deadlines: run.deadlines,
      value: run.snapshot.value,
      context: run.snapshot.context,
      done: run.done,
      view: candidateView(session, at),
    }),
  ) as unknown;
}

let n = 0;
const cmd = (command: Record<string, unknown>) => ({ id: `reg-${++n}-${T0.toString(36)}`, ...command }) as CallCommand;

describe('the session registry on the durable store', () => {
  const file = tempDataFile();

  it('plays a session live (commands, CRM requests, the customer, timers between them) and its stored events replay to the same state at every step', async () => {
    const store = openStore(file);
    let clock = T0;
    const registry = createSessionRegistry({ scenarios, store, now: () => new Date(clock) });
    const committed: StoredEvent[] = [];
    const liveStates: unknown[] = [];
    registry.onEvent((event, session) => {
      // Called after the commit: the store already holds the event.
      expect(store.readSession(event.sessionId).at(-1)).toEqual(event);
      committed.push(event);
      liveStates.push(stateOf(session, event.at));
    });

    const session = (await registry.create('mini', { mode: 'exam', kind: 'exam', examId: 'exam-1', timeFactor: 1.5 }))!;
    expect(session).toMatchObject({ mode: 'exam', kind: 'exam', examId: 'exam-1', timeFactor: 1.5 });
    expect(store.readSession(session.id)).toMatchObject([{ type: 'session.created', at: T0, role: 'server', payload: { scenarioId: 'mini', mode: 'exam', kind: 'exam', examId: 'exam-1', timeFactor: 1.5 } }]);
    expect(store.listSessions().find((s) => s.id === session.id)).toMatchObject({ kind: 'exam', scenarioIds: ['mini'] });
    const id = session.id;
    /** As the call socket's timer does: time passes, due timers fire, nothing is stored. */
    const tick = (at: number) => {
      clock = at;
      advanceSession(session, at);
    };

    const answer = cmd({ type: 'call.answer' });
    const answered = registry.command(id, answer, T0 + 3000);
    expect(store.readSession(id)).toHaveLength(1); // applied in memory, not yet committed…
    expect(await answered).toEqual({ ok: true, seq: 1, duplicate: false });
    expect(store.readSession(id).at(-1)).toMatchObject({ type: 'call.command', clientEventId: answer.id, role: 'candidate', at: T0 + 3000 }); // …acked once it is
    expect(await registry.command(id, answer, T0 + 3500)).toEqual({ ok: true, seq: 1, duplicate: true });

    tick(T0 + 3000 + 12_500); // the silence timer (8 s × 1.5) fires: "Allô ?"
    expect(session.run.log.at(-1)).toMatchObject({ event: { type: 'timer.silenceElapsed' }, at: T0 + 15_000 });
    expect(await registry.command(id, cmd({ type: 'dialogue.choose', option: 'charte' }), T0 + 16_000)).toMatchObject({ ok: true, seq: 2 });
    expect((await registry.crm(id, { method: 'GET', path: '/orders/CMD-1', query: {} }, T0 + 17_000)).status).toBe(200);
    expect(await registry.command(id, cmd({ type: 'voice.speechStart', agoMs: 200 }), T0 + 18_000)).toMatchObject({ ok: true, seq: 3 });
    expect(await registry.command(id, cmd({ type: 'voice.speechEnd', agoMs: 0 }), T0 + 19_000)).toMatchObject({ ok: true, seq: 4 });
    // A refused command is not stored; nor is a refused customer event.
    const before = store.readSession(id).length;
    expect(await registry.command(id, cmd({ type: 'dialogue.choose', option: 'nope' }), T0 + 19_500)).toMatchObject({ ok: false, error: { code: 'option.unknown' } });
    expect(await registry.trigger(id, 'nope', 'examiner-1', T0 + 19_600)).toMatchObject({ ok: false, error: { code: 'customer.notNow' } });
    expect(store.readSession(id)).toHaveLength(before);

    const trigger = await registry.trigger(id, 'colere', 'examiner-1', T0 + 20_000, 'trigger-0001');
    expect(trigger).toEqual({ ok: true, seq: before + 1, duplicate: false });
    expect(store.readSession(id).at(-1)).toMatchObject({ type: 'customer.trigger', role: 'examiner', author: 'examiner-1', clientEventId: 'trigger-0001', payload: { event: 'colere' } });
    expect(await registry.trigger(id, 'colere', 'examiner-1', T0 + 20_100, 'trigger-0001')).toEqual({ ok: true, seq: before + 1, duplicate: true });
    expect(session.run.snapshot.context.step).toBe('colere');

    tick(T0 + 36_000); // silence again, in the angry step
    await registry.command(id, cmd({ type: 'dialogue.choose', option: '1' }), T0 + 40_000);
    await registry.command(id, cmd({ type: 'call.hold' }), T0 + 41_000);
    await registry.command(id, cmd({ type: 'call.resume' }), T0 + 45_000);
    await registry.crm(id, { method: 'POST', path: '/notes', query: {}, body: { customerId: 'C-1', text: 'Commande CMD-1 expédiée hier.' } }, T0 + 50_000);
    await registry.command(id, cmd({ type: 'dialogue.choose', option: 'annonce' }), T0 + 52_000);
    await registry.command(id, cmd({ type: 'call.hangUp' }), T0 + 55_000);
    expect(session.call.phase).toBe('wrap-up');
    const end = T0 + 55_000 + WRAP_UP_MS + 1;
    tick(end);
    expect(session.call.phase).toBe('ended');

    // The listener heard every event, in the store's order.
    const stored = store.readSession(id);
    expect(committed.map((e) => e.sessionSeq)).toEqual(stored.map((e) => e.sessionSeq));
    expect(stored.map((e) => e.type)).toEqual([
      'session.created',
      ...['call.command', 'call.command', 'crm.request', 'call.command', 'call.command', 'customer.trigger'],
      ...['call.command', 'call.command', 'call.command', 'crm.request', 'call.command', 'call.command'],
    ]);
    // Each prefix of the log replays to the state the live session had when that event was committed…
    for (let k = 1; k <= stored.length; k += 1) {
      expect(stateOf(replaySession(mini, stored.slice(0, k)), stored[k - 1]!.at), `after event ${k}`).toEqual(liveStates[k - 1]);
    }
    // …and the whole log, with time brought to the same moment, to the final state.
    const replayed = replaySession(mini, stored);
    advanceSession(replayed, end);
    expect(stateOf(replayed, end)).toEqual(stateOf(session, end));
    expect(session.run.log.some((e) => e.event.type === 'timer.silenceElapsed')).toBe(true);
    expect(session.actions).toHaveLength(2);
  });

  it('recovers every call session of the store after a restart: same state, retried ids are duplicates, exam logs left alone', async () => {
    const first = openStore(file);
    const registry = createSessionRegistry({ scenarios, store: first, now: () => new Date(T0) });
    const live = (await registry.create('mini', { mode: 'guided' }))!;
    const answer = cmd({ type: 'call.answer' });
    await registry.command(live.id, answer, T0 + 1000);
    await registry.trigger(live.id, 'colere', 'examiner-1', T0 + 1500, 'trigger-0002'); // refused: still in the first step
    await registry.command(live.id, cmd({ type: 'dialogue.choose', option: 'charte' }), T0 + 2000);
    const trigger = await registry.trigger(live.id, 'colere', 'examiner-2', T0 + 3000, 'trigger-0003');
    // An exam's own log lives in the same store: it is not a call session.
    await first.append({ sessionId: 'exam-9', type: 'exam.created', payload: {}, role: 'examiner' });

    const second = openStore(file);
    const restarted = createSessionRegistry({ scenarios, store: second });
    // The previous test's session and this one.
    expect(await restarted.recover()).toBe(2);
    const recovered = restarted.get(live.id)!;
    expect(stateOf(recovered, T0 + 4000)).toEqual(stateOf(live, T0 + 4000));
    expect(restarted.get('exam-9')).toBeUndefined();
    expect(restarted.all()).toHaveLength(2);

    expect(await restarted.command(live.id, answer, T0 + 5000)).toEqual({ ok: true, seq: 1, duplicate: true });
    expect(await restarted.trigger(live.id, 'colere', 'examiner-2', T0 + 5000, 'trigger-0003')).toEqual({ ...trigger, duplicate: true });
    const length = second.readSession(live.id).length;
    expect(await restarted.command(live.id, cmd({ type: 'dialogue.choose', option: '1' }), T0 + 6000)).toMatchObject({ ok: true, seq: 3, duplicate: false });
    expect(second.readSession(live.id)).toHaveLength(length + 1);
    // A session whose scenario has left the library is reported, not fatal.
    const reported: string[] = [];
    const partial = createSessionRegistry({ scenarios: [], store: second, onRecoveryError: (sessionId) => reported.push(sessionId) });
    expect(await partial.recover()).toBe(0);
    expect(reported.sort()).toEqual([...restarted.all().map((s) => s.id)].sort());
  });
});
