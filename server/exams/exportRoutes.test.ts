import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examGrid } from '../../shared/exam/examGrid';
import type { ExamGrid } from '../../shared/exam/examGrid';
import { EXAM_ID, gridInput, parseCsv, SCENARIO_HASH, scoredExamEvents } from '../../shared/exam/examGridFixture';
import { checkScenarioText } from '../../shared/scenario/checkScenario';
import type { Scenario } from '../../shared/scenario/scenarioSchema';
import { createRouter } from '../http/createRouter';
import { HttpError } from '../http/HttpError';
import { sendError } from '../http/sendJson';
import { examExportRoutes } from './exportRoutes';

const mini: Scenario = {
  ...checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!,
  date: '2026-12-02',
};
const events = scoredExamEvents('mini');
const grid: ExamGrid = examGrid(gridInput(mini, events));
const log = { examId: EXAM_ID, exam: events, calls: { 'call-1': [] } };
const lookups: string[] = [];

/** A stand-in for the accounts' check: an `x-test-role` header plays the logged-in user's role. */
function requireExaminer(req: IncomingMessage): void {
  const role = req.headers['x-test-role'];
  if (role === undefined) throw new HttpError(401, 'auth.required', 'Log in first');
  if (role !== 'examiner' && role !== 'admin') throw new HttpError(403, 'auth.forbidden', 'Examiners only');
}

// The routes behind the project's own router on a real HTTP server (port 0). The app registers
// them itself with the store's loaders, so they are mounted here rather than through createApp.
const router = createRouter(
  examExportRoutes({
    loadGrid: (examId) => (lookups.push(`grid:${examId}`), examId === EXAM_ID ? grid : undefined),
    loadLog: async (examId) => (lookups.push(`log:${examId}`), examId === EXAM_ID ? log : undefined),
    requireExaminer,
  }),
);
const server = createServer((req, res) => {
  const pathname = (req.url ?? '/').split('?')[0]!;
  void router.handle(req, res, pathname).then((handled) => handled || sendError(res, 404, 'not_found', pathname));
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, role: string | null = 'examiner') => fetch(`${base}${path}`, { headers: role ? { 'x-test-role': role } : {} });
const dir = mkdtempSync(join(tmpdir(), 'plateau-export-'));

describe('exam export routes, over HTTP', () => {
  it('downloads the grid as a PDF whose text holds the candidate, the hash, the decisions and the president’s decision', async () => {
    const res = await get(`/api/exams/${EXAM_ID}/grid.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="grille-elodie-lefevre-2026-12-02.pdf"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength);
    const file = join(dir, 'grid.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    expect(text).toContain('Candidat Élodie Lefèvre');
    expect(text).toContain(SCENARIO_HASH);
    expect(text).toContain('RCD-02 Accueillir un appel entrant selon la charte de l’entreprise acquise (voix du président)');
    expect(text).toContain('RCD-05 Découvrir les besoins du client par un questionnement ouvert à départager');
    expect(text).toContain('AJOURNÉ — Claire Martin');

    const english = await get(`/api/exams/${EXAM_ID}/grid.pdf?lang=en`);
    expect(english.headers.get('content-disposition')).toBe('attachment; filename="grid-elodie-lefevre-2026-12-02.pdf"');
    writeFileSync(file, new Uint8Array(await english.arrayBuffer()));
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).toContain('Jury’s assessment grid');
  });

  it('downloads the CSV for the school’s records, parsed back row by row', async () => {
    const res = await get(`/api/exams/${EXAM_ID}/grid.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="grille-elodie-lefevre-2026-12-02.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    expect(rows[0]![0]).toBe('Type');
    expect(rows.filter((row) => row[0] === 'compétence')).toHaveLength(32);
    expect(rows.find((row) => row[4] === 'RCD-09')!.slice(6, 8)).toEqual(['non observée', 'non observée (accord du jury)']);
    expect(rows.at(-1)!.slice(0, 7)).toEqual(['décision finale', 'Élodie Lefèvre', '02/12/2026 08:59', EXAM_ID, '', 'Décision du président du jury', 'ajourné']);
  });

  it('downloads the full event log as JSON', async () => {
    const res = await get(`/api/exams/${EXAM_ID}/log.json`, 'admin');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="journal-examen-${EXAM_ID}.json"`);
    expect(await res.json()).toEqual(log);
  });

  it('checks the role before looking anything up, and answers 404 for an unknown exam', async () => {
    lookups.length = 0;
    for (const path of ['grid.pdf', 'grid.csv', 'log.json']) {
      const anonymous = await get(`/api/exams/${EXAM_ID}/${path}`, null);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-disposition')).toBeNull();
      expect((await get(`/api/exams/${EXAM_ID}/${path}`, 'trainer')).status).toBe(403);
      // A stranger cannot tell an unknown exam from a known one.
      expect((await get(`/api/exams/nope/${path}`, 'trainer')).status).toBe(403);
    }
    expect(lookups).toEqual([]);

    for (const path of ['grid.pdf', 'grid.csv', 'log.json']) {
      const res = await get(`/api/exams/nope/${path}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No exam nope' } });
    }
    expect(lookups).toEqual(['grid:nope', 'grid:nope', 'log:nope']);
  });
});
