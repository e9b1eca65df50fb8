// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../app/App';
import { click, getButton, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import type { CallCommand } from '../../../shared/protocol/callProtocol';
import { checkScenarioText } from '../../../shared/scenario/checkScenario';
import { debriefSession } from '../../../shared/scoring/debriefSession';
import type { Debrief } from '../../../shared/scoring/debriefSession';
import { advanceSession, applyCallCommand } from '../../../shared/session/applyCallCommand';
import { createPracticeSession, serveCrmRequest } from '../../../shared/session/practiceSession';
import { ficheStorageKey } from './FicheEditor';

const mini = { ...checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!, date: '2026-12-02' };
const T0 = Date.parse('2026-12-02T09:00:00+01:00');

/** A real debrief: the mini call played through the session functions, with or without voice. */
function playedDebrief(withVoice: boolean): Debrief {
  const session = createPracticeSession('s1', mini, new Date(T0), { mode: 'exam' });
  let n = 0;
  const send = (s: number, command: Record<string, unknown>) => {
    advanceSession(session, T0 + s * 1000);
    expect(applyCallCommand(session, { id: `cmd-${String(++n).padStart(6, '0')}`, ...command } as CallCommand, T0 + s * 1000)).toMatchObject({ ok: true });
  };
  send(0, { type: 'call.answer' });
  if (withVoice) {
    send(3.5, { type: 'voice.speechStart', agoMs: 0 });
    send(5, { type: 'voice.speechEnd', agoMs: 0 });
  }
  send(5, { type: 'dialogue.choose', option: 'charte' });
  serveCrmRequest(session, { method: 'GET', path: '/orders/CMD-1', query: {} }, new Date(T0 + 8000));
  send(10, { type: 'call.hold' });
  send(25, { type: 'call.resume' });
  send(30, { type: 'dialogue.choose', option: 'annonce' });
  send(40, { type: 'call.hangUp' });
  send(50, { type: 'wrapUp.finish' });
  return debriefSession(session);
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('DebriefPage', () => {
  let view: Rendered | undefined;
  let answer: () => Response;
  beforeEach(() => {
    localStorage.clear();
    vi.stubGlobal('scrollTo', vi.fn());
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/api/sessions/s1/debrief' ? answer() : json({ error: { code: 'not_found' } }, 404))));
    history.replaceState(null, '', '/seance/s1/bilan');
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });
  const text = () => view!.container.textContent ?? '';

  test('shows the ending, the verdict, each competency\'s evidence with its time and source, and the export links', async () => {
    const debrief = playedDebrief(true);
    answer = () => json(debrief);
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.querySelector('h1')?.textContent).toBe('Bilan de l’appel — Mini scénario de test'));
    expect(text()).toContain('Fin de l’appel\u00a0: Problème résolu');
    expect(text()).not.toContain('Problème résolu (Problème résolu)');
    expect(view.container.querySelector('[data-testid="debrief-verdict"]')?.textContent).toContain('Recevable');

    const greeting = view.container.querySelector('[data-competency="RCD-02"]')!;
    expect(greeting.querySelector('h3')?.textContent).toBe('RCD-02 — Accueillir un appel entrant selon la charte de l’entreprise');
    const cells = [...greeting.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).toEqual(['0:05', '+ pour', 'Réponse\u00a0: « Bonjour madame, Maison Test, Julie à votre écoute. »']);
    const hangUp = view.container.querySelector('[data-competency="RCD-20"] tbody td:nth-child(3)');
    expect(hangUp?.textContent).toBe('Raccroché\u00a0: Le candidat a raccroché');

    expect(view.container.querySelector<HTMLAnchorElement>('a[href="/api/sessions/s1/debrief.pdf?lang=fr"]')?.textContent).toBe('Télécharger le PDF');
    expect(view.container.querySelector<HTMLAnchorElement>('a[href="/api/sessions/s1/export.json"]')?.hasAttribute('download')).toBe(true);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    await click(getButton(view.container, 'Imprimer'));
    expect(print).toHaveBeenCalledOnce();
    expect(text()).toContain('22 compétences acquises sur 26');
  });

  test('draws the voice timeline as SVG rows with a table of the same segments', async () => {
    const debrief = playedDebrief(true);
    answer = () => json(debrief);
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.querySelector('[data-testid="voice-timeline"]')).not.toBeNull());
    const svg = view.container.querySelector('[data-testid="voice-timeline"]')!;
    expect(svg.getAttribute('role')).toBe('img');
    const kinds = new Set([...svg.querySelectorAll('rect')].map((r) => r.getAttribute('data-kind')));
    expect(kinds).toEqual(new Set(['customer', 'candidate', 'silence', 'hold']));
    const rows = [...view.container.querySelectorAll('.voice-timeline__table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).join(' '));
    expect(rows.length).toBe(debrief.voice.timeline.length);
    expect(rows).toContain('0:10 0:25 Attente');
    expect(text()).toContain('Interruptions');
  });

  test('says the voice was not measured instead of showing zeros', async () => {
    answer = () => json(playedDebrief(false));
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.querySelector('[data-testid="voice-not-measured"]')).not.toBeNull());
    const metrics = [...view.container.querySelectorAll('.debrief__metrics div')].map((d) => d.textContent);
    expect(metrics).toContain('Votre temps de parole—');
    expect(metrics).toContain('Interruptions—');
  });

  test('keeps the edited fiche pratique in this browser, per session, prefilled from the draft', async () => {
    const debrief = playedDebrief(true);
    answer = () => json(debrief);
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.querySelector('textarea')).not.toBeNull());
    const areas = () => [...view!.container.querySelectorAll('textarea')];
    expect(areas().map((a) => a.value)).toEqual([debrief.fiche.fr.situation, debrief.fiche.fr.actions, debrief.fiche.fr.result, debrief.fiche.fr.analysis]);
    const analysis = areas()[3]!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(analysis, 'J’aurais dû consulter le dossier avant d’annoncer la date.');
      analysis.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(JSON.parse(localStorage.getItem(ficheStorageKey('s1'))!)).toMatchObject({ analysis: 'J’aurais dû consulter le dossier avant d’annoncer la date.' });
    view.unmount();
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.querySelectorAll('textarea')[3]?.value).toBe('J’aurais dû consulter le dossier avant d’annoncer la date.'));
  });

  test('asks to finish the call first while the server answers 409, in English on request', async () => {
    answer = () => json({ error: { code: 'debrief.call-not-finished', message: { fr: 'Le bilan sera prêt à la fin de l’appel.', en: 'The debrief will be ready once the call is over.' } } }, 409);
    view = await renderForTest(<App />, { locale: 'en' });
    await waitFor(() => expect(text()).toContain('The call is not over'));
    expect(text()).toContain('The debrief will be ready once the call is over.');
    expect(view.container.querySelector<HTMLAnchorElement>('a[href="/seance/s1"]')?.textContent).toBe('Back to the agent desktop');
  });
});
