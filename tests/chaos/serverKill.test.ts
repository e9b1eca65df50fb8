import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type { CandidateView, CommandAck, JoinAck } from '../../shared/protocol/callProtocol';
import { callSocketEvents } from '../../shared/protocol/callProtocol';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'plateau-server-kill-'));
const dataFile = join(dir, 'plateau.sqlite');
const scenariosDir = join(dir, 'scenarios');
const SILENCE_MS = 10_000;
// The mini call of the fixtures, with a silence timer short enough to wait for and long enough to restart within.
mkdirSync(scenariosDir);
writeFileSync(
  join(scenariosDir, 'mini-kill.scenario.yaml'),
  readFileSync(join(repoRoot, 'tests/fixtures/scenarios/mini.scenario.yaml'), 'utf8')
    .replace(/^id: mini$/m, 'id: mini-kill')
    .replace('silence: { after: 8 s,', `silence: { after: ${SILENCE_MS / 1000} s,`),
);

const servers = new Set<ChildProcess>();
afterAll(() => {
  for (const server of servers) server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `tsx server/main.ts` on a free port over the data file; resolves with its URL once it listens. */
function startServer(): Promise<{ url: string; proc: ChildProcess; output: () => string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PLATEAU_DATA: dataFile, PLATEAU_SCENARIOS: scenariosDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.add(proc);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /is listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, proc, output: () => output });
      }
    };
    proc.stdout.on('data', read);
    proc.stderr.on('data', read);
    proc.on('exit', (code, signal) => reject(new Error(`the server exited (${code ?? signal}):\n${output}`)));
  });
}

function kill(proc: ChildProcess): Promise<NodeJS.Signals | null> {
  return new Promise((resolve) => {
    proc.once('exit', (_code, signal) => {
      servers.delete(proc);
      resolve(signal);
    });
    proc.kill('SIGKILL');
  });
}

async function candidate(url: string) {
  const socket: Socket = connectSocket(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  const views: { view: CandidateView; receivedAt: number }[] = [];
  socket.on(callSocketEvents.view, (view: CandidateView) => views.push({ view, receivedAt: Date.now() }));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    views,
    join: async (sessionId: string): Promise<CandidateView> => {
      const ack = (await socket.timeout(5000).emitWithAck(callSocketEvents.join, { sessionId })) as JoinAck;
      if (!ack.ok) throw new Error(ack.error.code);
      return ack.view;
    },
    send: (command: Record<string, unknown>) => socket.timeout(5000).emitWithAck(callSocketEvents.command, command) as Promise<CommandAck>,
  };
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

type Export = {
  callLog: { seq: number; command: { id: string } }[];
  runLog: { deadlines: ({ timer: string; at: number } | { timer: string; remainingMs: number })[] }[];
  actions: unknown[];
};
const withoutClock = ({ serverNow: _now, ...view }: CandidateView) => view;
const ALLO = 'Allô ?';
const allos = (view: CandidateView) => view.transcript.filter((line) => line.text.fr === ALLO).length;

describe('the real server killed with SIGKILL in the middle of a call', () => {
  it('resumes the call where it was after a restart: every acked command kept, retries are duplicates, the pending timer fires at its deadline', async () => {
    const first = await startServer();
    const created = await fetch(`${first.url}/api/sessions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenarioId: 'mini-kill', mode: 'exam' }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const before = await candidate(first.url);
    await before.join(id);
    const acked: { id: string; seq: number }[] = [];
    let counter = 0;
    const play = async (command: Record<string, unknown>) => {
      const sent = { id: `kill-${++counter}-${Date.now().toString(36)}`, ...command };
      const ack = await before.send(sent);
      expect(ack, JSON.stringify(sent)).toMatchObject({ ok: true, duplicate: false });
      if (ack.ok) acked.push({ id: sent.id, seq: ack.seq });
    };
    await play({ type: 'call.answer' });
    await play({ type: 'dialogue.choose', option: 'charte' });
    // CRM requests over REST: answered once stored.
    expect((await fetch(`${first.url}/api/sessions/${id}/crm/orders/CMD-1`)).status).toBe(200);
    expect((await fetch(`${first.url}/api/sessions/${id}/crm/customers?q=0612345678`)).status).toBe(200);
    await play({ type: 'call.hold' });
    await play({ type: 'call.resume' });
    await play({ type: 'voice.speechStart', agoMs: 300 });
    await play({ type: 'voice.speechEnd', agoMs: 0 });

    const viewBefore = await before.join(id);
    const exportBefore = await getJson<Export>(`${first.url}/api/sessions/${id}/export.json`);
    const silence = exportBefore.runLog.at(-1)!.deadlines.find((d) => d.timer === 'silence');
    expect(silence && 'at' in silence).toBe(true);
    const deadline = (silence as { at: number }).at;
    expect(allos(viewBefore)).toBe(0);
    expect(exportBefore.actions).toHaveLength(2);

    // A burst the candidate never hears back about: the server dies while (or before) storing it.
    const burst = ['call.mute', 'call.unmute', 'call.mute', 'call.unmute', 'call.mute'].map((type, i) => ({ id: `burst-${i}-${Date.now().toString(36)}`, type }));
    for (const command of burst) before.socket.emit(callSocketEvents.command, command);
    expect(await kill(first.proc)).toBe('SIGKILL');
    before.socket.disconnect();
    expect(Date.now()).toBeLessThan(deadline); // the silence timer is still pending

    const second = await startServer();
    expect(second.output()).toContain(`Data: ${dataFile} (1 session(s) resumed`);
    const restartedAt = Date.now();
    expect(restartedAt).toBeLessThan(deadline - 500);
    const after = await candidate(second.url);
    const viewAfter = await after.join(id);
    // Where it was: the same view but for the burst, whose committed part is a prefix of it.
    const exportAfter = await getJson<Export>(`${second.url}/api/sessions/${id}/export.json`);
    const stored = exportAfter.callLog.map((entry) => entry.command.id);
    const storedBurst = burst.filter((command) => stored.includes(command.id));
    expect(storedBurst).toEqual(burst.slice(0, storedBurst.length));
    expect(withoutClock(viewAfter)).toEqual({ ...withoutClock(viewBefore), muted: storedBurst.length % 2 === 1 });
    expect(exportAfter.actions).toEqual(exportBefore.actions);
    // Every acked command is in the call log, with its seq; each id once.
    expect(exportAfter.callLog.slice(0, acked.length).map((entry) => ({ id: entry.command.id, seq: entry.seq }))).toEqual(acked);
    expect(new Set(stored).size).toBe(stored.length);

    // Retries: acked ids are duplicates of their original; the burst's stored part too, the rest is played now.
    for (const { id: commandId, seq } of acked) {
      const type = exportAfter.callLog.find((entry) => entry.command.id === commandId)!.command as unknown as Record<string, unknown>;
      expect(await after.send(type)).toEqual({ ok: true, seq, duplicate: true });
    }
    for (const [i, command] of burst.entries()) {
      expect(await after.send(command)).toEqual({ ok: true, seq: acked.length + i + 1, duplicate: i < storedBurst.length });
    }
    const final = await getJson<Export>(`${second.url}/api/sessions/${id}/export.json`);
    expect(final.callLog.map((entry) => entry.command.id)).toEqual([...acked.map((a) => a.id), ...burst.map((b) => b.id)]);

    // The silence timer, re-armed from its deadline, fires at it: the customer's line arrives.
    const waitStarted = Date.now();
    while (!after.views.some(({ view }) => allos(view) > 0) && Date.now() - waitStarted < SILENCE_MS + 5000) await new Promise((r) => setTimeout(r, 50));
    const heard = after.views.find(({ view }) => allos(view) > 0);
    expect(heard, 'the customer\'s line after the silence').toBeDefined();
    expect(heard!.view.transcript.find((line) => line.text.fr === ALLO)!.at).toBe(deadline);
    expect(heard!.receivedAt).toBeGreaterThanOrEqual(deadline - 5);
    expect(heard!.receivedAt).toBeLessThan(deadline + 1500);
    after.socket.disconnect();
    await kill(second.proc);
  }, 60_000);
});
