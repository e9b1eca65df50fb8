import { applyCrmEvent } from '../crm/applyCrmEvent';
import { createCrmState } from '../crm/createCrmState';
import type { CrmState } from '../crm/crmEntities';
import type { CrmEvent } from '../crm/crmEvents';
import type { CrmAction, CrmRequest, CrmResponse } from '../crm/handleCrmRequest';
import { handleCrmRequest } from '../crm/handleCrmRequest';
import { daysBetween } from '../law/isoDate';
import { localDateTime } from '../law/localDateTime';
import { machineFor } from '../scenario/compileScenario';
import { textIn } from '../scenario/localizedText';
import type { ScenarioRun } from '../scenario/createScenarioRun';
import { createScenarioRun } from '../scenario/createScenarioRun';
import { scenarioDay } from '../scenario/scenarioDay';
import type { Scenario } from '../scenario/scenarioSchema';
import type { CallPhase, PracticeMode } from '../protocol/callProtocol';
import type { CallLogEntry } from './callLog';

/** One entry of a session's action log: what the candidate did, when. */
export interface SessionActionRecord {
  seq: number;
  at: string;
  action: CrmAction;
}

/** One press of the dial button: the number as typed, and whether it reached the customer. */
export interface DialAttempt {
  number: string;
  at: number;
  result: 'connected' | 'wrong-number';
}

/** Where the call stands (times in ms since epoch, server clock). */
export interface CallState {
  phase: CallPhase;
  /** When the candidate answered (inbound) or dialled the right number (outbound). */
  connectedAt: number | null;
  /** When the scenario reached an ending. */
  endedAt: number | null;
  /** End of the after-call work (the call note), `endedAt` + WRAP_UP_MS. */
  wrapUpEndsAt: number | null;
  muted: boolean;
  dialAttempts: DialAttempt[];
}

/** After-call work: how long the CRM keeps the call open for its note once the call has ended. */
export const WRAP_UP_MS = 120_000;

/** Guided practice gives the candidate twice the time of the day itself. */
export function timeFactorOf(mode: PracticeMode): number {
  return mode === 'guided' ? 2 : 1;
}

/**
 * A call being played: the scenario run, its CRM (a fold over its events), every CRM action and
 * every accepted call command. An inbound session's run is replaced when the call is answered,
 * so that its timers count from the answer (see applyCallCommand).
 */
export interface PracticeSession {
  readonly id: string;
  readonly scenario: Scenario;
  readonly mode: PracticeMode;
  /** A practice call, or one call of a live exam (then `examId` is the exam's). */
  readonly kind: SessionKind;
  readonly examId: string | null;
  /** What every scenario timer is multiplied by: guided practice doubles it, exam accommodations scale it. */
  readonly timeFactor: number;
  run: ScenarioRun;
  call: CallState;
  /** Accepted call commands, in order; a command id appears at most once. */
  readonly callLog: CallLogEntry[];
  /** The call log's seq of each accepted command id (a retry is found without reading the log). */
  readonly commandSeqs: Map<string, number>;
  /** The call's business day: the CRM reads statuses (overdue, expired) on it. */
  readonly today: string;
  /**
   * How far the scenario's business day lies from the day the session started, in ms: the CRM's
   * clock is the wall clock moved onto that day, so "tomorrow" stays tomorrow in the scenario.
   */
  readonly clockShiftMs: number;
  readonly createdAt: string;
  readonly crmEvents: CrmEvent[];
  crm: CrmState;
  readonly actions: SessionActionRecord[];
}

/** What a session shows of itself over the API. */
export interface SessionDescription {
  id: string;
  scenarioId: string;
  title: string;
  direction: Scenario['direction'];
  mode: PracticeMode;
  phase: CallPhase;
  /** What the candidate reads before the call, in both languages (English falls back to French). */
  briefing: { fr: string; en: string };
  today: string;
  crmStatus: string;
  createdAt: string;
}

export const sessionKinds = ['practice', 'exam'] as const;
export type SessionKind = (typeof sessionKinds)[number];

export interface PracticeSessionOptions {
  /** Default 'guided'. */
  mode?: PracticeMode;
  /** Extra time for a candidate with accommodations (exam): multiplies every timer. Default 1. */
  timeFactor?: number;
  /** Default 'practice'. */
  kind?: SessionKind;
  examId?: string;
}

/**
 * A new session: an inbound call rings (its run waits for the answer, but the CRM already
 * answers and its facts count), an outbound call is being prepared (its run is live: the
 * candidate may decide not to dial).
 */
export function createPracticeSession(id: string, scenario: Scenario, startedAt: Date, options: PracticeSessionOptions = {}): PracticeSession {
  const realDay = localDateTime(startedAt, 'Europe/Paris').date;
  const today = scenarioDay(scenario, realDay);
  const mode = options.mode ?? 'guided';
  const timeFactor = timeFactorOf(mode) * (options.timeFactor ?? 1);
  return {
    id,
    scenario,
    mode,
    kind: options.kind ?? 'practice',
    examId: options.examId ?? null,
    timeFactor,
    run: createScenarioRun(machineFor(scenario), { startedAt: startedAt.getTime(), timeFactor }),
    call: {
      phase: scenario.direction === 'inbound' ? 'ringing' : 'preparing',
      connectedAt: null,
      endedAt: null,
      wrapUpEndsAt: null,
      muted: false,
      dialAttempts: [],
    },
    callLog: [],
    commandSeqs: new Map(),
    today,
    clockShiftMs: daysBetween(realDay, today) * 86_400_000,
    createdAt: startedAt.toISOString(),
    crmEvents: [],
    crm: createCrmState(scenario.crm ?? {}, { today }),
    actions: [],
  };
}

export function describeSession(session: PracticeSession): SessionDescription {
  return {
    id: session.id,
    scenarioId: session.scenario.id,
    title: session.scenario.title,
    direction: session.scenario.direction,
    mode: session.mode,
    phase: session.call.phase,
    briefing: { fr: textIn(session.scenario.briefing, 'fr'), en: textIn(session.scenario.briefing, 'en') },
    today: session.today,
    crmStatus: session.run.snapshot.context.crmStatus,
    createdAt: session.createdAt,
  };
}

const CRM_DOWN = {
  fr: 'Le CRM est indisponible pour le moment : réessayez dans un instant.',
  en: 'The CRM is unavailable right now: try again in a moment.',
};
const CRM_FAILING = {
  fr: 'Le CRM n’a pas pu enregistrer : rien n’a été créé ni modifié. Réessayez dans un instant.',
  en: 'The CRM could not save: nothing was created or changed. Try again in a moment.',
};

/** The answer of a CRM that cannot serve the request (down, or failing to save). */
function unavailable(request: CrmRequest, status: number, code: string, message: { fr: string; en: string }): CrmResponse {
  const method = request.method.toUpperCase();
  return {
    status,
    body: { error: { code, message } },
    events: [],
    action: {
      kind: method === 'GET' ? 'read' : 'write',
      method,
      path: request.path,
      params: { ...request.query, ...(request.body !== undefined ? { body: request.body } : {}) },
      status,
      summary: message,
      facts: [],
    },
  };
}

/**
 * Serves a CRM request of the session at `at`: while the scenario keeps the CRM down it answers
 * 503, while it is failing every write answers 500 and saves nothing; otherwise the CRM answers,
 * its events are appended and folded, and the scenario run learns each fact as a
 * `candidate.crm` event. Either way the action is logged.
 */
export function serveCrmRequest(session: PracticeSession, request: CrmRequest, at: Date): CrmResponse {
  const status = session.run.snapshot.context.crmStatus;
  const response =
    status === 'down'
      ? unavailable(request, 503, 'crm.down', CRM_DOWN)
      : status === 'failing' && request.method.toUpperCase() !== 'GET'
        ? unavailable(request, 500, 'crm.failing', CRM_FAILING)
        : handleCrmRequest(session.crm, request, { now: new Date(at.getTime() + session.clockShiftMs).toISOString(), today: session.today });
  for (const event of response.events) {
    session.crmEvents.push(event);
    session.crm = applyCrmEvent(session.crm, event);
  }
  session.actions.push({ seq: session.actions.length + 1, at: at.toISOString(), action: response.action });
  for (const fact of response.action.facts) session.run.send({ type: 'candidate.crm', ...fact }, at.getTime());
  settleCall(session);
  return response;
}

/**
 * Moves the call to wrap-up once its run has reached an ending (hang-up, transfer, timer, the
 * customer, a CRM reaction): the after-call work starts at the ending's time.
 */
export function settleCall(session: PracticeSession): void {
  const { call, run } = session;
  if ((call.phase !== 'connected' && call.phase !== 'preparing') || !run.done) return;
  const endedAt = run.log.at(-1)?.at ?? Date.parse(session.createdAt);
  call.phase = 'wrap-up';
  call.endedAt = endedAt;
  call.wrapUpEndsAt = endedAt + WRAP_UP_MS;
  call.muted = false;
}
