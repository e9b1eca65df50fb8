import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandAck, JoinAck } from '../../shared/protocol/callProtocol';
import { callSocketEvents } from '../../shared/protocol/callProtocol';
import type { Debrief } from '../../shared/scoring/debriefSession';
import { createApp } from '../createApp';
import { loadScenarioLibrary } from '../scenarios/loadScenarioLibrary';
import { tempDataFile } from '../../tests/support/tempDataFile';

const library = await loadScenarioLibrary(['scenarios', 'tests/fixtures/scenarios']);
const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
const app = createApp({ dataFile: tempDataFile(), clientDir: 'dist/client', scenarios, callSocket: { rateLimit: { burst: 10_000, perSecond: 10_000 } } });
let base = '';
let socket: Socket;
beforeAll(async () => {
  base = (await app.listen(0)).url;
  socket = connectSocket(base, { transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
});
afterAll(async () => {
  socket.disconnect();
  await app.close();
});

let counter = 0;
async function command(type: string, extra: Record<string, unknown> = {}): Promise<void> {
  const ack = (await socket.timeout(3000).emitWithAck(callSocketEvents.command, { id: `debrief-${++counter}-${Date.now().toString(36)}`, type, ...extra })) as CommandAck;
  expect(ack, type).toMatchObject({ ok: true });
}
async function http(method: string, path: string, body?: unknown) {
  return fetch(`${base}${path}`, { method, ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }) });
}

describe('debrief routes, over a real socket and HTTP', () => {
  it('answers 409 until the call and its wrap-up are over, then the debrief, its PDF and the session export', async () => {
    const created = (await (await http('POST', '/api/sessions', { scenarioId: 'mini', mode: 'exam' })).json()) as { id: string };
    const id = created.id;
    const joined = (await socket.timeout(3000).emitWithAck(callSocketEvents.join, { sessionId: id })) as JoinAck;
    expect(joined.ok).toBe(true);

    const early = await http('GET', `/api/sessions/${id}/debrief`);
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ error: { code: 'debrief.call-not-finished', message: { fr: expect.stringContaining('fin de l’appel'), en: expect.any(String) } } });
    expect((await http('GET', `/api/sessions/${id}/debrief.pdf`)).status).toBe(409);

    await command('call.answer');
    await command('voice.speechStart', { agoMs: 0 });
    await command('voice.speechEnd', { agoMs: 0 });
    await command('dialogue.choose', { option: 'charte' });
    expect((await http('GET', `/api/sessions/${id}/crm/orders/CMD-1`)).status).toBe(200);
    await command('dialogue.choose', { option: 'annonce' });
    const note = await http('POST', `/api/sessions/${id}/crm/notes`, { customerId: 'C-1', author: 'Julie', direction: 'inbound', text: 'Commande CMD-1 expédiée hier ; cliente rassurée.' });
    expect(note.status).toBe(201);
    await command('dialogue.choose', { option: '1' });
    // The call has ended; the after-call work is still open.
    expect((await http('GET', `/api/sessions/${id}/debrief`)).status).toBe(409);
    await command('wrapUp.finish');

    const response = await http('GET', `/api/sessions/${id}/debrief`);
    expect(response.status).toBe(200);
    const debrief = (await response.json()) as Debrief;
    expect(debrief).toMatchObject({ sessionId: id, mode: 'exam', ending: { id: 'resolue', outcome: 'issue-resolved' }, verdict: { passed: true } });
    expect(debrief.competencies.map((c) => c.id)).toEqual(['RCD-02', 'RCD-04', 'RCD-17', 'RCD-20', 'RCD-25']);
    expect(debrief.voice.measured).toBe(true);

    const pdf = await http('GET', `/api/sessions/${id}/debrief.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="bilan-mini-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const file = join(mkdtempSync(join(tmpdir(), 'plateau-debrief-')), 'bilan.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Bilan de l’appel — Mini scénario de test');
    expect(text).toContain('RCD-02 — Accueillir un appel entrant selon la charte de l’entreprise');
    expect(text).toContain('« Bonjour madame, Maison Test, Julie à votre écoute. »');
    expect(text).toContain('Fiche pratique (brouillon)');
    const english = await http('GET', `/api/sessions/${id}/debrief.pdf?lang=en`);
    expect(english.headers.get('content-disposition')).toContain('filename="debrief-mini-');

    const exported = await http('GET', `/api/sessions/${id}/export.json`);
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="seance-mini-/);
    const body = (await exported.json()) as Record<string, unknown> & { callLog: { command: { type: string } }[]; runLog: unknown[]; actions: unknown[]; debrief: Debrief };
    expect(body).toMatchObject({ format: 1, session: { id, scenarioId: 'mini', mode: 'exam', call: { phase: 'ended' } } });
    expect(body.callLog.map((e) => e.command.type)).toEqual([
      'call.answer',
      'voice.speechStart',
      'voice.speechEnd',
      'dialogue.choose',
      'dialogue.choose',
      'dialogue.choose',
      'wrapUp.finish',
    ]);
    expect(body.runLog.length).toBeGreaterThan(0);
    expect(body.actions).toHaveLength(2);
    expect(body.debrief).toEqual(debrief);
  });

  it('says 404 for an unknown session', async () => {
    for (const path of ['debrief', 'debrief.pdf', 'export.json']) expect((await http('GET', `/api/sessions/nope/${path}`)).status).toBe(404);
  });
  it('serves nothing of a live exam’s call: its candidate knows the id, the debrief is the jury’s', async () => {
    const session = await app.sessions.create('mini', { mode: 'exam', kind: 'exam', examId: 'exam-1' });
    expect(session).toBeDefined();
    for (const path of ['debrief', 'debrief.pdf', 'export.json']) {
      const answer = await http('GET', `/api/sessions/${session!.id}/${path}`);
      expect(answer.status, path).toBe(403);
      expect(JSON.stringify(await answer.json()), path).not.toMatch(/RCD-|evidence|runLog/);
    }
  });
});
