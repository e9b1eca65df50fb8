import { closestMatch } from './closestMatch';
import { parseFact } from './crmFact';
import { eachDuplicate } from './eachDuplicate';
import type { YamlPath } from './parseScenario';
import { FACT_ENTITIES, FACT_VERBS } from './scenarioSchema';
import type { Scenario } from './scenarioSchema';

export type ErrorFn = (path: YamlPath, code: string, message: string, hint?: string, key?: boolean) => void;

/** Fixture ids are unique, cross references resolve, and CRM facts name existing records. */
export function checkFixtures(s: Scenario, error: ErrorFn): void {
  const crm = s.crm ?? {};
  const ids = {
    customer: crm.customers?.map((c) => c.id) ?? [],
    product: crm.products?.map((p) => p.sku) ?? [],
    order: crm.orders?.map((o) => o.id) ?? [],
    invoice: crm.invoices?.map((i) => i.id) ?? [],
    ticket: crm.tickets?.map((t) => t.id) ?? [],
  };
  const label = { customer: 'client', product: 'produit', order: 'commande', invoice: 'facture', ticket: 'ticket' } as const;
  const collection = { customer: 'customers', product: 'products', order: 'orders', invoice: 'invoices', ticket: 'tickets' } as const;
  for (const kind of Object.keys(ids) as (keyof typeof ids)[]) {
    const field = kind === 'product' ? 'sku' : 'id';
    eachDuplicate(ids[kind], (i, id) => error(['crm', collection[kind], i, field], 'duplicate-id', `${label[kind]} « ${id} » déclaré deux fois`));
  }
  eachDuplicate(crm.stock?.map((st) => `${st.sku}@${st.warehouse}`) ?? [], (i, id) =>
    error(['crm', 'stock', i], 'duplicate-id', `stock « ${id.replace('@', ' / ')} » déclaré deux fois`));

  const mustExist = (kind: keyof typeof ids, ref: string | undefined, path: YamlPath) => {
    if (ref === undefined || ids[kind].includes(ref)) return;
    const guess = closestMatch(ref, ids[kind]);
    error(path, 'unknown-fixture', `${label[kind]} « ${ref} » absent des données CRM du scénario`,
      guess ? `vouliez-vous dire « ${guess} » ?` : `déclarez-le dans « crm.${collection[kind]} »`);
  };
  mustExist('customer', s.customer.record, ['customer', 'record']);
  crm.products?.forEach((p, i) => p.substitutes?.forEach((sku, j) => mustExist('product', sku, ['crm', 'products', i, 'substitutes', j])));
  crm.stock?.forEach((st, i) => mustExist('product', st.sku, ['crm', 'stock', i, 'sku']));
  crm.orders?.forEach((o, i) => {
    mustExist('customer', o.customer, ['crm', 'orders', i, 'customer']);
    o.lines?.forEach((line, j) => mustExist('product', line.sku, ['crm', 'orders', i, 'lines', j, 'sku']));
  });
  crm.invoices?.forEach((inv, i) => {
    mustExist('customer', inv.customer, ['crm', 'invoices', i, 'customer']);
    mustExist('order', inv.order, ['crm', 'invoices', i, 'order']);
  });
  crm.tickets?.forEach((t, i) => {
    mustExist('customer', t.customer, ['crm', 'tickets', i, 'customer']);
    mustExist('order', t.order, ['crm', 'tickets', i, 'order']);
  });
  crm.consents?.forEach((c, i) => mustExist('customer', c.customer, ['crm', 'consents', i, 'customer']));

  const refKind: Partial<Record<string, keyof typeof ids>> = { customer: 'customer', order: 'order', invoice: 'invoice', ticket: 'ticket', product: 'product', stock: 'product' };
  forEachFact(s, (path, text) => {
    const parsed = parseFact(text);
    if (!parsed.ok) {
      const hint =
        parsed.part === 'verb' ? hintFor(parsed.word, FACT_VERBS) :
        parsed.part === 'entity' ? hintFor(parsed.word, FACT_ENTITIES) :
        'écrivez « <verbe> <objet> [référence] », ex. « viewed order CMD-88311 »';
      const what = parsed.part === 'shape' ? `action CRM « ${text} » illisible` : `${parsed.part === 'verb' ? 'verbe' : 'objet'} « ${parsed.word} » inconnu dans « ${text} »`;
      error(path, 'bad-fact', what, hint);
      return;
    }
    const { verb, entity, ref } = parsed.fact;
    const kind = refKind[entity];
    if (ref !== undefined && kind && (verb === 'viewed' || verb === 'updated')) mustExist(kind, ref, path);
  });
}

function hintFor(word: string, allowed: readonly string[]): string {
  const guess = closestMatch(word, allowed);
  return guess ? `vouliez-vous dire « ${guess} » ?` : `possibles : ${allowed.join(', ')}`;
}

function forEachFact(s: Scenario, visit: (path: YamlPath, fact: string) => void): void {
  for (const [id, step] of Object.entries(s.steps)) {
    step.options?.forEach((o, i) => o.requires?.forEach((f, j) => visit(['steps', id, 'options', i, 'requires', j], f)));
    step.crm?.forEach((r, i) => visit(['steps', id, 'crm', i, 'when'], r.when));
  }
}
