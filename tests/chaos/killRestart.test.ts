import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEventStore } from '../../server/store/createEventStore';

const child = fileURLToPath(new URL('./appendUntilKilled.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'plateau-chaos-'));
const file = join(dir, 'events.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Ack = { sessionId: string; sessionSeq: number; clientEventId: string };

/** Runs the appending child until it has acked at least `minAcks`, a little more, then SIGKILLs it. */
function runAndKill(round: number, minAcks: number): Promise<{ acks: Ack[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let pending = '';
    let stderr = '';
    let killing = false;
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const [sessionId, seq, clientEventId] = line.split(' ');
        acks.push({ sessionId: sessionId!, sessionSeq: Number(seq), clientEventId: clientEventId! });
      }
      if (!killing && acks.length >= minAcks) {
        killing = true;
        // Kill at a moment the child does not choose: somewhere in the next few group commits.
        setTimeout(() => proc.kill('SIGKILL'), Math.floor(Math.random() * 20));
      }
    });
    proc.on('error', reject);
    // 'close' comes once the child is dead and its stdout drained: lines read after the kill was
    // sent were written before the child died, so they are acks too.
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (code ${code}): ${stderr}`));
      else resolve({ acks, signal });
    });
  });
}

describe('a store process killed with SIGKILL', () => {
  it('loses no acked event and duplicates none, over three kill-restart rounds', async () => {
    const allAcks: Ack[] = [];
    for (let round = 1; round <= 3; round += 1) {
      const { acks, signal } = await runAndKill(round, 400);
      expect(signal).toBe('SIGKILL');
      expect(acks.length).toBeGreaterThanOrEqual(400);
      allAcks.push(...acks);

      const store = createEventStore({ file });
      try {
        const stored = new Map<string, { sessionId: string; sessionSeq: number }>();
        for (const session of store.listSessions()) {
          const events = store.readSession(session.id);
          // Gapless and in order: 1, 2, 3… and the session's last seq agrees.
          expect(events.map((e) => e.sessionSeq)).toEqual(events.map((_, i) => i + 1));
          expect(session.lastSeq).toBe(events.length);
          for (const event of events) {
            expect(stored.has(event.clientEventId!), `${event.clientEventId} stored twice`).toBe(false);
            stored.set(event.clientEventId!, { sessionId: event.sessionId, sessionSeq: event.sessionSeq });
          }
        }
        const missing = allAcks.filter((ack) => {
          const found = stored.get(ack.clientEventId);
          return !found || found.sessionId !== ack.sessionId || found.sessionSeq !== ack.sessionSeq;
        });
        expect(missing).toEqual([]);
        // A client retrying its acked commands after the restart changes nothing.
        const retries = await Promise.all(
          acks.slice(-50).map((ack) => store.append({ sessionId: ack.sessionId, clientEventId: ack.clientEventId, type: 'dialogue.choose', payload: {}, role: 'candidate' })),
        );
        expect(retries.every((r) => r.duplicate)).toBe(true);
        expect(store.listSessions().reduce((n, s) => n + s.lastSeq, 0)).toBe(stored.size);
      } finally {
        await store.close();
      }
    }
  }, 60_000);
});
