import { applyCrmEvent } from '../crm/applyCrmEvent';
import { createCrmState } from '../crm/createCrmState';
import type { CrmState } from '../crm/crmEntities';
import type { CrmEvent } from '../crm/crmEvents';
import type { CrmAction, CrmRequest, CrmResponse } from '../crm/handleCrmRequest';
import { handleCrmRequest } from '../crm/handleCrmRequest';
import { daysBetween } from '../law/isoDate';
import { localDateTime } from '../law/localDateTime';
import { compileScenario } from '../scenario/compileScenario';
import { textIn } from '../scenario/localizedText';
import type { ScenarioRun } from '../scenario/createScenarioRun';
import { createScenarioRun } from '../scenario/createScenarioRun';
import { scenarioDay } from '../scenario/scenarioDay';
import type { Scenario } from '../scenario/scenarioSchema';

/** One entry of a session's action log: what the candidate did, when. */
export interface SessionActionRecord {
  seq: number;
  at: string;
  action: CrmAction;
}

/** A call being played: the scenario run, its CRM (a fold over its events) and every action. */
export interface PracticeSession {
  readonly id: string;
  readonly scenario: Scenario;
  readonly run: ScenarioRun;
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
  /** What the candidate reads before the call, in both languages (English falls back to French). */
  briefing: { fr: string; en: string };
  today: string;
  crmStatus: string;
  createdAt: string;
}

export function createPracticeSession(id: string, scenario: Scenario, startedAt: Date): PracticeSession {
  const realDay = localDateTime(startedAt, 'Europe/Paris').date;
  const today = scenarioDay(scenario, realDay);
  return {
    id,
    scenario,
    run: createScenarioRun(compileScenario(scenario), { startedAt: startedAt.getTime() }),
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
  return response;
}
