import type { ExamGrid } from '../../../shared/exam/examGrid';
import { examGrid } from '../../../shared/exam/examGrid';
import type { ExamState } from '../../../shared/exam/examState';
import { examState } from '../../../shared/exam/examState';
import type { LoggedEvent, WatchState } from '../../../shared/protocol/examProtocol';
import type { Scenario } from '../../../shared/scenario/scenarioSchema';
import type { Debrief } from '../../../shared/scoring/debriefSession';
import { debriefSession, isCallFinished } from '../../../shared/scoring/debriefSession';
import type { PracticeSession } from '../../../shared/session/practiceSession';
import { applySessionEvent, replaySession } from '../../../shared/session/replaySession';

/** What the console has received: the watch's snapshot, then each live event folded in. */
export interface ConsoleLog {
  watch: WatchState;
  exam: LoggedEvent[];
  calls: Record<string, LoggedEvent[]>;
}

export function consoleLogOf(watch: WatchState): ConsoleLog {
  return { watch, exam: watch.exam, calls: watch.calls };
}

/**
 * Adds a live event in its place (by its per-session sequence). One already there (the watch's
 * snapshot and a broadcast can overlap after a reconnect) changes nothing.
 */
export function addLoggedEvent(log: ConsoleLog, event: LoggedEvent): ConsoleLog {
  const isExam = event.sessionId === log.watch.examId;
  const list = isExam ? log.exam : (log.calls[event.sessionId] ?? []);
  if (list.some((known) => known.sessionSeq === event.sessionSeq)) return log;
  const next = [...list, event].sort((a, b) => a.sessionSeq - b.sessionSeq);
  return isExam ? { ...log, exam: next } : { ...log, calls: { ...log.calls, [event.sessionId]: next } };
}

/** One opened call of the exam, replayed from its events. */
export interface ConsoleCall {
  index: number;
  sessionId: string;
  scenario: Scenario;
  events: LoggedEvent[];
  session: PracticeSession | null;
  /** What the call shows so far: the debrief of its session, finished or not. */
  debrief: Debrief | null;
  finished: boolean;
  replayError: string | null;
}

export interface ConsoleModel {
  exam: ExamState | null;
  calls: ConsoleCall[];
  current: ConsoleCall | null;
  grid: ExamGrid | null;
}

type Replayed = { count: number; session: PracticeSession | null; error: string | null };

/** Each call's replayed session, kept between folds. */
export type ReplayCache = Map<string, Replayed>;

/**
 * Folds the log into what the panels show. Sessions are replayed incrementally: `cache` keeps
 * each call's session and how many of its events it has played, so a new event costs one step.
 */
export function consoleModel(log: ConsoleLog, cache: ReplayCache, now: number): ConsoleModel {
  const exam = examState(log.exam);
  if (!exam) return { exam: null, calls: [], current: null, grid: null };
  const scenarios = new Map((log.watch.scenarios as Scenario[]).map((scenario) => [scenario.id, scenario]));
  const calls = exam.calls.flatMap((call): ConsoleCall[] => {
    const scenario = scenarios.get(call.scenarioId);
    if (!scenario) return [];
    const events = log.calls[call.sessionId] ?? [];
    const replayed = replay(cache, call.sessionId, scenario, events);
    const finished = replayed.session !== null && isCallFinished(replayed.session, now);
    return [
      {
        index: call.index,
        sessionId: call.sessionId,
        scenario,
        events,
        session: replayed.session,
        debrief: replayed.session ? debriefSession(replayed.session) : null,
        finished,
        replayError: replayed.error,
      },
    ];
  });
  const current = calls.find((call) => call.sessionId === exam.currentCall?.sessionId) ?? calls.at(-1) ?? null;
  const grid = gridOf(log, exam, calls);
  return { exam, calls, current, grid };
}

/** The jury's grid so far; null when the log cannot make one (no exam.created yet). */
function gridOf(log: ConsoleLog, exam: ExamState, calls: readonly ConsoleCall[]): ExamGrid | null {
  try {
    return examGrid({
      examEvents: log.exam,
      users: log.watch.jury,
      calls: calls.map((call) => ({
        sessionId: call.sessionId,
        scenario: call.scenario,
        scenarioHash: exam.scenarioHashes[call.scenario.id] ?? null,
        debrief: call.finished ? call.debrief : null,
      })),
    });
  } catch {
    return null;
  }
}

function replay(cache: ReplayCache, sessionId: string, scenario: Scenario, events: readonly LoggedEvent[]): Replayed {
  const known = cache.get(sessionId);
  if (known && known.count === events.length) return known;
  let result: Replayed;
  try {
    if (known?.session && known.count < events.length && known.count > 0) {
      for (const event of events.slice(known.count)) applySessionEvent(known.session, event);
      result = { count: events.length, session: known.session, error: null };
    } else {
      result = events.length === 0 ? { count: 0, session: null, error: null } : { count: events.length, session: replaySession(scenario, events), error: null };
    }
  } catch (error) {
    result = { count: events.length, session: known?.session ?? null, error: error instanceof Error ? error.message : String(error) };
  }
  cache.set(sessionId, result);
  return result;
}
