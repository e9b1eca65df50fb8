import type { Scenario } from '../../../shared/scenario/scenarioSchema';
import { scenarioEdges } from '../../../shared/scenario/scenarioEdges';
import { useExaminerI18n } from './useExaminerI18n';

type StateChartProps = {
  scenario: Scenario;
  /** The step the call is in; null once it has ended (then `ending` is lit). */
  step: string | null;
  ending: string | null;
};

/**
 * The scenario's state chart as an accessible list (there is no diagram renderer in the
 * bundle): every step with where it can lead, the current one lit and marked `aria-current`,
 * the endings after them.
 */
export function StateChart({ scenario, step, ending }: StateChartProps) {
  const { t } = useExaminerI18n();
  const edges = scenarioEdges(scenario);
  const targets = (from: string) => [...new Set(edges.filter((edge) => edge.from === from && edge.kind !== 'transfer').map((edge) => edge.to))];
  const nodes = [
    ...Object.keys(scenario.steps).map((id) => ({ id, kind: 'step' as const })),
    ...Object.entries(scenario.endings).map(([id, value]) => ({ id, kind: 'ending' as const, outcome: value.outcome })),
  ];
  return (
    <section className="console-panel state-chart" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('chart.title')}</h2>
      <ol className="state-chart__nodes">
        {nodes.map((node) => {
          const current = node.kind === 'step' ? node.id === step : node.id === ending;
          const classes = ['state-chart__node', `state-chart__node--${node.kind}`, current ? 'state-chart__node--current' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <li key={`${node.kind}:${node.id}`} className={classes} aria-current={current ? 'step' : undefined} data-testid="chart-node">
              <span className="state-chart__name">
                {node.id === scenario.start && <span className="state-chart__tag">{t('chart.start')}</span>}
                {node.kind === 'ending' && <span className="state-chart__tag">{t('chart.ending')}</span>} {node.id}
                {'outcome' in node && ` (${node.outcome})`}
              </span>
              {current && <strong className="state-chart__now"> — {t('chart.now')}</strong>}
              {node.kind === 'step' && targets(node.id).length > 0 && (
                <span className="state-chart__edges">
                  {' '}
                  → {targets(node.id).join(', ')}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
