import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../app/i18n/locales';
import { fetchScenarios } from '../catalogue/fetchScenarios';
import type { ScenarioSummary } from '../catalogue/parseScenarioList';
import { fetchSession, type SessionDescription, type SessionFailure } from './sessionApi';

export type DeskSessionState =
  | { status: 'loading' }
  | { status: 'error'; failure: SessionFailure }
  | { status: 'ready'; session: SessionDescription; scenario: ScenarioSummary | null };

/**
 * The session behind the desk (`GET /api/sessions/:id`) and what the catalogue says of its
 * scenario (title, briefing in the current language): the session API gives only the scenario's id.
 */
export function useDeskSession(sessionId: string, locale: Locale): DeskSessionState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ attempt: number; result: Awaited<ReturnType<typeof fetchSession>> } | null>(null);
  const [scenarios, setScenarios] = useState<{ locale: Locale; list: ScenarioSummary[] } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchSession(sessionId, controller.signal).then(
      (result) => setAnswer({ attempt, result }),
      () => undefined,
    );
    return () => controller.abort();
  }, [sessionId, attempt]);

  useEffect(() => {
    const controller = new AbortController();
    // The title is a comfort: without the catalogue the desk still works, under the scenario's id.
    fetchScenarios(locale, controller.signal).then(
      (list) => setScenarios({ locale, list }),
      () => setScenarios((before) => before ?? { locale, list: [] }),
    );
    return () => controller.abort();
  }, [locale]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  if (!answer || answer.attempt !== attempt) return { status: 'loading', retry };
  if (!answer.result.ok) return { status: 'error', failure: answer.result.failure, retry };
  const session = answer.result.data;
  const scenario = scenarios?.list.find((candidate) => candidate.id === session.scenarioId) ?? null;
  return { status: 'ready', session, scenario, retry };
}
