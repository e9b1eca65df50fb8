// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { click, getButton, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { CustomerFileScreen } from './CustomerFileScreen';
import { colisFile, getByLabel, jsonResponse, testCrmEnvironment, typeInto, WithCrm } from './testCrmEnvironment';

const down = () => jsonResponse({ error: { code: 'crm.down', message: { fr: 'Le CRM est indisponible…', en: 'The CRM is unavailable…' } } }, 503);

describe('CustomerFileScreen', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  async function renderFile(locale: 'fr' | 'en' = 'fr', environment = testCrmEnvironment()) {
    view = await renderForTest(
      <WithCrm environment={environment}>
        <CustomerFileScreen customerId="C-1042" />
      </WithCrm>,
      { locale },
    );
  }

  test('a CRM that is down (503) says so in plain words, and « Réessayer » reads the file again', async () => {
    const fetchMock = vi.fn().mockResolvedValueOnce(down()).mockResolvedValueOnce(jsonResponse(colisFile));
    vi.stubGlobal('fetch', fetchMock);
    await renderFile();
    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')).not.toBeNull());
    expect(view!.container.querySelector('[role="alert"]')!.textContent).toContain('Le CRM est indisponible pour le moment. Réessayez dans un instant.');
    await click(getButton(view!.container, 'Réessayer'));
    await waitFor(() => expect(view!.container.textContent).toContain('Sandrine Roux — fiche C-1042'));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock).toHaveBeenLastCalledWith('/api/sessions/s1/crm/customers/C-1042', expect.anything());
    expect(view!.container.querySelector('[role="alert"]')).toBeNull();
  });

  test('shows a progress indicator only once the answer takes more than 300 ms', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    await renderFile();
    const loading = () => view!.container.querySelector('.status-message--loading');
    expect(view!.container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(loading()).toBeNull();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 150)));
    expect(loading()).toBeNull();
    await waitFor(() => expect(loading()?.textContent).toContain('Chargement…'));
    await act(async () => answer(jsonResponse(colisFile)));
    await waitFor(() => expect(loading()).toBeNull());
  });

  test('reads the file in French formats, and in English ones in English', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(colisFile)));
    const setCurrentCustomer = vi.fn();
    await renderFile('fr', testCrmEnvironment({ setCurrentCustomer }));
    await waitFor(() => expect(view!.container.textContent).toContain('Factures'));
    const text = view!.container.textContent ?? '';
    for (const expected of ['16/11/2026', '147,00\u00a0€', 'payée', 'expédiée', 'Ferlane Express', 'prospection commerciale', 'retiré', '02/10/2026', 'appel entrant']) {
      expect(text).toContain(expected);
    }
    expect(setCurrentCustomer).toHaveBeenCalledWith({ id: 'C-1042', name: 'Sandrine Roux' });
    const orderLink = [...view!.container.querySelectorAll('a')].find((link) => link.textContent === 'CMD-88311')!;
    expect(orderLink.getAttribute('href')).toBe('/seance/s1/commandes/CMD-88311');
    expect(text).toContain('Aucun rappel planifié.');
    view!.unmount();

    await renderFile('en');
    await waitFor(() => expect(view!.container.textContent).toContain('Invoices'));
    for (const expected of ['16 Nov 2026', '€147.00', 'paid', 'shipped', 'withdrawn']) expect(view!.container.textContent).toContain(expected);
  });

  test('a call note: the number the CRM made is shown and focused, and the file is read again', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? jsonResponse({ id: 'N-0001', fact: { verb: 'created', entity: 'note', ref: 'N-0001' } }, 201)
        : jsonResponse(colisFile),
    );
    vi.stubGlobal('fetch', fetchMock);
    await renderFile();
    await waitFor(() => expect(view!.container.textContent).toContain('Factures'));
    await click(getButton(view!.container, 'Note d’appel'));
    const note = getByLabel<HTMLTextAreaElement>(view!.container, 'Note');
    expect(document.activeElement).toBe(note);
    await act(async () => typeInto(note, 'Colis perdu : renvoi express proposé.'));
    await act(async () => typeInto(getByLabel(view!.container, 'Auteur'), 'Camille'));
    await click(getButton(view!.container, 'Enregistrer la note'));
    await waitFor(() => expect(view!.container.querySelector('.crm-actions__done')?.textContent).toBe('Note d’appel N-0001 enregistrée.'));
    expect(document.activeElement).toBe(view!.container.querySelector('.crm-actions__done'));
    expect(view!.container.querySelector('form')).toBeNull();
    const sent = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(sent[1]!.body as string)).toEqual({ customerId: 'C-1042', author: 'Camille', direction: 'inbound', text: 'Colis perdu : renvoi express proposé.' });
    await waitFor(() => expect(fetchMock.mock.calls.filter(([, init]) => init?.method === 'GET')).toHaveLength(2));
  });
});
