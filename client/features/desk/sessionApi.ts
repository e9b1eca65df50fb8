import type { PracticeMode } from '../../../shared/protocol/callProtocol';
import type { SessionActionRecord, SessionDescription } from '../../../shared/session/practiceSession';

export type { SessionActionRecord, SessionDescription };

/** Why a session request failed: the session is unknown, another HTTP status, or no answer. */
export type SessionFailure = { kind: 'notFound' } | { kind: 'http'; status: number } | { kind: 'network' } | { kind: 'format' };

export type SessionResult<T> = { ok: true; data: T } | { ok: false; failure: SessionFailure };

/** `POST /api/sessions`: a new practice session of the scenario, guided or as at the exam. */
export function createSession(scenarioId: string, mode: PracticeMode): Promise<SessionResult<SessionDescription>> {
  return requestJson('/api/sessions', { method: 'POST', body: JSON.stringify({ scenarioId, mode }) }, isSession);
}

/** `GET /api/sessions/:id`. */
export function fetchSession(sessionId: string, signal?: AbortSignal): Promise<SessionResult<SessionDescription>> {
  return requestJson(`/api/sessions/${encodeURIComponent(sessionId)}`, { signal: signal ?? null }, isSession);
}

/** `GET /api/sessions/:id/actions`: every CRM request of the session, oldest first. */
export async function fetchSessionActions(sessionId: string, signal?: AbortSignal): Promise<SessionResult<SessionActionRecord[]>> {
  const result = await requestJson(`/api/sessions/${encodeURIComponent(sessionId)}/actions`, { signal: signal ?? null }, (body): body is { actions: SessionActionRecord[] } =>
    Array.isArray((body as { actions?: unknown }).actions),
  );
  return result.ok ? { ok: true, data: [...result.data.actions].sort((a, b) => a.seq - b.seq) } : result;
}

async function requestJson<T>(url: string, init: RequestInit, check: (body: object) => body is T & object): Promise<SessionResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: init.body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { ok: false, failure: { kind: 'network' } };
  }
  if (response.status === 404) return { ok: false, failure: { kind: 'notFound' } };
  if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && check(body) ? { ok: true, data: body } : { ok: false, failure: { kind: 'format' } };
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { ok: false, failure: { kind: 'format' } };
  }
}

function isSession(body: object): body is SessionDescription {
  const session = body as Partial<SessionDescription>;
  return typeof session.id === 'string' && typeof session.scenarioId === 'string' && typeof session.today === 'string';
}
