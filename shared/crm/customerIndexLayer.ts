import type { Customer, PhoneNumber } from './crmEntities';
import { foldedWords, foldText } from './foldText';

export type NameField = 'name' | 'company' | 'contact';

export interface WordPosting {
  customerId: string;
  field: NameField;
  /** The text as written in the record: 'Lumio Conseil (SAS)'. */
  value: string;
}

export interface PhonePosting {
  customerId: string;
  field: 'phone' | 'contactPhone';
  /** The number's digits as dialled in France: '0612345678'; '3225551212' for a foreign number. */
  digits: string;
  display: string;
}

export interface EmailPosting {
  customerId: string;
  field: 'email' | 'contactEmail';
  email: string;
}

/**
 * An index of some customers: exact maps for identifiers, phones and e-mails, a word map and the
 * sorted list of distinct words for prefix and substring matches, and the trailing four digits of
 * every number for partial phone searches.
 */
export interface CustomerIndexLayer {
  /** 'C1042' and '1042' → 'C-1042'. */
  ids: Map<string, string>;
  phones: Map<string, PhonePosting[]>;
  /** Last four digits → numbers ending with them. */
  phoneTails: Map<string, PhonePosting[]>;
  emails: Map<string, EmailPosting[]>;
  /** Distinct e-mail addresses, sorted, for prefix searches. */
  sortedEmails: string[];
  words: Map<string, WordPosting[]>;
  /** Distinct folded words, sorted, for prefix (binary search) and substring (scan) matches. */
  sortedWords: string[];
  /** Folded name and company of each customer, to spot a whole-field match and to sort. */
  folded: Map<string, { name: string; company: string | null }>;
}

/** An identifier folded for lookup: upper case, letters and digits only ('cmd 88311' → 'CMD88311'). */
export function identifierKey(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The digits a French caller would dial for a number, for trailing-digit matches. */
export function dialledDigits(phone: PhoneNumber): string {
  if (phone.e164?.startsWith('+33')) return `0${phone.e164.slice(3)}`;
  return (phone.e164 ?? phone.display).replace(/\D/g, '');
}

export function customerIndexLayer(customers: Iterable<Customer>): CustomerIndexLayer {
  const layer: CustomerIndexLayer = {
    ids: new Map(),
    phones: new Map(),
    phoneTails: new Map(),
    emails: new Map(),
    sortedEmails: [],
    words: new Map(),
    sortedWords: [],
    folded: new Map(),
  };
  for (const customer of customers) {
    const id = customer.id;
    layer.ids.set(identifierKey(id), id);
    const digits = id.replace(/\D/g, '');
    if (digits && !layer.ids.has(digits)) layer.ids.set(digits, id);
    const name = foldText(customer.name);
    const company = customer.company ? foldText(customer.company) : null;
    layer.folded.set(id, { name, company });
    addWords(layer, id, 'name', customer.name, name);
    if (customer.company) addWords(layer, id, 'company', customer.company, company!);
    if (customer.phone) addPhone(layer, id, 'phone', customer.phone);
    if (customer.email) addEmail(layer, id, 'email', customer.email);
    for (const contact of customer.contacts) {
      addWords(layer, id, 'contact', contact.name, foldText(contact.name));
      if (contact.phone) addPhone(layer, id, 'contactPhone', contact.phone);
      if (contact.email) addEmail(layer, id, 'contactEmail', contact.email);
    }
  }
  layer.sortedWords = [...layer.words.keys()].sort();
  layer.sortedEmails = [...layer.emails.keys()].sort();
  return layer;
}

function addWords(layer: CustomerIndexLayer, customerId: string, field: NameField, value: string, folded: string): void {
  const posting: WordPosting = { customerId, field, value };
  for (const word of new Set(folded ? folded.split(' ') : foldedWords(value))) {
    const list = layer.words.get(word);
    if (list) list.push(posting);
    else layer.words.set(word, [posting]);
  }
}

function addPhone(layer: CustomerIndexLayer, customerId: string, field: PhonePosting['field'], phone: PhoneNumber): void {
  const posting: PhonePosting = { customerId, field, digits: dialledDigits(phone), display: phone.display };
  if (phone.e164) {
    const list = layer.phones.get(phone.e164);
    if (list) list.push(posting);
    else layer.phones.set(phone.e164, [posting]);
  }
  if (posting.digits.length >= 4) {
    const tail = posting.digits.slice(-4);
    const list = layer.phoneTails.get(tail);
    if (list) list.push(posting);
    else layer.phoneTails.set(tail, [posting]);
  }
}

function addEmail(layer: CustomerIndexLayer, customerId: string, field: EmailPosting['field'], email: string): void {
  const key = email.trim().toLowerCase();
  const posting: EmailPosting = { customerId, field, email: key };
  const list = layer.emails.get(key);
  if (list) list.push(posting);
  else layer.emails.set(key, [posting]);
}
