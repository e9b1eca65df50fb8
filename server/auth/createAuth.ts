import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { z } from 'zod';
import { userRoles, type PublicUser, type UserRole } from '../../shared/protocol/examProtocol';
import type { ApiRoute } from '../http/createRouter';
import { authHttpError } from './authErrors';
import { authRoutes } from './authRoutes';
import { createAttemptLimiter, type AttemptLimiterOptions } from './createAttemptLimiter';
import { isSameOrigin } from './checkSameOrigin';
import { openAuthDatabase } from './openAuthDatabase';
import { defaultScryptParams, hashPassword, passwordLength, verifyPassword, type ScryptParams } from './passwordHash';
import { readCookie, SESSION_COOKIE } from './sessionCookie';

export type NewUser = { login: string; name: string; role: UserRole; password: string };

/** What a new user must be; `addUser` throws a ZodError with the faults otherwise. */
export const newUserSchema = z.strictObject({
  login: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/, 'login: 2 to 64 letters, digits, . _ @ -'),
  name: z.string().trim().min(1).max(120),
  role: z.enum(userRoles),
  password: z.string().min(passwordLength.min).max(passwordLength.max),
});

const passwordSchema = newUserSchema.shape.password;

export type AuthOptions = {
  /** The SQLite file shared with the event store (a connection of its own is opened). */
  file: string;
  now?: () => number;
  /** How long a session lasts from its login (default 12 h); it is refused once past. */
  sessionTtlMs?: number;
  /** Adds `Secure` to the session cookie (when Plateau is served over HTTPS). */
  secureCookies?: boolean;
  /** Failed logins allowed per login name and per client IP (defaults: 5 and 20 per 15 min). */
  loginLimits?: { perLogin?: Omit<AttemptLimiterOptions, 'now'>; perIp?: Omit<AttemptLimiterOptions, 'now'> };
  /** scrypt cost for new hashes (default `defaultScryptParams`; tests lower it). */
  scryptParams?: ScryptParams;
};

/** Anything with socket.io's handshake headers (a `Socket` on the server). */
export type HandshakeCarrier = { handshake: { headers: IncomingHttpHeaders } };

export type Auth = {
  addUser(user: NewUser): Promise<PublicUser>;
  listUsers(): PublicUser[];
  getUser(id: string): PublicUser | null;
  /** Sets a new password and signs the user out everywhere; throws if the login is unknown. */
  setPassword(login: string, password: string): Promise<PublicUser>;
  /** Removes the user and their sessions; null if the login is unknown. */
  removeUser(login: string): PublicUser | null;
  /** `POST /api/login`, `POST /api/logout`, `GET /api/me`. */
  routes: ApiRoute[];
  /** The signed-in user behind the request's session cookie, or null (none, unknown, expired). */
  userFromRequest(req: IncomingMessage): PublicUser | null;
  /** The signed-in user if their role is one of `roles`; else HttpError 401 `auth.not-signed-in` or 403 `auth.forbidden`. */
  requireRole(req: IncomingMessage, roles: readonly UserRole[]): PublicUser;
  /**
   * The user behind a socket's handshake cookie, read again from the store on every call (a
   * session may have expired or been revoked since the socket connected). Null when the
   * handshake came from another origin.
   */
  userFromSocket(socket: HandshakeCarrier): PublicUser | null;
  close(): void;
};

type UserRow = { id: string; login: string; name: string; role: UserRole };
type SessionUserRow = UserRow & { expires_at: number };

const DEFAULT_TTL_MS = 12 * 60 * 60 * 1000;
const FIFTEEN_MINUTES = 15 * 60 * 1000;
/** A session token: 32 random bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const toPublicUser = ({ id, login, name, role }: UserRow): PublicUser => ({ id, login, name, role });

/**
 * Users, their passwords (scrypt) and their sessions (a random token in an HttpOnly cookie;
 * only its SHA-256 is stored), and the checks every REST route and socket event makes.
 */
export function createAuth(options: AuthOptions): Auth {
  const now = options.now ?? Date.now;
  const ttlMs = options.sessionTtlMs ?? DEFAULT_TTL_MS;
  const scryptParams = options.scryptParams ?? defaultScryptParams;
  const db = openAuthDatabase(options.file);
  const sql = {
    insertUser: db.prepare('INSERT INTO users (id, login, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    userById: db.prepare('SELECT id, login, name, role FROM users WHERE id = ?'),
    userByLogin: db.prepare('SELECT id, login, name, role, password_hash FROM users WHERE login = ?'),
    users: db.prepare('SELECT id, login, name, role FROM users ORDER BY login'),
    setHash: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    deleteUser: db.prepare('DELETE FROM users WHERE id = ?'),
    insertSession: db.prepare('INSERT INTO auth_sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
    sessionUser: db.prepare(
      'SELECT u.id, u.login, u.name, u.role, s.expires_at FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?',
    ),
    deleteSession: db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?'),
    deleteUserSessions: db.prepare('DELETE FROM auth_sessions WHERE user_id = ?'),
    deleteExpired: db.prepare('DELETE FROM auth_sessions WHERE expires_at <= ?'),
  };
  const limits = {
    perLogin: createAttemptLimiter({ max: 5, windowMs: FIFTEEN_MINUTES, ...options.loginLimits?.perLogin, now }),
    perIp: createAttemptLimiter({ max: 20, windowMs: FIFTEEN_MINUTES, ...options.loginLimits?.perIp, now }),
  };
  let dummyHash: Promise<string> | null = null;

  function findByLogin(login: string): (UserRow & { password_hash: string }) | undefined {
    return sql.userByLogin.get(login.trim()) as (UserRow & { password_hash: string }) | undefined;
  }

  function userFromHeaders(headers: IncomingHttpHeaders): PublicUser | null {
    const token = readCookie(headers.cookie, SESSION_COOKIE);
    if (!token || !TOKEN_PATTERN.test(token)) return null;
    const hash = tokenHash(token);
    const row = sql.sessionUser.get(hash) as SessionUserRow | undefined;
    if (!row) return null;
    if (row.expires_at <= now()) {
      sql.deleteSession.run(hash);
      return null;
    }
    return toPublicUser(row);
  }

  const auth: Auth = {
    async addUser(input) {
      const user = newUserSchema.parse(input);
      if (findByLogin(user.login)) throw new Error(`The login "${user.login}" is already taken`);
      const hash = await hashPassword(user.password, scryptParams);
      const id = randomUUID();
      sql.insertUser.run(id, user.login, user.name, user.role, hash, now());
      return { id, login: user.login, name: user.name, role: user.role };
    },
    listUsers: () => (sql.users.all() as UserRow[]).map(toPublicUser),
    getUser(id) {
      const row = sql.userById.get(id) as UserRow | undefined;
      return row ? toPublicUser(row) : null;
    },
    async setPassword(login, password) {
      passwordSchema.parse(password);
      const user = findByLogin(login);
      if (!user) throw new Error(`No user with the login "${login}"`);
      const hash = await hashPassword(password, scryptParams);
      db.transaction(() => {
        sql.setHash.run(hash, user.id);
        sql.deleteUserSessions.run(user.id);
      })();
      return toPublicUser(user);
    },
    removeUser(login) {
      const user = findByLogin(login);
      if (!user) return null;
      db.transaction(() => {
        sql.deleteUserSessions.run(user.id);
        sql.deleteUser.run(user.id);
      })();
      return toPublicUser(user);
    },
    routes: [],
    userFromRequest: (req) => userFromHeaders(req.headers),
    requireRole(req, roles) {
      const user = userFromHeaders(req.headers);
      if (!user) throw authHttpError('auth.not-signed-in');
      if (!roles.includes(user.role)) throw authHttpError('auth.forbidden');
      return user;
    },
    userFromSocket(socket) {
      const { headers } = socket.handshake;
      return isSameOrigin(headers) ? userFromHeaders(headers) : null;
    },
    close() {
      if (db.open) db.close();
    },
  };

  auth.routes = authRoutes({
    limits,
    secureCookies: options.secureCookies ?? false,
    ttlMs,
    userFromRequest: auth.userFromRequest,
    async verify(login, password) {
      const user = findByLogin(login);
      // An unknown login costs the same scrypt as a known one: timing does not tell them apart.
      dummyHash ??= hashPassword(randomBytes(16).toString('hex'), scryptParams);
      const matches = await verifyPassword(password, user?.password_hash ?? (await dummyHash));
      return user && matches ? toPublicUser(user) : null;
    },
    openSession(user) {
      const token = randomBytes(32).toString('base64url');
      const at = now();
      db.transaction(() => {
        sql.deleteExpired.run(at);
        sql.insertSession.run(tokenHash(token), user.id, at, at + ttlMs);
      })();
      return token;
    },
    closeSession(token) {
      if (TOKEN_PATTERN.test(token)) sql.deleteSession.run(tokenHash(token));
    },
  });
  return auth;
}
