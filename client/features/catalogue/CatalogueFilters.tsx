import { useI18n } from '../../app/i18n/useI18n';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { allValues, filterChoices, hasActiveFilter, noFilters, type ScenarioFilters } from './filterScenarios';
import type { ScenarioSummary } from './parseScenarioList';
import {
  categoryLabelKeys,
  directionLabelKeys,
  scenarioCategories,
  scenarioDirections,
} from './scenarioLabels';

type CatalogueFiltersProps = {
  /** The whole list: the difficulty and competency choices are the ones it has. */
  scenarios: readonly ScenarioSummary[];
  filters: ScenarioFilters;
  onChange: (filters: ScenarioFilters) => void;
};

/** Category, call-type, difficulty and competency filters of the catalogue. */
export function CatalogueFilters({ scenarios, filters, onChange }: CatalogueFiltersProps) {
  const { t } = useI18n();
  const categoryOptions: SelectOption<ScenarioFilters['category']>[] = [
    { value: allValues, label: t('filters.allCategories') },
    ...scenarioCategories.map((category) => ({ value: category, label: t(categoryLabelKeys[category]) })),
  ];
  const directionOptions: SelectOption<ScenarioFilters['direction']>[] = [
    { value: allValues, label: t('filters.allDirections') },
    ...scenarioDirections.map((direction) => ({ value: direction, label: t(directionLabelKeys[direction]) })),
  ];
  const choices = filterChoices(scenarios);
  const difficultyOptions: SelectOption<string>[] = [
    { value: allValues, label: t('filters.allDifficulties') },
    ...choices.difficulties.map((level) => ({ value: String(level), label: t('filters.difficultyValue', { level }) })),
  ];
  const competencyOptions: SelectOption<string>[] = [
    { value: allValues, label: t('filters.allCompetencies') },
    ...choices.competencies.map((code) => ({ value: code, label: code })),
  ];
  const active = hasActiveFilter(filters);

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
        <SelectField
          label={t('filters.difficulty')}
          value={filters.difficulty}
          options={difficultyOptions}
          onChange={(difficulty) => onChange({ ...filters, difficulty })}
        />
        <SelectField
          label={t('filters.competency')}
          value={filters.competency}
          options={competencyOptions}
          onChange={(competency) => onChange({ ...filters, competency })}
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
