import { describe, expect, test } from 'vitest';
import { callCommandSchema } from '../../../shared/protocol/callProtocol';
import { commandToSend, enqueue, outboxStorageKey, readOutbox, settle, writeOutbox, type OutboxEntry } from './callOutbox';
import { newClientEventId } from './newClientEventId';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

const answer = { id: 'aaaaaaaa01', type: 'call.answer' } as const;
const hold = { id: 'bbbbbbbb02', type: 'call.hold' } as const;

describe('call outbox', () => {
  test('a fresh event id is accepted by the protocol, and never repeats', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newClientEventId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(callCommandSchema.safeParse({ id, type: 'call.answer' }).success).toBe(true);
  });

  test('keeps commands in order, once each, until each is settled', () => {
    let entries = enqueue([], answer, 1000);
    entries = enqueue(entries, hold, 1200);
    entries = enqueue(entries, answer, 1300);
    expect(entries).toEqual([
      { command: answer, queuedAt: 1000 },
      { command: hold, queuedAt: 1200 },
    ]);
    expect(settle(entries, answer.id)).toEqual([{ command: hold, queuedAt: 1200 }]);
    expect(settle(entries, 'unknown-id')).toEqual(entries);
  });

  test('survives a reload through storage, per session, and forgets an empty outbox', () => {
    const storage = memoryStorage();
    const entries: OutboxEntry[] = [{ command: answer, queuedAt: 5 }];
    writeOutbox(storage, 's1', entries);
    expect(readOutbox(storage, 's1')).toEqual(entries);
    expect(readOutbox(storage, 's2')).toEqual([]);
    writeOutbox(storage, 's1', []);
    expect(storage.values.has(outboxStorageKey('s1'))).toBe(false);
  });

  test('drops unreadable storage and malformed entries', () => {
    expect(readOutbox(memoryStorage({ [outboxStorageKey('s1')]: '{oops' }), 's1')).toEqual([]);
    const mixed = JSON.stringify([{ command: answer, queuedAt: 1 }, { command: { id: 'short', type: 'call.hold' }, queuedAt: 2 }, null, { command: hold }]);
    expect(readOutbox(memoryStorage({ [outboxStorageKey('s1')]: mixed }), 's1')).toEqual([{ command: answer, queuedAt: 1 }]);
  });

  test('a storage that throws does not break the outbox', () => {
    const throwing = { setItem: () => { throw new Error('quota'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(() => writeOutbox(throwing, 's1', [{ command: answer, queuedAt: 1 }])).not.toThrow();
  });

  test('a voice event sent late counts the wait into agoMs; too late, it is dropped', () => {
    const speech = { id: 'cccccccc03', type: 'voice.speechStart', agoMs: 120 } as const;
    expect(commandToSend({ command: speech, queuedAt: 1000 }, 1000)).toEqual(speech);
    expect(commandToSend({ command: speech, queuedAt: 1000 }, 3500)).toEqual({ ...speech, agoMs: 2620 });
    expect(commandToSend({ command: speech, queuedAt: 1000 }, 1000 + 9880)).toEqual({ ...speech, agoMs: 10_000 });
    expect(commandToSend({ command: speech, queuedAt: 1000 }, 1000 + 9881)).toBeNull();
    // Other commands go as they are, however long they waited.
    expect(commandToSend({ command: hold, queuedAt: 0 }, 60_000)).toBe(hold);
  });
});
