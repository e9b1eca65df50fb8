import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { authHttpError } from './authErrors';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * True unless the headers carry an `Origin` whose host differs from `Host` (a page of another
 * site, or the opaque `null` origin). Browsers send `Origin` on every cross-site request that
 * can change state, and on WebSocket handshakes; a request without one came from no web page.
 */
export function isSameOrigin(headers: IncomingHttpHeaders): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  const host = headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * A cheap CSRF guard on top of SameSite=Strict cookies: throws HttpError 403 `auth.cross-origin`
 * for a POST, PUT, PATCH or DELETE under /api/ sent from another origin. Call it first in any
 * route that changes state.
 */
export function checkSameOrigin(req: IncomingMessage): void {
  const method = req.method ?? 'GET';
  const path = req.url ?? '/';
  if (!stateChanging.has(method) || !path.startsWith('/api/')) return;
  if (!isSameOrigin(req.headers)) throw authHttpError('auth.cross-origin');
}
