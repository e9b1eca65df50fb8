// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { click, getButton, renderForTest, waitFor, type Rendered } from '../testing/renderForTest';
import { App } from './App';

describe('App', () => {
  let view: Rendered | undefined;

  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', '/');
    document.documentElement.lang = '';
    vi.stubGlobal('scrollTo', vi.fn()); // jsdom does not implement scrolling
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ scenarios: [] }), { status: 200 })));
  });

  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  const heading = () => view!.container.querySelector('h1')?.textContent;
  const link = (text: string) =>
    [...view!.container.querySelectorAll('a')].find((anchor) => anchor.textContent?.includes(text))!;

  test('the home page is in French by default, with the three roles', async () => {
    view = await renderForTest(<App />);
    expect(document.documentElement.lang).toBe('fr');
    expect(heading()).toBe('Bienvenue sur Plateau');
    expect(link('Je suis candidat').getAttribute('href')).toBe('/candidat');
    expect(link('Je suis examinateur').getAttribute('href')).toBe('/examinateur');
    expect(link('Je suis formateur').getAttribute('href')).toBe('/formateur');
  });

  test('switching to English updates <html lang>, the text and the stored choice', async () => {
    view = await renderForTest(<App />);
    const english = getButton(view.container, 'English');
    expect(english.getAttribute('aria-pressed')).toBe('false');
    await click(english);
    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(heading()).toBe('Welcome to Plateau');
    expect(localStorage.getItem('plateau.locale')).toBe('en');
  });

  test('a remembered language is used on the next visit', async () => {
    localStorage.setItem('plateau.locale', 'en');
    view = await renderForTest(<App />);
    expect(heading()).toBe('Welcome to Plateau');
    expect(document.documentElement.lang).toBe('en');
  });

  test('a role link navigates without reloading and focuses the new heading', async () => {
    view = await renderForTest(<App />);
    await click(link('Je suis candidat'));
    expect(location.pathname).toBe('/candidat');
    expect(heading()).toBe('Espace candidat');
    expect(document.activeElement).toBe(view.container.querySelector('h1'));
    expect(document.title).toBe('Espace candidat · Plateau');
    await waitFor(() => expect(view!.container.textContent).toContain('Aucun scénario pour le moment.'));
  });

  test('back and forward buttons re-render the matching page', async () => {
    view = await renderForTest(<App />);
    await click(link('Je suis formateur'));
    expect(heading()).toBe('Espace formateur');
    history.back();
    await waitFor(() => expect(heading()).toBe('Bienvenue sur Plateau'));
  });

  // The examiner's space (/examinateur) is the exam desk now, loaded on demand: see tests/e2e/liveExam.spec.ts.
  test('the candidate and trainer pages load the catalogue', async () => {
    for (const [path, title] of [
      ['/candidat', 'Espace candidat'],
      ['/formateur', 'Espace formateur'],
    ] as const) {
      history.replaceState(null, '', path);
      view = await renderForTest(<App />);
      expect(heading()).toBe(title);
      expect(view.container.querySelector('[data-testid="scenario-catalogue"]')).not.toBeNull();
      view.unmount();
      view = undefined;
    }
  });

  test('an unknown path shows a French "page not found" with a way home', async () => {
    history.replaceState(null, '', '/nulle-part');
    view = await renderForTest(<App />);
    expect(heading()).toBe('Page introuvable');
    expect(link('Retour à l’accueil').getAttribute('href')).toBe('/');
  });
});
