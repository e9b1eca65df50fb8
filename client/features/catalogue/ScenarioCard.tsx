import { useId } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import type { ScenarioSummary } from './parseScenarioList';
import { categoryLabelKeys, directionLabelKeys } from './scenarioLabels';
import { OpenDeskButton } from '../desk/OpenDeskButton';

const maxDifficulty = 5;

/** One scenario of the catalogue: what the candidate will face, and what is assessed. */
export function ScenarioCard({ scenario }: { scenario: ScenarioSummary }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const minutes = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(scenario.durationMinutes);
  const level = Math.max(0, Math.min(maxDifficulty, Math.round(scenario.difficulty)));

  return (
    <article className="scenario-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="scenario-card__title">
        {scenario.title}
      </h3>
      <dl className="scenario-card__facts">
        <div>
          <dt>{t('scenario.category')}</dt>
          <dd>
            <span className={`tag tag--${scenario.category}`}>{t(categoryLabelKeys[scenario.category])}</span>
          </dd>
        </div>
        <div>
          <dt>{t('scenario.direction')}</dt>
          <dd>{t(directionLabelKeys[scenario.direction])}</dd>
        </div>
        <div>
          <dt>{t('scenario.difficulty')}</dt>
          <dd>
            <span className="difficulty" aria-hidden="true">
              {Array.from({ length: maxDifficulty }, (_, index) => (
                <span key={index} className={index < level ? 'difficulty__dot difficulty__dot--on' : 'difficulty__dot'} />
              ))}
            </span>
            {t('scenario.difficultyValue', { level: scenario.difficulty, max: maxDifficulty })}
          </dd>
        </div>
        <div>
          <dt>{t('scenario.duration')}</dt>
          <dd>{t('scenario.durationValue', { minutes })}</dd>
        </div>
      </dl>
      {scenario.briefing && (
        <div className="scenario-card__briefing">
          <p className="scenario-card__label">{t('scenario.briefing')}</p>
          <p>{scenario.briefing}</p>
        </div>
      )}
      {scenario.competencies.length > 0 && (
        <div className="scenario-card__competencies">
          <p className="scenario-card__label" id={`${titleId}-competencies`}>
            {t('scenario.competencies')}
          </p>
          <ul aria-labelledby={`${titleId}-competencies`}>
            {scenario.competencies.map((code) => (
              <li key={code} className="code-chip">
                {code}
              </li>
            ))}
          </ul>
        </div>
      )}
      <OpenDeskButton scenarioId={scenario.id} describedBy={titleId} />
    </article>
  );
}
