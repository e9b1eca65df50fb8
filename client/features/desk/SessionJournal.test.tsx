// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { jsonResponse } from '../crm/testCrmEnvironment';
import { SessionJournal } from './SessionJournal';

const at = (hours: number, minutes: number, seconds: number) => new Date(2026, 10, 28, hours, minutes, seconds).toISOString();
const actions = [
  {
    seq: 2,
    at: at(16, 3, 55),
    action: {
      kind: 'write',
      method: 'POST',
      path: '/orders',
      params: {},
      status: 422,
      summary: { fr: 'Refusé — créer une commande : Stock insuffisant', en: 'Refused — create an order: Not enough stock' },
      facts: [],
    },
  },
  {
    seq: 1,
    at: at(9, 5, 7),
    action: { kind: 'read', method: 'GET', path: '/customers/C-1042', params: {}, status: 200, summary: { fr: 'A consulté fiche client C-1042', en: 'Viewed customer file C-1042' }, facts: [] },
  },
];

describe('SessionJournal', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  const entries = () => [...view!.container.querySelectorAll('[data-testid="journal-entry"]')].map((entry) => entry.textContent);

  test('lists the actions oldest first, with their time, refused ones marked, and reads again on each change', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ actions }));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(<SessionJournal sessionId="s1" version={0} />);
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/s1/actions', expect.anything());
    expect(entries()).toEqual(['09:05:07LectureA consulté fiche client C-1042', '16:03:55Écriturerefusé' + actions[0]!.action.summary.fr]);
    expect(view.container.querySelector('h2')?.textContent).toBe('Journal de la séance');
    expect(view.container.textContent).toContain('2 actions');
    view.unmount();

    view = await renderForTest(<SessionJournal sessionId="s1" version={1} />, { locale: 'en' });
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(entries()[1]).toBe('16:03:55WriterefusedRefused — create an order: Not enough stock');
  });

  test('an empty journal says so', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ actions: [] })));
    view = await renderForTest(<SessionJournal sessionId="s1" version={0} />);
    await waitFor(() => expect(view!.container.textContent).toContain('Aucune action pour le moment.'));
  });
});
