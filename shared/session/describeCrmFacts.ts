import type { Bilingual } from '../protocol/callProtocol';
import type { CrmFact } from '../scenario/crmFact';
import type { FactEntity, FactVerb } from '../scenario/scenarioSchema';

const VERBS: Record<FactVerb, Bilingual> = {
  viewed: { fr: 'consulter', en: 'view' },
  created: { fr: 'créer', en: 'create' },
  updated: { fr: 'mettre à jour', en: 'update' },
  sent: { fr: 'envoyer', en: 'send' },
};

/** Each entity with its definite and indefinite article: "la commande" / "une commande". */
const ENTITIES: Record<FactEntity, { fr: [string, string]; en: [string, string] }> = {
  customer: { fr: ['la fiche client', 'une fiche client'], en: ['the customer file', 'a customer file'] },
  order: { fr: ['la commande', 'une commande'], en: ['the order', 'an order'] },
  invoice: { fr: ['la facture', 'une facture'], en: ['the invoice', 'an invoice'] },
  product: { fr: ['le produit', 'un produit'], en: ['the product', 'a product'] },
  stock: { fr: ['le stock', 'le stock'], en: ['the stock', 'the stock'] },
  ticket: { fr: ['le ticket SAV', 'un ticket SAV'], en: ['the service ticket', 'a service ticket'] },
  quote: { fr: ['le devis', 'un devis'], en: ['the quote', 'a quote'] },
  'credit-note': { fr: ['l’avoir', 'un avoir'], en: ['the credit note', 'a credit note'] },
  callback: { fr: ['le rappel', 'un rappel'], en: ['the callback', 'a callback'] },
  note: { fr: ['la note d’appel', 'une note d’appel'], en: ['the call note', 'a call note'] },
  task: { fr: ['la tâche', 'une tâche'], en: ['the task', 'a task'] },
  confirmation: { fr: ['la confirmation', 'une confirmation'], en: ['the confirmation', 'a confirmation'] },
  consent: { fr: ['le consentement', 'un consentement'], en: ['the consent', 'a consent'] },
};

function describeFact(fact: CrmFact, language: 'fr' | 'en'): string {
  // Something made is "a note"; something looked at or changed is "the order CMD-1".
  const [definite, indefinite] = ENTITIES[fact.entity][language];
  const noun = fact.verb === 'created' && !fact.ref ? indefinite : definite;
  return `${VERBS[fact.verb][language]} ${noun}${fact.ref ? ` ${fact.ref}` : ''}`;
}

/** What to do in the CRM first, in words: "Dans le CRM, d’abord : consulter la commande CMD-1." */
export function describeCrmFacts(facts: readonly CrmFact[]): Bilingual {
  return {
    fr: `Dans le CRM, d’abord : ${facts.map((f) => describeFact(f, 'fr')).join(' ; ')}.`,
    en: `In the CRM, first: ${facts.map((f) => describeFact(f, 'en')).join('; ')}.`,
  };
}
