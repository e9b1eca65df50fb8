import { useCallback, useEffect, useState } from 'react';
import { fetchSession, type SessionDescription, type SessionFailure } from './sessionApi';

export type DeskSessionState =
  | { status: 'loading' }
  | { status: 'error'; failure: SessionFailure }
  | { status: 'ready'; session: SessionDescription };

/** The session behind the desk (`GET /api/sessions/:id`): its scenario's title, briefing and day. */
export function useDeskSession(sessionId: string): DeskSessionState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<{ attempt: number; result: Awaited<ReturnType<typeof fetchSession>> } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchSession(sessionId, controller.signal).then(
      (result) => setAnswer({ attempt, result }),
      () => undefined,
    );
    return () => controller.abort();
  }, [sessionId, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  if (!answer || answer.attempt !== attempt) return { status: 'loading', retry };
  if (!answer.result.ok) return { status: 'error', failure: answer.result.failure, retry };
  return { status: 'ready', session: answer.result.data, retry };
}
