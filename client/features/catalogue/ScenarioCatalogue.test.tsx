// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  click,
  getButton,
  getSelectByLabel,
  renderForTest,
  selectOption,
  waitFor,
  type Rendered,
} from '../../testing/renderForTest';
import type { ScenarioSummary } from './parseScenarioList';
import { ScenarioCatalogue } from './ScenarioCatalogue';

const scenarios: ScenarioSummary[] = [
  {
    id: 'colis-en-retard',
    title: 'Colis en retard, cliente agacée',
    category: 'support',
    direction: 'inbound',
    difficulty: 2,
    durationMinutes: 6,
    competencies: ['RCD-01', 'RCD-05'],
    briefing: 'Service client de Maison Lumen.',
  },
  {
    id: 'relance-devis',
    title: 'Relance d’un devis',
    category: 'sales',
    direction: 'outbound',
    difficulty: 3,
    durationMinutes: 8,
    competencies: ['RCD-10'],
    briefing: 'Vous rappelez un prospect.',
  },
  {
    id: 'prospection-salon',
    title: 'Prospection après un salon',
    category: 'prospecting',
    direction: 'outbound',
    difficulty: 1,
    durationMinutes: 5,
    competencies: ['RCD-02'],
    briefing: 'Premier appel.',
  },
];

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const catalogueOf = (view: Rendered) => view.container.querySelector('[data-testid="scenario-catalogue"]')!;
const titles = (view: Rendered) => [...view.container.querySelectorAll('h3')].map((h3) => h3.textContent);

describe('ScenarioCatalogue', () => {
  let view: Rendered | undefined;
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  test('shows a loading state, then the scenarios with French labels', async () => {
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(<ScenarioCatalogue />);

    expect(fetchMock).toHaveBeenCalledWith('/api/scenarios?lang=fr', expect.anything());
    expect(catalogueOf(view).getAttribute('aria-busy')).toBe('true');
    expect(view.container.querySelector('[role="status"]')?.textContent).toContain('Chargement des scénarios');

    answer(jsonResponse({ scenarios }));
    await waitFor(() => expect(titles(view!)).toHaveLength(3));
    const text = catalogueOf(view).textContent ?? '';
    expect(catalogueOf(view).getAttribute('aria-busy')).toBe('false');
    expect(text).toContain('3 scénarios');
    for (const label of ['SAV / support', 'Vente', 'Prospection', 'Appel entrant', 'Appel sortant', '2 sur 5', '6 min']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('RCD-05');
    expect(text).toContain('Service client de Maison Lumen.');
  });

  test('uses English labels when the interface is in English', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ scenarios })));
    view = await renderForTest(<ScenarioCatalogue />, { locale: 'en' });
    await waitFor(() => expect(titles(view!)).toHaveLength(3));
    const text = catalogueOf(view).textContent ?? '';
    expect(text).toContain('Scenario catalogue');
    expect(text).toContain('Inbound call');
    expect(text).toContain('Customer service / support');
  });

  test('shows a French error with the HTTP status, and retries on demand', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(jsonResponse({ error: { code: 'not_found', message: 'x' } }, 404))
      .mockResolvedValueOnce(jsonResponse({ scenarios }));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(<ScenarioCatalogue />);

    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')).not.toBeNull());
    const alert = view.container.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Impossible de charger les scénarios.');
    expect(alert.textContent).toContain('HTTP 404');

    await click(getButton(view.container, 'Réessayer'));
    await waitFor(() => expect(titles(view!)).toHaveLength(3));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(document.activeElement?.textContent).toBe('Catalogue des scénarios');
  });

  test('reports an unreachable server and an unreadable answer', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    view = await renderForTest(<ScenarioCatalogue />);
    await waitFor(() => expect(view!.container.textContent).toContain('serveur injoignable'));
    view.unmount();

    vi.stubGlobal('fetch', vi.fn(async () => new Response('<!doctype html>', { status: 200 })));
    view = await renderForTest(<ScenarioCatalogue />);
    await waitFor(() => expect(view!.container.textContent).toContain('réponse illisible'));
  });

  test('shows an empty state when there is no scenario', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ scenarios: [] })));
    view = await renderForTest(<ScenarioCatalogue filterable />);
    await waitFor(() => expect(view!.container.textContent).toContain('Aucun scénario pour le moment.'));
    expect(view.container.querySelector('select')).toBeNull();
  });

  test('filters by category and by call type, and resets', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ scenarios })));
    view = await renderForTest(<ScenarioCatalogue filterable />);
    await waitFor(() => expect(titles(view!)).toHaveLength(3));

    await selectOption(getSelectByLabel(view.container, 'Type d’appel'), 'outbound');
    expect(titles(view)).toEqual(['Relance d’un devis', 'Prospection après un salon']);
    expect(view.container.textContent).toContain('2 scénarios sur 3');

    await selectOption(getSelectByLabel(view.container, 'Catégorie'), 'prospecting');
    expect(titles(view)).toEqual(['Prospection après un salon']);
    expect(view.container.textContent).toContain('1 scénario sur 3');

    await selectOption(getSelectByLabel(view.container, 'Catégorie'), 'support');
    expect(titles(view)).toEqual([]);
    expect(view.container.textContent).toContain('Aucun scénario ne correspond à ces filtres.');

    await click(getButton(view.container, 'Réinitialiser les filtres'));
    expect(titles(view)).toHaveLength(3);
    expect(getSelectByLabel(view.container, 'Catégorie').value).toBe('all');
  });

  test('filters by difficulty and by competency, among the values the scenarios have', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ scenarios })));
    view = await renderForTest(<ScenarioCatalogue filterable />);
    await waitFor(() => expect(titles(view!)).toHaveLength(3));

    const difficulty = getSelectByLabel(view.container, 'Difficulté');
    expect([...difficulty.options].map((option) => option.textContent)).toEqual(['Toutes les difficultés', 'Niveau 1', 'Niveau 2', 'Niveau 3']);
    await selectOption(difficulty, '3');
    expect(titles(view)).toEqual(['Relance d’un devis']);

    await selectOption(difficulty, 'all');
    const competency = getSelectByLabel(view.container, 'Compétence');
    expect([...competency.options].map((option) => option.value)).toEqual(['all', 'RCD-01', 'RCD-02', 'RCD-05', 'RCD-10']);
    await selectOption(competency, 'RCD-05');
    expect(titles(view)).toEqual(['Colis en retard, cliente agacée']);
    expect(view.container.textContent).toContain('1 scénario sur 3');
  });

  test('without filterable, offers no filters', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ scenarios })));
    view = await renderForTest(<ScenarioCatalogue />);
    await waitFor(() => expect(titles(view!)).toHaveLength(3));
    expect(view.container.querySelector('select')).toBeNull();
  });
});
