import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { PublicUser } from '../../shared/protocol/examProtocol';
import { route, type ApiRoute } from '../http/createRouter';
import { HttpError } from '../http/HttpError';
import { readJsonBody } from '../http/readJsonBody';
import { httpErrorCodes, sendJson } from '../http/sendJson';
import { authHttpError } from './authErrors';
import { checkSameOrigin } from './checkSameOrigin';
import type { AttemptLimiter } from './createAttemptLimiter';
import { passwordLength } from './passwordHash';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './sessionCookie';

const loginSchema = z.strictObject({
  login: z.string().max(200),
  password: z.string().max(passwordLength.max),
});

export type AuthRouteDeps = {
  limits: { perLogin: AttemptLimiter; perIp: AttemptLimiter };
  secureCookies: boolean;
  ttlMs: number;
  userFromRequest(req: IncomingMessage): PublicUser | null;
  verify(login: string, password: string): Promise<PublicUser | null>;
  /** Stores a new session for the user; returns its token (for the cookie only). */
  openSession(user: PublicUser): string;
  closeSession(token: string): void;
};

/**
 * `POST /api/login` `{ login, password }` → 200 PublicUser + the session cookie; 401
 * `auth.bad-credentials`; 429 `auth.too-many-attempts` with `Retry-After` (seconds).
 * `POST /api/logout` → 204, the session deleted and the cookie cleared.
 * `GET /api/me` → 200 PublicUser, or 401 `auth.not-signed-in`.
 */
export function authRoutes(deps: AuthRouteDeps): ApiRoute[] {
  const { limits } = deps;
  return [
    route('POST', '/api/login', async (req, res) => {
      checkSameOrigin(req);
      const parsed = loginSchema.safeParse(await readJsonBody(req, { limitBytes: 4096 }));
      if (!parsed.success) throw new HttpError(400, httpErrorCodes.badRequest, 'Expected { "login": string, "password": string }');
      const { login, password } = parsed.data;
      const keys = { perIp: `ip:${req.socket.remoteAddress ?? 'unknown'}`, perLogin: `login:${login.trim().toLowerCase()}` };
      // Counted before the slow check, so parallel guesses cannot slip past the limit.
      const verdicts = { perIp: limits.perIp.check(keys.perIp), perLogin: limits.perLogin.check(keys.perLogin) };
      if (!verdicts.perIp.allowed || !verdicts.perLogin.allowed) {
        if (verdicts.perIp.allowed) limits.perIp.release(keys.perIp);
        if (verdicts.perLogin.allowed) limits.perLogin.release(keys.perLogin);
        const waitMs = Math.max(verdicts.perIp.retryAfterMs, verdicts.perLogin.retryAfterMs);
        throw authHttpError('auth.too-many-attempts', { 'Retry-After': String(Math.ceil(waitMs / 1000)) });
      }
      const user = await deps.verify(login, password);
      if (!user) throw authHttpError('auth.bad-credentials');
      // Only failures count: colleagues signing in from one exam-room address do not lock it.
      limits.perIp.release(keys.perIp);
      limits.perLogin.reset(keys.perLogin);
      const token = deps.openSession(user);
      sendJson(res, 200, user, { 'Set-Cookie': sessionCookie(token, deps.ttlMs, deps.secureCookies) });
    }),
    route('POST', '/api/logout', (req, res) => {
      checkSameOrigin(req);
      const token = readCookie(req.headers.cookie, SESSION_COOKIE);
      if (token) deps.closeSession(token);
      res.writeHead(204, { 'Set-Cookie': clearedSessionCookie(deps.secureCookies), 'Cache-Control': 'no-store' });
      res.end();
    }),
    route('GET', '/api/me', (req, res) => {
      const user = deps.userFromRequest(req);
      if (!user) throw authHttpError('auth.not-signed-in');
      sendJson(res, 200, user);
    }),
  ];
}
