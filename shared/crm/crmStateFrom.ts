import type { CrmFixtures } from '../scenario/scenarioSchema';
import { applyCrmEvent } from './applyCrmEvent';
import type { CrmState } from './crmEntities';
import type { CrmEvent } from './crmEvents';
import { createCrmState } from './createCrmState';
import type { CrmStateOptions } from './createCrmState';

/** The CRM after a session's log: the scenario's fixtures, then every event in order. */
export function crmStateFrom(fixtures: CrmFixtures, events: readonly CrmEvent[], options: CrmStateOptions): CrmState {
  return events.reduce(applyCrmEvent, createCrmState(fixtures, options));
}
