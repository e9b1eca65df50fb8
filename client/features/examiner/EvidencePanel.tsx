import type { DebriefCompetency } from '../../../shared/scoring/debriefSession';
import { useExaminerI18n } from './useExaminerI18n';

/** The evidence the current call suggests, per competency: never a decision, a reading aid. */
export function EvidencePanel({ competencies }: { competencies: readonly DebriefCompetency[] }) {
  const { t, locale } = useExaminerI18n();
  return (
    <section className="console-panel evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t('evidence.title')}</h2>
      {competencies.length === 0 ? (
        <p>{t('evidence.none')}</p>
      ) : (
        <ul>
          {competencies.map((competency) => (
            <li key={competency.id} data-testid="evidence-competency">
              <strong>{competency.id}</strong> {competency.title[locale]} —{' '}
              {t('evidence.weights', { positive: competency.positiveWeight, negative: competency.negativeWeight })}
              {competency.blocker && <strong> {t('evidence.blocker')}</strong>}
              <ul>
                {competency.evidence.map((item, index) => (
                  <li key={index} className={item.positive ? 'evidence__item evidence__item--positive' : 'evidence__item evidence__item--negative'}>
                    {item.positive ? '+' : '−'} {(item.note ?? item.source.text)[locale]}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
