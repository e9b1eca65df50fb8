import { legalFinding } from './legalFinding';
import type { LegalFinding } from './legalFinding';

/** What followed an offer made to a consumer by phone. */
export interface PhoneOfferConfirmation {
  /** The offer was confirmed on paper or another durable medium (e-mail, PDF…). */
  sentOnDurableMedium: boolean;
  /** The confirmation repeats the pre-contract information of L221-5 (product, price, delivery, identity…). */
  precontractInformation: boolean;
  /** It states the 14-day right of withdrawal, its conditions and starting point (L221-5 7°). */
  withdrawalRight: boolean;
  /** It includes the standard withdrawal form (R221-1 and the annex of the code). */
  withdrawalForm: boolean;
  /** The consumer has signed or accepted the confirmed offer. */
  consumerAccepted: boolean;
  /** The order was processed (recorded as firm, shipped, charged) before that acceptance. */
  orderTakenBeforeAcceptance: boolean;
}

/**
 * L221-16 al. 2–3: after a phone offer the professional sends a confirmation on a durable medium
 * with all the L221-5 information, and the consumer is bound only once they sign and accept it:
 * no consumer sale is concluded by phone alone. Returns the `durable-confirmation` finding
 * (blocker) and the `withdrawal-right` finding (not a blocker: L221-20 extends the period by
 * twelve months when the information is missing, and the jury weighs the omission).
 */
export function checkPhoneOfferConfirmation(c: PhoneOfferConfirmation): LegalFinding[] {
  return [confirmationFinding(c), withdrawalFinding(c)];
}

function confirmationFinding(c: PhoneOfferConfirmation): LegalFinding {
  const problems: { fr: string; en: string }[] = [];
  if (!c.sentOnDurableMedium) {
    problems.push({ fr: 'offre non confirmée sur papier ou support durable', en: 'offer not confirmed on paper or a durable medium' });
  } else if (!c.precontractInformation) {
    problems.push({
      fr: 'la confirmation ne reprend pas les informations précontractuelles (art. L221-5)',
      en: 'the confirmation lacks the pre-contract information (art. L221-5)',
    });
  }
  if (c.orderTakenBeforeAcceptance) {
    problems.push({
      fr: 'commande traitée avant que le consommateur ait signé ou accepté l’offre : il n’est engagé qu’après',
      en: 'order processed before the consumer signed or accepted the offer: they are bound only after that',
    });
  }
  if (problems.length > 0) {
    return legalFinding('durable-confirmation', false, {
      fr: capitalize(problems.map((p) => p.fr).join(' ; ')),
      en: capitalize(problems.map((p) => p.en).join('; ')),
    });
  }
  return legalFinding(
    'durable-confirmation',
    true,
    c.consumerAccepted
      ? {
          fr: 'Offre confirmée sur support durable avec les informations précontractuelles, acceptée par le consommateur avant toute commande',
          en: 'Offer confirmed on a durable medium with the pre-contract information, accepted by the consumer before any order',
        }
      : {
          fr: 'Offre confirmée sur support durable avec les informations précontractuelles ; la commande attend l’acceptation du consommateur',
          en: 'Offer confirmed on a durable medium with the pre-contract information; the order waits for the consumer’s acceptance',
        },
  );
}

function withdrawalFinding(c: PhoneOfferConfirmation): LegalFinding {
  const problems: { fr: string; en: string }[] = [];
  if (!c.sentOnDurableMedium || !c.withdrawalRight) {
    problems.push({
      fr: 'droit de rétractation de 14 jours non indiqué par écrit (le délai est alors prolongé de 12 mois)',
      en: '14-day right of withdrawal not stated in writing (the period is then extended by 12 months)',
    });
  }
  if (!c.sentOnDurableMedium || !c.withdrawalForm) {
    problems.push({ fr: 'formulaire type de rétractation non joint', en: 'standard withdrawal form not attached' });
  }
  if (problems.length > 0) {
    return legalFinding('withdrawal-right', false, {
      fr: capitalize(problems.map((p) => p.fr).join(' ; ')),
      en: capitalize(problems.map((p) => p.en).join('; ')),
    });
  }
  return legalFinding('withdrawal-right', true, {
    fr: 'Droit de rétractation de 14 jours et formulaire type joints à la confirmation',
    en: '14-day right of withdrawal and standard form included in the confirmation',
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
