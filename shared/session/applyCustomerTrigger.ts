import type { Bilingual, CommandAck } from '../protocol/callProtocol';
import { textIn } from '../scenario/localizedText';
import { currentStep } from './applyCallCommand';
import { callRefusals } from './callRefusals';
import type { PracticeSession } from './practiceSession';
import { settleCall } from './practiceSession';

/** A customer event the examiner may play now: its id, the button's label and what the customer says. */
export interface AllowedCustomerEvent {
  id: string;
  label: Bilingual;
  customer: Bilingual;
}

/**
 * The examiner, playing the customer (live mode), makes the customer do `event` at server time
 * `at`: the machine gets `customer.trigger`. Refused, changing nothing, unless someone is on the
 * line and the current step declares that event. `seq` is the run log's. Like a command, the
 * caller runs `advanceSession(session, at)` first.
 */
export function applyCustomerTrigger(session: PracticeSession, event: string, at: number): CommandAck {
  if (!allowedCustomerEvents(session).some((allowed) => allowed.id === event)) return { ok: false, error: callRefusals.customerNotNow };
  const entry = session.run.send({ type: 'customer.trigger', event }, at);
  if (!entry) return { ok: false, error: callRefusals.customerNotNow };
  settleCall(session);
  return { ok: true, seq: entry.seq, duplicate: false };
}

/** The customer events of the current step (none unless the call is connected), for the examiner's buttons. */
export function allowedCustomerEvents(session: PracticeSession): AllowedCustomerEvent[] {
  if (session.call.phase !== 'connected') return [];
  return (currentStep(session)?.customer_events ?? []).map((event) => ({
    id: event.id,
    label: { fr: textIn(event.label, 'fr'), en: textIn(event.label, 'en') },
    customer: { fr: textIn(event.customer, 'fr'), en: textIn(event.customer, 'en') },
  }));
}
