import { io, type Socket } from 'socket.io-client';
import { callSocketEvents } from '../../../shared/protocol/callProtocol';
import type { CallCommand, CommandAck } from '../../../shared/protocol/callProtocol';
import { examinerEvent } from './liveBenchMessages';
import type { ClientCommand, ClientMessage } from './liveBenchMessages';

/**
 * A live bench load generator (IPC child of liveBench.ts): for each session it is given, one
 * candidate socket and two examiner sockets, all in this process so that emit and receipt times
 * come from one clock. Each candidate sends a command every `everyMs` with a fresh client event id:
 * voice.speechStart and voice.speechEnd alternately (the server answered the call beforehand).
 */
const send = (message: ClientMessage) => process.send!(message);
process.on('disconnect', () => process.exit(1)); // never outlive the bench

type Sent = { sessionId: string; at: number; measured: boolean; acks: number; receipts: [number, number] };
type Session = { id: string; candidate: Socket; examiners: [Socket, Socket] };

const sessions: Session[] = [];
const sent = new Map<string, Sent>();
const latencies: number[] = [];
let duplicateAcks = 0;

function connect(url: string, sessionId: string, role: 'candidate' | 'examiner'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { sessionId, role } });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function connectAll(url: string, sessionIds: readonly string[], batch: number): Promise<void> {
  for (let start = 0; start < sessionIds.length; start += batch) {
    const opened = await Promise.all(
      sessionIds.slice(start, start + batch).map(async (id) => {
        const [candidate, a, b] = await Promise.all([connect(url, id, 'candidate'), connect(url, id, 'examiner'), connect(url, id, 'examiner')]);
        return { id, candidate, examiners: [a, b] as [Socket, Socket] };
      }),
    );
    sessions.push(...opened);
  }
  sessions.forEach((session) =>
    session.examiners.forEach((examiner, which) =>
      examiner.on(examinerEvent, (message: { id?: string; clientEventId?: string | null }) => {
        const receivedAt = performance.now();
        // Only this process's commands count: not the store mode's setup (session.created, call.answer).
        const record = sent.get(message.clientEventId ?? message.id ?? '');
        if (!record) return;
        const count = (record.receipts[which as 0 | 1] += 1);
        if (count === 1 && record.measured) latencies.push(receivedAt - record.at);
      }),
    ),
  );
}

function emitFor(warmupMs: number, measureMs: number, everyMs: number): Promise<void> {
  const started = performance.now();
  const timers: NodeJS.Timeout[] = [];
  sessions.forEach((session) => {
    let n = 0;
    const emitOne = () => {
      n += 1;
      // Voice activity, as the softphone reports it: valid all along a connected, unmuted call.
      const command: CallCommand = { id: `${session.id}-e${n}`, type: n % 2 === 1 ? 'voice.speechStart' : 'voice.speechEnd', agoMs: 0 };
      const record: Sent = { sessionId: session.id, at: performance.now(), measured: false, acks: 0, receipts: [0, 0] };
      record.measured = record.at - started >= warmupMs;
      sent.set(command.id, record);
      session.candidate.emit(callSocketEvents.command, command, (ack: CommandAck) => {
        if (!ack.ok) return;
        record.acks += 1;
        if (record.acks > 1) duplicateAcks += 1;
      });
    };
    // Spread the candidates over the period, as real ones would be.
    const first = setTimeout(() => {
      emitOne();
      timers.push(setInterval(emitOne, everyMs));
    }, Math.random() * everyMs);
    timers.push(first);
  });
  return new Promise((resolve) =>
    setTimeout(() => {
      timers.forEach((timer) => clearInterval(timer));
      resolve();
    }, warmupMs + measureMs),
  );
}

/** Waits until every event sent is acked and received by both examiners, or `maxMs` has passed. */
async function settle(maxMs: number): Promise<void> {
  const deadline = performance.now() + maxMs;
  const pending = () => [...sent.values()].some((r) => r.acks === 0 || r.receipts[0] === 0 || r.receipts[1] === 0);
  while (pending() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  // A little longer, so that a late second copy would be counted as a duplicate.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

process.on('message', (command: ClientCommand) => {
  void (async () => {
    if (command.type === 'connect') {
      await connectAll(command.url, command.sessionIds, command.batch);
      send({ type: 'connected', sockets: sessions.length * 3 });
    } else if (command.type === 'emit') {
      const cpu = process.cpuUsage();
      const started = performance.now();
      await emitFor(command.warmupMs, command.measureMs, command.everyMs);
      const used = process.cpuUsage(cpu);
      const cpuPct = ((used.user + used.system) / 1000 / (performance.now() - started)) * 100;
      await settle(command.drainMs);
      const records = [...sent.entries()];
      const acked = records.filter(([, r]) => r.acks > 0);
      send({
        type: 'done',
        latencies,
        sent: records.length,
        acked: acked.length,
        notDelivered: acked.filter(([, r]) => r.receipts[0] < 1 || r.receipts[1] < 1).length,
        duplicates: duplicateAcks + records.reduce((n, [, r]) => n + Math.max(0, r.receipts[0] - 1) + Math.max(0, r.receipts[1] - 1), 0),
        ackedIds: acked.map(([id, r]) => [r.sessionId, id]),
        cpuPct,
      });
    } else {
      sessions.forEach((s) => [s.candidate, ...s.examiners].forEach((socket) => socket.disconnect()));
      process.exit(0);
    }
  })().catch((error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
});
