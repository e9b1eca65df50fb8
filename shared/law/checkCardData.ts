import { legalFinding } from './legalFinding';
import type { LegalFinding } from './legalFinding';

/** How card details were handled during a call. */
export interface CardDataHandling {
  /** The call was being recorded. */
  recording: boolean;
  /** The card number was given (read out or typed in) during the call. */
  cardNumberCaptured: boolean;
  /** The security code (cryptogramme, CVV) was given during the call. */
  securityCodeCaptured: boolean;
  /** The recording was stopped or paused while the card details were given. */
  recordingPaused: boolean;
}

/**
 * Card number and security code must never end up in a call recording: the candidate stops or
 * pauses the recording while they are given, or sends the customer to a secure payment channel.
 * The CNIL sanctioned a company whose recordings held card numbers, expiry dates and security
 * codes (notes §4.5). Pausing the recording is our reading of that guidance, not a text.
 */
export function checkCardData(c: CardDataHandling): LegalFinding {
  const given: { fr: string; en: string }[] = [];
  if (c.cardNumberCaptured) given.push({ fr: 'le numéro de carte', en: 'the card number' });
  if (c.securityCodeCaptured) given.push({ fr: 'le cryptogramme', en: 'the security code' });

  if (given.length === 0) {
    return legalFinding('card-data', true, {
      fr: 'Aucune donnée de carte bancaire communiquée pendant l’appel',
      en: 'No card details were given during the call',
    });
  }
  const what = {
    fr: given.map((item) => item.fr).join(' et '),
    en: given.map((item) => item.en).join(' and '),
  };
  if (!c.recording) {
    return legalFinding('card-data', true, {
      fr: `Appel non enregistré : aucun enregistrement ne contient ${what.fr}`,
      en: `Call not recorded: no recording holds ${what.en}`,
    });
  }
  if (c.recordingPaused) {
    return legalFinding('card-data', true, {
      fr: `Enregistrement suspendu pendant que le client donnait ${what.fr}`,
      en: `Recording paused while the customer gave ${what.en}`,
    });
  }
  return legalFinding('card-data', false, {
    fr: `Données de carte enregistrées (${what.fr}) : suspendre l’enregistrement ou passer par le canal de paiement sécurisé`,
    en: `Card details recorded (${what.en}): pause the recording or use the secure payment channel`,
  });
}
