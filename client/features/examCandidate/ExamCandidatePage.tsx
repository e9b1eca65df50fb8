import { useCallback, useId, useState, type FormEvent } from 'react';
import type { CandidateView } from '../../../shared/protocol/callProtocol';
import type { JoinExamAnswer } from '../../../shared/protocol/examProtocol';
import { Breadcrumb } from '../../app/Breadcrumb';
import { PageHeading } from '../../app/PageHeading';
import { routePaths } from '../../app/router/matchRoute';
import { useLocationPath } from '../../app/router/useLocationPath';
import { StatusMessage } from '../../ui/StatusMessage';
import { parseCrmView } from '../crm/crmViews';
import { DeskBody } from '../desk/DeskPage';
import { useDeskSession } from '../desk/useDeskSession';
import { useExaminerI18n } from '../examiner/useExaminerI18n';
import { joinExam, readJoinedExam, writeJoinedExam } from './candidateExamApi';
import { openCandidateSocket, useCandidateExam } from './useCandidateExam';
import '../desk/desk.css';

/**
 * /examen: the candidate enters the code read aloud (or follows the link with `?code=`), waits
 * for the examiner to start, then works each call at the desk (no hints, no debrief), and waits
 * between calls until the end.
 */
export function ExamCandidatePage() {
  const { t } = useExaminerI18n();
  const [joined, setJoined] = useState<JoinExamAnswer | null>(() => readJoinedExam());
  return (
    <div className="page desk exam-candidate">
      <Breadcrumb trail={[{ label: t('candidateExam.title') }]} />
      {joined ? (
        <JoinedExam
          joined={joined}
          onLeave={() => {
            writeJoinedExam(null);
            setJoined(null);
          }}
        />
      ) : (
        <JoinForm
          onJoined={(answer) => {
            writeJoinedExam(answer);
            setJoined(answer);
          }}
        />
      )}
    </div>
  );
}

function JoinForm({ onJoined }: { onJoined: (answer: JoinExamAnswer) => void }) {
  const { t, locale } = useExaminerI18n();
  const [code, setCode] = useState(() => new URLSearchParams(window.location.search).get('code') ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await joinExam(code);
    setBusy(false);
    if (result.ok) onJoined(result.answer);
    else setProblem(result.message ? result.message[locale] : result.status === null ? t('candidateExam.network') : t('candidateExam.refused'));
  };
  return (
    <>
      <PageHeading title={t('candidateExam.title')} />
      <form onSubmit={(event) => void submit(event)} className="exam-join">
        <div className="form-field">
          <label htmlFor={inputId} className="field__label">
            {t('candidateExam.code')}
          </label>
          <input id={inputId} value={code} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={20} onChange={(event) => setCode(event.target.value)} />
        </div>
        {problem && (
          <p role="alert" className="form-field__error">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={busy || code.trim().length < 4}>
          {t('candidateExam.join')}
        </button>
      </form>
    </>
  );
}

function JoinedExam({ joined, onLeave }: { joined: JoinExamAnswer; onLeave: () => void }) {
  const { t, locale } = useExaminerI18n();
  const { view, error, offline } = useCandidateExam(joined.candidateToken);
  if (error) {
    return (
      <StatusMessage
        kind="error"
        title={t('candidateExam.lost', { message: error.message[locale] })}
        action={
          <button type="button" className="button" onClick={onLeave}>
            {t('candidateExam.again')}
          </button>
        }
      />
    );
  }
  return (
    <>
      <PageHeading title={t('candidateExam.heading', { name: joined.candidateName })} />
      {offline && <p role="status">{t('console.offline')}</p>}
      {!view && <StatusMessage kind="loading" title={t('candidateExam.joining')} />}
      {view?.status === 'waiting' && (
        <p className="lead" role="status" data-testid="exam-waiting">
          {t('candidateExam.waiting')}
        </p>
      )}
      {view?.status === 'running' && !view.currentSessionId && (
        <p className="lead" role="status">
          {t('candidateExam.between')}
        </p>
      )}
      {view?.status === 'running' && view.currentSessionId && (
        <>
          <p className="exam-candidate__progress">{t('candidateExam.callOf', { number: view.callNumber, count: view.callCount })}</p>
          <ExamCall key={view.currentSessionId} sessionId={view.currentSessionId} token={joined.candidateToken} />
        </>
      )}
      {view?.status === 'finished' && (
        <p className="lead" role="status" data-testid="exam-finished">
          {t('candidateExam.finished')}
        </p>
      )}
    </>
  );
}

function ExamCall({ sessionId, token }: { sessionId: string; token: string }) {
  const { t } = useExaminerI18n();
  const desk = useDeskSession(sessionId);
  const path = useLocationPath();
  const [phase, setPhase] = useState<CandidateView['phase'] | null>(null);
  const openSocket = useCallback(() => openCandidateSocket(token), [token]);
  const onView = useCallback((view: CandidateView) => setPhase(view.phase), []);
  const callPanel = { debriefLink: false, openSocket, onView };
  const rest = path.startsWith(routePaths.exam) ? path.slice(routePaths.exam.length) : '';
  if (desk.status === 'loading') return <StatusMessage kind="loading" title={t('candidateExam.joining')} />;
  if (desk.status === 'error') {
    return (
      <StatusMessage
        kind="error"
        title={t('candidateExam.callError')}
        action={
          <button type="button" className="button" onClick={desk.retry}>
            {t('candidateExam.retry')}
          </button>
        }
      />
    );
  }
  return (
    <>
      {phase === 'ended' && (
        <p className="lead" role="status" data-testid="call-over">
          {t('candidateExam.callOver')}
        </p>
      )}
      <DeskBody session={desk.session} direction={desk.session.direction} view={parseCrmView(rest)} basePath={routePaths.exam} callPanel={callPanel} />
    </>
  );
}
