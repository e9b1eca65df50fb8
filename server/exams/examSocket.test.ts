import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateView, CommandAck, JoinAck } from '../../shared/protocol/callProtocol';
import { callSocketEvents } from '../../shared/protocol/callProtocol';
import type { CandidateExamAck, CandidateExamView, ExamAck, JoinExamAnswer, LoggedEvent, PublicUser, WatchAck } from '../../shared/protocol/examProtocol';
import { examSocketEvents } from '../../shared/protocol/examProtocol';
import type { ExamState } from '../../shared/exam/examState';
import { createApp } from '../createApp';
import { loadScenarioLibrary } from '../scenarios/loadScenarioLibrary';
import { examTestKit } from './examTestKit';

const library = await loadScenarioLibrary(['tests/fixtures/scenarios']);
const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
const dir = mkdtempSync(join(tmpdir(), 'plateau-exam-'));
const app = createApp({ clientDir: 'dist/client', scenarios, dataFile: join(dir, 'plateau.sqlite'), callSocket: { rateLimit: { burst: 10_000, perSecond: 10_000 } }, exams: { recheckMs: 200 } });
let kit: ReturnType<typeof examTestKit>;
const password = 'correct horse battery';
const users: Record<'president' | 'other' | 'outsider' | 'trainer' | 'admin', PublicUser & { cookie: string }> = {} as never;

beforeAll(async () => {
  const { url } = await app.listen(0);
  kit = examTestKit(url);
  const roles = { president: 'examiner', other: 'examiner', outsider: 'examiner', trainer: 'trainer', admin: 'admin' } as const;
  for (const [key, role] of Object.entries(roles)) {
    const user = await app.auth.addUser({ login: `${key}-user`, name: `${key} name`, role, password });
    users[key as keyof typeof roles] = { ...user, cookie: await kit.login(user.login, password) };
  }
}, 60_000); // five scrypt hashes at full cost
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const examEventsOf = (examId: string) => app.store.readSession(examId);

async function createExam(body: Record<string, unknown> = {}) {
  const created = await kit.http('POST', '/api/exams', {
    cookie: users.president.cookie,
    body: { candidateName: 'Camille Martin', scenarioIds: ['mini', 'sortant-mini'], customerMode: 'live', timeFactor: 1.5, jury: [users.other.id], ...body },
  });
  expect(created.status).toBe(201);
  return created.body as unknown as ExamState;
}

async function joinAsCandidate(exam: ExamState) {
  const answer = await kit.http('POST', '/api/exam-join', { body: { code: exam.code.toLowerCase().replace('-', ' ') } });
  expect(answer.status).toBe(200);
  const { candidateToken } = answer.body as unknown as JoinExamAnswer;
  const candidate = await kit.client();
  const ack = await candidate.emit<CandidateExamAck>(examSocketEvents.candidateJoin, { token: candidateToken });
  expect(ack).toMatchObject({ ok: true, view: { status: 'waiting', examId: exam.id } });
  return { candidate, candidateToken };
}

/** Everything a payload may never show a candidate (marks, comments, the decision, notes, evidence, hidden steps). */
function expectRedacted(payloads: unknown[], exam: ExamState, secrets: string[]) {
  const text = JSON.stringify(payloads);
  for (const secret of [...secrets, exam.code, 'examiner_notes', 'Notes réservées au jury', 'Je note tout dans votre dossier']) expect(text, secret).not.toContain(secret);
  // Whole words: « admis » may be in « inadmissible ».
  for (const word of ['evidence', 'acquired', 'not-observed', 'admis', 'ajourne', 'mark', 'decision', 'president', 'jury', 'comment', 'goto', 'requires', 'competencies']) {
    expect(text, word).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'));
  }
  expect(text).not.toMatch(/(RCD|ADM|ORG)-\d{2}/);
  for (const juror of Object.values(users)) expect(text).not.toContain(juror.id);
}

describe('a live exam over the real socket', () => {
  it('runs create → join → start → play → marks → decision → next → finish, the console seeing each committed event in order, the candidate nothing of the jury', async () => {
    const exam = await createExam();
    expect(exam).toMatchObject({ status: 'waiting', jury: [users.president.id, users.other.id], president: users.president.id, timeFactor: 1.5 });
    expect(exam.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(exam.scenarioHashes.mini).toMatch(/^[0-9a-f]{64}$/);

    const president = await kit.client(users.president.cookie);
    const other = await kit.client(users.other.cookie);
    const watched = await president.emit<WatchAck>(examSocketEvents.watch, { examId: exam.id });
    expect(watched.ok && watched.state).toMatchObject({ examId: exam.id, calls: {}, you: { id: users.president.id }, jury: [{ id: users.president.id }, { id: users.other.id }] });
    expect(watched.ok && watched.state.exam.map((e) => e.type)).toEqual(['exam.created']);
    expect(watched.ok && (watched.state.scenarios[0] as { examiner_notes: string }).examiner_notes).toBe('Notes réservées au jury.');
    expect((await other.emit<WatchAck>(examSocketEvents.watch, { examId: exam.id })).ok).toBe(true);

    // Each event the console gets is already in the store when it arrives.
    const consoleEvents: LoggedEvent[] = [];
    president.socket.on(examSocketEvents.event, (event: LoggedEvent) => {
      expect(app.store.readSession(event.sessionId).some((stored) => stored.seq === event.seq)).toBe(true);
      consoleEvents.push(event);
    });

    const refusedStart = await president.emit<ExamAck>(examSocketEvents.start, { id: kit.newId(), examId: exam.id });
    expect(refusedStart).toMatchObject({ ok: false, error: { code: 'exam.noCandidate' } });

    const { candidate } = await joinAsCandidate(exam);
    const running = candidate.until((event, view) => event === examSocketEvents.candidateState && (view as CandidateExamView).currentSessionId !== null);
    const startId = kit.newId();
    const started = await president.emit<ExamAck>(examSocketEvents.start, { id: startId, examId: exam.id });
    expect(started).toMatchObject({ ok: true, duplicate: false });
    expect(await president.emit<ExamAck>(examSocketEvents.start, { id: startId, examId: exam.id })).toEqual({ ...started, duplicate: true });
    await running;
    const view = candidate.received.findLast((r) => r.event === examSocketEvents.candidateState)!.args[0] as CandidateExamView;
    expect(view).toMatchObject({ status: 'running', callNumber: 1, callCount: 2 });
    const sessionId = view.currentSessionId!;
    expect(app.sessions.get(sessionId)).toMatchObject({ kind: 'exam', examId: exam.id });

    // The candidate plays; the examiner plays the customer.
    expect(await candidate.emit<JoinAck>(callSocketEvents.join, { sessionId })).toMatchObject({ ok: true });
    for (const command of [{ type: 'call.answer' }, { type: 'dialogue.choose', option: 'charte' }]) {
      expect(await candidate.emit<CommandAck>(callSocketEvents.command, { id: kit.newId('cmd'), ...command })).toMatchObject({ ok: true, duplicate: false });
    }
    const angry = candidate.until((event, v) => event === callSocketEvents.view && (v as CandidateView).transcript.some((t) => t.text.fr.includes('inadmissible')));
    expect(await other.emit<ExamAck>(examSocketEvents.customer, { id: kit.newId(), examId: exam.id, event: 'colere' })).toMatchObject({ ok: true });
    await angry;

    // Two examiners mark; a retried mark is a duplicate; the president decides.
    const markId = kit.newId();
    const mark = { id: markId, examId: exam.id, competency: 'RCD-02', decision: 'acquired', comment: 'Accueil conforme à la charte' };
    expect(await president.emit<ExamAck>(examSocketEvents.mark, mark)).toMatchObject({ ok: true, duplicate: false });
    expect(await president.emit<ExamAck>(examSocketEvents.mark, mark)).toMatchObject({ ok: true, duplicate: true });
    expect(await other.emit<ExamAck>(examSocketEvents.mark, { id: kit.newId(), examId: exam.id, competency: 'ADM-07', decision: 'not-observed', comment: 'Pas de fiche créée' })).toMatchObject({ ok: true });
    expect(await other.emit<ExamAck>(examSocketEvents.decision, { id: kit.newId(), examId: exam.id, decision: 'admis' })).toMatchObject({ ok: false, error: { code: 'exam.notPresident' } });
    expect(await president.emit<ExamAck>(examSocketEvents.decision, { id: kit.newId(), examId: exam.id, decision: 'admis', comment: 'Très bonne maîtrise' })).toMatchObject({ ok: true });

    // The next call, then the end.
    const secondCall = await president.emit<ExamAck>(examSocketEvents.next, { id: kit.newId(), examId: exam.id });
    expect(secondCall).toMatchObject({ ok: true });
    const finished = candidate.until((event, v) => event === examSocketEvents.candidateState && (v as CandidateExamView).status === 'finished');
    expect(await president.emit<ExamAck>(examSocketEvents.next, { id: kit.newId(), examId: exam.id })).toMatchObject({ ok: true });
    await finished;
    expect(await president.emit<ExamAck>(examSocketEvents.next, { id: kit.newId(), examId: exam.id })).toMatchObject({ ok: false, error: { code: 'exam.notRunning' } });

    // The console got every committed event of the exam and of its calls, once each, in commit order.
    const stored = examEventsOf(exam.id);
    expect(stored.map((e) => e.type)).toEqual(['exam.created', 'exam.candidateJoined', 'exam.started', 'exam.callOpened', 'mark.set', 'mark.set', 'decision.recorded', 'exam.callOpened', 'exam.finished']);
    expect(stored.filter((e) => e.type === 'mark.set').map((e) => e.author)).toEqual([users.president.id, users.other.id]);
    const calls = stored.filter((e) => e.type === 'exam.callOpened').map((e) => (e.payload as { sessionId: string }).sessionId);
    await expect.poll(() => consoleEvents.some((e) => e.type === 'exam.finished')).toBe(true);
    const expected = [...stored.slice(1), ...calls.flatMap((id) => app.store.readSession(id))].sort((a, b) => a.seq - b.seq);
    expect(consoleEvents.map((e) => e.seq)).toEqual(expected.map((e) => e.seq));
    expect(app.store.readSession(sessionId).map((e) => e.type)).toEqual(['session.created', 'call.command', 'call.command', 'customer.trigger']);

    // What the candidate's socket received, through all of it, shows nothing of the jury.
    expectRedacted(candidate.received, exam, ['Accueil conforme', 'Pas de fiche', 'Très bonne maîtrise']);
    expect(candidate.received.some((r) => r.event === callSocketEvents.view)).toBe(true);
    // The jury's exports read the same store.
    const log = await kit.http('GET', `/api/exams/${exam.id}/log.json`, { cookie: users.other.cookie });
    expect(log.status).toBe(200);
    expect((log.body.exam as LoggedEvent[]).map((e) => e.seq)).toEqual(stored.map((e) => e.seq));
    expect(Object.keys(log.body.calls as object)).toEqual(calls);
    expect((await kit.http('GET', `/api/exams/${exam.id}/log.json`, { cookie: users.outsider.cookie })).status).toBe(403);
    const csv = await fetch(`${kit.base}/api/exams/${exam.id}/grid.csv`, { headers: { Cookie: users.president.cookie } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Accueil conforme à la charte');
    for (const socket of [president, other, candidate]) socket.close();
  });

  it('lets the candidate join only the exam’s current call, with its own token', async () => {
    const exam = await createExam({ customerMode: 'scripted', scenarioIds: ['mini'] });
    const { candidate } = await joinAsCandidate(exam);
    const president = await kit.client(users.president.cookie);
    const opened = candidate.until((event, view) => event === examSocketEvents.candidateState && (view as CandidateExamView).currentSessionId !== null);
    await president.emit<ExamAck>(examSocketEvents.start, { id: kit.newId(), examId: exam.id });
    await opened;
    const sessionId = app.store.readSession(exam.id).find((e) => e.type === 'exam.callOpened')!.payload as { sessionId: string };

    const stranger = await kit.client();
    expect(await stranger.emit<JoinAck>(callSocketEvents.join, { sessionId: sessionId.sessionId })).toMatchObject({ ok: false, error: { code: 'exam.notYourCall' } });
    expect(await candidate.emit<JoinAck>(callSocketEvents.join, { sessionId: sessionId.sessionId })).toMatchObject({ ok: true });
    expect(await president.emit<ExamAck>(examSocketEvents.customer, { id: kit.newId(), examId: exam.id, event: 'colere' })).toMatchObject({ ok: false, error: { code: 'customer.notLive' } });
    await president.emit<ExamAck>(examSocketEvents.next, { id: kit.newId(), examId: exam.id });
    expect(await candidate.emit<JoinAck>(callSocketEvents.join, { sessionId: sessionId.sessionId })).toMatchObject({ ok: false, error: { code: 'exam.notYourCall' } });
    for (const socket of [president, candidate, stranger]) socket.close();
  });
});

describe('role refusals', () => {
  it('refuses over REST: anonymous 401, a trainer 403, an examiner outside the jury 403', async () => {
    const exam = await createExam();
    for (const [method, path] of [['POST', '/api/exams'], ['GET', '/api/exams'], ['GET', `/api/exams/${exam.id}`], ['GET', '/api/users?role=examiner']] as const) {
      expect((await kit.http(method, path, method === 'POST' ? { body: {} } : {})).status, `${method} ${path}`).toBe(401);
    }
    const byTrainer = await kit.http('POST', '/api/exams', { cookie: users.trainer.cookie, body: { candidateName: 'X', scenarioIds: ['mini'], customerMode: 'live' } });
    expect(byTrainer.status).toBe(403);
    expect((await kit.http('GET', `/api/exams/${exam.id}`, { cookie: users.outsider.cookie })).status).toBe(403);
    expect((await kit.http('GET', `/api/exams/${exam.id}`, { cookie: users.other.cookie })).body).toMatchObject({ code: exam.code });
    const outsiderList = (await kit.http('GET', '/api/exams', { cookie: users.outsider.cookie })).body.exams as ExamState[];
    expect(outsiderList.some((e) => e.id === exam.id)).toBe(false);
    const adminList = (await kit.http('GET', '/api/exams', { cookie: users.admin.cookie })).body.exams as ExamState[];
    expect(adminList.find((e) => e.id === exam.id)).not.toHaveProperty('code');
    const crossSite = await kit.http('POST', '/api/exams', { cookie: users.president.cookie, origin: 'http://evil.example', body: { candidateName: 'X', scenarioIds: ['mini'], customerMode: 'live' } });
    expect(crossSite.status).toBe(403);
    const examiners = (await kit.http('GET', '/api/users?role=examiner', { cookie: users.president.cookie })).body.users as PublicUser[];
    expect(examiners.map((u) => u.role)).toEqual(examiners.map(() => 'examiner'));
    expect(examiners.map((u) => u.id)).toContain(users.outsider.id);
  });

  it('refuses over the socket: a trainer, an outsider, a non-president, a candidate token', async () => {
    const exam = await createExam();
    const { candidate } = await joinAsCandidate(exam);
    const trainer = await kit.client(users.trainer.cookie);
    const outsider = await kit.client(users.outsider.cookie);
    const before = examEventsOf(exam.id).length;
    const mark = () => ({ id: kit.newId(), examId: exam.id, competency: 'RCD-01', decision: 'acquired' });

    expect(await trainer.emit<WatchAck>(examSocketEvents.watch, { examId: exam.id })).toMatchObject({ ok: false, error: { code: 'exam.notJury' } });
    expect(await outsider.emit<WatchAck>(examSocketEvents.watch, { examId: exam.id })).toMatchObject({ ok: false, error: { code: 'exam.notJury' } });
    expect(await outsider.emit<ExamAck>(examSocketEvents.mark, mark())).toMatchObject({ ok: false, error: { code: 'exam.notJury' } });
    expect(await outsider.emit<ExamAck>(examSocketEvents.start, { id: kit.newId(), examId: exam.id })).toMatchObject({ ok: false, error: { code: 'exam.notJury' } });
    for (const [event, payload] of [
      [examSocketEvents.watch, { examId: exam.id }],
      [examSocketEvents.mark, mark()],
      [examSocketEvents.customer, { id: kit.newId(), examId: exam.id, event: 'colere' }],
      [examSocketEvents.decision, { id: kit.newId(), examId: exam.id, decision: 'admis' }],
      [examSocketEvents.start, { id: kit.newId(), examId: exam.id }],
    ] as const) {
      expect(await candidate.emit<ExamAck>(event, payload), event).toMatchObject({ ok: false, error: { code: 'auth.required' } });
    }
    expect(examEventsOf(exam.id)).toHaveLength(before);
    expect(outsider.received.some((r) => r.event === examSocketEvents.event)).toBe(false);
    for (const socket of [candidate, trainer, outsider]) socket.close();
  });
  it('stops sending the exam’s events to a console whose examiner has signed out', async () => {
    const exam = await createExam();
    const cookie = await kit.login(users.other.login, password);
    const console_ = await kit.client(cookie);
    const president = await kit.client(users.president.cookie);
    expect(await console_.emit<WatchAck>(examSocketEvents.watch, { examId: exam.id })).toMatchObject({ ok: true });
    expect(await president.emit<WatchAck>(examSocketEvents.watch, { examId: exam.id })).toMatchObject({ ok: true });
    const mark = (competency: string) => ({ id: kit.newId(), examId: exam.id, competency, decision: 'acquired' });
    const events = () => console_.received.filter((r) => r.event === examSocketEvents.event).length;

    expect(await president.emit<ExamAck>(examSocketEvents.mark, mark('RCD-01'))).toMatchObject({ ok: true });
    await expect.poll(events).toBeGreaterThan(0);
    const seen = events();
    expect((await kit.http('POST', '/api/logout', { cookie })).status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 600)); // three recheck periods
    expect(await president.emit<ExamAck>(examSocketEvents.mark, mark('RCD-02'))).toMatchObject({ ok: true });
    await expect.poll(() => president.received.some((r) => r.event === examSocketEvents.event && JSON.stringify(r).includes('RCD-02'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events()).toBe(seen);
    for (const socket of [console_, president]) socket.close();
  });
});

describe('bad inputs', () => {
  it('error-acks bad payloads and stores nothing', async () => {
    const exam = await createExam();
    const president = await kit.client(users.president.cookie);
    const before = examEventsOf(exam.id).length;
    const bad: [string, unknown, string][] = [
      [examSocketEvents.mark, { examId: exam.id, competency: 'RCD-01', decision: 'acquired' }, 'exam.invalid'],
      [examSocketEvents.mark, { id: kit.newId(), examId: exam.id, competency: 'XYZ-01', decision: 'acquired' }, 'exam.invalid'],
      [examSocketEvents.mark, { id: kit.newId(), examId: exam.id, competency: 'ORG-01', decision: 'acquired' }, 'mark.notOnGrid'],
      [examSocketEvents.mark, { id: kit.newId(), examId: exam.id, competency: 'RCD-01', decision: 'maybe' }, 'exam.invalid'],
      [examSocketEvents.mark, { id: kit.newId(), examId: exam.id, competency: 'RCD-01', decision: 'acquired', comment: 'x'.repeat(20_000) }, 'exam.tooLarge'],
      [examSocketEvents.mark, { id: kit.newId(), examId: exam.id, competency: 'RCD-01', decision: 'acquired', extra: 1 }, 'exam.invalid'],
      [examSocketEvents.decision, 'admis', 'exam.invalid'],
      [examSocketEvents.start, { id: 'short', examId: exam.id }, 'exam.invalid'],
      [examSocketEvents.mark, { id: kit.newId(), examId: 'no-such-exam', competency: 'RCD-01', decision: 'acquired' }, 'exam.unknown'],
    ];
    for (const [event, payload, code] of bad) expect(await president.emit<ExamAck>(event, payload), code).toMatchObject({ ok: false, error: { code } });
    expect(examEventsOf(exam.id)).toHaveLength(before);

    const refused = await kit.http('POST', '/api/exams', { cookie: users.president.cookie, body: { candidateName: 'X', scenarioIds: ['no-such-scenario'], customerMode: 'live' } });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('no-such-scenario');
    const badJury = await kit.http('POST', '/api/exams', { cookie: users.president.cookie, body: { candidateName: 'X', scenarioIds: ['mini'], customerMode: 'live', jury: [users.trainer.id] } });
    expect(badJury.status).toBe(422);
    const badPresident = await kit.http('POST', '/api/exams', { cookie: users.president.cookie, body: { candidateName: 'X', scenarioIds: ['mini'], customerMode: 'live', president: users.outsider.id } });
    expect(badPresident.status).toBe(422);
    president.close();
  });
});
