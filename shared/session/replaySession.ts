import type { CrmRequest, CrmResponse } from '../crm/handleCrmRequest';
import type { CallCommand, CommandAck, PracticeMode } from '../protocol/callProtocol';
import type { LoggedEvent } from '../protocol/examProtocol';
import type { Scenario } from '../scenario/scenarioSchema';
import { advanceSession, applyCallCommand } from './applyCallCommand';
import { applyCustomerTrigger } from './applyCustomerTrigger';
import type { PracticeSession, SessionKind } from './practiceSession';
import { createPracticeSession, serveCrmRequest } from './practiceSession';

/** The payload of `session.created` (its `at` is the session's start). */
export interface SessionCreatedPayload {
  scenarioId: string;
  mode: PracticeMode;
  kind: SessionKind;
  examId?: string;
  timeFactor?: number;
}

/*
 * The three ways a session changes by an event. The live path (server/sessions) and the replay
 * below call these same functions in the same order, so replaying the stored events gives the
 * very state the live session had: time first catches up with the event (the timers due by then
 * fire, at their own deadlines), then the event applies at its time.
 */

/** A candidate command at `at`: `call.command` { command }. */
export function playCommand(session: PracticeSession, command: CallCommand, at: number): CommandAck {
  advanceSession(session, at);
  return applyCallCommand(session, command, at);
}

/** A CRM request at `at`: `crm.request` { method, path, query, body? }. */
export function playCrmRequest(session: PracticeSession, request: CrmRequest, at: number): CrmResponse {
  advanceSession(session, at);
  return serveCrmRequest(session, request, new Date(at));
}

/** The customer, played by an examiner, at `at`: `customer.trigger` { event }. */
export function playCustomerTrigger(session: PracticeSession, event: string, at: number): CommandAck {
  advanceSession(session, at);
  return applyCustomerTrigger(session, event, at);
}

/** A stored session event that cannot be replayed: the log and the code disagree. */
export class ReplayError extends Error {
  constructor(event: Pick<LoggedEvent, 'sessionId' | 'sessionSeq' | 'type'>, reason: string) {
    super(`session ${event.sessionId}, event ${event.sessionSeq} (${event.type}): ${reason}`);
    this.name = 'ReplayError';
  }
}

/**
 * Folds a session's stored events, in order, into its state: `session.created` first (it makes
 * the session, started at its `at`), then each `call.command`, `crm.request` and
 * `customer.trigger` played at its `at`. Time is not advanced past the last event: the caller
 * does that with `advanceSession(session, now)`. Throws a ReplayError when an event does not
 * apply as it did live (a refused command, an unknown type, another scenario).
 */
export function replaySession(scenario: Scenario, events: readonly LoggedEvent[]): PracticeSession {
  const [first, ...rest] = events;
  if (!first || first.type !== 'session.created') throw new ReplayError(first ?? { sessionId: '?', sessionSeq: 1, type: 'none' }, 'the first event must be session.created');
  const created = first.payload as SessionCreatedPayload;
  if (created.scenarioId !== scenario.id) throw new ReplayError(first, `made for scenario ${created.scenarioId}, not ${scenario.id}`);
  const session = createPracticeSession(first.sessionId, scenario, new Date(first.at), {
    mode: created.mode,
    kind: created.kind,
    ...(created.examId !== undefined ? { examId: created.examId } : {}),
    ...(created.timeFactor !== undefined ? { timeFactor: created.timeFactor } : {}),
  });
  for (const event of rest) applySessionEvent(session, event);
  return session;
}

/** Plays one stored event (not `session.created`) on the session: a console folding live events uses it too. */
export function applySessionEvent(session: PracticeSession, event: LoggedEvent): void {
  switch (event.type) {
    case 'call.command': {
      const ack = playCommand(session, (event.payload as { command: CallCommand }).command, event.at);
      if (!ack.ok || ack.duplicate) throw new ReplayError(event, ack.ok ? 'a duplicate command' : `refused: ${ack.error.code}`);
      return;
    }
    case 'crm.request':
      playCrmRequest(session, event.payload as CrmRequest, event.at);
      return;
    case 'customer.trigger': {
      const ack = playCustomerTrigger(session, (event.payload as { event: string }).event, event.at);
      if (!ack.ok) throw new ReplayError(event, `refused: ${ack.error.code}`);
      return;
    }
    default:
      throw new ReplayError(event, 'not a session event');
  }
}
