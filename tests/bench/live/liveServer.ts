import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { z } from 'zod';
import { callCommandSchema, callSocketEvents } from '../../../shared/protocol/callProtocol';
import type { CommandAck } from '../../../shared/protocol/callProtocol';
import { callRefusals } from '../../../shared/session/callRefusals';
import { loadScenarioLibrary } from '../../../server/scenarios/loadScenarioLibrary';
import { storeFailure } from '../../../server/sessions/callSocket';
import { createSessionRegistry } from '../../../server/sessions/createSessionRegistry';
import type { SessionRegistry } from '../../../server/sessions/createSessionRegistry';
import { createEventStore } from '../../../server/store/createEventStore';
import { percentile } from '../percentile';
import { examinerEvent, liveScenarioId } from './liveBenchMessages';
import type { LiveServerMode, ServerCommand, ServerMessage } from './liveBenchMessages';

/**
 * The live bench's server process. `store`: the exam path, built from the product's pieces — the
 * durable event store (group commit) under the session registry, one exam call of the fixture
 * scenario per bench session (created and answered on `prepare`, before any load). A candidate's
 * command is zod-validated (callCommandSchema), played with `registry.command` (scenario machine,
 * durable append) and acked with its result; the registry's `onEvent` sends each committed event
 * to the session's examiner room, as the exam console receives `exam:event`. `relay`: the
 * baseline — receive, ack, broadcast, nothing else. `append`: the durable floor under the exam
 * path — the command zod-validated and appended to the same store as is, its stored event
 * broadcast, then acked: no session, no scenario.
 * Usage (IPC child of liveBench.ts): liveServer.ts <relay|append|store> [<file> <groupCommitMs>]
 */
const [mode, file, windowArg] = process.argv.slice(2) as [LiveServerMode, string?, string?];
const send = (message: ServerMessage) => process.send!(message);
process.on('disconnect', () => process.exit(1)); // never outlive the bench

const scenarioFile = fileURLToPath(new URL(`../../fixtures/scenarios/${liveScenarioId}.scenario.yaml`, import.meta.url));
const handshake = z.strictObject({ sessionId: z.string().min(1).max(100), role: z.enum(['candidate', 'examiner']) });
const room = (benchSessionId: string) => `session:${benchSessionId}`;
const commitSizes: number[] = [];
const commitMs: number[] = [];
const store =
  mode !== 'relay'
    ? createEventStore({
        file: file!,
        ...(windowArg === undefined ? {} : { groupCommitMs: Number(windowArg) }),
        onCommit: ({ events, ms }) => {
          commitSizes.push(events);
          commitMs.push(ms);
        },
      })
    : null;
const registry: SessionRegistry | null = mode === 'store' && store ? createSessionRegistry({ scenarios: await loadScenarios(), store }) : null;
/** Bench session id (the sockets' handshake, the exam id) → the registry's call session id. */
const callOf = new Map<string, string>();

async function loadScenarios() {
  const [entry] = await loadScenarioLibrary([scenarioFile]);
  if (!entry?.scenario) throw new Error(`${scenarioFile}: ${JSON.stringify(entry?.diagnostics ?? 'not found')}`);
  return [entry.scenario];
}

/** One exam call per bench session, answered once (so that voice events are accepted); not part of the load. */
async function prepare(registry: SessionRegistry, sessionIds: readonly string[]): Promise<void> {
  await Promise.all(
    sessionIds.map(async (examId) => {
      const session = await registry.create(liveScenarioId, { mode: 'exam', kind: 'exam', examId });
      if (!session) throw new Error(`no scenario ${liveScenarioId}`);
      const ack = await registry.command(session.id, { id: `${examId}-answer`, type: 'call.answer' }, Date.now());
      if (!ack.ok) throw new Error(`${examId}: call.answer refused (${ack.error.code})`);
      callOf.set(examId, session.id);
    }),
  );
}

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, transports: ['websocket'] });
// Do not keep each connection's first HTTP request alive (socket.io memory-usage docs).
io.engine.on('connection', (raw: { request: unknown }) => {
  raw.request = null;
});

// After each commit, the stored event to the examiners of its exam (examSocket.ts does the same with `exam:event`).
registry?.onEvent((event, session) => {
  if (session.examId !== null) io.to(room(session.examId)).emit(examinerEvent, event);
});

io.on('connection', (socket) => {
  const who = handshake.safeParse(socket.handshake.auth);
  if (!who.success) {
    socket.disconnect(true);
    return;
  }
  const { sessionId, role } = who.data;
  if (role === 'examiner') {
    void socket.join(room(sessionId));
    return;
  }
  socket.on(callSocketEvents.command, (payload: unknown, ack: unknown) => {
    if (typeof ack !== 'function') return;
    const reply = ack as (ack: CommandAck) => void;
    if (!store) {
      reply({ ok: true, seq: 0, duplicate: false });
      io.to(room(sessionId)).emit(examinerEvent, payload);
      return;
    }
    const parsed = callCommandSchema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: callRefusals.badPayload });
    if (!registry) {
      const event = { sessionId, clientEventId: parsed.data.id, type: 'call.command', payload: { command: parsed.data }, role: 'candidate' };
      store.append(event).then(
        ({ event: stored, duplicate }) => {
          if (!duplicate) io.to(room(sessionId)).emit(examinerEvent, stored);
          reply({ ok: true, seq: stored.sessionSeq, duplicate });
        },
        (error: unknown) => {
          console.error(error);
          reply({ ok: false, error: storeFailure });
        },
      );
      return;
    }
    const callId = callOf.get(sessionId);
    if (callId === undefined) return reply({ ok: false, error: callRefusals.noSession });
    registry.command(callId, parsed.data, Date.now()).then(reply, (error: unknown) => {
      console.error(error);
      reply({ ok: false, error: storeFailure });
    });
  });
});

const loopDelay = monitorEventLoopDelay({ resolution: 5 });
let measuring: { cpu: NodeJS.CpuUsage; mainCpuMs: number | null; startedAt: number; peakRss: number; sampler: NodeJS.Timeout } | null = null;

/** CPU time of the main thread alone (the event loop), ms; null where /proc is not there. */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number) as [number, number];
    return (utime + stime) * 10; // clock ticks of 10 ms (USER_HZ is 100 on Linux)
  } catch {
    return null;
  }
}

process.on('message', (command: ServerCommand) => {
  if (command.type === 'prepare') {
    (registry ? prepare(registry, command.sessionIds) : Promise.resolve()).then(
      () => send({ type: 'prepared', sessions: callOf.size }),
      (error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  } else if (command.type === 'measure-start') {
    commitSizes.length = 0;
    commitMs.length = 0;
    loopDelay.reset();
    loopDelay.enable();
    const sample = () => {
      if (measuring) measuring.peakRss = Math.max(measuring.peakRss, process.memoryUsage.rss());
    };
    measuring = { cpu: process.cpuUsage(), mainCpuMs: mainThreadCpuMs(), startedAt: performance.now(), peakRss: process.memoryUsage.rss(), sampler: setInterval(sample, 200) };
  } else if (command.type === 'measure-stop' && measuring) {
    clearInterval(measuring.sampler);
    loopDelay.disable();
    const cpu = process.cpuUsage(measuring.cpu);
    const wallMs = performance.now() - measuring.startedAt;
    send({
      type: 'measured',
      cpuPct: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
      mainThreadCpuPct: measuring.mainCpuMs === null ? null : ((mainThreadCpuMs()! - measuring.mainCpuMs) / wallMs) * 100,
      rssMb: Math.max(measuring.peakRss, process.memoryUsage.rss()) / 2 ** 20,
      commits: commitSizes.length,
      committedEvents: commitSizes.reduce((a, b) => a + b, 0),
      maxBatch: Math.max(0, ...commitSizes),
      commitP99Ms: commitMs.length ? percentile(commitMs, 99) : 0,
      commitMaxMs: Math.max(0, ...commitMs),
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
