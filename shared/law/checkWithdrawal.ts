import { formatDate, parseIsoDate } from './isoDate';
import { legalFinding } from './legalFinding';
import type { LegalFinding } from './legalFinding';
import { withdrawalDeadline } from './withdrawalDeadline';
import type { WithdrawalDeadlineOptions, WithdrawalKind } from './withdrawalDeadline';

/** A consumer asks to withdraw; what did the candidate do? */
export interface WithdrawalRequest extends WithdrawalDeadlineOptions {
  kind: WithdrawalKind;
  /** Receipt of the goods, or conclusion of the service contract ('YYYY-MM-DD'). */
  startDate: string;
  /** The day the consumer sent or stated their decision to withdraw ('YYYY-MM-DD'). */
  requestedOn: string;
  /** The candidate accepted the withdrawal. */
  accepted: boolean;
}

/**
 * A withdrawal made on or before the deadline must be accepted (for goods, it may come as soon
 * as the contract is concluded, before delivery). Refusing it is a blocker; accepting a late one
 * is a commercial gesture, not a breach. Do not use it for the contracts L221-28 excludes from
 * the right of withdrawal (goods made to the consumer's specifications, perishable goods…).
 */
export function checkWithdrawal(request: WithdrawalRequest): LegalFinding {
  const deadline = withdrawalDeadline(request.kind, request.startDate, request);
  parseIsoDate(request.requestedOn);
  const inTime = request.requestedOn <= deadline;
  const asked = { fr: formatDate(request.requestedOn, 'fr'), en: formatDate(request.requestedOn, 'en') };
  const end = { fr: formatDate(deadline, 'fr'), en: formatDate(deadline, 'en') };

  if (inTime) {
    return request.accepted
      ? legalFinding('withdrawal-honoured', true, {
          fr: `Rétractation du ${asked.fr} dans le délai (jusqu’au ${end.fr}) : acceptée`,
          en: `Withdrawal of ${asked.en} within the period (until ${end.en}): accepted`,
        })
      : legalFinding('withdrawal-honoured', false, {
          fr: `Rétractation du ${asked.fr} refusée alors qu’elle était dans le délai (jusqu’au ${end.fr}) : elle doit être acceptée`,
          en: `Withdrawal of ${asked.en} refused although within the period (until ${end.en}): it must be accepted`,
        });
  }
  return legalFinding('withdrawal-honoured', true, {
    fr: request.accepted
      ? `Rétractation du ${asked.fr} hors délai (échu le ${end.fr}) acceptée : geste commercial, non obligatoire`
      : `Rétractation du ${asked.fr} hors délai (échu le ${end.fr}) : le refus est fondé`,
    en: request.accepted
      ? `Withdrawal of ${asked.en} after the period (ended ${end.en}) accepted: a commercial gesture, not an obligation`
      : `Withdrawal of ${asked.en} after the period (ended ${end.en}): refusing it is justified`,
  });
}
