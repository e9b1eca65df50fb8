import { useEffect, useState } from 'react';
import { Breadcrumb } from '../../app/Breadcrumb';
import { PageHeading } from '../../app/PageHeading';
import { Link } from '../../app/router/Link';
import { examConsolePath } from '../../app/router/matchRoute';
import { StatusMessage } from '../../ui/StatusMessage';
import { useCurrentUser } from '../auth/useCurrentUser';
import { ExamCreated } from '../examiner/ExamCreated';
import { fetchExams, type ExamSummary } from '../examiner/examinerApi';
import { NewExamForm } from '../examiner/NewExamForm';
import { useExaminerI18n } from '../examiner/useExaminerI18n';
import '../examiner/examiner.css';

/** B's login page. */
const loginPath = '/connexion';

/** /examinateur: sign in, then the examiner's exams and « Nouvel examen ». */
export function ExaminerPage() {
  const { t } = useExaminerI18n();
  const current = useCurrentUser();
  return (
    <div className="page examiner">
      <Breadcrumb trail={[{ label: t('examiner.title') }]} />
      <PageHeading title={t('examiner.title')} />
      {current.status === 'loading' && <StatusMessage kind="loading" title={t('examiner.loading')} />}
      {current.status === 'anonymous' && (
        <>
          <p className="lead">{t('examiner.intro')}</p>
          <p>
            <Link href={`${loginPath}?next=${encodeURIComponent('/examinateur')}`} className="button">
              {t('examiner.signIn')}
            </Link>
          </p>
        </>
      )}
      {current.status === 'signed-in' && current.user && <ExaminerDesk you={current.user} />}
    </div>
  );
}

function ExaminerDesk({ you }: { you: NonNullable<ReturnType<typeof useCurrentUser>['user']> }) {
  const { t } = useExaminerI18n();
  const [exams, setExams] = useState<ExamSummary[] | null>(null);
  const [created, setCreated] = useState<ExamSummary | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchExams(controller.signal).then((result) => setExams(result.ok ? result.data : []), () => undefined);
    return () => controller.abort();
  }, [created]);

  return (
    <>
      <p className="lead">{t('examiner.signedIn', { name: you.name })}</p>
      {created && <ExamCreated exam={created} />}
      <section aria-labelledby="exams-title">
        <h2 id="exams-title">{t('examiner.exams')}</h2>
        {exams === null ? null : exams.length === 0 ? (
          <p>{t('examiner.noExam')}</p>
        ) : (
          <ul className="exam-list">
            {exams.map((exam) => (
              <li key={exam.id}>
                <Link href={examConsolePath(exam.id)}>{exam.candidateName}</Link> — {t(`status.${exam.status}`)}
                {exam.createdAt && ` — ${new Date(exam.createdAt).toLocaleString()}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      {creating ? (
        <NewExamForm
          you={you}
          onCreated={(exam) => {
            setCreated(exam);
            setCreating(false);
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setCreating(true)}>
          {t('examiner.newExam')}
        </button>
      )}
    </>
  );
}
