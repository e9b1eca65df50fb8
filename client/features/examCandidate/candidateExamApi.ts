import type { JoinExamAnswer } from '../../../shared/protocol/examProtocol';

const storageKey = 'plateau.examCandidate';

/** The exam this tab has joined: kept in sessionStorage, so that a reload rejoins without the code. */
export function readJoinedExam(storage: Pick<Storage, 'getItem'> = sessionStorage): JoinExamAnswer | null {
  try {
    const value = JSON.parse(storage.getItem(storageKey) ?? 'null') as Partial<JoinExamAnswer> | null;
    return value && typeof value.examId === 'string' && typeof value.candidateToken === 'string' && typeof value.candidateName === 'string'
      ? { examId: value.examId, candidateToken: value.candidateToken, candidateName: value.candidateName }
      : null;
  } catch {
    return null;
  }
}

export function writeJoinedExam(answer: JoinExamAnswer | null, storage: Pick<Storage, 'setItem' | 'removeItem'> = sessionStorage): void {
  if (answer) storage.setItem(storageKey, JSON.stringify(answer));
  else storage.removeItem(storageKey);
}

export type JoinResult = { ok: true; answer: JoinExamAnswer } | { ok: false; message: { fr: string; en: string } | null; status: number | null };

/** `POST /api/exam-join { code }`. */
export async function joinExam(code: string): Promise<JoinResult> {
  let response: Response;
  try {
    response = await fetch('/api/exam-join', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: code.trim() }),
    });
  } catch {
    return { ok: false, message: null, status: null };
  }
  const body = (await response.json().catch(() => null)) as (Partial<JoinExamAnswer> & { error?: { message?: unknown } }) | null;
  if (response.ok && body && typeof body.examId === 'string' && typeof body.candidateToken === 'string') {
    return { ok: true, answer: { examId: body.examId, candidateToken: body.candidateToken, candidateName: body.candidateName ?? '' } };
  }
  const message = body?.error?.message;
  const bilingual =
    typeof message === 'string' ? { fr: message, en: message } : message && typeof message === 'object' && 'fr' in message ? (message as { fr: string; en: string }) : null;
  return { ok: false, message: bilingual, status: response.status };
}
