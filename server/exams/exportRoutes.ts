import type { IncomingMessage, ServerResponse } from 'node:http';
import { gridCsv } from '../../shared/exam/gridCsv';
import { gridPdf } from '../../shared/exam/gridPdf';
import type { ExamGrid } from '../../shared/exam/examGridTypes';
import type { Language } from '../../shared/scenario/localizedText';
import type { ApiRoute } from '../http/createRouter';
import { route } from '../http/createRouter';
import { HttpError } from '../http/HttpError';
import { httpErrorCodes } from '../http/sendJson';

export interface ExamExportDeps {
  /** The exam's grid folded from the store, or undefined when there is no such exam. */
  loadGrid(examId: string): ExamGrid | undefined | Promise<ExamGrid | undefined>;
  /** Every event of the exam and of its calls, as JSON, or undefined when there is no such exam. */
  loadLog(examId: string): unknown | Promise<unknown>;
  /** Throws (an HttpError 401 or 403) unless the request comes from an examiner allowed to export. */
  requireExaminer(req: IncomingMessage): void | Promise<void>;
}

/**
 * The jury's exports, each a download with a readable file name: `GET /api/exams/:examId/grid.pdf`
 * and `grid.csv` (`?lang=en` for English; French by default) and `log.json` (the full event log).
 * The role is checked before anything is looked up, so a stranger learns nothing, not even
 * whether the exam exists; an unknown exam answers 404.
 */
export function examExportRoutes(deps: ExamExportDeps): ApiRoute[] {
  const grid = async (req: IncomingMessage, examId: string): Promise<ExamGrid> => {
    await deps.requireExaminer(req);
    const found = await deps.loadGrid(examId);
    if (!found) throw notFound(examId);
    return found;
  };

  return [
    route('GET', '/api/exams/:examId/grid.pdf', async (req, res, { examId }) => {
      const found = await grid(req, examId);
      const language = languageOf(req);
      send(req, res, gridPdf(found, language), 'application/pdf', `${fileStem(found, language)}.pdf`);
    }),
    route('GET', '/api/exams/:examId/grid.csv', async (req, res, { examId }) => {
      const found = await grid(req, examId);
      const language = languageOf(req);
      send(req, res, new TextEncoder().encode(gridCsv(found, language)), 'text/csv; charset=utf-8', `${fileStem(found, language)}.csv`);
    }),
    route('GET', '/api/exams/:examId/log.json', async (req, res, { examId }) => {
      await deps.requireExaminer(req);
      const log = await deps.loadLog(examId);
      if (log === undefined) throw notFound(examId);
      const body = new TextEncoder().encode(JSON.stringify(log, null, 2));
      send(req, res, body, 'application/json; charset=utf-8', `journal-examen-${asciiName(examId)}.json`);
    }),
  ];
}

function notFound(examId: string): HttpError {
  return new HttpError(404, httpErrorCodes.notFound, `No exam ${examId}`);
}

function languageOf(req: IncomingMessage): Language {
  return new URL(req.url ?? '/', 'http://plateau').searchParams.get('lang') === 'en' ? 'en' : 'fr';
}

/** « grille-elodie-lefevre-2026-12-02 » (the exam's day, in Paris time). */
function fileStem(grid: ExamGrid, language: Language): string {
  const at = grid.dates.startedAt ?? grid.dates.createdAt;
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(at);
  return `${language === 'fr' ? 'grille' : 'grid'}-${asciiName(grid.candidate.name)}-${day}`;
}

/** Lower-case ASCII letters, digits and dashes: accents dropped, everything else a dash. */
function asciiName(text: string): string {
  const name = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return name || 'examen';
}

function send(req: IncomingMessage, res: ServerResponse, body: Uint8Array, type: string, fileName: string): void {
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.byteLength,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
