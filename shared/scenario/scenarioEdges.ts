import { resolveTimers } from './resolveTimers';
import type { Scenario } from './scenarioSchema';

export type EdgeKind = 'option' | 'otherwise' | 'dial' | 'dial-forbidden' | 'crm' | 'customer-event' | 'timer' | 'hang-up' | 'transfer';

/** One way the call can move from a step to a step or an ending. */
export interface ScenarioEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label: string;
  /** Where the `goto` is written in the file. */
  path: (string | number)[];
}

/** Every edge of the call graph, in file order. Hang-up and transfers apply to every step. */
export function scenarioEdges(scenario: Scenario): ScenarioEdge[] {
  const edges: ScenarioEdge[] = [];
  for (const [from, step] of Object.entries(scenario.steps)) {
    const base = ['steps', from];
    step.options?.forEach((option, i) => {
      const label = typeof option.say === 'string' ? option.say : (option.say.fr ?? '');
      edges.push({ from, to: option.goto, kind: 'option', label, path: [...base, 'options', i, 'goto'] });
      if (option.otherwise) {
        edges.push({ from, to: option.otherwise.goto, kind: 'otherwise', label, path: [...base, 'options', i, 'otherwise', 'goto'] });
      }
    });
    if (step.dial) {
      edges.push({ from, to: step.dial.goto, kind: 'dial', label: 'compose le numéro', path: [...base, 'dial', 'goto'] });
      if (step.dial.if_forbidden) {
        edges.push({ from, to: step.dial.if_forbidden.goto, kind: 'dial-forbidden', label: 'appel interdit', path: [...base, 'dial', 'if_forbidden', 'goto'] });
      }
    }
    step.crm?.forEach((reaction, i) => {
      if (reaction.goto) edges.push({ from, to: reaction.goto, kind: 'crm', label: reaction.when, path: [...base, 'crm', i, 'goto'] });
    });
    step.customer_events?.forEach((event, i) => {
      if (event.goto) edges.push({ from, to: event.goto, kind: 'customer-event', label: event.id, path: [...base, 'customer_events', i, 'goto'] });
    });
    for (const timer of resolveTimers(scenario, from)) {
      if (timer.goto) edges.push({ from, to: timer.goto, kind: 'timer', label: timer.kind, path: [...timer.path, 'goto'] });
    }
    const hangUp = step.hang_up ?? scenario.hang_up;
    edges.push({ from, to: hangUp.goto, kind: 'hang-up', label: 'raccroche', path: step.hang_up ? [...base, 'hang_up', 'goto'] : ['hang_up', 'goto'] });
    scenario.transfers?.forEach((transfer, i) => {
      edges.push({ from, to: transfer.goto, kind: 'transfer', label: transfer.service, path: ['transfers', i, 'goto'] });
    });
  }
  return edges;
}
