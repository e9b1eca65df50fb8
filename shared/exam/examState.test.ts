import { describe, expect, it } from 'vitest';
import type { LoggedEvent } from '../protocol/examProtocol';
import { candidateExamView, examState, examSummary, juryOf } from './examState';

let seq = 0;
const event = (type: string, payload: unknown, author: string | null = 'u-pres'): LoggedEvent => {
  seq += 1;
  return { seq, sessionId: 'exam-1', sessionSeq: seq, clientEventId: null, type, payload, at: 1_000 + seq, role: 'examiner', author };
};
const created = event('exam.created', {
  candidateName: 'Camille Martin',
  scenarioIds: ['mini', 'sortant-mini'],
  customerMode: 'live',
  timeFactor: 1.5,
  jury: ['u-other', 'u-pres'],
  president: 'u-other',
  code: 'K7QM-P3XR',
  codeExpiresAt: 99_000,
  createdBy: 'u-pres',
  scenarioHashes: { mini: 'a'.repeat(64), 'sortant-mini': 'b'.repeat(64) },
});

describe('examState', () => {
  it('is null before the exam is created, and ignores events before it', () => {
    expect(examState([])).toBeNull();
    expect(examState([event('exam.started', {})])).toBeNull();
  });

  it('folds the lifecycle: created, joined, started, calls opened, finished', () => {
    const joined = event('exam.candidateJoined', { tokenHash: 'x' }, null);
    const started = event('exam.started', {});
    const first = event('exam.callOpened', { index: 0, sessionId: 's-1', scenarioId: 'mini' });
    const mark = event('mark.set', { examId: 'exam-1', competency: 'RCD-01', decision: 'acquired', comment: 'ok' });
    const second = event('exam.callOpened', { index: 1, sessionId: 's-2', scenarioId: 'sortant-mini' });

    const waiting = examState([created])!;
    expect(waiting).toMatchObject({ id: 'exam-1', status: 'waiting', candidateJoined: false, jury: ['u-pres', 'u-other'], president: 'u-other', timeFactor: 1.5, code: 'K7QM-P3XR', calls: [], currentCall: null });
    expect(waiting.createdAt).toBe(created.at);

    const running = examState([created, joined, started, first, mark])!;
    expect(running).toMatchObject({ status: 'running', candidateJoined: true, startedAt: started.at });
    expect(running.currentCall).toEqual({ index: 0, sessionId: 's-1', scenarioId: 'mini', openedAt: first.at });

    const later = examState([created, joined, started, first, mark, second])!;
    expect(later.calls.map((c) => c.sessionId)).toEqual(['s-1', 's-2']);
    expect(later.currentCall?.sessionId).toBe('s-2');

    const done = examState([created, joined, started, first, second, event('exam.finished', {})])!;
    expect(done).toMatchObject({ status: 'finished', currentCall: null });
    expect(done.calls).toHaveLength(2);
  });

  it('puts the creator first in the jury, each juror once', () => {
    expect(juryOf('a', ['b', 'a', 'c', 'b'])).toEqual(['a', 'b', 'c']);
  });

  it('summarises without the join code', () => {
    const summary = examSummary(examState([created])!);
    expect(JSON.stringify(summary)).not.toContain('K7QM');
    expect(summary).not.toHaveProperty('codeExpiresAt');
  });
});

describe('candidateExamView', () => {
  it('tells the candidate where the exam is and which call to join, and nothing of the jury', () => {
    const waiting = candidateExamView(examState([created])!);
    expect(waiting).toMatchObject({ examId: 'exam-1', candidateName: 'Camille Martin', status: 'waiting', currentSessionId: null, callNumber: 0, callCount: 2 });
    expect(waiting.message?.fr).toMatch(/Patientez/);

    const events = [created, event('exam.started', {}), event('exam.callOpened', { index: 1, sessionId: 's-2', scenarioId: 'sortant-mini' })];
    const running = candidateExamView(examState(events)!);
    expect(running).toEqual({ examId: 'exam-1', candidateName: 'Camille Martin', status: 'running', currentSessionId: 's-2', callNumber: 2, callCount: 2 });
    const text = JSON.stringify(running);
    for (const secret of ['K7QM', 'u-pres', 'u-other', 'aaaa', 'live', 'scenarioId']) expect(text).not.toContain(secret);
  });

  it('shows no call once the exam has finished', () => {
    const events = [created, event('exam.started', {}), event('exam.callOpened', { index: 0, sessionId: 's-1', scenarioId: 'mini' }), event('exam.finished', {})];
    expect(candidateExamView(examState(events)!)).toMatchObject({ status: 'finished', currentSessionId: null, callNumber: 0 });
  });
});
