import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server as SocketServer } from 'socket.io';
import type { ViteDevServer } from 'vite';
import { createRouter, type ApiRoute } from './http/createRouter';
import { createStaticHandler } from './http/createStaticHandler';
import { httpErrorCodes, sendError, sendJson } from './http/sendJson';
import { scenarioRoutes } from './scenarios/scenarioRoutes';
import { attachCallSocket } from './sessions/callSocket';
import type { CallSocketOptions } from './sessions/callSocket';
import { createSessionRegistry } from './sessions/createSessionRegistry';
import type { SessionRegistry } from './sessions/createSessionRegistry';
import { sessionRoutes } from './sessions/sessionRoutes';
import { debriefRoutes } from './debrief/debriefRoutes';
import { createEventStore } from './store/createEventStore';
import type { EventStore } from './store/createEventStore';
import { createAuth } from './auth/createAuth';
import type { Auth } from './auth/createAuth';
import { createExams } from './exams/createExams';
import type { ExamsOptions } from './exams/createExams';
import type { Scenario } from '../shared/scenario/scenarioSchema';

export type CreateAppOptions = {
  /** Built client to serve (default: dist/client of this repository); a relative path resolves against the working directory. */
  clientDir?: string;
  /** Serve the client through Vite in middleware mode, with hot reload, instead of the built files. */
  dev?: boolean;
  /** The checked scenario library the catalogue serves (main.ts loads it from scenarios/). */
  scenarios?: readonly Scenario[];
  /** How long a CRM request takes while a scenario has made the CRM slow (default 2.5 s). */
  slowCrmMs?: number;
  /** Extra JSON API routes, after the built-in ones; every pattern should start with /api/. */
  routes?: readonly ApiRoute[];
  /** Version reported by /healthz (default: the version in package.json). */
  version?: string;
  /** The practice call's socket: clock, command size cap, rate limit (tests shorten them). */
  callSocket?: CallSocketOptions;
  /** Receives unexpected errors (default: console.error). */
  onError?: (error: unknown) => void;
  /** The SQLite file of the event store (default: .data/plateau.sqlite in this repository; created if missing). */
  dataFile?: string;
  /** An event store to use instead of opening `dataFile` (its owner closes it). */
  store?: EventStore;
  /** Exams: clock, join-code lifetime and attempts, input caps, scenario source texts (tests shorten them). */
  exams?: Pick<ExamsOptions, 'now' | 'codeTtlMs' | 'joinLimit' | 'rateLimit' | 'maxInputBytes' | 'recheckMs' | 'scenarioTexts'>;
};

export type ListeningAddress = { url: string; port: number };

export type App = {
  httpServer: HttpServer;
  io: SocketServer;
  /** The durable event log of every session and exam. */
  store: EventStore;
  /** The call sessions, logged in the store. */
  sessions: SessionRegistry;
  /** Users and their sign-in sessions, in the same SQLite file. */
  auth: Auth;
  /**
   * Recovers every session of the store (timers re-armed from their deadlines), then listens;
   * port 0 picks a free port. Host defaults to 127.0.0.1.
   */
  listen(port: number, host?: string): Promise<ListeningAddress>;
  /** How many sessions the last `listen()` recovered from the store. */
  recovered(): number;
  /** Disconnects sockets, stops Vite in dev, closes the HTTP server, then the store it opened. Safe to call twice. */
  close(): Promise<void>;
};

/** Where the event store lives unless told: `.data/plateau.sqlite` in this repository (gitignored). */
export const defaultDataFile = fileURLToPath(new URL('../.data/plateau.sqlite', import.meta.url));

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const appName = 'plateau';

/** The API routes every app serves; `options.routes` come after them (tests, extra routes). */
function builtInRoutes(options: CreateAppOptions, sessions: SessionRegistry): ApiRoute[] {
  return [
    ...scenarioRoutes(options.scenarios ?? []),
    ...sessionRoutes(sessions, options.slowCrmMs !== undefined ? { slowCrmMs: options.slowCrmMs } : {}),
    ...debriefRoutes(sessions),
  ];
}

/**
 * Wires Plateau's single HTTP server: `GET /healthz`, JSON routes under `/api/`, socket.io on its
 * default path (/socket.io/), and the client — built files with an SPA fallback, or Vite's
 * middleware in dev. It does not listen until `listen()` is called, so tests can pick port 0.
 */
export function createApp(options: CreateAppOptions = {}): App {
  const onError = options.onError ?? ((error: unknown) => console.error(error));
  const version = options.version ?? readPackageVersion();
  const startedAt = performance.now();
  const store = options.store ?? openStore(options.dataFile ?? defaultDataFile);
  const sessions = createSessionRegistry({ scenarios: options.scenarios ?? [], store });
  let recoveredCount = 0;
  const serveStatic = createStaticHandler({ root: resolve(options.clientDir ?? resolve(repoRoot, 'dist/client')) });

  const httpServer = createServer((req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      onError(error);
      if (!res.headersSent) sendError(res, 500, httpErrorCodes.internal, 'Internal server error');
      else res.destroy();
    });
  });
  // Candidate commands are small: a bigger message is a fault, and closes its connection.
  const io = new SocketServer(httpServer, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
  const calls = attachCallSocket(io, sessions, { onError, ...options.callSocket });
  const auth = createAuth({ file: options.dataFile ?? defaultDataFile });
  const exams = createExams({ io, store, sessions, auth, scenarios: options.scenarios ?? [], onError, ...options.exams });
  const router = createRouter([...builtInRoutes(options, sessions), ...auth.routes, ...exams.routes, ...(options.routes ?? [])], { onError: (error) => onError(error) });
  const vitePromise: Promise<ViteDevServer> | null = options.dev ? startVite(httpServer) : null;
  // Surface a Vite start-up failure through listen(); avoid an unhandled rejection meanwhile.
  vitePromise?.catch(() => undefined);

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '/';
    if (!pathname.startsWith('/')) {
      sendError(res, 400, httpErrorCodes.badRequest, 'Malformed request target');
      return;
    }

    if (pathname === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendError(res, 405, httpErrorCodes.methodNotAllowed, `${req.method ?? ''} is not allowed on /healthz`, {
          Allow: 'GET, HEAD',
        });
        return;
      }
      sendJson(res, 200, {
        status: 'ok',
        name: appName,
        version,
        uptimeSeconds: Math.floor((performance.now() - startedAt) / 1000),
      });
      return;
    }

    if (pathname === '/api' || pathname.startsWith('/api/')) {
      if (await router.handle(req, res, pathname)) return;
      sendError(res, 404, httpErrorCodes.notFound, `No API route for ${req.method ?? 'GET'} ${pathname}`);
      return;
    }

    if (vitePromise) {
      const vite = await vitePromise;
      vite.middlewares(req, res, () => {
        if (!res.headersSent) sendError(res, 404, httpErrorCodes.notFound, `Nothing at ${pathname}`);
      });
      return;
    }

    await serveStatic(req, res, pathname);
  }

  let closing: Promise<void> | null = null;

  return {
    httpServer,
    io,
    store,
    sessions,
    auth,
    recovered: () => recoveredCount,
    async listen(port, host = '127.0.0.1') {
      if (vitePromise) await vitePromise;
      recoveredCount = await sessions.recover();
      for (const session of sessions.all()) calls.arm(session);
      exams.recover();
      await new Promise<void>((resolveListen, rejectListen) => {
        const onListenError = (error: Error) => rejectListen(error);
        httpServer.once('error', onListenError);
        httpServer.listen(port, host, () => {
          httpServer.off('error', onListenError);
          resolveListen();
        });
      });
      const address = httpServer.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return { url: `http://${urlHost(host)}:${actualPort}`, port: actualPort };
    },
    close() {
      closing ??= (async () => {
        if (vitePromise) {
          const vite = await vitePromise.catch(() => null);
          await vite?.close();
        }
        // Let in-flight requests finish for a moment, then drop whatever is still open.
        const force = setTimeout(() => httpServer.closeAllConnections(), 1000);
        force.unref();
        calls.close();
        exams.close();
        await io.close();
        clearTimeout(force);
        httpServer.closeAllConnections();
        auth.close();
        if (!options.store) await store.close();
      })();
      return closing;
    },
  };
}

function openStore(file: string): EventStore {
  mkdirSync(dirname(file), { recursive: true });
  return createEventStore({ file });
}

async function startVite(httpServer: HttpServer): Promise<ViteDevServer> {
  // Loaded lazily so that production never loads Vite.
  const { createServer: createViteServer } = await import('vite');
  return createViteServer({
    configFile: resolve(repoRoot, 'vite.config.ts'),
    root: resolve(repoRoot, 'client'),
    appType: 'spa',
    // Hot-reload WebSocket on our own HTTP server (Vite answers only its "vite-hmr" upgrades).
    server: { middlewareMode: true, ws: { server: httpServer } },
  });
}

function readPackageVersion(): string {
  const text = readFileSync(resolve(repoRoot, 'package.json'), 'utf8');
  const { version } = JSON.parse(text) as { version?: unknown };
  return typeof version === 'string' ? version : '0.0.0';
}

/** The host to print in a URL: a wildcard address becomes localhost, IPv6 gets brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
