import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { defaultGroupCommitMs } from '../../server/store/createEventStore';
import type { ClientCommand, ClientMessage, LiveServerMode, ServerCommand, ServerMessage } from './live/liveBenchMessages';
import { percentile } from './percentile';

/**
 * `npm run bench -- live [--sessions 100,500,1000] [--seconds 20] [--warmup 3] [--window 2] [--clients 2] [--runs 1]`
 *
 * N exam sessions, each one candidate and two examiner sockets (socket.io-client, websocket
 * transport); every candidate sends a command (with a client event id) twice a second. The server
 * runs in its own process (live/liveServer.ts) so that its CPU and RSS are its own; the sockets are
 * shared out over `--clients` load-generator processes (live/liveClients.ts), a session's three
 * sockets always in the same one so that emit and receipt are timed on one clock.
 *
 * For each N, three runs of the same load: the baseline (a bare relay: receive → ack → broadcast),
 * the durable floor (`append_*`: the command zod-validated, appended to the store as is, its stored
 * event broadcast, acked — what any durable version of this path must pay) and the exam path, built
 * from the product's own pieces: one exam call of the fixture scenario
 * `mini` per session, created in the session registry and answered before the load; each command
 * (voice.speechStart / voice.speechEnd) is zod-validated, played with `registry.command` (scenario
 * machine, then durable event store append with group commit, synchronous=FULL, on the
 * repository's disk), acked with its result, and the stored event goes from `registry.onEvent`
 * to the session's examiner room (as the exam console's `exam:event`). Latency: candidate's emit →
 * each examiner's receipt, for the events emitted after the warm-up. Lost: acked but not
 * received by both examiners within 15 s of the last emit, or not in the store. Duplicates: received twice by one examiner,
 * acked twice, or stored twice. cpu_pct: server process, % of one core over the measured
 * window; rss_mb: its peak RSS. Also reported: the baseline's own figures, the commits (count,
 * largest group, p99 from handing a group to the writer thread to hearing back), the server's
 * event-loop delay p99, and the load generators' CPU (sum, % of one core), to tell a slow server
 * from a starved machine. With `--runs K` the three loads run K times and each figure is the
 * median of the runs (the per-run p99s are listed): one run's p99 moves by 2× on this machine.
 */
export async function liveBench(): Promise<LiveRow[]> {
  const options = readOptions(process.argv.slice(2));
  const rows: LiveRow[] = [];
  for (const sessions of options.sessions) {
    const runs: LiveRow[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      // The three loads back to back, so that whatever else the machine does weighs on each alike.
      const baseline = await runLoad('relay', sessions, options);
      const append = await runLoad('append', sessions, options);
      const live = await runLoad('store', sessions, options);
      runs.push(rowOf(sessions, baseline, append, live, options));
      if (options.runs > 1) console.log(`  run ${run + 1}: ${JSON.stringify(runs.at(-1))}`);
    }
    const row = combineRuns(runs);
    console.log(`  ${JSON.stringify(row)}`);
    rows.push(row);
  }
  return rows;
}

function rowOf(sessions: number, baseline: LoadResult, append: LoadResult, live: LoadResult, options: Options): LiveRow {
  const p99 = (load: LoadResult) => percentile(load.latencies, 99);
  const mainThread = (load: LoadResult) => (load.mainThreadCpuPct === null ? null : round(load.mainThreadCpuPct, 1));
  return {
    sessions,
    p50_ms: round(percentile(live.latencies, 50)),
    p99_ms: round(p99(live)),
    baseline_p99_ms: round(p99(baseline)),
    ratio_p99: round(p99(live) / p99(baseline)),
    lost: live.lost,
    duplicates: live.duplicates,
    cpu_pct: round(live.cpuPct, 1),
    main_thread_cpu_pct: mainThread(live),
    rss_mb: round(live.rssMb, 1),
    runs: 1,
    p99_ms_runs: [round(p99(live))],
    baseline_p99_ms_runs: [round(p99(baseline))],
    append_p50_ms: round(percentile(append.latencies, 50)),
    append_p99_ms: round(p99(append)),
    append_ratio_p99: round(p99(append) / p99(baseline)),
    append_lost: append.lost,
    append_duplicates: append.duplicates,
    append_cpu_pct: round(append.cpuPct, 1),
    append_main_thread_cpu_pct: mainThread(append),
    baseline_p50_ms: round(percentile(baseline.latencies, 50)),
    baseline_lost: baseline.lost,
    baseline_cpu_pct: round(baseline.cpuPct, 1),
    baseline_main_thread_cpu_pct: mainThread(baseline),
    baseline_rss_mb: round(baseline.rssMb, 1),
    events: live.acked,
    unacked: live.sent - live.acked,
    group_commit_ms: options.windowMs,
    commits: live.commits,
    max_batch: live.maxBatch,
    commit_p99_ms: round(live.commitP99Ms),
    commit_max_ms: round(live.commitMaxMs),
    loop_delay_p99_ms: round(live.loopDelayP99Ms),
    baseline_loop_delay_p99_ms: round(baseline.loopDelayP99Ms),
    clients_cpu_pct: round(live.clientsCpuPct, 1),
    measured_s: options.measureMs / 1000,
  };
}

/** Counts add up over the runs (one lost event in any run is a lost event); every other figure is the runs' median. */
const summedOverRuns = new Set<keyof LiveRow>(['lost', 'duplicates', 'append_lost', 'append_duplicates', 'baseline_lost', 'events', 'unacked', 'commits', 'runs']);

function combineRuns(runs: readonly LiveRow[]): LiveRow {
  if (runs.length === 1) return runs[0]!;
  const combined: Record<string, unknown> = {};
  for (const key of Object.keys(runs[0]!) as (keyof LiveRow)[]) {
    const values = runs.map((run) => run[key]);
    if (Array.isArray(values[0])) combined[key] = values.flat();
    else if (values.some((value) => value === null)) combined[key] = null;
    else if (key === 'sessions' || key === 'group_commit_ms' || key === 'measured_s') combined[key] = values[0];
    else combined[key] = summedOverRuns.has(key) ? sum(values as number[]) : round(percentile(values as number[], 50));
  }
  return combined as LiveRow;
}

export type LiveRow = {
  sessions: number;
  p50_ms: number;
  p99_ms: number;
  baseline_p99_ms: number;
  ratio_p99: number;
  lost: number;
  duplicates: number;
  cpu_pct: number;
  /** The server's event loop alone (Linux), % of one core. */
  main_thread_cpu_pct: number | null;
  rss_mb: number;
  /** How many times the three loads ran; then each figure is the median of the runs (counts are summed). */
  runs: number;
  p99_ms_runs: number[];
  baseline_p99_ms_runs: number[];
  /** The durable floor: the same commands appended to the same store as is, broadcast, acked; no session, no scenario. */
  append_p50_ms: number;
  append_p99_ms: number;
  append_ratio_p99: number;
  append_lost: number;
  append_duplicates: number;
  append_cpu_pct: number;
  append_main_thread_cpu_pct: number | null;
  baseline_p50_ms: number;
  baseline_lost: number;
  baseline_cpu_pct: number;
  baseline_main_thread_cpu_pct: number | null;
  baseline_rss_mb: number;
  events: number;
  unacked: number;
  group_commit_ms: number;
  commits: number;
  max_batch: number;
  commit_p99_ms: number;
  commit_max_ms: number;
  loop_delay_p99_ms: number;
  baseline_loop_delay_p99_ms: number;
  clients_cpu_pct: number;
  measured_s: number;
};

type Options = { sessions: number[]; runs: number; measureMs: number; warmupMs: number; windowMs: number; clientProcesses: number };

type LoadResult = {
  latencies: number[];
  sent: number;
  acked: number;
  lost: number;
  duplicates: number;
  cpuPct: number;
  mainThreadCpuPct: number | null;
  rssMb: number;
  commits: number;
  maxBatch: number;
  commitP99Ms: number;
  commitMaxMs: number;
  loopDelayP99Ms: number;
  clientsCpuPct: number;
};

const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = resolve(here, '../../.data/bench');
const EVERY_MS = 500;
const DRAIN_MS = 15_000;
const CONNECT_BATCH = 50;

async function runLoad(mode: LiveServerMode, sessions: number, options: Options): Promise<LoadResult> {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(dataDir, `live-${sessions}-${process.pid}.sqlite`);
  removeDatabase(file);
  const children: ChildProcess[] = [];
  try {
    const server = startChild('live/liveServer.ts', mode === 'relay' ? [mode] : [mode, file, String(options.windowMs)]);
    children.push(server);
    const { port } = await nextMessage<ServerMessage, 'ready'>(server, 'ready');
    const url = `http://127.0.0.1:${port}`;
    const ids = Array.from({ length: sessions }, (_, i) => `exam-${String(i).padStart(5, '0')}`);
    const prepared = nextMessage<ServerMessage, 'prepared'>(server, 'prepared');
    command(server, { type: 'prepare', sessionIds: ids });
    await prepared;

    const clients = Array.from({ length: options.clientProcesses }, () => startChild('live/liveClients.ts', []));
    children.push(...clients);
    await Promise.all(
      clients.map((client, k) => {
        const connected = nextMessage<ClientMessage, 'connected'>(client, 'connected');
        command(client, { type: 'connect', url, sessionIds: ids.filter((_, i) => i % clients.length === k), batch: CONNECT_BATCH });
        return connected;
      }),
    );
    await delay(1000);

    const done = clients.map((client) => nextMessage<ClientMessage, 'done'>(client, 'done'));
    clients.forEach((client) => command(client, { type: 'emit', warmupMs: options.warmupMs, measureMs: options.measureMs, drainMs: DRAIN_MS, everyMs: EVERY_MS }));
    await delay(options.warmupMs);
    command(server, { type: 'measure-start' });
    await delay(options.measureMs);
    const measured = nextMessage<ServerMessage, 'measured'>(server, 'measured');
    command(server, { type: 'measure-stop' });
    const serverFigures = await measured;
    const results = await Promise.all(done);

    clients.forEach((client) => command(client, { type: 'close' }));
    const closed = nextMessage<ServerMessage, 'closed'>(server, 'closed');
    command(server, { type: 'close' });
    await closed;

    const ackedIds = results.flatMap((r) => r.ackedIds);
    const store = mode === 'relay' ? { missing: 0, duplicates: 0 } : checkStore(file, ackedIds);
    return {
      latencies: results.flatMap((r) => r.latencies),
      sent: sum(results.map((r) => r.sent)),
      acked: ackedIds.length,
      lost: sum(results.map((r) => r.notDelivered)) + store.missing,
      duplicates: sum(results.map((r) => r.duplicates)) + store.duplicates,
      cpuPct: serverFigures.cpuPct,
      mainThreadCpuPct: serverFigures.mainThreadCpuPct,
      rssMb: serverFigures.rssMb,
      commits: serverFigures.commits,
      maxBatch: serverFigures.maxBatch,
      commitP99Ms: serverFigures.commitP99Ms,
      commitMaxMs: serverFigures.commitMaxMs,
      loopDelayP99Ms: serverFigures.loopDelayP99Ms,
      clientsCpuPct: sum(results.map((r) => r.cpuPct)),
    };
  } finally {
    // Leave no load generator or server behind (orphaned generators skew every later run).
    await Promise.all(children.map((child) => exited(child, 5000)));
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    removeDatabase(file);
  }
}

/**
 * Acked events missing from the store, and events stored more than once (by client event id). The
 * store knows each call by the registry's session id: its bench session id is its exam id, in its
 * `session.created`.
 */
function checkStore(file: string, acked: readonly [string, string][]): { missing: number; duplicates: number } {
  const db = new Database(file, { readonly: true });
  try {
    const calls = db.prepare("SELECT session_id, json_extract(payload, '$.examId') FROM events WHERE type = 'session.created'").raw().all() as [string, string][];
    const examOf = new Map(calls);
    const rows = db.prepare('SELECT session_id, client_event_id FROM events WHERE client_event_id IS NOT NULL').raw().all() as [string, string][];
    const stored = new Set(rows.map(([session, id]) => `${examOf.get(session) ?? session}\u0000${id}`));
    return {
      missing: acked.filter(([session, id]) => !stored.has(`${session}\u0000${id}`)).length,
      duplicates: rows.length - stored.size,
    };
  } finally {
    db.close();
  }
}

function startChild(script: string, args: string[]): ChildProcess {
  const child = spawn(process.execPath, [...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', resolve(here, script), ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.on('message', (message: { type: string; message?: string }) => {
    if (message.type === 'error') console.error(`${script}: ${message.message}`);
  });
  return child;
}

function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => {
    const timer = setTimeout(resolveExit, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit();
    });
  });
}

function command(child: ChildProcess, message: ClientCommand | ServerCommand): void {
  child.send(message);
}

function nextMessage<M extends { type: string }, T extends M['type']>(child: ChildProcess, type: T): Promise<Extract<M, { type: T }>> {
  return new Promise((resolvePromise, reject) => {
    const onMessage = (message: M) => {
      if (message.type === 'error') reject(new Error(String((message as { message?: string }).message)));
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolvePromise(message as Extract<M, { type: T }>);
    };
    const onExit = (code: number | null) => reject(new Error(`a bench process exited (code ${code}) before '${type}'`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

function readOptions(args: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (i === -1) return undefined;
    return args[i]!.includes('=') ? args[i]!.split('=')[1] : args[i + 1];
  };
  const sessions = (value('sessions') ?? '100,500,1000').split(',').map(Number);
  const options: Options = {
    sessions,
    runs: Number(value('runs') ?? 1),
    measureMs: Number(value('seconds') ?? 20) * 1000,
    warmupMs: Number(value('warmup') ?? 3) * 1000,
    windowMs: Number(value('window') ?? defaultGroupCommitMs),
    clientProcesses: Number(value('clients') ?? 2),
  };
  if (sessions.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(options.runs) || options.runs < 1 || !(options.measureMs > 0) || !(options.clientProcesses >= 1)) {
    throw new Error(`bad live bench options: ${args.join(' ')}`);
  }
  return options;
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

const delay = (ms: number) => new Promise((resolveDelay) => setTimeout(resolveDelay, ms));
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
