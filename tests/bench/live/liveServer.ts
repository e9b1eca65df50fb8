import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Server } from 'socket.io';
import { z } from 'zod';
import { callCommandSchema, callSocketEvents } from '../../../shared/protocol/callProtocol';
import type { CommandAck } from '../../../shared/protocol/callProtocol';
import { createEventStore } from '../../../server/store/createEventStore';
import { percentile } from '../percentile';
import { examinerEvent } from './liveBenchMessages';
import type { LiveServerMode, ServerCommand, ServerMessage } from './liveBenchMessages';

/**
 * The live bench's server process. `store`: the exam path — zod-validate the candidate's command,
 * append it to the event store (durable group commit), ack, broadcast the stored entry to the
 * session's examiner room. `relay`: the baseline — receive, ack, broadcast, nothing else.
 * Usage (IPC child of liveBench.ts): liveServer.ts <relay|store> [<file> <groupCommitMs>]
 */
const [mode, file, windowArg] = process.argv.slice(2) as [LiveServerMode, string?, string?];
const send = (message: ServerMessage) => process.send!(message);
process.on('disconnect', () => process.exit(1)); // never outlive the bench

const handshake = z.strictObject({ sessionId: z.string().min(1).max(100), role: z.enum(['candidate', 'examiner']) });
const commitSizes: number[] = [];
const commitMs: number[] = [];
const store =
  mode === 'store'
    ? createEventStore({
        file: file!,
        ...(windowArg === undefined ? {} : { groupCommitMs: Number(windowArg) }),
        onCommit: ({ events, ms }) => {
          commitSizes.push(events);
          commitMs.push(ms);
        },
      })
    : null;

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, transports: ['websocket'] });
// Do not keep each connection's first HTTP request alive (socket.io memory-usage docs).
io.engine.on('connection', (raw: { request: unknown }) => {
  raw.request = null;
});

io.on('connection', (socket) => {
  const who = handshake.safeParse(socket.handshake.auth);
  if (!who.success) {
    socket.disconnect(true);
    return;
  }
  const { sessionId, role } = who.data;
  const room = `session:${sessionId}`;
  if (role === 'examiner') {
    void socket.join(room);
    return;
  }
  socket.on(callSocketEvents.command, (payload: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return;
    const reply = ack as (ack: CommandAck) => void;
    if (!store) {
      reply({ ok: true, seq: 0, duplicate: false });
      io.to(room).emit(examinerEvent, payload);
      return;
    }
    const parsed = callCommandSchema.safeParse(payload);
    if (!parsed.success) {
      reply({ ok: false, error: { code: 'invalid-command', message: { fr: 'Commande invalide', en: 'Invalid command' } } });
      return;
    }
    const command = parsed.data;
    store.append({ sessionId, clientEventId: command.id, type: command.type, payload: command, role: 'candidate' }).then(
      ({ event, duplicate }) => {
        reply({ ok: true, seq: event.sessionSeq, duplicate });
        if (!duplicate) io.to(room).emit(examinerEvent, { seq: event.sessionSeq, at: event.at, command: event.payload });
      },
      () => reply({ ok: false, error: { code: 'store-failed', message: { fr: 'Non enregistré', en: 'Not saved' } } }),
    );
  });
});

const loopDelay = monitorEventLoopDelay({ resolution: 5 });
let measuring: { cpu: NodeJS.CpuUsage; startedAt: number; peakRss: number; sampler: NodeJS.Timeout } | null = null;

process.on('message', (command: ServerCommand) => {
  if (command.type === 'measure-start') {
    commitSizes.length = 0;
    commitMs.length = 0;
    loopDelay.reset();
    loopDelay.enable();
    const sample = () => {
      if (measuring) measuring.peakRss = Math.max(measuring.peakRss, process.memoryUsage.rss());
    };
    measuring = { cpu: process.cpuUsage(), startedAt: performance.now(), peakRss: process.memoryUsage.rss(), sampler: setInterval(sample, 200) };
  } else if (command.type === 'measure-stop' && measuring) {
    clearInterval(measuring.sampler);
    loopDelay.disable();
    const cpu = process.cpuUsage(measuring.cpu);
    const wallMs = performance.now() - measuring.startedAt;
    send({
      type: 'measured',
      cpuPct: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
      rssMb: Math.max(measuring.peakRss, process.memoryUsage.rss()) / 2 ** 20,
      commits: commitSizes.length,
      committedEvents: commitSizes.reduce((a, b) => a + b, 0),
      maxBatch: Math.max(0, ...commitSizes),
      commitP99Ms: commitMs.length ? percentile(commitMs, 99) : 0,
      loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    });
    measuring = null;
  } else if (command.type === 'close') {
    void io.close().then(async () => {
      await store?.close();
      send({ type: 'closed' });
      process.exit(0);
    });
  }
});

httpServer.listen(0, '127.0.0.1', () => send({ type: 'ready', port: (httpServer.address() as AddressInfo).port }));
