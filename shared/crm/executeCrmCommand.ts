import { isIsoDate } from '../law/isoDate';
import { parseInstant } from '../law/localDateTime';
import { billingCommands } from './billingCommands';
import type { CrmCommandContext, CrmCommandOutcome } from './crmCommandOutcome';
import { refused } from './crmCommandOutcome';
import { CRM_COMMAND_PAYLOADS, isCrmCommandType } from './crmCommandSchema';
import type { CrmCommandPayload, CrmCommandType } from './crmCommandSchema';
import type { CrmState } from './crmEntities';
import { crmRefusal } from './crmRefusal';
import { customerCommands } from './customerCommands';
import { salesCommands } from './salesCommands';
import { serviceCommands } from './serviceCommands';
import { zodRefusal } from './zodRefusal';

type Handlers = {
  [T in CrmCommandType]: (state: CrmState, payload: CrmCommandPayload<T>, context: CrmCommandContext) => CrmCommandOutcome;
};

const HANDLERS: Handlers = { ...customerCommands, ...salesCommands, ...billingCommands, ...serviceCommands };

/**
 * Decides a candidate's command against the CRM as it stands: the payload is checked with zod
 * (unknown fields refused), then the business rules; an accepted command returns the events to
 * append (fold them with `applyCrmEvent`) and what it made, a refused one a code, a French and
 * English message and the field at fault. Pure: the state is never modified, so a refusal
 * changes nothing, and every id and number is chosen here, from the state, never by the fold.
 *
 * The input is `unknown` on purpose: it comes off the wire. `context` comes from the server
 * (the instant, and the call's business day), so a malformed one is a programming error and throws.
 */
export function executeCrmCommand(state: CrmState, command: unknown, context: CrmCommandContext): CrmCommandOutcome {
  parseInstant(context.now);
  if (!isIsoDate(context.today)) throw new RangeError(`context.today must be a date written YYYY-MM-DD: '${context.today}'`);
  if (typeof command !== 'object' || command === null || !isCrmCommandType((command as { type?: unknown }).type)) {
    const type = typeof command === 'object' && command !== null ? String((command as { type?: unknown }).type) : String(command);
    return refused(
      crmRefusal('command.unknown', `Action inconnue du CRM : ${type}.`, `Unknown CRM action: ${type}.`, 'type'),
    );
  }
  const { type, payload, ...rest } = command as { type: CrmCommandType; payload?: unknown };
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) {
    return refused(crmRefusal('payload.unknown-field', `Champ inconnu : ${extra}.`, `Unknown field: ${extra}.`, extra));
  }
  const parsed = CRM_COMMAND_PAYLOADS[type].safeParse(payload, { reportInput: true });
  if (!parsed.success) return refused(zodRefusal(parsed.error));
  const handler = HANDLERS[type] as (state: CrmState, payload: unknown, context: CrmCommandContext) => CrmCommandOutcome;
  return handler(state, parsed.data, context);
}
