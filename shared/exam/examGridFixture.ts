import type { CallCommand } from '../protocol/callProtocol';
import type { LoggedEvent, MarkDecision, PublicUser } from '../protocol/examProtocol';
import type { Scenario } from '../scenario/scenarioSchema';
import { debriefSession } from '../scoring/debriefSession';
import { advanceSession, applyCallCommand } from '../session/applyCallCommand';
import { createPracticeSession, serveCrmRequest } from '../session/practiceSession';
import type { ExamGridInput } from './examGrid';

/** Test data for the grid and its exports: a jury of three, an exam of one call really played. */

export const T0 = Date.parse('2026-12-02T09:00:00+01:00');
export const EXAM_ID = 'exam-42';
export const SESSION_ID = 'call-1';
export const SCENARIO_HASH = 'a3f1c2e4b5d6978812345678901234567890abcdefabcdefabcdefabcdef0123';

export const jury: PublicUser[] = [
  { id: 'u-claire', login: 'claire', name: 'Claire Martin', role: 'examiner' },
  { id: 'u-paul', login: 'paul', name: 'Paul Durand', role: 'examiner' },
  { id: 'u-sami', login: 'sami', name: 'Sami Benali', role: 'examiner' },
];

/** Builds the exam's stored events one by one, with their sequence numbers and times. */
export function examLog(scenarioId: string, options: { president?: string } = {}) {
  const events: LoggedEvent[] = [];
  const push = (type: string, payload: unknown, s: number, author: string | null = 'u-claire', role = 'examiner') => {
    const seq = events.length + 1;
    events.push({ seq, sessionId: EXAM_ID, sessionSeq: seq, clientEventId: `c-${seq}`, type, payload, at: T0 + s * 1000, role, author });
    return events;
  };
  push('exam.created', {
    candidateName: 'Élodie Lefèvre',
    scenarioIds: [scenarioId],
    customerMode: 'scripted',
    timeFactor: 1,
    jury: ['u-paul', 'u-sami'],
    code: 'KXB-7QM',
    codeExpiresAt: T0 + 3_600_000,
    createdBy: 'u-claire',
    president: options.president ?? 'u-claire',
    scenarioHashes: { [scenarioId]: SCENARIO_HASH },
  }, -300);
  push('exam.candidateJoined', {}, -120, null, 'candidate');
  push('exam.started', {}, -60);
  push('exam.callOpened', { index: 0, sessionId: SESSION_ID, scenarioId }, -60);
  return {
    events,
    mark: (author: string, competency: string, decision: MarkDecision, comment = '', s = 100) =>
      push('mark.set', { examId: EXAM_ID, competency, decision, comment }, s, author),
    decide: (author: string, decision: 'admis' | 'ajourne', comment = '', s = 200) =>
      push('decision.recorded', { examId: EXAM_ID, decision, comment }, s, author),
    finish: (s = 60) => push('exam.finished', {}, s),
  };
}

/**
 * The mini scenario (tests/fixtures/scenarios/mini.scenario.yaml) played to a resolved ending
 * through the pure session functions, as the server does: a real debrief with evidence on
 * RCD-02, RCD-04, RCD-17, RCD-20 and RCD-25.
 */
export function playedCall(scenario: Scenario) {
  const session = createPracticeSession(SESSION_ID, scenario, new Date(T0), { mode: 'exam' });
  let count = 0;
  const command = (s: number, cmd: Record<string, unknown>) => {
    const at = T0 + s * 1000;
    advanceSession(session, at);
    const ack = applyCallCommand(session, { id: `cmd-${String(++count).padStart(6, '0')}`, ...cmd } as CallCommand, at);
    if (!ack.ok) throw new Error(`playedCall: ${String(cmd.type)} refused`);
  };
  command(0, { type: 'call.answer' });
  command(4, { type: 'dialogue.choose', option: 'charte' });
  serveCrmRequest(session, { method: 'GET', path: '/orders/CMD-1', query: {} }, new Date(T0 + 8000));
  command(10, { type: 'dialogue.choose', option: 'annonce' });
  serveCrmRequest(
    session,
    { method: 'POST', path: '/notes', query: {}, body: { customerId: 'C-1', author: 'Julie', direction: 'inbound', text: 'Commande CMD-1 partie hier, cliente informée.' } },
    new Date(T0 + 12_000),
  );
  command(14, { type: 'dialogue.choose', option: '1' });
  command(20, { type: 'wrapUp.finish' });
  return debriefSession(session);
}

/** The grid's input with the played call; marks and decisions are added by the caller. */
export function gridInput(scenario: Scenario, events: LoggedEvent[], withDebrief = true): ExamGridInput {
  return {
    examEvents: events,
    users: jury,
    calls: [{ sessionId: SESSION_ID, scenario, scenarioHash: SCENARIO_HASH, debrief: withDebrief ? playedCall(scenario) : null }],
  };
}

/** Reads CSV back as a spreadsheet would (RFC 4180 quoting, `;` cells, CRLF rows), for the tests. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += char;
    } else if (char === ';') {
      endCell();
    } else if (char === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += char;
    }
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** A finished exam with marks of every kind, a change of mind, a hostile comment and the president's decision. */
export function scoredExamEvents(scenarioId: string): LoggedEvent[] {
  const log = examLog(scenarioId);
  log.finish(30);
  log.mark('u-claire', 'RCD-02', 'acquired', 'Charte d’accueil respectée « Maison Test »', 40);
  log.mark('u-paul', 'RCD-02', 'acquired', '', 41);
  log.mark('u-paul', 'RCD-05', 'acquired', 'Questions ouvertes', 42);
  log.mark('u-sami', 'RCD-05', 'not-acquired', '=HYPERLINK("http://evil.example";"clic")', 43);
  log.mark('u-sami', 'RCD-09', 'not-observed', 'Pas d’objection dans ce scénario', 44);
  log.mark('u-claire', 'ADM-03', 'not-acquired', '-10 % oublié; "remise" non appliquée', 45);
  log.mark('u-claire', 'ADM-03', 'acquired', 'Corrigé après relecture', 50);
  log.decide('u-claire', 'ajourne', 'Bloc RCD incomplet', 60);
  return log.events;
}
