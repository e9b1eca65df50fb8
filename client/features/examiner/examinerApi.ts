import type { CreateExamInput, CustomerMode, ExamStatus, PublicUser } from '../../../shared/protocol/examProtocol';

/** An exam as the examiner's list and the created page show it (`GET /api/exams[/:id]`). */
export interface ExamSummary {
  id: string;
  candidateName: string;
  status: ExamStatus;
  scenarioIds: string[];
  customerMode: CustomerMode;
  timeFactor: number;
  createdAt: string | null;
  /** The join code, when the server gives it (the exam's own page, or right after creation). */
  code: string | null;
  codeExpiresAt: string | null;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number | null; message: string | null };

/** `GET /api/exams`: the examiner's exams, newest first. */
export async function fetchExams(signal?: AbortSignal): Promise<ApiResult<ExamSummary[]>> {
  const result = await requestJson('/api/exams', { signal: signal ?? null });
  if (!result.ok) return result;
  const list = Array.isArray(result.data) ? result.data : (result.data as { exams?: unknown }).exams;
  if (!Array.isArray(list)) return { ok: false, status: null, message: null };
  return { ok: true, data: list.flatMap((entry) => parseExam(entry) ?? []) };
}

/** `GET /api/exams/:id`, with its join code. */
export async function fetchExam(examId: string, signal?: AbortSignal): Promise<ApiResult<ExamSummary>> {
  return parsed(await requestJson(`/api/exams/${encodeURIComponent(examId)}`, { signal: signal ?? null }));
}

/** `POST /api/exams`. */
export async function createExam(input: CreateExamInput): Promise<ApiResult<ExamSummary>> {
  return parsed(await requestJson('/api/exams', { method: 'POST', body: JSON.stringify(input) }));
}

/** `GET /api/users?role=examiner`: who may sit on the jury. */
export async function fetchExaminers(signal?: AbortSignal): Promise<ApiResult<PublicUser[]>> {
  const result = await requestJson('/api/users?role=examiner', { signal: signal ?? null });
  if (!result.ok) return result;
  const list = Array.isArray(result.data) ? result.data : (result.data as { users?: unknown }).users;
  if (!Array.isArray(list)) return { ok: false, status: null, message: null };
  return { ok: true, data: list.filter(isPublicUser) };
}

/** The exam's exports, served by the server (E). */
export function examExportUrls(examId: string): { pdf: string; csv: string; json: string } {
  const base = `/api/exams/${encodeURIComponent(examId)}`;
  return { pdf: `${base}/grid.pdf`, csv: `${base}/grid.csv`, json: `${base}/log.json` };
}

function parsed(result: ApiResult<unknown>): ApiResult<ExamSummary> {
  if (!result.ok) return result;
  const body = result.data as { exam?: unknown };
  const exam = parseExam(body.exam ?? result.data);
  return exam ? { ok: true, data: exam } : { ok: false, status: null, message: null };
}

/** Reads an exam leniently: the fields the pages need, with safe defaults for the rest. */
export function parseExam(value: unknown): ExamSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const exam = value as Record<string, unknown>;
  if (typeof exam.id !== 'string' || typeof exam.candidateName !== 'string') return null;
  const text = (key: string) => (typeof exam[key] === 'string' ? (exam[key] as string) : null);
  const codeExpiresAt = typeof exam.codeExpiresAt === 'number' ? new Date(exam.codeExpiresAt).toISOString() : text('codeExpiresAt');
  const createdAt = typeof exam.createdAt === 'number' ? new Date(exam.createdAt).toISOString() : text('createdAt');
  return {
    id: exam.id,
    candidateName: exam.candidateName,
    status: exam.status === 'running' || exam.status === 'finished' ? exam.status : 'waiting',
    scenarioIds: Array.isArray(exam.scenarioIds) ? exam.scenarioIds.filter((id): id is string => typeof id === 'string') : [],
    customerMode: exam.customerMode === 'live' ? 'live' : 'scripted',
    timeFactor: typeof exam.timeFactor === 'number' ? exam.timeFactor : 1,
    createdAt,
    code: text('code'),
    codeExpiresAt,
  };
}

function isPublicUser(value: unknown): value is PublicUser {
  const user = value as Partial<PublicUser> | null;
  return typeof user === 'object' && user !== null && typeof user.id === 'string' && typeof user.name === 'string' && typeof user.login === 'string';
}

async function requestJson(url: string, init: RequestInit): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: init.body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { ok: false, status: null, message: null };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch (error) {
    if (init.signal?.aborted) throw error;
  }
  if (!response.ok) return { ok: false, status: response.status, message: errorMessage(body) };
  return body === null ? { ok: false, status: response.status, message: null } : { ok: true, data: body };
}

/** The server's `{ error: { message } }`, its message being a string or `{ fr, en }` (French kept). */
function errorMessage(body: unknown): string | null {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  if (typeof message === 'string') return message;
  if (typeof message === 'object' && message !== null && typeof (message as { fr?: unknown }).fr === 'string') return (message as { fr: string }).fr;
  return null;
}
