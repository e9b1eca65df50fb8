import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventStore } from './createEventStore';
import type { EventStore, EventStoreOptions, NewEvent } from './createEventStore';
import { eventStoreMigrations } from './eventStoreMigrations';

let dir = '';
let file = '';
const open: EventStore[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plateau-store-'));
  file = join(dir, 'events.sqlite');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  rmSync(dir, { recursive: true, force: true });
});

function openStore(options: Partial<EventStoreOptions> = {}): EventStore {
  const store = createEventStore({ file, ...options });
  open.push(store);
  return store;
}

const command = (sessionId: string, n: number, extra: Partial<NewEvent> = {}): NewEvent => ({
  sessionId,
  clientEventId: `evt-${sessionId}-${n}`,
  type: 'dialogue.choose',
  payload: { option: `o${n}` },
  role: 'candidate',
  ...extra,
});

describe('the event store', () => {
  it('writes with synchronous=FULL in WAL mode, or NORMAL only when asked', async () => {
    const store = openStore();
    expect(await store.settings()).toEqual({ journalMode: 'wal', synchronous: 2, userVersion: eventStoreMigrations.length });
    await store.close();
    expect(await openStore({ durability: 'normal' }).settings()).toMatchObject({ journalMode: 'wal', synchronous: 1 });
  });

  it('keeps each session in order, with gapless session seqs and a global seq', async () => {
    const store = openStore();
    const results = await Promise.all([
      store.append(command('s1', 1)),
      store.append(command('s2', 1)),
      store.append(command('s1', 2)),
      store.append({ sessionId: 's1', type: 'timer.expired', payload: { timer: 'wrapUp' }, role: 'server' }),
    ]);
    expect(results.map((r) => [r.event.sessionId, r.event.sessionSeq])).toEqual([['s1', 1], ['s2', 1], ['s1', 2], ['s1', 3]]);
    const globals = results.map((r) => r.event.seq);
    expect(globals).toEqual([...globals].sort((a, b) => a - b));
    expect(new Set(globals).size).toBe(4);

    const s1 = store.readSession('s1');
    expect(s1.map((e) => [e.sessionSeq, e.type, e.clientEventId])).toEqual([
      [1, 'dialogue.choose', 'evt-s1-1'],
      [2, 'dialogue.choose', 'evt-s1-2'],
      [3, 'timer.expired', null],
    ]);
    expect(s1[0]).toMatchObject({ payload: { option: 'o1' }, role: 'candidate', author: null });
    expect(store.readSession('s1', 2).map((e) => e.sessionSeq)).toEqual([3]);
    expect(store.readSession('nobody')).toEqual([]);
  });

  it('returns the original entry for a client event id already stored, and changes nothing', async () => {
    const store = openStore();
    const first = await store.append(command('s1', 1));
    await store.append(command('s1', 2));
    const retry = await store.append(command('s1', 1, { payload: { option: 'different' } }));
    expect(retry).toEqual({ event: first.event, duplicate: true });
    // The same id twice in one group commit: the second is the duplicate of the first.
    const [a, b] = await Promise.all([store.append(command('s1', 3)), store.append(command('s1', 3))]);
    expect([a.duplicate, b.duplicate]).toEqual([false, true]);
    expect(b.event).toEqual(a.event);
    // The same id in another session is another event.
    expect((await store.append(command('s2', 1, { clientEventId: 'evt-s1-1' }))).duplicate).toBe(false);
    expect(store.readSession('s1').map((e) => e.clientEventId)).toEqual(['evt-s1-1', 'evt-s1-2', 'evt-s1-3']);
    expect(store.listSessions().find((s) => s.id === 's1')?.lastSeq).toBe(3);
  });

  it('writes concurrent appends in one transaction and resolves none before it is committed', async () => {
    const commits: { events: number; resolvedBefore: number }[] = [];
    let resolved = 0;
    const store = openStore({ onCommit: ({ events }) => commits.push({ events, resolvedBefore: resolved }) });
    const reader = new Database(file, { readonly: true });
    try {
      const committedCount = () => (reader.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
      const seenAtResolve: number[] = [];
      const appends = Array.from({ length: 50 }, (_, i) =>
        store.append(command(`s${i % 5}`, i)).then((result) => {
          seenAtResolve.push(committedCount());
          resolved += 1;
          return result;
        }),
      );
      const results = await Promise.all(appends);
      // One transaction of 50, committed before any append resolved; and every promise saw all 50
      // in the file through another connection, which reads only committed data.
      expect(commits).toEqual([{ events: 50, resolvedBefore: 0 }]);
      expect(seenAtResolve).toEqual(Array(50).fill(50));
      expect(results.every((r) => !r.duplicate)).toBe(true);
    } finally {
      reader.close();
    }
  });

  it('queues the appends that arrive during a commit for the next one', async () => {
    const commits: number[] = [];
    const store = openStore({ onCommit: ({ events }) => commits.push(events) });
    const first = Array.from({ length: 10 }, (_, i) => store.append(command('s1', i)));
    await new Promise((resolve) => setImmediate(resolve)); // the first group is now being committed
    const second = Array.from({ length: 10 }, (_, i) => store.append(command('s1', 10 + i)));
    const seqs = (await Promise.all([...first, ...second])).map((r) => r.event.sessionSeq);
    expect(commits).toEqual([10, 10]);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('finds everything again after a reopen, and carries the seqs on', async () => {
    const first = openStore();
    await Promise.all([1, 2, 3].map((n) => first.append(command('s1', n))));
    const queued = first.append(command('s1', 4));
    await first.close(); // flushes what is queued
    expect((await queued).event.sessionSeq).toBe(4);
    await expect(first.append(command('s1', 5))).rejects.toThrow(/closed/);

    const second = openStore();
    expect(second.readSession('s1').map((e) => e.sessionSeq)).toEqual([1, 2, 3, 4]);
    expect((await second.append(command('s1', 5))).event.sessionSeq).toBe(5);
    expect((await second.append(command('s1', 2))).duplicate).toBe(true);
  });

  it('purges the sessions whose last event is older than the age given, and only them', async () => {
    let clock = Date.UTC(2026, 0, 1);
    const store = openStore({ now: () => clock });
    const day = 24 * 3600 * 1000;
    await store.describeSession({ id: 'old-exam', kind: 'exam', scenarioIds: ['litige-facture', 'colis-en-retard'] });
    await store.append(command('old-exam', 1));
    await store.append(command('old-practice', 1));
    clock += 200 * day;
    await store.append(command('old-practice', 2)); // still active: kept whole
    clock += 200 * day;
    await store.append(command('recent', 1));
    expect(store.listSessions().find((s) => s.id === 'old-exam')).toMatchObject({ kind: 'exam', scenarioIds: ['litige-facture', 'colis-en-retard'], lastSeq: 1 });

    expect(await store.deleteSessionsOlderThan(365 * day)).toEqual({ sessions: 1, events: 1 });
    expect(store.listSessions().map((s) => s.id).sort()).toEqual(['old-practice', 'recent']);
    expect(store.readSession('old-exam')).toEqual([]);
    expect(store.readSession('old-practice')).toHaveLength(2);
    // A purged id starts again from 1 if it is ever used again.
    expect((await store.append(command('old-exam', 9))).event.sessionSeq).toBe(1);
  });

  it('refuses malformed events without touching the queue', async () => {
    const store = openStore();
    await expect(store.append({ ...command('s1', 1), sessionId: '' })).rejects.toThrow(/sessionId/);
    await expect(store.append({ ...command('s1', 1), payload: undefined })).rejects.toThrow(/JSON/);
    await expect(store.append({ ...command('s1', 1), clientEventId: '' })).rejects.toThrow(/clientEventId/);
    expect((await store.append(command('s1', 1))).event.sessionSeq).toBe(1);
  });
});
