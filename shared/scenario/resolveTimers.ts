import { parseDuration } from './durations';
import type { EvidenceInput, LocalizedTextInput, Scenario, ScenarioTimer, TimerKind } from './scenarioSchema';
import { TIMER_KINDS } from './scenarioSchema';

export interface ResolvedTimer {
  kind: TimerKind;
  ms: number;
  customer?: LocalizedTextInput;
  goto?: string;
  evidence: EvidenceInput[];
  /** Where the rule was written: the step's override or the scenario's default. */
  path: (string | number)[];
}

/**
 * The timers in force in a step: the scenario's defaults, overridden key by key by the step,
 * `false` switching one off. Patience defaults to the persona's patience. A step the candidate
 * dials from has none.
 */
export function resolveTimers(scenario: Scenario, stepId: string): ResolvedTimer[] {
  const step = scenario.steps[stepId];
  // Before dialling nobody is on the line: no silence, patience or hold to time.
  if (!step || step.dial) return [];
  const resolved: ResolvedTimer[] = [];
  for (const kind of TIMER_KINDS) {
    const own = step.timers?.[kind];
    const base = scenario.timers?.[kind];
    if (own === false || (own === undefined && (base === undefined || base === false))) continue;
    const merged: ScenarioTimer = { ...(base || {}), ...(own || {}) };
    const after = merged.after ?? (kind === 'patience' ? scenario.customer.patience : undefined);
    const ms = after === undefined ? null : parseDuration(after);
    if (ms === null || ms <= 0) continue;
    resolved.push({
      kind,
      ms,
      ...(merged.customer !== undefined ? { customer: merged.customer } : {}),
      ...(merged.goto !== undefined ? { goto: merged.goto } : {}),
      evidence: merged.evidence ?? [],
      path: own ? ['steps', stepId, 'timers', kind] : ['timers', kind],
    });
  }
  return resolved;
}
