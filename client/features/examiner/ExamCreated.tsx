import { Link } from '../../app/router/Link';
import { examConsolePath, routePaths } from '../../app/router/matchRoute';
import type { ExamSummary } from './examinerApi';
import { spellCode } from './spellCode';
import { useExaminerI18n } from './useExaminerI18n';

/** After creation: the join code, large and spelled for reading aloud, and the candidate's link. */
export function ExamCreated({ exam }: { exam: ExamSummary }) {
  const { t, locale } = useExaminerI18n();
  const link = exam.code ? `${window.location.origin}${routePaths.exam}?code=${encodeURIComponent(exam.code)}` : null;
  return (
    <section className="exam-created" aria-labelledby="exam-created-title" role="status">
      <h2 id="exam-created-title">{t('created.title', { name: exam.candidateName })}</h2>
      {exam.code ? (
        <>
          <p>{t('created.codeIntro')}</p>
          <p className="exam-created__code" data-testid="join-code">
            {exam.code}
          </p>
          <p className="exam-created__spelled">{spellCode(exam.code, locale).join(' · ')}</p>
          {exam.codeExpiresAt && <p>{t('created.expires', { time: new Date(exam.codeExpiresAt).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB') })}</p>}
          <p>
            {t('created.link')} <a href={link!} data-testid="candidate-link">{link}</a>
          </p>
        </>
      ) : (
        <p>{t('created.noCode')}</p>
      )}
      <Link href={examConsolePath(exam.id)} className="button">
        {t('created.openConsole')}
      </Link>
    </section>
  );
}
