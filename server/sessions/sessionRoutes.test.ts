import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../createApp';
import { loadScenarioLibrary } from '../scenarios/loadScenarioLibrary';
import type { Scenario } from '../../shared/scenario/scenarioSchema';
import { tempDataFile } from '../../tests/support/tempDataFile';

const library = await loadScenarioLibrary(['scenarios', 'tests/fixtures/scenarios']);
const scenarios = library.flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
const mini = scenarios.find((s) => s.id === 'mini')!;
// The same call with the CRM down from the first step, and one where it is slow.
const down: Scenario = { ...mini, id: 'mini-crm-down', steps: { ...mini.steps, accueil: { ...mini.steps.accueil!, crm_status: 'down' } } };
const slow: Scenario = { ...mini, id: 'mini-crm-slow', steps: { ...mini.steps, accueil: { ...mini.steps.accueil!, crm_status: 'slow' } } };

const app = createApp({ dataFile: tempDataFile(), clientDir: 'dist/client', scenarios: [...scenarios, down, slow], slowCrmMs: 300 });
let base = '';
beforeAll(async () => {
  base = (await app.listen(0)).url;
});
afterAll(() => app.close());

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: { fr: string; en: string } } } };
}

async function newSession(scenarioId = 'colis-en-retard'): Promise<string> {
  const created = await call('POST', '/api/sessions', { scenarioId });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

describe('practice sessions and their mock CRM, over HTTP', () => {
  it('creates a session on the scenario\'s business day, with an unguessable id', async () => {
    const created = await call('POST', '/api/sessions', { scenarioId: 'litige-facture' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ scenarioId: 'litige-facture', crmStatus: 'available' });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await call('POST', '/api/sessions', { scenarioId: 'nope' })).status).toBe(404);
    expect((await call('POST', '/api/sessions', { scenario: 'x' })).status).toBe(422);
    expect((await call('GET', '/api/sessions/not-a-session/crm/customers?q=roux')).status).toBe(404);
  });

  it('finds a customer by phone number, whatever its format, and logs the search', async () => {
    const id = await newSession();
    for (const q of ['06 12 34 56 78', '0612345678', '+33 6 12 34 56 78']) {
      const found = await call('GET', `/api/sessions/${id}/crm/customers?q=${encodeURIComponent(q)}`);
      expect(found.status).toBe(200);
      expect((found.body.customers as { customer: { id: string } }[])[0]?.customer.id).toBe('C-1042');
    }
    const { body } = await call('GET', `/api/sessions/${id}/actions`);
    const actions = body.actions as { seq: number; at: string; action: { kind: string; params: { q: string }; summary: { fr: string } } }[];
    expect(actions.map((a) => a.seq)).toEqual([1, 2, 3]);
    expect(actions[0]!.action).toMatchObject({ kind: 'read', params: { q: '06 12 34 56 78' } });
    expect(actions[0]!.action.summary.fr).toContain('06 12 34 56 78');
  });

  it('turns reads and writes into the facts the scenario waits for', async () => {
    const id = await newSession();
    expect((await call('GET', `/api/sessions/${id}/crm/orders/CMD-88311`)).status).toBe(200);
    const stock = await call('GET', `/api/sessions/${id}/crm/stock?q=LMP-204`);
    expect(stock.status).toBe(200);
    const note = await call('POST', `/api/sessions/${id}/crm/notes`, { customerId: 'C-1042', author: 'Julie', direction: 'inbound', text: 'Colis perdu par le transporteur, renvoi express proposé.' });
    expect(note.status).toBe(201);
    const { body } = await call('GET', `/api/sessions/${id}/actions`);
    const facts = (body.actions as { action: { facts: { verb: string; entity: string; ref: string }[] } }[]).flatMap((a) => a.action.facts);
    expect(facts).toEqual([
      { verb: 'viewed', entity: 'order', ref: 'CMD-88311' },
      { verb: 'viewed', entity: 'stock', ref: 'LMP-204' },
      expect.objectContaining({ verb: 'created', entity: 'note' }),
    ]);
  });

  it('refuses a bad request with a message a screen can show, and changes nothing', async () => {
    const id = await newSession();
    const before = await call('GET', `/api/sessions/${id}/crm/customers/C-1042`);
    const refused = await call('POST', `/api/sessions/${id}/crm/orders`, { customerId: 'C-1042', lines: [{ sku: 'LMP-204', quantity: 3 }] });
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message.fr).toMatch(/stock/i);
    const unknownField = await call('POST', `/api/sessions/${id}/crm/notes`, { customerId: 'C-1042', author: 'Julie', direction: 'inbound', text: 'x', mood: 'bad' });
    expect(unknownField.status).toBe(422);
    expect(unknownField.body.error?.message.en).toBeTruthy();
    expect(await call('GET', `/api/sessions/${id}/crm/customers/C-1042`)).toEqual(before);
    expect((await call('GET', `/api/sessions/${id}/crm/customers/C-9999`)).status).toBe(404);
    expect((await call('GET', `/api/sessions/${id}/crm/nowhere`)).status).toBe(404);
    expect((await call('DELETE', `/api/sessions/${id}/crm/customers/C-1042`)).status).toBe(405);
    const { body } = await call('GET', `/api/sessions/${id}/actions`);
    // Each request that reached the CRM is logged, refused ones without facts for the scenario.
    expect((body.actions as { action: { status: number; facts: unknown[] } }[]).map((a) => [a.action.status, a.action.facts.length])).toEqual([
      [200, 1],
      [422, 0],
      [422, 0],
      [200, 1],
      [404, 0],
    ]);
  });

  it('behaves as the scenario says: unavailable while the CRM is down, slower while it is slow', async () => {
    const downId = await newSession('mini-crm-down');
    const refused = await call('GET', `/api/sessions/${downId}/crm/customers?q=test`);
    expect(refused.status).toBe(503);
    expect(refused.body.error?.message.fr).toContain('indisponible');
    const { body } = await call('GET', `/api/sessions/${downId}/actions`);
    expect(body.actions).toEqual([expect.objectContaining({ action: expect.objectContaining({ status: 503, params: { q: 'test' } }) })]);

    const slowId = await newSession('mini-crm-slow');
    const started = performance.now();
    expect((await call('GET', `/api/sessions/${slowId}/crm/customers?q=test`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });
});
