import type { LocalizedText } from '../competencies/referential';
import type { Outcome } from '../scenario/scenarioSchema';

/** How each ending's outcome reads in a debrief. */
export const outcomeLabels = {
  sale: { fr: 'Vente conclue', en: 'Sale made' },
  'quote-sent': { fr: 'Devis envoyé', en: 'Quote sent' },
  appointment: { fr: 'Rendez-vous fixé', en: 'Appointment set' },
  'callback-scheduled': { fr: 'Rappel programmé', en: 'Callback scheduled' },
  'ticket-opened': { fr: 'Ticket SAV ouvert', en: 'After-sales ticket opened' },
  'credit-note': { fr: 'Avoir émis', en: 'Credit note issued' },
  'claim-refused': { fr: 'Réclamation refusée', en: 'Claim refused' },
  'issue-resolved': { fr: 'Problème résolu', en: 'Issue resolved' },
  'information-given': { fr: 'Information donnée', en: 'Information given' },
  'customer-retained': { fr: 'Client fidélisé', en: 'Customer retained' },
  'customer-lost': { fr: 'Client perdu', en: 'Customer lost' },
  transferred: { fr: 'Appel transféré', en: 'Call transferred' },
  'no-sale': { fr: 'Pas de vente', en: 'No sale' },
  'call-not-allowed': { fr: 'Appel non autorisé', en: 'Call not allowed' },
} as const satisfies Record<Outcome, LocalizedText>;
