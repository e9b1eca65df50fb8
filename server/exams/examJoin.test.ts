import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateExamAck, JoinExamAnswer } from '../../shared/protocol/examProtocol';
import { examSocketEvents } from '../../shared/protocol/examProtocol';
import type { ExamState } from '../../shared/exam/examState';
import { createApp } from '../createApp';
import type { App } from '../createApp';
import { loadScenarioLibrary } from '../scenarios/loadScenarioLibrary';
import { examTestKit } from './examTestKit';

const library = await loadScenarioLibrary(['tests/fixtures/scenarios']);
const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
const dir = mkdtempSync(join(tmpdir(), 'plateau-exam-join-'));
const dataFile = join(dir, 'plateau.sqlite');
let clock = Date.now();
const hour = 60 * 60 * 1000;
const start = () => createApp({ clientDir: 'dist/client', scenarios, dataFile, exams: { now: () => clock, joinLimit: { max: 4, windowMs: 60_000 } } });
let app: App = start();
let kit: ReturnType<typeof examTestKit>;
let cookie = '';

beforeAll(async () => {
  kit = examTestKit((await app.listen(0)).url);
  await app.auth.addUser({ login: 'examinatrice', name: 'Examinatrice', role: 'examiner', password: 'correct horse battery' });
  cookie = await kit.login('examinatrice', 'correct horse battery');
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const createExam = async () =>
  (await kit.http('POST', '/api/exams', { cookie, body: { candidateName: 'Léa Petit', scenarioIds: ['mini'], customerMode: 'scripted' } })).body as unknown as ExamState;

const joinWith = (code: string) => kit.http('POST', '/api/exam-join', { body: { code } });

describe('the join code', () => {
  it('admits with the code however it is typed, refuses an unknown and an expired code alike, and limits attempts per IP', async () => {
    const exam = await createExam();
    const spoken = exam.code.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    const admitted = await joinWith(spoken);
    expect(admitted.status).toBe(200);
    expect(admitted.body).toMatchObject({ examId: exam.id, candidateName: 'Léa Petit' });
    expect((admitted.body as unknown as JoinExamAnswer).candidateToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const unknown = await joinWith(exam.code.startsWith('Z') ? 'Y000-0000' : 'Z000-0000');
    const garbage = await joinWith('not a code!');
    expect(unknown.status).toBe(404);
    expect(garbage).toMatchObject({ status: 404, body: unknown.body });
    expect((await joinWith('0000-0000')).status).toBe(404);

    // Four attempts a minute per IP: the fifth is refused, even with the right code.
    const limited = await joinWith(exam.code);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    clock += 61_000;
    expect((await joinWith(exam.code)).status).toBe(200);
    clock += 4 * hour;
    const expired = await joinWith(exam.code);
    expect(expired).toMatchObject({ status: 404, body: unknown.body });
  });

  it('keeps exams and candidate tokens across a restart (rebuilt from the store)', async () => {
    clock += 61_000;
    const exam = await createExam();
    const { candidateToken } = (await joinWith(exam.code)).body as unknown as JoinExamAnswer;
    await app.close();

    app = start();
    kit = examTestKit((await app.listen(0)).url);
    cookie = await kit.login('examinatrice', 'correct horse battery');
    const again = await kit.http('GET', `/api/exams/${exam.id}`, { cookie });
    expect(again.body).toMatchObject({ id: exam.id, code: exam.code, candidateJoined: true, status: 'waiting' });
    const candidate = await kit.client();
    expect(await candidate.emit<CandidateExamAck>(examSocketEvents.candidateJoin, { token: candidateToken })).toMatchObject({ ok: true, view: { examId: exam.id } });
    expect(await candidate.emit<CandidateExamAck>(examSocketEvents.candidateJoin, { token: candidateToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })).toMatchObject({
      ok: false,
      error: { code: 'exam.badToken' },
    });
    candidate.close();
  });
});
