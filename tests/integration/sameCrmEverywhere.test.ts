import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSessionHandlers } from '../../client/features/playtest/localSessionHandlers';
import { createApp } from '../../server/createApp';
import { loadScenarioLibrary } from '../../server/scenarios/loadScenarioLibrary';
import { tempDataFile } from '../support/tempDataFile';

const scenarios = (await loadScenarioLibrary(['scenarios'])).flatMap((entry) => (entry.scenario ? [entry.scenario] : []));
const app = createApp({ dataFile: tempDataFile(), clientDir: 'dist/client', scenarios });
const MOCK_ORIGIN = 'http://playtest.invalid';
const mock = setupServer(...localSessionHandlers(scenarios, { origin: MOCK_ORIGIN }));
let mocked = 0;
mock.events.on('response:mocked', () => {
  mocked += 1;
});
let serverOrigin = '';

beforeAll(async () => {
  serverOrigin = (await app.listen(0)).url;
  mock.listen({ onUnhandledRequest: 'bypass' });
});
afterAll(async () => {
  mock.close();
  await app.close();
});

/** The same visit of the CRM, as a candidate would make it, against one origin. */
async function visit(origin: string): Promise<unknown[]> {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const created = await call('POST', '/api/sessions', { scenarioId: 'colis-en-retard' });
  const crm = `/api/sessions/${created.body.id as string}/crm`;
  const answers = [
    created,
    await call('GET', `${crm}/customers?q=${encodeURIComponent('06 12 34 56 78')}`),
    await call('GET', `${crm}/customers/C-1042`),
    await call('GET', `${crm}/orders/CMD-88311`),
    await call('GET', `${crm}/stock?q=LMP-204`),
    await call('POST', `${crm}/orders`, { customerId: 'C-1042', lines: [{ sku: 'LMP-204', quantity: 3 }] }),
    await call('POST', `${crm}/orders`, { customerId: 'C-1042', lines: [{ sku: 'LMP-204', quantity: 1 }] }),
    await call('POST', `${crm}/notes`, { customerId: 'C-1042', author: 'Julie', direction: 'inbound', text: 'Renvoi express proposé.' }),
    await call('GET', `/api/sessions/${created.body.id as string}/actions`),
  ];
  return JSON.parse(JSON.stringify(answers, (key, value: unknown) => (['id', 'at', 'createdAt', 'now'].includes(key) && typeof value === 'string' ? '·' : value)));
}

describe('the mock CRM served by msw in the browser and by the server', () => {
  it('answers the same visit the same way', async () => {
    const fromServer = await visit(serverOrigin);
    expect(mocked).toBe(0); // the server answered all of it
    const fromMock = await visit(MOCK_ORIGIN);
    expect(mocked).toBe(9); // and msw all of this
    expect(fromMock).toEqual(fromServer);
    expect((fromServer as { status: number }[]).map((a) => a.status)).toEqual([201, 200, 200, 200, 200, 422, 201, 201, 200]);
  });
});
