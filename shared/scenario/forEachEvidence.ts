import type { YamlPath } from './parseScenario';
import type { EvidenceInput, Scenario } from './scenarioSchema';

/** Calls `visit` with the place and value of every evidence item a scenario declares. */
export function forEachEvidence(s: Scenario, visit: (path: YamlPath, item: EvidenceInput) => void): void {
  const list = (path: YamlPath, items: EvidenceInput[] | undefined) => items?.forEach((item, i) => visit([...path, i], item));
  list(['hang_up', 'evidence'], s.hang_up.evidence);
  s.transfers?.forEach((t, i) => list(['transfers', i, 'evidence'], t.evidence));
  const timers = (path: YamlPath, block: Scenario['timers']) => {
    for (const [kind, timer] of Object.entries(block ?? {})) if (timer) list([...path, kind, 'evidence'], timer.evidence);
  };
  timers(['timers'], s.timers);
  for (const [id, step] of Object.entries(s.steps)) {
    const base = ['steps', id];
    step.options?.forEach((o, i) => {
      list([...base, 'options', i, 'evidence'], o.evidence);
      list([...base, 'options', i, 'otherwise', 'evidence'], o.otherwise?.evidence);
    });
    list([...base, 'dial', 'evidence'], step.dial?.evidence);
    list([...base, 'dial', 'if_forbidden', 'evidence'], step.dial?.if_forbidden?.evidence);
    step.crm?.forEach((r, i) => list([...base, 'crm', i, 'evidence'], r.evidence));
    step.customer_events?.forEach((e, i) => list([...base, 'customer_events', i, 'evidence'], e.evidence));
    timers([...base, 'timers'], step.timers);
    list([...base, 'hang_up', 'evidence'], step.hang_up?.evidence);
  }
  for (const [id, ending] of Object.entries(s.endings)) list(['endings', id, 'evidence'], ending.evidence);
}
