import type { LocalizedText } from '../../../shared/competencies/referential';
import type { CrmCommandResult } from '../../../shared/crm/crmCommandOutcome';
import type { CrmRefusal } from '../../../shared/crm/crmRefusal';

/** Why a CRM request gave nothing usable, in the terms the screens explain it. */
export type CrmFailure =
  /** The CRM answered with its own refusal: a sentence in French and English, maybe a field. */
  | { kind: 'refused'; status: number; refusal: CrmRefusal }
  /** 503 `crm.down`: the scenario has made the CRM unavailable for now. */
  | { kind: 'down' }
  /** The session itself is unknown to the server (restarted, or a wrong address). */
  | { kind: 'sessionGone' }
  /** Any other HTTP answer (a transport error such as a body too large). */
  | { kind: 'http'; status: number }
  /** No answer at all. */
  | { kind: 'network' }
  /** An answer that is not the JSON expected. */
  | { kind: 'format' };

export type CrmResult<T> = { ok: true; status: number; data: T } | { ok: false; failure: CrmFailure };

export type CrmWriteMethod = 'POST' | 'PATCH' | 'PUT';

export interface CrmClient {
  /** `GET /api/sessions/:id/crm<path>?<query>`. The same read already under way is shared, not sent twice. */
  read<T>(path: string, query?: Readonly<Record<string, string>>): Promise<CrmResult<T>>;
  /** A command: `201 { id, fact }` or the CRM's refusal. */
  write(method: CrmWriteMethod, path: string, body: unknown): Promise<CrmResult<CrmCommandResult>>;
}

// Every CRM request is logged as evidence on the server: a read must not be sent twice because a
// component mounted twice (React's StrictMode does that in development). Reads of the same URL
// under way share one request.
const readsUnderWay = new Map<string, Promise<CrmResult<unknown>>>();

/**
 * The mock CRM of one practice session, over plain HTTP. `onSettled` is called after every
 * request, answered or not (the session's journal refreshes then).
 */
export function createCrmClient(sessionId: string, onSettled: () => void = () => undefined): CrmClient {
  const base = `/api/sessions/${encodeURIComponent(sessionId)}/crm`;

  async function send<T>(method: string, url: string, body?: unknown): Promise<CrmResult<T>> {
    try {
      return await request<T>(method, url, body);
    } finally {
      onSettled();
    }
  }

  return {
    read<T>(path: string, query: Readonly<Record<string, string>> = {}) {
      const search = new URLSearchParams(query).toString();
      const url = `${base}${path}${search ? `?${search}` : ''}`;
      let pending = readsUnderWay.get(url);
      if (!pending) {
        pending = send<unknown>('GET', url).finally(() => readsUnderWay.delete(url));
        readsUnderWay.set(url, pending);
      }
      return pending as Promise<CrmResult<T>>;
    },
    write(method, path, body) {
      return send<CrmCommandResult>(method, `${base}${path}`, body);
    },
  };
}

async function request<T>(method: string, url: string, body: unknown): Promise<CrmResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  if (response.ok) {
    return isRecord(json) ? { ok: true, status: response.status, data: json as T } : { ok: false, failure: { kind: 'format' } };
  }
  return { ok: false, failure: failureOf(response.status, json) };
}

/** The failure an error answer stands for: the CRM's own refusals carry a French and English message. */
export function failureOf(status: number, body: unknown): CrmFailure {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (status === 503 || error?.code === 'crm.down') return { kind: 'down' };
  if (error && typeof error.code === 'string' && isLocalized(error.message)) {
    const refusal: CrmRefusal = { code: error.code, message: { fr: error.message.fr, en: error.message.en } };
    if (typeof error.field === 'string') refusal.field = error.field;
    return { kind: 'refused', status, refusal };
  }
  if (status === 404) return { kind: 'sessionGone' };
  return { kind: 'http', status };
}

function isLocalized(value: unknown): value is LocalizedText {
  return isRecord(value) && typeof value.fr === 'string' && typeof value.en === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
