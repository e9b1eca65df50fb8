import type { CallCommand } from '../protocol/callProtocol';

/**
 * One accepted candidate command of a call, in the session's call log. `at` is server time in ms
 * (for voice events: the moment the browser heard it, i.e. receipt time minus `agoMs`). The
 * scenario run's own log (`run.log`) holds the machine events these commands produced; the CRM
 * actions are in `session.actions`. Debrief, metrics and views are pure functions of these logs.
 */
export interface CallLogEntry {
  seq: number;
  at: number;
  command: CallCommand;
}
