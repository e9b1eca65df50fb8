import type { CallCommand } from '../../../shared/protocol/callProtocol';

/** A command waiting for the server's ack, with the wall-clock time it was first queued. */
export interface OutboxEntry {
  command: CallCommand;
  queuedAt: number;
}

/** The protocol's bound on `agoMs`: an older voice event can no longer be sent. */
export const maxVoiceAgoMs = 10_000;

const idPattern = /^[A-Za-z0-9_-]{8,64}$/;

/** Where a session's unacknowledged commands are kept, so that a reload sends them again. */
export function outboxStorageKey(sessionId: string): string {
  return `plateau.callOutbox.${sessionId}`;
}

/** The entries stored for the session; anything unreadable is dropped (the server has the truth). */
export function readOutbox(storage: Pick<Storage, 'getItem'>, sessionId: string): OutboxEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(outboxStorageKey(sessionId)) ?? '[]');
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
}

/** Stores the entries (or forgets the key when there is none); a full or blocked storage is ignored. */
export function writeOutbox(storage: Pick<Storage, 'setItem' | 'removeItem'>, sessionId: string, entries: readonly OutboxEntry[]): void {
  try {
    if (entries.length === 0) storage.removeItem(outboxStorageKey(sessionId));
    else storage.setItem(outboxStorageKey(sessionId), JSON.stringify(entries));
  } catch {
    // Private browsing or a full quota: the outbox still works for this page's lifetime.
  }
}

export function enqueue(entries: readonly OutboxEntry[], command: CallCommand, now: number): OutboxEntry[] {
  if (entries.some((entry) => entry.command.id === command.id)) return [...entries];
  return [...entries, { command, queuedAt: now }];
}

/** Without the entry whose command has this id (acked, or refused for good). */
export function settle(entries: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return entries.filter((entry) => entry.command.id !== id);
}

/**
 * The command as it must be sent at `now`: a voice event's `agoMs` counts from the moment it was
 * heard, so the time spent waiting in the outbox is added. `null` when that exceeds what the
 * protocol accepts: the event is too old to place on the server's clock and is dropped.
 */
export function commandToSend(entry: OutboxEntry, now: number): CallCommand | null {
  const { command } = entry;
  if (command.type !== 'voice.speechStart' && command.type !== 'voice.speechEnd') return command;
  const agoMs = command.agoMs + Math.max(0, Math.round(now - entry.queuedAt));
  return agoMs > maxVoiceAgoMs ? null : { ...command, agoMs };
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { command, queuedAt } = value as Partial<OutboxEntry>;
  return (
    typeof queuedAt === 'number' &&
    typeof command === 'object' &&
    command !== null &&
    typeof command.type === 'string' &&
    typeof command.id === 'string' &&
    idPattern.test(command.id)
  );
}
