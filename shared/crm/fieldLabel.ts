import type { Language } from '../scenario/localizedText';

/** What the candidate calls each payload field, in French and English. */
const LABELS: Record<string, [fr: string, en: string]> = {
  about: ['objet', 'subject'],
  acceptedByCustomer: ['accord du client', 'customer’s agreement'],
  address: ['adresse', 'address'],
  amount: ['montant', 'amount'],
  amountCents: ['montant', 'amount'],
  assignee: ['responsable', 'assignee'],
  author: ['auteur', 'author'],
  backorder: ['reliquat', 'backorder'],
  channel: ['canal', 'channel'],
  comment: ['commentaire', 'comment'],
  company: ['société', 'company'],
  customerId: ['client', 'customer'],
  date: ['date', 'date'],
  description: ['désignation', 'description'],
  direction: ['sens de l’appel', 'call direction'],
  dueAt: ['date et heure du rappel', 'callback date and time'],
  dueDate: ['échéance', 'due date'],
  dueTime: ['heure', 'time'],
  email: ['e-mail', 'e-mail'],
  given: ['accord', 'consent given'],
  inclVatCents: ['montant TTC', 'amount incl. VAT'],
  invoiceNumber: ['facture', 'invoice'],
  kind: ['type de client', 'customer type'],
  lines: ['lignes', 'lines'],
  mentions: ['mentions obligatoires', 'mandatory mentions'],
  method: ['mode de règlement', 'payment method'],
  name: ['nom', 'name'],
  orderId: ['commande', 'order'],
  phone: ['téléphone', 'phone'],
  purpose: ['finalité', 'purpose'],
  quantity: ['quantité', 'quantity'],
  quoteNumber: ['devis', 'quote'],
  reason: ['motif', 'reason'],
  receivedOn: ['date de réception', 'date received'],
  reference: ['référence', 'reference'],
  role: ['fonction', 'role'],
  siret: ['SIRET', 'SIRET'],
  sku: ['référence article', 'SKU'],
  source: ['source', 'source'],
  status: ['statut', 'status'],
  subject: ['sujet', 'subject'],
  text: ['texte', 'text'],
  ticketId: ['ticket', 'ticket'],
  to: ['destinataire', 'recipient'],
  unitPriceExclVatCents: ['prix unitaire HT', 'unit price excl. VAT'],
  validUntil: ['date de validité', 'valid until'],
  vatRateBp: ['taux de TVA', 'VAT rate'],
  warehouse: ['entrepôt', 'warehouse'],
};

/** `lines.0.quantity` → « quantité (ligne 1) » / "quantity (line 1)"; unknown names stay as they are. */
export function fieldLabel(path: string, language: Language): string {
  const parts = path.split('.').filter(Boolean);
  const name = [...parts].reverse().find((part) => !/^\d+$/.test(part)) ?? path;
  const label = LABELS[name]?.[language === 'fr' ? 0 : 1] ?? name;
  const index = parts.find((part) => /^\d+$/.test(part));
  if (index === undefined || name === 'lines') return label;
  return `${label} (${language === 'fr' ? 'ligne' : 'line'} ${Number(index) + 1})`;
}
