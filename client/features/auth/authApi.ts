import { userRoles, type PublicUser } from '../../../shared/protocol/examProtocol';

export type LoginResult =
  | { ok: true; user: PublicUser }
  | { ok: false; reason: 'bad-credentials' | 'error' }
  | { ok: false; reason: 'too-many-attempts'; retryAfterSeconds: number };

const json = { 'Content-Type': 'application/json', Accept: 'application/json' };

function isPublicUser(value: unknown): value is PublicUser {
  const user = value as Partial<PublicUser> | null;
  return (
    typeof user === 'object' && user !== null &&
    typeof user.id === 'string' && typeof user.login === 'string' && typeof user.name === 'string' &&
    (userRoles as readonly unknown[]).includes(user.role)
  );
}

/** `GET /api/me`: the signed-in user, or null (not signed in, session expired, server unreachable). */
export async function fetchMe(signal?: AbortSignal): Promise<PublicUser | null> {
  try {
    const response = await fetch('/api/me', { headers: { Accept: 'application/json' }, signal: signal ?? null });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    return isPublicUser(body) ? body : null;
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
}

/** `POST /api/login`: the server sets the session cookie (HttpOnly: this code never sees it). */
export async function login(credentials: { login: string; password: string }): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetch('/api/login', { method: 'POST', headers: json, body: JSON.stringify(credentials) });
  } catch {
    return { ok: false, reason: 'error' };
  }
  if (response.status === 401) return { ok: false, reason: 'bad-credentials' };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    return { ok: false, reason: 'too-many-attempts', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60 };
  }
  try {
    const body: unknown = await response.json();
    return response.ok && isPublicUser(body) ? { ok: true, user: body } : { ok: false, reason: 'error' };
  } catch {
    return { ok: false, reason: 'error' };
  }
}

/** `POST /api/logout`: deletes the session on the server and clears the cookie. */
export async function logout(): Promise<boolean> {
  try {
    const response = await fetch('/api/logout', { method: 'POST', headers: json, body: '{}' });
    return response.ok;
  } catch {
    return false;
  }
}
