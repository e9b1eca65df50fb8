// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { click, getButton, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import { jsonResponse } from '../crm/testCrmEnvironment';
import { OpenDeskButton } from './OpenDeskButton';

describe('OpenDeskButton', () => {
  let view: Rendered | undefined;
  beforeEach(() => {
    history.replaceState(null, '', '/candidat');
    vi.stubGlobal('scrollTo', vi.fn());
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  test('creates a guided practice session of the scenario by default and opens its desk', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ id: 'a1b2', scenarioId: 'colis-en-retard', today: '2026-12-02', crmStatus: 'available', createdAt: '' }, 201));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(<OpenDeskButton scenarioId="colis-en-retard" />);
    expect(view.container.querySelector('legend')?.textContent).toBe('Mode d’entraînement');
    expect(view.container.querySelector<HTMLInputElement>('input[value="guided"]')?.checked).toBe(true);
    await click(getButton(view.container, 'Ouvrir le poste de travail'));
    await waitFor(() => expect(location.pathname).toBe('/seance/a1b2'));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions', expect.objectContaining({ method: 'POST', body: JSON.stringify({ scenarioId: 'colis-en-retard', mode: 'guided' }) }));
  });

  test('« Comme à l’examen » creates an exam-like session', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ id: 'x9', scenarioId: 'colis-en-retard', today: '2026-12-02', crmStatus: 'available', createdAt: '' }, 201));
    vi.stubGlobal('fetch', fetchMock);
    view = await renderForTest(<OpenDeskButton scenarioId="colis-en-retard" />);
    const exam = view.container.querySelector<HTMLInputElement>('input[value="exam"]')!;
    expect(exam.closest('label')?.textContent).toContain('Comme à l’examen');
    await click(exam);
    await click(getButton(view.container, 'Ouvrir le poste de travail'));
    await waitFor(() => expect(location.pathname).toBe('/seance/x9'));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions', expect.objectContaining({ body: JSON.stringify({ scenarioId: 'colis-en-retard', mode: 'exam' }) }));
  });

  test('says why the desk could not be opened', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse({ error: { code: 'internal_error', message: 'x' } }, 500)));
    view = await renderForTest(<OpenDeskButton scenarioId="colis-en-retard" />);
    await click(getButton(view.container, 'Ouvrir le poste de travail'));
    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')?.textContent).toContain('Impossible d’ouvrir le poste de travail (HTTP 500)'));
    expect(location.pathname).toBe('/candidat');
  });
});
