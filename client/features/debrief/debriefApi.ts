import type { LocalizedText } from '../../../shared/competencies/referential';
import type { Debrief } from '../../../shared/scoring/debriefTypes';

export type { Debrief };

export type DebriefResult =
  | { status: 'ready'; debrief: Debrief }
  | { status: 'not-finished'; message: LocalizedText }
  | { status: 'not-found' }
  | { status: 'error'; detail: string };

const base = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

export const debriefUrls = {
  pdf: (sessionId: string, locale: 'fr' | 'en') => `${base(sessionId)}/debrief.pdf?lang=${locale}`,
  json: (sessionId: string) => `${base(sessionId)}/export.json`,
};

/** `GET /api/sessions/:id/debrief`: the debrief, or why there is none yet. */
export async function fetchDebrief(sessionId: string, signal?: AbortSignal): Promise<DebriefResult> {
  let response: Response;
  try {
    response = await fetch(`${base(sessionId)}/debrief`, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: 'error', detail: 'network' };
  }
  if (response.status === 404) return { status: 'not-found' };
  try {
    const body = (await response.json()) as { error?: { message?: LocalizedText } } & Partial<Debrief>;
    if (response.status === 409 && body.error?.message) return { status: 'not-finished', message: body.error.message };
    if (response.ok && body.format === 1 && Array.isArray(body.competencies)) return { status: 'ready', debrief: body as Debrief };
    return { status: 'error', detail: `HTTP ${response.status}` };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: 'error', detail: 'format' };
  }
}
