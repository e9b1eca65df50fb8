import type { FactEntity, FactVerb } from './scenarioSchema';

/**
 * Everything that can happen in a call, as events of the scenario machine (`source.verb`).
 * `at` is the wall-clock time in ms, stamped by whoever runs the session; evidence keeps it.
 */
export type ScenarioEvent =
  | { type: 'candidate.answer'; option: string; at?: number }
  | { type: 'candidate.crm'; verb: FactVerb; entity: FactEntity; ref?: string; at?: number }
  | { type: 'candidate.hold'; at?: number }
  | { type: 'candidate.resume'; at?: number }
  | { type: 'candidate.transfer'; service: string; at?: number }
  | { type: 'candidate.dial'; at?: number }
  | { type: 'candidate.hangUp'; at?: number }
  | { type: 'customer.trigger'; event: string; at?: number }
  | { type: 'voice.speechStart'; at?: number }
  | { type: 'voice.speechEnd'; at?: number }
  | { type: 'timer.silenceElapsed'; at?: number }
  | { type: 'timer.patienceElapsed'; at?: number }
  | { type: 'timer.holdElapsed'; at?: number };

export type ScenarioEventType = ScenarioEvent['type'];

export const TIMER_EVENTS = {
  silence: 'timer.silenceElapsed',
  patience: 'timer.patienceElapsed',
  hold: 'timer.holdElapsed',
} as const;
