import type { ServerResponse } from 'node:http';
import { debriefPdf } from '../../shared/pdf/debriefPdf';
import type { Language } from '../../shared/scenario/localizedText';
import { debriefSession, isCallFinished } from '../../shared/scoring/debriefSession';
import type { PracticeSession } from '../../shared/session/practiceSession';
import type { ApiRoute } from '../http/createRouter';
import { route } from '../http/createRouter';
import { HttpError } from '../http/HttpError';
import { httpErrorCodes, sendJson } from '../http/sendJson';
import type { SessionRegistry } from '../sessions/createSessionRegistry';

export interface DebriefRoutesOptions {
  /** The server clock (ms), to tell whether the after-call work has run out. */
  now?: () => number;
}

const EXAM_CALL = {
  fr: 'Le bilan d’un appel d’examen est réservé au jury : il figure dans la grille de l’épreuve.',
  en: 'The debrief of an exam call is for the jury only: it is part of the exam’s grid.',
};

const NOT_FINISHED = {
  fr: 'Le bilan sera prêt à la fin de l’appel, travail après appel compris (note d’appel).',
  en: 'The debrief will be ready once the call is over, after-call work (the call note) included.',
};

/**
 * A finished call's debrief: `GET /api/sessions/:id/debrief` (JSON), `…/debrief.pdf?lang=fr|en`
 * (a download) and `…/export.json` (the whole session: its logs and the debrief, a download).
 * The debrief answers 409 while the call is not over; the export is always available. None of
 * them serves a call of a live exam (403): the jury reads it through the exam's grid and log.
 */
export function debriefRoutes(registry: SessionRegistry, options: DebriefRoutesOptions = {}): ApiRoute[] {
  const now = options.now ?? Date.now;
  const find = (sessionId: string): PracticeSession => {
    const session = registry.get(sessionId);
    if (!session) throw new HttpError(404, httpErrorCodes.notFound, `No session ${sessionId}`);
    // An exam's candidate knows their call's id: its evidence and logs go to the jury's exports only.
    if (session.kind === 'exam') throw new HttpError(403, 'debrief.exam-call', EXAM_CALL.fr);
    return session;
  };
  const finished = (sessionId: string, res: ServerResponse): PracticeSession | null => {
    const session = find(sessionId);
    if (isCallFinished(session, now())) return session;
    sendJson(res, 409, { error: { code: 'debrief.call-not-finished', message: NOT_FINISHED } });
    return null;
  };

  return [
    route('GET', '/api/sessions/:sessionId/debrief', (_req, res, { sessionId }) => {
      const session = finished(sessionId, res);
      if (session) sendJson(res, 200, debriefSession(session));
    }),
    route('GET', '/api/sessions/:sessionId/debrief.pdf', (req, res, { sessionId }) => {
      const session = finished(sessionId, res);
      if (!session) return;
      const language: Language = new URL(req.url ?? '/', 'http://plateau').searchParams.get('lang') === 'en' ? 'en' : 'fr';
      const pdf = debriefPdf(debriefSession(session), language);
      const name = `${language === 'fr' ? 'bilan' : 'debrief'}-${session.scenario.id}-${session.createdAt.slice(0, 10)}.pdf`;
      res.writeHead(200, {
        'Content-Type': 'application/pdf',
        'Content-Length': pdf.byteLength,
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : pdf);
    }),
    route('GET', '/api/sessions/:sessionId/export.json', (_req, res, { sessionId }) => {
      const session = find(sessionId);
      const name = `seance-${session.scenario.id}-${session.createdAt.slice(0, 10)}.json`;
      sendJson(
        res,
        200,
        {
          format: 1,
          exportedAt: new Date(now()).toISOString(),
          session: {
            id: session.id,
            scenarioId: session.scenario.id,
            title: session.scenario.title,
            mode: session.mode,
            createdAt: session.createdAt,
            today: session.today,
            call: session.call,
          },
          callLog: session.callLog,
          runLog: session.run.log,
          actions: session.actions,
          debrief: isCallFinished(session, now()) ? debriefSession(session) : null,
        },
        { 'Content-Disposition': `attachment; filename="${name}"` },
      );
    }),
  ];
}
