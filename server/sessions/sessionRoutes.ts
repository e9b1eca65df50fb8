import { z } from 'zod';
import { CRM_ROUTES } from '../../shared/crm/handleCrmRequest';
import type { ApiRoute } from '../http/createRouter';
import { route } from '../http/createRouter';
import { HttpError } from '../http/HttpError';
import { readJsonBody } from '../http/readJsonBody';
import { httpErrorCodes, sendJson } from '../http/sendJson';
import { practiceModes } from '../../shared/protocol/callProtocol';
import type { PracticeSession } from '../../shared/session/practiceSession';
import { describeSession } from '../../shared/session/practiceSession';
import type { SessionRegistry } from './createSessionRegistry';

export interface SessionRoutesOptions {
  /** How long a CRM request takes while the scenario has made the CRM slow. */
  slowCrmMs?: number;
}

const createBody = z.strictObject({ scenarioId: z.string().min(1).max(200), mode: z.enum(practiceModes).optional() });

/**
 * Practice sessions and their mock CRM, over plain HTTP (it must work on a school LAN where
 * service workers are not allowed): `POST /api/sessions`, `GET /api/sessions/:id`,
 * `GET /api/sessions/:id/actions` and every CRM function under `/api/sessions/:id/crm/…`.
 */
export function sessionRoutes(registry: SessionRegistry, options: SessionRoutesOptions = {}): ApiRoute[] {
  const slowMs = options.slowCrmMs ?? 2500;
  const find = (sessionId: string): PracticeSession => {
    const session = registry.get(sessionId);
    if (!session) throw new HttpError(404, httpErrorCodes.notFound, `No session ${sessionId}`);
    return session;
  };

  return [
    route('POST', '/api/sessions', async (req, res) => {
      const parsed = createBody.safeParse(await readJsonBody(req, { limitBytes: 10_000 }));
      if (!parsed.success) throw new HttpError(422, httpErrorCodes.badRequest, 'Expected { "scenarioId": "…", "mode"?: "guided" | "exam" }');
      const session = await registry.create(parsed.data.scenarioId, { mode: parsed.data.mode ?? 'guided' });
      if (!session) throw new HttpError(404, httpErrorCodes.notFound, `No scenario ${parsed.data.scenarioId}`);
      sendJson(res, 201, describeSession(session));
    }),
    route('GET', '/api/sessions/:sessionId', (_req, res, { sessionId }) => sendJson(res, 200, describeSession(find(sessionId)))),
    route('GET', '/api/sessions/:sessionId/actions', (_req, res, { sessionId }) => sendJson(res, 200, { actions: find(sessionId).actions })),
    ...CRM_ROUTES.map(({ method, pattern }) =>
      route(method, `/api/sessions/:sessionId/crm${pattern}`, async (req, res, params) => {
        const session = find((params as { sessionId: string }).sessionId);
        const url = new URL(req.url ?? '/', 'http://plateau');
        const path = url.pathname.slice(`/api/sessions/${encodeURIComponent(session.id)}/crm`.length);
        const query = Object.fromEntries(url.searchParams);
        const body = method === 'GET' ? undefined : await readJsonBody(req, { limitBytes: 100_000 });
        if (session.run.snapshot.context.crmStatus === 'slow') await delay(slowMs);
        // Played now (the timers due by then fire first), answered once stored.
        const response = await registry.crm(session.id, { method, path, query, ...(body !== undefined ? { body } : {}) }, Date.now());
        sendJson(res, response.status, response.body, response.status === 503 ? { 'Retry-After': '30' } : {});
      }),
    ),
  ];
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
