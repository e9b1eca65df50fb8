import { useId } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { RolePage } from './RolePage';

/** /candidat: how a practice call goes, and the catalogue with filters. */
export function CandidatePage() {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <RolePage title="candidate.title" intro="candidate.intro" filterable>
      <section className="role-guide" aria-labelledby={titleId}>
        <h2 id={titleId} className="role-guide__title">
          {t('candidate.howTo.title')}
        </h2>
        <ol className="role-guide__steps">
          <li>{t('candidate.howTo.choose')}</li>
          <li>{t('candidate.howTo.mode')}</li>
          <li>{t('candidate.howTo.microphone')}</li>
          <li>{t('candidate.howTo.debrief')}</li>
        </ol>
      </section>
    </RolePage>
  );
}
