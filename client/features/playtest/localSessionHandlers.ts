import { http, HttpResponse, passthrough } from 'msw';
import type { PracticeSession } from '../../../shared/session/practiceSession';
import { createPracticeSession, describeSession, serveCrmRequest } from '../../../shared/session/practiceSession';
import type { Scenario } from '../../../shared/scenario/scenarioSchema';

export interface LocalSessionOptions {
  /** Where the API is mocked: '' (default) is the page's own origin, in the browser. */
  origin?: string;
  now?: () => Date;
  newId?: () => string;
}

/**
 * The practice-session API served in the browser by msw, from the same shared code as the
 * server: a trainer can play-test a scenario, CRM included, with no server behind the page.
 * Sessions and scenarios it does not know pass through to the server.
 */
export function localSessionHandlers(scenarios: readonly Scenario[], options: LocalSessionOptions = {}) {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const sessions = new Map<string, PracticeSession>();
  const byScenario = new Map(scenarios.map((s) => [s.id, s]));
  const api = `${options.origin ?? ''}/api/sessions`;

  return [
    http.post(api, async ({ request }) => {
      const body = (await request.json().catch(() => null)) as { scenarioId?: unknown } | null;
      if (!body || typeof body.scenarioId !== 'string') {
        return HttpResponse.json({ error: { code: 'bad_request', message: 'Expected { "scenarioId": "…" }' } }, { status: 422 });
      }
      const scenario = byScenario.get(body.scenarioId);
      if (!scenario) return passthrough();
      const session = createPracticeSession(newId(), scenario, now());
      sessions.set(session.id, session);
      return HttpResponse.json(describeSession(session), { status: 201 });
    }),
    http.get(`${api}/:sessionId`, ({ params }) => {
      const session = sessions.get(String(params.sessionId));
      return session ? HttpResponse.json(describeSession(session)) : passthrough();
    }),
    http.get(`${api}/:sessionId/actions`, ({ params }) => {
      const session = sessions.get(String(params.sessionId));
      return session ? HttpResponse.json({ actions: session.actions }) : passthrough();
    }),
    http.all(`${api}/:sessionId/crm/*`, async ({ request, params }) => {
      const session = sessions.get(String(params.sessionId));
      if (!session) return passthrough();
      const url = new URL(request.url);
      const path = url.pathname.slice(url.pathname.indexOf('/crm/') + '/crm'.length);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.json().catch(() => null);
      const response = serveCrmRequest(
        session,
        { method: request.method, path, query: Object.fromEntries(url.searchParams), ...(body !== undefined ? { body } : {}) },
        now(),
      );
      return HttpResponse.json(response.body as Record<string, unknown>, { status: response.status });
    }),
  ];
}
