import type { CrmFact } from '../scenario/crmFact';
import type { CrmEvent } from './crmEvents';
import type { CrmRefusal } from './crmRefusal';

/** What an accepted command made: the id or number it gave, and the fact the scenario sees. */
export interface CrmCommandResult {
  id: string;
  fact: CrmFact;
}

export type CrmCommandOutcome = { ok: true; events: CrmEvent[]; result: CrmCommandResult } | { ok: false; error: CrmRefusal };

/** When a command runs: the instant and the business day (the call's, in the customer's time zone). */
export interface CrmCommandContext {
  now: string;
  today: string;
}

export function accepted(events: CrmEvent[], id: string, fact: CrmFact): CrmCommandOutcome {
  return { ok: true, events, result: { id, fact } };
}

export function refused(error: CrmRefusal): CrmCommandOutcome {
  return { ok: false, error };
}

/** The instant and day every event of a command is stamped with. */
export function stampOf(context: CrmCommandContext): { at: string; today: string } {
  return { at: context.now, today: context.today };
}

/** 'RAP-0007': the next id of a record whose entries are never deleted. */
export function serialId(prefix: string, record: Readonly<Record<string, unknown>>): string {
  let rank = Object.keys(record).length + 1;
  while (Object.hasOwn(record, `${prefix}-${String(rank).padStart(4, '0')}`)) rank += 1;
  return `${prefix}-${String(rank).padStart(4, '0')}`;
}
