import type { YamlPath } from './parseScenario';
import type { LocalizedTextInput, Scenario } from './scenarioSchema';

/** Calls `visit` with the place and value of every text the candidate or the examiner reads. */
export function forEachText(s: Scenario, visit: (path: YamlPath, text: LocalizedTextInput) => void): void {
  const text = (path: YamlPath, value: LocalizedTextInput | undefined) => value !== undefined && visit(path, value);
  text(['briefing'], s.briefing);
  text(['examiner_notes'], s.examiner_notes);
  text(['customer', 'situation'], s.customer.situation);
  s.transfers?.forEach((t, i) => text(['transfers', i, 'label'], t.label));
  const timers = (path: YamlPath, block: Scenario['timers']) => {
    for (const [kind, timer] of Object.entries(block ?? {})) if (timer) text([...path, kind, 'customer'], timer.customer);
  };
  timers(['timers'], s.timers);
  for (const [id, step] of Object.entries(s.steps)) {
    const base = ['steps', id];
    text([...base, 'customer'], step.customer);
    text([...base, 'note'], step.note);
    text([...base, 'hint'], step.hint);
    step.options?.forEach((o, i) => {
      text([...base, 'options', i, 'say'], o.say);
      text([...base, 'options', i, 'hint'], o.hint);
      text([...base, 'options', i, 'otherwise', 'customer'], o.otherwise?.customer);
    });
    step.crm?.forEach((r, i) => text([...base, 'crm', i, 'customer'], r.customer));
    step.customer_events?.forEach((e, i) => {
      text([...base, 'customer_events', i, 'label'], e.label);
      text([...base, 'customer_events', i, 'customer'], e.customer);
    });
    timers([...base, 'timers'], step.timers);
  }
  for (const [id, ending] of Object.entries(s.endings)) {
    text(['endings', id, 'title'], ending.title);
    text(['endings', id, 'customer'], ending.customer);
    text(['endings', id, 'summary'], ending.summary);
  }
}
