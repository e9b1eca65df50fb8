import type { CrmState } from './crmEntities';
import { crmRefusal } from './crmRefusal';
import type { CrmRefusal } from './crmRefusal';

const WHAT = {
  customer: ['Client introuvable', 'No such customer'],
  product: ['Article introuvable', 'No such product'],
  quote: ['Devis introuvable', 'No such quote'],
  order: ['Commande introuvable', 'No such order'],
  invoice: ['Facture introuvable', 'No such invoice'],
  ticket: ['Ticket introuvable', 'No such ticket'],
  warehouse: ['Entrepôt inconnu', 'No such warehouse'],
} as const;

export type CrmEntityKind = keyof typeof WHAT;

/** 'order.not-found': « Commande introuvable : CMD-1 ». */
export function notFound(kind: CrmEntityKind, id: string, field: string): CrmRefusal {
  const [fr, en] = WHAT[kind];
  return crmRefusal(`${kind}.not-found`, `${fr} : ${id}.`, `${en}: ${id}.`, field);
}

/** A document that belongs to another customer than the one the command is about. */
export function otherCustomer(kind: 'quote' | 'order' | 'invoice' | 'ticket', id: string, customerId: string, field: string): CrmRefusal {
  const [fr] = WHAT[kind];
  const noun = fr.split(' ')[0]!.toLowerCase();
  return crmRefusal(
    `${kind}.other-customer`,
    `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${id} n’appartient pas au client ${customerId} : vérifiez la fiche ouverte.`,
    `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${id} does not belong to customer ${customerId}: check the record you opened.`,
    field,
  );
}

/** The customer, or the refusal to give when there is none. */
export function findCustomer(state: CrmState, id: string, field = 'customerId') {
  const customer = state.customers[id];
  return customer ? ({ ok: true, customer } as const) : ({ ok: false, error: notFound('customer', id, field) } as const);
}
