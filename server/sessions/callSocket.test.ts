import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateView, CommandAck, JoinAck } from '../../shared/protocol/callProtocol';
import { callSocketEvents } from '../../shared/protocol/callProtocol';
import type { Scenario } from '../../shared/scenario/scenarioSchema';
import { createApp } from '../createApp';
import { loadScenarioLibrary } from '../scenarios/loadScenarioLibrary';
import { tempDataFile } from '../../tests/support/tempDataFile';

const library = await loadScenarioLibrary(['scenarios', 'tests/fixtures/scenarios']);
const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
const byId = (id: string) => scenarios.find((s) => s.id === id)!;
const mini = byId('mini');
// The mini call with a silence timer short enough to wait for.
const quick: Scenario = { ...mini, id: 'mini-rapide', timers: { ...mini.timers, silence: { after: '300 ms', customer: 'Allô ? Vous êtes toujours là ?', evidence: ['-RCD-21'] } } };

// The scripted candidates below send faster than a person: the rate limit has its own test.
const app = createApp({ dataFile: tempDataFile(), clientDir: 'dist/client', scenarios: [...scenarios, quick], callSocket: { rateLimit: { burst: 10_000, perSecond: 10_000 } } });
let base = '';
beforeAll(async () => {
  base = (await app.listen(0)).url;
});
afterAll(() => app.close());

let counter = 0;
const newId = () => `cmd-${Date.now().toString(36)}-${++counter}`;

async function http(method: string, path: string, body?: unknown, origin = base) {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function newSession(scenarioId: string, mode?: 'guided' | 'exam', origin = base): Promise<string> {
  const created = await http('POST', '/api/sessions', { scenarioId, ...(mode ? { mode } : {}) }, origin);
  expect(created.status).toBe(201);
  expect(created.body.mode).toBe(mode ?? 'guided');
  return created.body.id as string;
}

/** A candidate's browser: every payload it receives (events and acks) is recorded. */
async function candidate(origin = base) {
  const socket: Socket = connectSocket(origin, { transports: ['websocket'], forceNew: true });
  const received: unknown[] = [];
  const views: CandidateView[] = [];
  const waiters: { test: (v: CandidateView) => boolean; resolve: (v: CandidateView) => void }[] = [];
  socket.onAny((event: string, ...args: unknown[]) => {
    received.push({ event, args });
    if (event !== callSocketEvents.view) return;
    const view = args[0] as CandidateView;
    views.push(view);
    for (const waiter of waiters.splice(0)) {
      if (waiter.test(view)) waiter.resolve(view);
      else waiters.push(waiter);
    }
  });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const emit = async <T>(event: string, payload: unknown): Promise<T> => {
    const ack = (await socket.timeout(3000).emitWithAck(event, payload)) as T;
    received.push({ ack });
    return ack;
  };
  return {
    socket,
    received,
    views,
    join: (sessionId: unknown) => emit<JoinAck>(callSocketEvents.join, { sessionId }),
    raw: (payload: unknown) => emit<CommandAck>(callSocketEvents.command, payload),
    send: (command: Record<string, unknown>) => emit<CommandAck>(callSocketEvents.command, { id: newId(), ...command }),
    /** The first broadcast view, from now on, that passes the test. */
    nextView: (test: (v: CandidateView) => boolean, ms = 3000) =>
      new Promise<CandidateView>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no such view')), ms);
        waiters.push({ test, resolve: (v) => (clearTimeout(timer), resolve(v)) });
      }),
    close: () => socket.disconnect(),
  };
}
type Candidate = Awaited<ReturnType<typeof candidate>>;

const joined = async (c: Candidate, sessionId: string): Promise<CandidateView> => {
  const ack = await c.join(sessionId);
  if (!ack.ok) throw new Error(ack.error.code);
  return ack.view;
};
const withoutClock = (view: CandidateView) => ({ ...view, serverNow: 0 });

describe('the practice call over socket.io', () => {
  it('joins a session and plays an inbound call to its ending, views broadcast to the room after each change', async () => {
    const id = await newSession('mini', 'exam');
    const c = await candidate();
    const other = await candidate();
    expect(await c.join(42)).toMatchObject({ ok: false, error: { code: 'command.invalid' } });
    expect(await c.join('no-such-session')).toMatchObject({ ok: false, error: { code: 'session.unknown' } });
    expect(await c.send({ type: 'call.answer' })).toMatchObject({ ok: false, error: { code: 'session.notJoined' } });
    expect(await joined(c, id)).toMatchObject({ phase: 'ringing', mode: 'exam', transcript: [] });
    await joined(other, id);

    const connected = other.nextView((v) => v.phase === 'connected');
    expect(await c.send({ type: 'call.answer' })).toEqual({ ok: true, seq: 1, duplicate: false });
    expect((await connected).transcript.map((l) => l.text.fr)).toEqual(['Bonjour, ma commande n\'est pas arrivée.']);
    expect(await c.send({ type: 'dialogue.choose', option: 'charte' })).toMatchObject({ ok: true, seq: 2 });

    // A CRM request over REST moves the scenario (the customer reacts), and the room hears of it.
    const reacted = c.nextView((v) => v.transcript.some((l) => l.text.fr === 'Vous la trouvez ?'));
    expect((await http('GET', `/api/sessions/${id}/crm/orders/CMD-1`)).status).toBe(200);
    await reacted;

    await c.send({ type: 'dialogue.choose', option: 'annonce' });
    const wrapUp = other.nextView((v) => v.phase === 'wrap-up');
    expect(await c.send({ type: 'call.hangUp' })).toMatchObject({ ok: true, seq: 4 });
    const view = await wrapUp;
    expect(view).toMatchObject({ ending: { id: 'resolue', outcome: 'issue-resolved' }, options: [] });
    expect(view.wrapUpEndsAt! - view.endedAt!).toBe(120_000);
    const ended = c.nextView((v) => v.phase === 'ended');
    await c.send({ type: 'wrapUp.finish' });
    await ended;
    expect((await http('GET', `/api/sessions/${id}`)).body).toMatchObject({ mode: 'exam', phase: 'ended' });
    c.close();
    other.close();
  });

  it('acks a retry as a duplicate of the first, refuses bad payloads, and neither changes anything', async () => {
    const id = await newSession('mini');
    const c = await candidate();
    await joined(c, id);
    const answer = { id: newId(), type: 'call.answer' };
    expect(await c.raw(answer)).toEqual({ ok: true, seq: 1, duplicate: false });
    const before = withoutClock(await joined(c, id));
    const viewsBefore = c.views.length;

    expect(await c.raw(answer)).toEqual({ ok: true, seq: 1, duplicate: true });
    for (const bad of [
      { type: 'call.answer' },
      { id: 'short', type: 'call.hold' },
      { id: newId(), type: 'call.hold', extra: true },
      { id: newId(), type: 'call.explode' },
      { id: newId(), type: 'voice.speechStart', agoMs: -5 },
      'call.hold',
      null,
    ]) {
      expect(await c.raw(bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'command.invalid', message: { fr: expect.any(String), en: expect.any(String) } } });
    }
    expect(await c.send({ type: 'dialogue.choose', option: 'x'.repeat(3000) })).toMatchObject({ ok: false, error: { code: 'command.tooLarge' } });
    expect(await c.send({ type: 'dialogue.choose', option: 'nope' })).toMatchObject({ ok: false, error: { code: 'option.unknown' } });

    expect(withoutClock(await joined(c, id))).toEqual(before);
    expect(c.views.length).toBe(viewsBefore); // nothing was broadcast either
    c.close();
  });

  it('fires the scenario\'s timers on the server: the customer\'s line arrives in a broadcast view', async () => {
    const id = await newSession('mini-rapide', 'exam');
    const c = await candidate();
    await joined(c, id);
    const silence = c.nextView((v) => v.transcript.some((l) => l.text.fr === 'Allô ? Vous êtes toujours là ?'));
    const started = performance.now();
    await c.send({ type: 'call.answer' });
    const view = await silence;
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(280);
    expect(waited).toBeLessThan(2000);
    const line = view.transcript.at(-1)!;
    expect(line.at - view.connectedAt!).toBe(300);
    c.close();
  });

  it('limits how fast one socket may send commands', async () => {
    const limited = createApp({ dataFile: tempDataFile(), clientDir: 'dist/client', scenarios: [mini], callSocket: { rateLimit: { burst: 3, perSecond: 0.5 } } });
    const origin = (await limited.listen(0)).url;
    try {
      const id = await newSession('mini', 'exam', origin);
      const c = await candidate(origin);
      await joined(c, id);
      const acks = [];
      for (let i = 0; i < 5; i += 1) acks.push(await c.send({ type: 'call.hold' }));
      expect(acks.map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['call.ringing', 'call.ringing', 'call.ringing', 'command.rateLimited', 'command.rateLimited']);
      c.close();
    } finally {
      await limited.close();
    }
  });
});

/** Short pieces of a text (sentences, clauses), long enough to be telling if they leaked. */
function fragments(text: unknown): string[] {
  const texts = typeof text === 'string' ? [text] : text && typeof text === 'object' ? Object.values(text as Record<string, unknown>).map(String) : [];
  return texts.flatMap((t) => t.split(/[\n.;:!?…«»()]/).map((f) => f.trim().replace(/\s+/g, ' '))).filter((f) => f.length >= 20);
}

/** Everything the candidate must never receive, read from the scenario itself. */
function secretsOf(scenario: Scenario) {
  const evidenceNotes: unknown[] = [];
  const requires: string[] = [];
  const collect = (items: unknown[] | undefined) => {
    for (const item of items ?? []) if (typeof item === 'object' && item && 'note' in item) evidenceNotes.push(item.note);
  };
  collect(scenario.hang_up.evidence);
  for (const transfer of scenario.transfers ?? []) collect(transfer.evidence);
  for (const timer of Object.values(scenario.timers ?? {})) if (timer) collect(timer.evidence);
  for (const ending of Object.values(scenario.endings)) collect(ending.evidence);
  for (const step of Object.values(scenario.steps)) {
    for (const option of step.options ?? []) {
      collect(option.evidence);
      collect(option.otherwise?.evidence);
      requires.push(...(option.requires ?? []));
    }
    for (const reaction of step.crm ?? []) collect(reaction.evidence);
    for (const event of step.customer_events ?? []) collect(event.evidence);
    for (const timer of Object.values(step.timers ?? {})) if (timer) collect(timer.evidence);
    collect(step.dial?.evidence);
    collect(step.dial?.if_forbidden?.evidence);
    collect(step.hang_up?.evidence);
  }
  const texts = [
    scenario.examiner_notes,
    scenario.customer.situation,
    scenario.customer.mood,
    ...Object.values(scenario.steps).map((s) => s.note),
    ...Object.values(scenario.endings).map((e) => e.summary),
    ...evidenceNotes,
  ];
  return { fragments: texts.flatMap(fragments), requires };
}

/**
 * Plays a scenario through the socket as a candidate would, varying the path with `strategy`:
 * CRM look-ups, hold, mute, voice, wrong and right numbers, options in different orders, a
 * transfer or a hang-up when nothing else is accepted, then the wrap-up.
 */
async function play(scenario: Scenario, mode: 'guided' | 'exam', strategy: number) {
  const id = await newSession(scenario.id, mode);
  const c = await candidate();
  let view = await joined(c, id);
  const refresh = async () => (view = await joined(c, id));
  await http('GET', `/api/sessions/${id}/crm/customers?q=${encodeURIComponent(scenario.customer.phone)}`);
  if (strategy !== 1 && scenario.customer.record) await http('GET', `/api/sessions/${id}/crm/customers/${scenario.customer.record}`);

  for (let turn = 0; turn < 30 && view.phase !== 'ended'; turn += 1) {
    if (view.phase === 'ringing') await c.send({ type: 'call.answer' });
    else if (view.phase === 'wrap-up') await c.send({ type: 'wrapUp.finish' });
    else if (view.phase === 'preparing' && view.canDial && strategy % 2 === 0) {
      await c.send({ type: 'call.dial', number: '06 00 00 00 01' });
      await c.send({ type: 'call.dial', number: scenario.customer.phone });
    } else {
      if (view.phase === 'connected' && turn === 1) {
        await c.send({ type: 'call.hold' });
        await c.send({ type: 'call.resume' });
        await c.send({ type: 'call.mute' });
        await c.send({ type: 'voice.speechStart', agoMs: 100 });
        await c.send({ type: 'call.unmute' });
        await c.send({ type: 'voice.speechEnd', agoMs: 50 });
        await c.send({ type: 'voice.speechStart', agoMs: 0 });
        await c.send({ type: 'voice.speechEnd', agoMs: 0 });
      }
      const options = view.options;
      let chosen = false;
      for (let k = 0; k < options.length && !chosen && turn <= 15; k += 1) {
        const option = options[(k + strategy) % options.length]!;
        chosen = (await c.send({ type: 'dialogue.choose', option: option.id })).ok;
      }
      // A path may loop (a customer who argues back): after a while the candidate hangs up.
      if (!chosen || turn > 15) {
        if (strategy === 2 && view.transfers.length && view.phase === 'connected') await c.send({ type: 'call.transfer', service: view.transfers[0] });
        else await c.send({ type: 'call.hangUp' });
      }
    }
    await refresh();
  }
  expect(view.phase).toBe('ended');
  c.close();
  return { received: c.received, ending: view.ending!.id };
}

describe('the candidate never receives what only the examiner may see', () => {
  for (const scenarioId of ['colis-en-retard', 'appel-non-autorise']) {
    it(`plays ${scenarioId} through the socket, in both modes and along several paths, and finds no secret in any payload`, async () => {
      const scenario = byId(scenarioId);
      const secrets = secretsOf(scenario);
      const optionIds = new Set(Object.values(scenario.steps).flatMap((s) => (s.options ?? []).map((o, i) => o.id ?? String(i + 1))));
      const places = [...Object.keys(scenario.steps), ...Object.keys(scenario.endings)];
      // Step and ending ids must be told apart from the option ids the candidate does get.
      expect(places.filter((p) => optionIds.has(p))).toEqual([]);
      expect(secrets.fragments.length).toBeGreaterThan(10);

      const endings = new Set<string>();
      for (const mode of ['guided', 'exam'] as const) {
        for (const strategy of [0, 1, 2]) {
          const { received, ending } = await play(scenario, mode, strategy);
          endings.add(ending);
          const payloads = JSON.stringify(received);
          expect(received.length).toBeGreaterThan(5);
          expect(payloads).toContain('"event":"session:view"');
          expect(payloads).not.toMatch(/\b(RCD|ADM|ORG)-\d/);
          expect(payloads).not.toMatch(/"(goto|evidence|requires|examiner_notes|note|notes|situation|mood|competency|blocker|weight|score|summary|facts)"/);
          for (const fragment of secrets.fragments) expect(payloads, `${mode}/${strategy}`).not.toContain(fragment);
          for (const fact of secrets.requires) expect(payloads).not.toContain(fact);
          for (const place of places) if (place !== ending) expect(payloads, `${mode}/${strategy}`).not.toContain(`"${place}"`);
        }
      }
      // The paths differ: more than one ending was reached.
      expect(endings.size).toBeGreaterThan(1);
    }, 60_000);
  }
});
