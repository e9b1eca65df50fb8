import { useId, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import { StatusMessage } from '../../ui/StatusMessage';
import { CatalogueFilters } from './CatalogueFilters';
import { catalogueErrorKinds, type CatalogueError } from './fetchScenarios';
import { filterScenarios, noFilters, type ScenarioFilters } from './filterScenarios';
import { ScenarioCard } from './ScenarioCard';
import { useScenarioCatalogue } from './useScenarioCatalogue';

type ScenarioCatalogueProps = {
  /** Offer the category and call-type filters (the candidate page does). */
  filterable?: boolean;
};

/** The list of scenarios from `GET /api/scenarios`, with its loading, error and empty states. */
export function ScenarioCatalogue({ filterable = false }: ScenarioCatalogueProps) {
  const { t, plural, locale } = useI18n();
  const catalogue = useScenarioCatalogue(locale);
  const [filters, setFilters] = useState<ScenarioFilters>(noFilters);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  function retry() {
    catalogue.retry();
    headingRef.current?.focus();
  }

  function errorDetail(error: CatalogueError): string {
    if (error.kind === catalogueErrorKinds.http) return `HTTP ${error.status ?? '?'}`;
    if (error.kind === catalogueErrorKinds.format) return t('catalogue.errorFormat');
    return t('catalogue.errorNetwork');
  }

  let content;
  if (catalogue.status === 'loading') {
    content = <StatusMessage kind="loading" title={t('catalogue.loading')} />;
  } else if (catalogue.status === 'error') {
    content = (
      <StatusMessage
        kind="error"
        title={t('catalogue.errorTitle')}
        action={
          <button type="button" className="button" onClick={retry}>
            {t('catalogue.retry')}
          </button>
        }
      >
        <p>{t('catalogue.errorText', { detail: errorDetail(catalogue.error) })}</p>
      </StatusMessage>
    );
  } else if (catalogue.scenarios.length === 0) {
    content = (
      <StatusMessage kind="empty" title={t('catalogue.emptyTitle')}>
        <p>{t('catalogue.emptyText')}</p>
      </StatusMessage>
    );
  } else {
    const total = catalogue.scenarios.length;
    const shown = filterable ? filterScenarios(catalogue.scenarios, filters) : catalogue.scenarios;
    content = (
      <>
        {filterable && <CatalogueFilters scenarios={catalogue.scenarios} filters={filters} onChange={setFilters} />}
        <p className="catalogue__count" role="status">
          {shown.length === total
            ? plural('catalogue.count', total)
            : plural('catalogue.filteredCount', shown.length, { total })}
        </p>
        {shown.length === 0 ? (
          <StatusMessage
            kind="empty"
            title={t('catalogue.noMatch')}
            action={
              <button type="button" className="button button--secondary" onClick={() => setFilters(noFilters)}>
                {t('catalogue.resetFilters')}
              </button>
            }
          />
        ) : (
          <ul className="catalogue__list">
            {shown.map((scenario) => (
              <li key={scenario.id}>
                <ScenarioCard scenario={scenario} />
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <section
      className="catalogue"
      data-testid="scenario-catalogue"
      aria-labelledby={headingId}
      aria-busy={catalogue.status === 'loading'}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="catalogue__title">
        {t('catalogue.title')}
      </h2>
      {content}
    </section>
  );
}
