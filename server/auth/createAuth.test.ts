import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Server as SocketServer } from 'socket.io';
import { io as connectSocket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublicUser } from '../../shared/protocol/examProtocol';
import { createRouter, route } from '../http/createRouter';
import { httpErrorCodes, sendError, sendJson } from '../http/sendJson';
import { createEventStore } from '../store/createEventStore';
import { createAuth, type Auth, type AuthOptions } from './createAuth';
import { openAuthDatabase } from './openAuthDatabase';

const T0 = Date.parse('2026-12-02T08:00:00Z');
const PASSWORD = 'correct horse battery';
const fastHash = { N: 2 ** 10, r: 8, p: 1 };

type Harness = { auth: Auth; base: string; file: string; io: SocketServer; setClock(ms: number): void; close(): Promise<void> };

/** The auth routes, a route that requires the examiner or admin role and a socket.io server, on a random port. */
async function startHarness(options: Partial<AuthOptions> = {}): Promise<Harness> {
  const file = join(mkdtempSync(join(tmpdir(), 'plateau-auth-')), 'plateau.sqlite');
  let clock = T0;
  const auth = createAuth({ file, now: () => clock, scryptParams: fastHash, ...options });
  const router = createRouter([
    ...auth.routes,
    route('GET', '/api/jury-only', (req, res) => sendJson(res, 200, auth.requireRole(req, ['examiner', 'admin']))),
  ]);
  const server: Server = createServer((req, res) => {
    void router.handle(req, res, (req.url ?? '/').split('?')[0]!).then((handled) => {
      if (!handled) sendError(res, 404, httpErrorCodes.notFound, 'none');
    });
  });
  const io = new SocketServer(server);
  io.on('connection', (socket) => socket.on('whoami', (ack: (user: PublicUser | null) => void) => ack(auth.userFromSocket(socket))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    auth,
    base: `http://127.0.0.1:${port}`,
    file,
    io,
    setClock: (ms) => (clock = ms),
    async close() {
      await io.close();
      auth.close();
    },
  };
}

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await h.auth.addUser({ login: 'Martin', name: 'Claire Martin', role: 'examiner', password: PASSWORD });
  await h.auth.addUser({ login: 'durand', name: 'Paul Durand', role: 'trainer', password: PASSWORD });
});
afterEach(() => h.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${h.base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const get = (path: string, cookie?: string) => fetch(`${h.base}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

/** Logs in and returns the `name=value` of the session cookie. */
async function signIn(login: string, password = PASSWORD): Promise<string> {
  const response = await post('/api/login', { login, password });
  expect(response.status).toBe(200);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

describe('POST /api/login', () => {
  it('answers the public user and sets an HttpOnly, SameSite=Strict session cookie whose token is stored only hashed', async () => {
    const response = await post('/api/login', { login: 'MARTIN', password: PASSWORD });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: expect.any(String), login: 'Martin', name: 'Claire Martin', role: 'examiner' });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^plateau_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Max-Age=43200', 'Path=/', 'SameSite=Strict']);

    const token = cookie.split(';')[0]!.split('=')[1]!;
    const db = new Database(h.file, { readonly: true });
    const rows = db.prepare('SELECT token_hash FROM auth_sessions').all() as { token_hash: string }[];
    db.close();
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);

    const me = await get('/api/me', cookie.split(';')[0]);
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(await me.json()).toMatchObject({ login: 'Martin', role: 'examiner' });
  });

  it('adds Secure to the cookie when configured', async () => {
    await h.close();
    h = await startHarness({ secureCookies: true });
    await h.auth.addUser({ login: 'martin', name: 'Claire Martin', role: 'examiner', password: PASSWORD });
    const response = await post('/api/login', { login: 'martin', password: PASSWORD });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('answers 401 to a wrong password or an unknown login, then 429 with Retry-After past 5 failures, even for the right password', async () => {
    for (let i = 0; i < 5; i += 1) {
      const wrong = await post('/api/login', { login: 'martin', password: 'not the password' });
      expect(wrong.status).toBe(401);
      expect(await errorCode(wrong)).toBe('auth.bad-credentials');
      expect(wrong.headers.get('set-cookie')).toBeNull();
    }
    const unknown = await post('/api/login', { login: 'nobody', password: PASSWORD });
    expect(unknown.status).toBe(401);
    expect(await errorCode(unknown)).toBe('auth.bad-credentials');

    h.setClock(T0 + 60_000);
    const blocked = await post('/api/login', { login: 'martin', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(await errorCode(blocked)).toBe('auth.too-many-attempts');
    expect(blocked.headers.get('retry-after')).toBe(String(15 * 60 - 60));
    expect(blocked.headers.get('set-cookie')).toBeNull();
    // Another login from the same address is not locked by martin's failures.
    expect((await post('/api/login', { login: 'durand', password: PASSWORD })).status).toBe(200);

    h.setClock(T0 + 15 * 60_000 + 1);
    expect((await post('/api/login', { login: 'martin', password: PASSWORD })).status).toBe(200);
  });

  it('counts guesses sent in parallel before checking them: 10 at once give 5 × 401 and 5 × 429', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => post('/api/login', { login: 'martin', password: 'guess guess guess' })));
    expect(answers.map((a) => a.status).sort()).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('limits failures per IP address across logins (20 per 15 min), while successes do not count', async () => {
    for (let i = 0; i < 25; i += 1) expect((await post('/api/login', { login: 'durand', password: PASSWORD })).status).toBe(200);
    for (let i = 0; i < 20; i += 1) expect((await post('/api/login', { login: `guess${i}`, password: 'wrong wrong' })).status).toBe(401);
    const blocked = await post('/api/login', { login: 'durand', password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(15 * 60);
  });

  it('refuses a login posted from another origin (403), accepts the same origin', async () => {
    const foreign = await post('/api/login', { login: 'martin', password: PASSWORD }, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await errorCode(foreign)).toBe('auth.cross-origin');
    expect((await post('/api/login', { login: 'martin', password: PASSWORD }, { Origin: h.base })).status).toBe(200);
  });

  it('answers 400 to a malformed body and 415 to a non-JSON one', async () => {
    expect((await post('/api/login', { login: 'martin' })).status).toBe(400);
    const form = await fetch(`${h.base}/api/login`, { method: 'POST', body: 'login=martin' });
    expect(form.status).toBe(415);
  });
});

describe('sessions', () => {
  it('refuses a session past its 12 hours and deletes it', async () => {
    const cookie = await signIn('martin');
    h.setClock(T0 + 12 * 3600_000 - 1);
    expect((await get('/api/me', cookie)).status).toBe(200);
    h.setClock(T0 + 12 * 3600_000);
    const expired = await get('/api/me', cookie);
    expect(expired.status).toBe(401);
    expect(await errorCode(expired)).toBe('auth.not-signed-in');
    const db = new Database(h.file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM auth_sessions').get()).toEqual({ n: 0 });
    db.close();
  });

  it('logout deletes the session (a replayed cookie is refused) and clears the cookie', async () => {
    const cookie = await signIn('martin');
    const other = await signIn('martin');
    const out = await post('/api/logout', {}, { Cookie: cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toBe('plateau_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0');
    expect((await get('/api/me', cookie)).status).toBe(401);
    expect((await get('/api/me', other)).status).toBe(200);
  });

  it('a new password or a removed user signs out every session', async () => {
    const martin = await signIn('martin');
    const durand = await signIn('durand');
    await h.auth.setPassword('MARTIN', 'another long password');
    expect((await get('/api/me', martin)).status).toBe(401);
    expect((await post('/api/login', { login: 'martin', password: PASSWORD })).status).toBe(401);
    await signIn('martin', 'another long password');
    expect(h.auth.removeUser('durand')).toMatchObject({ login: 'durand' });
    expect((await get('/api/me', durand)).status).toBe(401);
    expect(h.auth.removeUser('durand')).toBeNull();
  });

  it('ignores a forged or malformed cookie', async () => {
    expect((await get('/api/me', `plateau_session=${'A'.repeat(43)}`)).status).toBe(401);
    expect((await get('/api/me', 'plateau_session=../../etc')).status).toBe(401);
  });
});

describe('requireRole', () => {
  it('answers 401 without a session, 403 to a role not allowed, and lets the allowed role through', async () => {
    const anonymous = await get('/api/jury-only');
    expect(anonymous.status).toBe(401);
    expect(await errorCode(anonymous)).toBe('auth.not-signed-in');
    const trainer = await get('/api/jury-only', await signIn('durand'));
    expect(trainer.status).toBe(403);
    expect(await errorCode(trainer)).toBe('auth.forbidden');
    const examiner = await get('/api/jury-only', await signIn('martin'));
    expect(examiner.status).toBe(200);
    expect(await examiner.json()).toMatchObject({ login: 'Martin', role: 'examiner' });
  });
});

describe('userFromSocket', () => {
  const whoami = async (headers: Record<string, string>) => {
    const socket = connectSocket(h.base, { transports: ['websocket'], extraHeaders: headers, forceNew: true });
    return {
      ask: () => socket.timeout(2000).emitWithAck('whoami') as Promise<PublicUser | null>,
      close: () => socket.close(),
    };
  };

  it('reads the handshake cookie again on every event: a logout takes effect on an open socket', async () => {
    const cookie = await signIn('martin');
    const socket = await whoami({ Cookie: cookie });
    expect(await socket.ask()).toMatchObject({ login: 'Martin', role: 'examiner' });
    await post('/api/logout', {}, { Cookie: cookie });
    expect(await socket.ask()).toBeNull();
    socket.close();
  });

  it('is null without a cookie, and for a handshake from another origin', async () => {
    const cookie = await signIn('martin');
    const anonymous = await whoami({});
    expect(await anonymous.ask()).toBeNull();
    anonymous.close();
    const foreign = await whoami({ Cookie: cookie, Origin: 'https://evil.example' });
    expect(await foreign.ask()).toBeNull();
    foreign.close();
  });
});

describe('users', () => {
  it('refuses a short password, a duplicate login in another case, and an unknown role', async () => {
    await expect(h.auth.addUser({ login: 'leroy', name: 'L', role: 'admin', password: 'short' })).rejects.toThrow();
    await expect(h.auth.addUser({ login: 'MARTIN', name: 'Other', role: 'admin', password: PASSWORD })).rejects.toThrow(/already taken/);
    await expect(h.auth.addUser({ login: 'leroy', name: 'L', role: 'root' as 'admin', password: PASSWORD })).rejects.toThrow();
    expect(h.auth.listUsers().map((u) => u.login)).toEqual(['durand', 'Martin']);
    const [durand] = h.auth.listUsers();
    expect(h.auth.getUser(durand!.id)).toEqual(durand);
    expect(Object.keys(durand!).sort()).toEqual(['id', 'login', 'name', 'role']);
  });

  it('shares its file with the event store: WAL, synchronous=FULL, and the store keeps its schema version', async () => {
    const db = openAuthDatabase(h.file);
    expect([db.pragma('journal_mode', { simple: true }), db.pragma('synchronous', { simple: true })]).toEqual(['wal', 2]);
    db.close();
    const store = createEventStore({ file: h.file });
    await store.append({ sessionId: 's1', type: 'session.created', payload: {}, role: 'server' });
    expect((await store.settings()).userVersion).toBe(1);
    expect(h.auth.listUsers()).toHaveLength(2);
    await store.close();
    expect(await signIn('martin')).toMatch(/^plateau_session=/);
  });
});
