import type { LocalizedText } from '../competencies/referential';
import type { CrmFact } from '../scenario/crmFact';
import type { CrmCommandContext } from './crmCommandOutcome';
import type { CrmCommandType } from './crmCommandSchema';
import type { CrmState } from './crmEntities';
import type { CrmEvent } from './crmEvents';
import type { CrmRefusal } from './crmRefusal';
import { crmRefusal } from './crmRefusal';
import { customerFile } from './customerFile';
import { executeCrmCommand } from './executeCrmCommand';
import { invoiceDetail } from './invoiceDetail';
import { orderDetail } from './orderDetail';
import { quoteStatus } from './quoteStatus';
import { searchCustomers } from './searchCustomers';
import { stockLookup } from './stockLookup';

/** A request to the mock CRM, relative to a session: `GET /customers?q=06 12`. */
export interface CrmRequest {
  method: string;
  /** The path under `/api/sessions/:id/crm`, e.g. `/customers/C-1042`. */
  path: string;
  query: Readonly<Record<string, string>>;
  body?: unknown;
}

/** What the candidate did, as the session log keeps it: reads included. */
export interface CrmAction {
  kind: 'read' | 'write';
  method: string;
  path: string;
  params: Readonly<Record<string, unknown>>;
  status: number;
  summary: LocalizedText;
  /** What the scenario learns ("viewed order CMD-88311"); none for a refused request. */
  facts: CrmFact[];
}

export interface CrmResponse {
  status: number;
  body: unknown;
  /** Events to append to the session's CRM log (a refused request has none). */
  events: CrmEvent[];
  action: CrmAction;
}

type Params = Record<string, string>;
interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  pattern: string;
  handle(state: CrmState, params: Params, request: CrmRequest, context: CrmCommandContext): Omit<CrmResponse, 'action'> & {
    summary: LocalizedText;
    facts: CrmFact[];
  };
}

const text = (fr: string, en: string): LocalizedText => ({ fr, en });
/** "0 résultat", "1 résultat", "2 résultats" (French singular up to 1), "1 result", "0 results". */
const count = (n: number, one: string, many: string, language: 'fr' | 'en' = 'fr') =>
  `${n} ${(language === 'fr' ? n < 2 : n === 1) ? one : many}`;
const missing = (what: LocalizedText, id: string) => ({
  status: 404,
  body: { error: crmRefusal('not-found', `${what.fr} « ${id} » introuvable.`, `${what.en} '${id}' not found.`) },
  events: [],
  summary: text(`${what.fr} « ${id} » introuvable`, `${what.en} '${id}' not found`),
  facts: [],
});

/** A read of one record by its id: 200 with the record and a "viewed" fact, or 404. */
function read<T>(entity: CrmFact['entity'], what: LocalizedText, viewed: LocalizedText, find: (state: CrmState, id: string) => T | undefined): Route['handle'] {
  return (state, { id }) => {
    const found = find(state, id!);
    if (found === undefined) return missing(what, id!);
    return { status: 200, body: found, events: [], summary: text(`${viewed.fr} ${id}`, `${viewed.en} ${id}`), facts: [{ verb: 'viewed', entity, ref: id! }] };
  };
}

/** A command built from the body (and path params): 201 with what it made, or the refusal. */
function command(type: CrmCommandType, done: LocalizedText, attempt: LocalizedText, fromPath: (params: Params) => Record<string, string> = () => ({})): Route['handle'] {
  return (state, params, request, context) => {
    const body = request.body;
    if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
      return refusedWith(422, crmRefusal('body.invalid', 'Le corps de la requête doit être un objet JSON.', 'The request body must be a JSON object.'), attempt);
    }
    const pathFields = fromPath(params);
    const outcome = executeCrmCommand(state, { type, payload: { ...(body as object | undefined), ...pathFields } }, context);
    if (!outcome.ok) {
      // The record named in the URL does not exist: 404; anything else wrong with the request: 422.
      const inPath = outcome.error.code.endsWith('not-found') && outcome.error.field !== undefined && outcome.error.field in pathFields;
      return refusedWith(inPath ? 404 : 422, outcome.error, attempt);
    }
    return {
      status: 201,
      body: outcome.result,
      events: outcome.events,
      summary: text(`${done.fr} ${outcome.result.id}`, `${done.en} ${outcome.result.id}`),
      facts: [outcome.result.fact],
    };
  };
}

function refusedWith(status: number, error: CrmRefusal, attempt: LocalizedText) {
  return { status, body: { error }, events: [], summary: text(`Refusé — ${attempt.fr} : ${error.message.fr}`, `Refused — ${attempt.en}: ${error.message.en}`), facts: [] };
}

const ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/customers',
    handle: (state, _params, { query }) => {
      const q = (query.q ?? '').trim();
      if (q.length < 2) return refusedWith(400, crmRefusal('query.too-short', 'Saisissez au moins 2 caractères pour chercher.', 'Type at least 2 characters to search.', 'q'), text('chercher un client', 'search customers'));
      const hits = searchCustomers(state, q, 20);
      return { status: 200, body: { customers: hits }, events: [], summary: text(`A cherché « ${q} » : ${count(hits.length, 'résultat', 'résultats')}`, `Searched '${q}': ${count(hits.length, 'result', 'results', 'en')}`), facts: [] };
    },
  },
  { method: 'GET', pattern: '/customers/:id', handle: read('customer', text('Fiche client', 'Customer file'), text('A consulté la fiche client', 'Viewed the customer file'), customerFile) },
  { method: 'GET', pattern: '/orders/:id', handle: read('order', text('Commande', 'Order'), text('A consulté la commande', 'Viewed order'), orderDetail) },
  { method: 'GET', pattern: '/invoices/:id', handle: read('invoice', text('Facture', 'Invoice'), text('A consulté la facture', 'Viewed invoice'), invoiceDetail) },
  {
    method: 'GET',
    pattern: '/quotes/:id',
    handle: read('quote', text('Devis', 'Quote'), text('A consulté le devis', 'Viewed quote'), (state, id) => {
      const quote = state.quotes[id];
      return quote && { ...quote, status: quoteStatus(quote, state.today) };
    }),
  },
  { method: 'GET', pattern: '/tickets/:id', handle: read('ticket', text('Ticket', 'Ticket'), text('A consulté le ticket', 'Viewed ticket'), (state, id) => state.tickets[id]) },
  {
    method: 'GET',
    pattern: '/stock',
    handle: (state, _params, { query }) => {
      const q = (query.q ?? '').trim();
      if (q.length < 2) return refusedWith(400, crmRefusal('query.too-short', 'Saisissez une référence ou au moins 2 caractères du nom.', 'Type a SKU or at least 2 characters of the name.', 'q'), text('consulter le stock', 'look up stock'));
      const items = stockLookup(state, q);
      return {
        status: 200,
        body: { items },
        events: [],
        summary: text(`A consulté le stock pour « ${q} » : ${count(items.length, 'article', 'articles')}`, `Looked up stock for '${q}': ${count(items.length, 'product', 'products', 'en')}`),
        facts: items.map((item) => ({ verb: 'viewed', entity: 'stock', ref: item.sku })),
      };
    },
  },
  { method: 'POST', pattern: '/customers', handle: command('customer.create', text('A créé la fiche client', 'Created customer'), text('créer une fiche client', 'create a customer')) },
  { method: 'PATCH', pattern: '/customers/:id', handle: command('customer.update', text('A mis à jour la fiche', 'Updated customer'), text('mettre à jour la fiche', 'update the customer'), (p) => ({ customerId: p.id! })) },
  { method: 'POST', pattern: '/customers/:id/contacts', handle: command('contact.add', text('A ajouté un contact', 'Added contact'), text('ajouter un contact', 'add a contact'), (p) => ({ customerId: p.id! })) },
  { method: 'PUT', pattern: '/customers/:id/consents', handle: command('consent.update', text('A enregistré le consentement de', 'Recorded the consent of'), text('enregistrer un consentement', 'record a consent'), (p) => ({ customerId: p.id! })) },
  { method: 'POST', pattern: '/quotes', handle: command('quote.create', text('A créé le devis', 'Created quote'), text('créer un devis', 'create a quote')) },
  { method: 'POST', pattern: '/orders', handle: command('order.create', text('A créé la commande', 'Created order'), text('créer une commande', 'create an order')) },
  { method: 'POST', pattern: '/orders/:id/cancel', handle: command('order.cancel', text('A annulé la commande', 'Cancelled order'), text('annuler la commande', 'cancel the order'), (p) => ({ orderId: p.id! })) },
  { method: 'POST', pattern: '/invoices', handle: command('invoice.issue', text('A émis la facture', 'Issued invoice'), text('émettre une facture', 'issue an invoice')) },
  { method: 'POST', pattern: '/invoices/:id/payments', handle: command('payment.record', text('A enregistré le règlement', 'Recorded payment'), text('enregistrer un règlement', 'record a payment'), (p) => ({ invoiceNumber: p.id! })) },
  { method: 'POST', pattern: '/credit-notes', handle: command('creditNote.issue', text('A émis l’avoir', 'Issued credit note'), text('émettre un avoir', 'issue a credit note')) },
  { method: 'POST', pattern: '/tickets', handle: command('ticket.open', text('A ouvert le ticket', 'Opened ticket'), text('ouvrir un ticket', 'open a ticket')) },
  { method: 'PATCH', pattern: '/tickets/:id', handle: command('ticket.update', text('A mis à jour le ticket', 'Updated ticket'), text('mettre à jour le ticket', 'update the ticket'), (p) => ({ ticketId: p.id! })) },
  { method: 'POST', pattern: '/callbacks', handle: command('callback.schedule', text('A planifié le rappel', 'Scheduled callback'), text('planifier un rappel', 'schedule a callback')) },
  { method: 'POST', pattern: '/tasks', handle: command('task.create', text('A créé la tâche', 'Created task'), text('créer une tâche', 'create a task')) },
  { method: 'POST', pattern: '/notes', handle: command('note.write', text('A rédigé la note d’appel', 'Wrote call note'), text('rédiger une note d’appel', 'write a call note')) },
  { method: 'POST', pattern: '/confirmations', handle: command('confirmation.send', text('A envoyé la confirmation écrite', 'Sent written confirmation'), text('envoyer la confirmation écrite', 'send the written confirmation')) },
];

/** Every method and path the CRM answers, for servers that register routes one by one. */
export const CRM_ROUTES: readonly { method: Route['method']; pattern: string }[] = ROUTES.map(({ method, pattern }) => ({ method, pattern }));

/**
 * The mock CRM's REST API as one pure function: the server and msw both serve it, so what a
 * candidate sees in an exam and in a trainer's play-test is the same. It never changes the
 * state: the caller appends `events` to the session's CRM log and `action` to its action log.
 */
export function handleCrmRequest(state: CrmState, request: CrmRequest, context: CrmCommandContext): CrmResponse {
  const method = request.method.toUpperCase();
  const path = request.path.replace(/\/+$/, '') || '/';
  let allowed = false;
  for (const route of ROUTES) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    allowed = true;
    if (route.method !== method) continue;
    const { summary, facts, ...response } = route.handle(state, params, request, context);
    const action: CrmAction = {
      kind: method === 'GET' ? 'read' : 'write',
      method,
      path,
      params: { ...params, ...request.query, ...(request.body !== undefined ? { body: request.body } : {}) },
      status: response.status,
      summary,
      facts,
    };
    return { ...response, action };
  }
  const error = allowed
    ? crmRefusal('method.not-allowed', `${method} n’est pas possible sur ${path}.`, `${method} is not allowed on ${path}.`)
    : crmRefusal('route.unknown', `Aucune fonction du CRM à l’adresse ${path}.`, `No CRM function at ${path}.`);
  const status = allowed ? 405 : 404;
  return {
    status,
    body: { error },
    events: [],
    action: { kind: method === 'GET' ? 'read' : 'write', method, path, params: { ...request.query }, status, summary: error.message, facts: [] },
  };
}

function matchPattern(pattern: string, path: string): Params | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i]!.startsWith(':')) {
      try {
        params[want[i]!.slice(1)] = decodeURIComponent(got[i]!);
      } catch {
        return null;
      }
    } else if (want[i] !== got[i]) return null;
  }
  return params;
}
