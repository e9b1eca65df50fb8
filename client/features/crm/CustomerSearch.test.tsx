// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CustomerSearchHit } from '../../../shared/crm/searchCustomers';
import { renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { CustomerSearch } from './CustomerSearch';
import { colisFile, jsonResponse, pressKey, testCrmEnvironment, typeInto, WithCrm } from './testCrmEnvironment';

const hits: CustomerSearchHit[] = [
  { customer: colisFile.customer, score: 72, matches: [{ field: 'name', kind: 'word', value: 'Sandrine Roux' }] },
  {
    customer: {
      ...colisFile.customer,
      id: 'C-2291',
      phone: { e164: '+33388412790', display: '03 88 41 27 90' },
      address: '5 quai des Bateliers, 67000 Strasbourg',
    },
    score: 72,
    matches: [{ field: 'name', kind: 'word', value: 'Sandrine Roux' }],
  },
];

describe('CustomerSearch', () => {
  let view: Rendered | undefined;
  beforeEach(() => {
    history.replaceState(null, '', '/seance/s1');
    vi.stubGlobal('scrollTo', vi.fn());
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  const input = () => view!.container.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const options = () => [...view!.container.querySelectorAll('[role="option"]')];

  test('searches once typing pauses, and lists name, phone, customer number and why each matched', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ customers: hits }));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(
      <WithCrm>
        <CustomerSearch />
      </WithCrm>,
    );
    expect(view.container.querySelector('label')?.textContent).toBe('Rechercher un client');
    await act(async () => typeInto(input(), 'r'));
    await act(async () => typeInto(input(), 'ro'));
    await act(async () => typeInto(input(), 'roux'));
    await waitFor(() => expect(options()).toHaveLength(2));
    // Only the text typing paused on went to the CRM: each search is logged as evidence.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/s1/crm/customers?q=roux', expect.objectContaining({ method: 'GET' }));
    const first = options()[0]!.textContent ?? '';
    for (const text of ['Sandrine Roux', '06 12 34 56 78', 'C-1042', 'Trouvé par nom (mot entier)']) expect(first).toContain(text);
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe('2 clients trouvés');
  });

  test('↑ and ↓ move in the results, Enter opens the highlighted file', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ customers: hits })));
    view = await renderForTest(
      <WithCrm>
        <CustomerSearch />
      </WithCrm>,
    );
    await act(async () => typeInto(input(), 'roux'));
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);

    await act(async () => pressKey(input(), 'ArrowDown'));
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    await act(async () => pressKey(input(), 'ArrowDown'));
    await act(async () => pressKey(input(), 'ArrowDown'));
    expect(input().getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(options().map((option) => option.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    await act(async () => pressKey(input(), 'ArrowUp'));
    await act(async () => pressKey(input(), 'ArrowDown'));

    await act(async () => pressKey(input(), 'Enter'));
    expect(location.pathname).toBe('/seance/s1/clients/C-2291');
  });

  test('Enter opens the first result, even when pressed before the CRM has answered', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(
      <WithCrm>
        <CustomerSearch />
      </WithCrm>,
    );
    await act(async () => typeInto(input(), '06 12 34 56 78'));
    await act(async () => pressKey(input(), 'Enter'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(location.pathname).toBe('/seance/s1');
    await act(async () => answer(jsonResponse({ customers: [{ ...hits[0]!, matches: [{ field: 'phone', kind: 'exact', value: '06 12 34 56 78' }] }] })));
    await waitFor(() => expect(location.pathname).toBe('/seance/s1/clients/C-1042'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test('says when nothing matches, and asks for 2 characters first', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ customers: [] }));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(
      <WithCrm>
        <CustomerSearch />
      </WithCrm>,
    );
    const status = () => view!.container.querySelector('[role="status"]')?.textContent;
    await act(async () => typeInto(input(), 'z'));
    expect(status()).toBe('Saisissez au moins 2 caractères.');
    await act(async () => pressKey(input(), 'Enter'));
    expect(fetchMock).not.toHaveBeenCalled();
    await act(async () => typeInto(input(), 'zorglub'));
    await waitFor(() => expect(status()).toBe('Aucun client ne correspond à «\u00a0zorglub\u00a0».'));
    expect(options()).toHaveLength(0);
  });

  test('focuses the field when the desk asks (Ctrl+K, « / »), even on arrival from another screen', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ customers: [] })));
    const environment = testCrmEnvironment();
    environment.searchFocus.request(); // asked before the screen was there
    view = await renderForTest(
      <WithCrm environment={environment}>
        <CustomerSearch />
      </WithCrm>,
    );
    expect(document.activeElement).toBe(input());
    (document.activeElement as HTMLElement).blur();
    await act(async () => environment.searchFocus.request());
    expect(document.activeElement).toBe(input());
  });

  test('a CRM that is down is said plainly, with a retry', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(jsonResponse({ error: { code: 'crm.down', message: { fr: 'x', en: 'x' } } }, 503))
      .mockResolvedValueOnce(jsonResponse({ customers: hits }));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(
      <WithCrm>
        <CustomerSearch />
      </WithCrm>,
    );
    await act(async () => typeInto(input(), 'roux'));
    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')?.textContent).toContain('Le CRM est indisponible pour le moment. Réessayez dans un instant.'));
    const retry = [...view.container.querySelectorAll('button')].find((button) => button.textContent === 'Réessayer')!;
    await act(async () => retry.click());
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
  });
});
