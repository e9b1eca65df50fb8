// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../app/App';
import { click, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { colisFile, jsonResponse, pressKey } from '../crm/testCrmEnvironment';

// No server behind jsdom: the call's socket is a stand-in that joins an outbound call being
// prepared when `joinable` is set, and otherwise never answers (the connection has its own tests).
const socketState = vi.hoisted(() => ({ joinable: false }));
vi.mock('socket.io-client', async () => {
  const { testView } = await import('../call/testView');
  return {
    io: () => ({
      connected: socketState.joinable,
      on: () => undefined,
      timeout: () => ({
        emitWithAck: (event: string) =>
          socketState.joinable && event === 'session:join'
            ? Promise.resolve({ ok: true, view: testView({ direction: 'outbound', phase: 'preparing', canDial: true, displayedNumber: '05 49 62 18 40', ringingSince: null }) })
            : new Promise(() => undefined),
      }),
      disconnect: () => undefined,
    }),
  };
});

const session = {
  id: 's1',
  scenarioId: 'colis-en-retard',
  title: 'Colis en retard, cliente agacée',
  direction: 'inbound',
  briefing: { fr: 'Service client de Maison Lumen.', en: 'Maison Lumen customer service.' },
  today: '2026-12-02',
  crmStatus: 'available',
  createdAt: '2026-12-02T09:00:00.000Z',
};

function serve(url: string): Response {
  if (url === '/api/sessions/s1') return jsonResponse(session);
  if (url === '/api/sessions/s1/actions') return jsonResponse({ actions: [] });
  if (url === '/api/sessions/s1/crm/customers/C-1042') return jsonResponse(colisFile);
  if (url.startsWith('/api/sessions/s1/crm/customers?')) return jsonResponse({ customers: [] });
  return jsonResponse({ error: { code: 'not_found', message: `No ${url}` } }, 404);
}

describe('DeskPage', () => {
  let view: Rendered | undefined;
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    socketState.joinable = false;
    localStorage.clear();
    vi.stubGlobal('scrollTo', vi.fn());
    fetchMock = vi.fn(async (url: string) => serve(url));
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  const searchField = () => view!.container.querySelector<HTMLInputElement>('input[role="combobox"]');
  const calls = (url: string) => fetchMock.mock.calls.filter(([called]) => called === url).length;

  test('opens on the scenario\'s title and business day, the CRM screen of the address, and the journal', async () => {
    history.replaceState(null, '', '/seance/s1/clients/C-1042');
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.querySelector('h1')?.textContent).toBe('Colis en retard, cliente agacée'));
    expect(view.container.textContent).toContain('Jour de l’appel\u00a0: mercredi 2 décembre 2026');
    await waitFor(() => expect(view!.container.textContent).toContain('Sandrine Roux — fiche C-1042'));
    expect(view.container.querySelector('[data-testid="session-journal"] h2')?.textContent).toBe('Journal de la séance');
    expect(document.title).toBe('Colis en retard, cliente agacée · Plateau');
    // The journal is read again once the file's read is answered.
    await waitFor(() => expect(calls('/api/sessions/s1/actions')).toBeGreaterThanOrEqual(2));
    const current = view.container.querySelector('.crm-nav [aria-current="page"]');
    expect(current?.textContent).toBe('Fiche\u00a0: Sandrine Roux');
    // The call sits beside the CRM, waiting for its connection.
    expect(view.container.querySelector('[data-call-panel]')?.textContent).toContain('Connexion à la séance…');
  });

  test('« Appeler » beside the customer\'s phone puts the number into the dialler and focuses its call button', async () => {
    socketState.joinable = true;
    history.replaceState(null, '', '/seance/s1/clients/C-1042');
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.textContent).toContain('Sandrine Roux — fiche C-1042'));
    await waitFor(() => expect(view!.container.querySelector('.dialler')).not.toBeNull());
    const callButton = [...view.container.querySelectorAll('button')].find((button) => button.textContent === 'Appeler le 06 12 34 56 78');
    await click(callButton!);
    expect(view.container.querySelector<HTMLInputElement>('.dialler input[type="tel"]')?.value).toBe('06 12 34 56 78');
    expect(document.activeElement).toBe(view.container.querySelector('.dialler__call'));
  });

  test('Ctrl+K goes to the customer search from any screen and focuses its field; « / » too, outside a field', async () => {
    history.replaceState(null, '', '/seance/s1/clients/C-1042');
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.textContent).toContain('Sandrine Roux — fiche C-1042'));

    let prevented = false;
    await act(async () => {
      prevented = !pressKey(document.body, 'k', { ctrlKey: true });
    });
    expect(prevented).toBe(true);
    expect(location.pathname).toBe('/seance/s1');
    await waitFor(() => expect(document.activeElement).toBe(searchField()));

    searchField()!.blur();
    await act(async () => {
      prevented = !pressKey(document.body, '/');
    });
    expect(prevented).toBe(true);
    expect(document.activeElement).toBe(searchField());

    // In a field, « / » is a character like any other.
    await act(async () => {
      prevented = !pressKey(searchField()!, '/');
    });
    expect(prevented).toBe(false);
  });

  test('an unknown session says so, with the way back to the catalogue', async () => {
    history.replaceState(null, '', '/seance/nope');
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.textContent).toContain('Séance introuvable'));
    const back = [...view.container.querySelectorAll('a')].find((link) => link.textContent === 'Retour au catalogue');
    expect(back?.getAttribute('href')).toBe('/candidat');
  });
});
