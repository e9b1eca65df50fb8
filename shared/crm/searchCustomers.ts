import type { CrmState, Customer } from './crmEntities';
import type { CustomerIndexLayer, NameField } from './customerIndexLayer';
import { identifierKey } from './customerIndexLayer';
import { customerSearchIndex } from './customerSearchIndex';
import type { CustomerSearchIndex } from './customerSearchIndex';
import { documentNumberIndex } from './documentNumberIndex';
import { foldedWords, foldText } from './foldText';
import { normalizePhone } from './normalizePhone';

export type MatchField =
  | 'customerId'
  | 'orderNumber'
  | 'invoiceNumber'
  | 'phone'
  | 'contactPhone'
  | 'email'
  | 'contactEmail'
  | NameField;

/** exact: the whole value; word: whole words; prefix: word beginnings; suffix: trailing digits; substring: inside a word. */
export type MatchKind = 'exact' | 'word' | 'prefix' | 'suffix' | 'substring';

export interface CustomerMatch {
  field: MatchField;
  kind: MatchKind;
  /** The value that matched, as the record writes it: '06 12 34 56 78', 'CMD-88311', 'Lumio Conseil (SAS)'. */
  value: string;
}

export interface CustomerSearchHit {
  customer: Customer;
  /** Higher is better; only the order matters. */
  score: number;
  /** Why it matched, best reason first. */
  matches: CustomerMatch[];
}

// Ranks of the reasons. Identifiers and full numbers first, then names (exact > word > prefix),
// then partial numbers and e-mails, then substrings.
const SCORE = {
  customerId: 100,
  document: 95,
  phone: 90,
  email: 90,
  digitsOnly: 85,
  nameExact: 80,
  nameWord: 70,
  namePrefix: 60,
  phoneSuffix: 50,
  emailPrefix: 45,
  nameSubstring: 30,
} as const;

/**
 * Finds customers the way a caller identifies themselves: by phone number in any French way of
 * writing it ('06 12 34 56 78', '0612345678', '+33 6 12…', or its last 4+ digits), by name or
 * company (case- and accent-insensitive; every word of the query must begin a word of the name,
 * company or a contact's name, or sit inside one for 3+ letters), by e-mail (whole or beginning),
 * by customer number, or by order or invoice number. Best first: exact, then prefix, then
 * substring; ties by name. Reads the cached index (see `customerSearchIndex`).
 */
export function searchCustomers(state: CrmState, query: string, limit = 20): CustomerSearchHit[] {
  const text = query.trim();
  if (!text || limit <= 0) return [];
  const index = customerSearchIndex(state);
  const hits = new Map<string, { score: number; matches: CustomerMatch[] }>();
  const add = (customerId: string, score: number, match: CustomerMatch) => {
    if (!state.customers[customerId]) return;
    const hit = hits.get(customerId);
    if (!hit) hits.set(customerId, { score, matches: [match] });
    else {
      hit.score = Math.max(hit.score, score);
      if (!hit.matches.some((m) => m.field === match.field && m.value === match.value)) hit.matches.push(match);
    }
  };

  const layers = layersOf(index);
  searchIdentifiers(state, layers, text, add);
  searchPhones(layers, text, add);
  searchEmails(layers, text, add);
  if (/\p{L}/u.test(text)) searchNames(layers, text, add);

  // Folded names are plain lower-case text: a code-unit comparison sorts them as people expect.
  const nameOf = (customerId: string) => foldedOf(layers, customerId)?.name ?? '';
  return [...hits.entries()]
    .sort(([a, x], [b, y]) => y.score - x.score || compare(nameOf(a), nameOf(b)) || compare(a, b))
    .slice(0, limit)
    .map(([customerId, hit]) => ({
      customer: state.customers[customerId]!,
      score: hit.score,
      matches: hit.matches.sort((m, n) => KIND_RANK[m.kind] - KIND_RANK[n.kind]),
    }));
}

type Add = (customerId: string, score: number, match: CustomerMatch) => void;

/** An index layer and the customers whose postings in it are stale. */
type Layer = { layer: CustomerIndexLayer; live: (customerId: string) => boolean };

function layersOf(index: CustomerSearchIndex): Layer[] {
  const base = { layer: index.base, live: (customerId: string) => !index.hidden.has(customerId) };
  return index.changed ? [base, { layer: index.changed, live: () => true }] : [base];
}

function foldedOf(layers: readonly Layer[], customerId: string) {
  for (let i = layers.length - 1; i >= 0; i -= 1) {
    const folded = layers[i]!.layer.folded.get(customerId);
    if (folded) return folded;
  }
  return undefined;
}

const KIND_RANK: Record<MatchKind, number> = { exact: 0, word: 1, prefix: 2, suffix: 3, substring: 4 };

function searchIdentifiers(state: CrmState, layers: readonly Layer[], text: string, add: Add): void {
  const key = identifierKey(text);
  if (key.length < 3) return;
  const digitsOnly = /^\d+$/.test(key);
  for (const { layer, live } of layers) {
    const customerId = layer.ids.get(key);
    if (customerId && live(customerId)) {
      add(customerId, digitsOnly ? SCORE.digitsOnly : SCORE.customerId, { field: 'customerId', kind: 'exact', value: customerId });
    }
  }
  const documents = documentNumberIndex(state);
  for (const ref of [...(documents.exact.get(key) ?? []), ...(digitsOnly ? (documents.digits.get(key) ?? []) : [])]) {
    const exact = identifierKey(ref.number) === key;
    add(ref.customerId, exact ? SCORE.document : SCORE.digitsOnly, {
      field: ref.kind === 'order' ? 'orderNumber' : 'invoiceNumber',
      kind: 'exact',
      value: ref.number,
    });
  }
}

function searchPhones(layers: readonly Layer[], text: string, add: Add): void {
  if (!/^[\d\s.\-+()/]+$/.test(text)) return;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 4) return;
  const full = digits.length >= 9 ? normalizePhone(text) : null;
  for (const { layer, live } of layers) {
    if (full?.ok && full.phone.e164) {
      for (const posting of layer.phones.get(full.phone.e164) ?? []) {
        if (live(posting.customerId)) add(posting.customerId, SCORE.phone, { field: posting.field, kind: 'exact', value: posting.display });
      }
      continue;
    }
    for (const posting of layer.phoneTails.get(digits.slice(-4)) ?? []) {
      if (posting.digits.endsWith(digits) && live(posting.customerId)) {
        add(posting.customerId, SCORE.phoneSuffix, { field: posting.field, kind: 'suffix', value: posting.display });
      }
    }
  }
}

function searchEmails(layers: readonly Layer[], text: string, add: Add): void {
  const email = text.toLowerCase();
  if (/\s/.test(email) || email.length < 3) return;
  const exact = layers.flatMap(({ layer, live }) => (layer.emails.get(email) ?? []).filter((posting) => live(posting.customerId)));
  if (exact.length > 0) {
    for (const posting of exact) add(posting.customerId, SCORE.email, { field: posting.field, kind: 'exact', value: posting.email });
    return;
  }
  if (!/[@._]/.test(email)) return;
  for (const { layer, live } of layers) {
    const sorted = layer.sortedEmails;
    for (let i = lowerBound(sorted, email); i < sorted.length && sorted[i]!.startsWith(email); i += 1) {
      for (const posting of layer.emails.get(sorted[i]!) ?? []) {
        if (live(posting.customerId)) add(posting.customerId, SCORE.emailPrefix, { field: posting.field, kind: 'prefix', value: posting.email });
      }
    }
  }
}

interface WordHit {
  level: 3 | 2 | 1;
  field: NameField;
  value: string;
}

function searchNames(layers: readonly Layer[], text: string, add: Add): void {
  const words = [...new Set(foldedWords(text))];
  if (words.length === 0) return;
  const perWord = words.map((word) => customersForWord(layers, word));
  perWord.sort((a, b) => a.size - b.size);
  const [rarest, ...others] = perWord;
  const whole = foldText(text);
  for (const [customerId, first] of rarest!) {
    const found: WordHit[] = [first];
    let all = true;
    for (const other of others) {
      const hit = other.get(customerId);
      if (!hit) {
        all = false;
        break;
      }
      found.push(hit);
    }
    if (!all) continue;
    const level = Math.min(...found.map((hit) => hit.level));
    const fields = foldedOf(layers, customerId);
    const exactField = fields?.name === whole ? 'name' : fields?.company === whole ? 'company' : null;
    const score = exactField ? SCORE.nameExact : level === 3 ? SCORE.nameWord : level === 2 ? SCORE.namePrefix : SCORE.nameSubstring;
    // A tie at the same level goes to the customer whose own name matched rather than a contact's.
    const bonus = found.every((hit) => hit.field === 'name') ? 2 : found.every((hit) => hit.field !== 'contact') ? 1 : 0;
    const kind: MatchKind = exactField ? 'exact' : level === 3 ? 'word' : level === 2 ? 'prefix' : 'substring';
    for (const hit of found) add(customerId, score + bonus, { field: hit.field, kind, value: hit.value });
  }
}

/** Every customer with a word equal to (3), beginning with (2) or, for 3+ letters, containing (1) the query word. */
function customersForWord(layers: readonly Layer[], word: string): Map<string, WordHit> {
  const result = new Map<string, WordHit>();
  for (const layer of layers) addWordHits(layer, word, result);
  return result;
}

function addWordHits({ layer, live }: Layer, word: string, result: Map<string, WordHit>): void {
  const record = (indexed: string, level: WordHit['level']) => {
    for (const posting of layer.words.get(indexed) ?? []) {
      if (!live(posting.customerId)) continue;
      const before = result.get(posting.customerId);
      if (!before || before.level < level || (before.level === level && FIELD_RANK[posting.field] < FIELD_RANK[before.field])) {
        result.set(posting.customerId, { level, field: posting.field, value: posting.value });
      }
    }
  };
  const sorted = layer.sortedWords;
  for (let i = lowerBound(sorted, word); i < sorted.length && sorted[i]!.startsWith(word); i += 1) {
    record(sorted[i]!, sorted[i] === word ? 3 : 2);
  }
  if (word.length >= 3) {
    for (const indexed of sorted) if (!indexed.startsWith(word) && indexed.includes(word)) record(indexed, 1);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const FIELD_RANK: Record<NameField, number> = { name: 0, company: 1, contact: 2 };

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
