import { useI18n } from '../../app/i18n/useI18n';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { allValues, noFilters, type ScenarioFilters } from './filterScenarios';
import {
  categoryLabelKeys,
  directionLabelKeys,
  scenarioCategories,
  scenarioDirections,
} from './scenarioLabels';

type CatalogueFiltersProps = {
  filters: ScenarioFilters;
  onChange: (filters: ScenarioFilters) => void;
};

/** Category and call-type filters of the catalogue. */
export function CatalogueFilters({ filters, onChange }: CatalogueFiltersProps) {
  const { t } = useI18n();
  const categoryOptions: SelectOption<ScenarioFilters['category']>[] = [
    { value: allValues, label: t('filters.allCategories') },
    ...scenarioCategories.map((category) => ({ value: category, label: t(categoryLabelKeys[category]) })),
  ];
  const directionOptions: SelectOption<ScenarioFilters['direction']>[] = [
    { value: allValues, label: t('filters.allDirections') },
    ...scenarioDirections.map((direction) => ({ value: direction, label: t(directionLabelKeys[direction]) })),
  ];
  const active = filters.category !== allValues || filters.direction !== allValues;

  return (
    <fieldset className="filters">
      <legend className="filters__legend">{t('filters.legend')}</legend>
      <div className="filters__fields">
        <SelectField
          label={t('filters.category')}
          value={filters.category}
          options={categoryOptions}
          onChange={(category) => onChange({ ...filters, category })}
        />
        <SelectField
          label={t('filters.direction')}
          value={filters.direction}
          options={directionOptions}
          onChange={(direction) => onChange({ ...filters, direction })}
        />
        {active && (
          <button type="button" className="button button--secondary filters__reset" onClick={() => onChange(noFilters)}>
            {t('catalogue.resetFilters')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
