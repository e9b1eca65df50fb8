// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../../app/App';
import { click, getButton, renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import type { PublicUser } from '../../../shared/protocol/examProtocol';
import { currentUserStore } from './currentUserStore';
import { safeNextPath } from './safeNextPath';

const claire: PublicUser = { id: 'u1', login: 'cmartin', name: 'Claire Martin', role: 'examiner' };

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A fake server for /api/login, /api/logout and /api/me with one account and a session flag. */
function fakeAuthServer(options: { loginAnswer?: () => Response } = {}) {
  let signedIn = false;
  const requests: { url: string; method: string; body: unknown }[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    requests.push({ url, method, body: init.body ? JSON.parse(String(init.body)) : undefined });
    if (url === '/api/me') return signedIn ? json(claire) : json({ error: { code: 'auth.not-signed-in' } }, 401);
    if (url === '/api/logout') {
      signedIn = false;
      return new Response(null, { status: 204 });
    }
    if (url === '/api/login') {
      if (options.loginAnswer) return options.loginAnswer();
      const { login, password } = JSON.parse(String(init.body)) as { login: string; password: string };
      if (login !== 'cmartin' || password !== 'correct horse battery') return json({ error: { code: 'auth.bad-credentials' } }, 401);
      signedIn = true;
      return json(claire);
    }
    return json({ scenarios: [], exams: [] });
  });
  return { fetchMock, requests, signIn: () => (signedIn = true) };
}

/** Types into a React-controlled input (the native setter, then the input event React listens to). */
async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('LoginPage (/connexion)', () => {
  let view: Rendered | undefined;
  beforeEach(() => {
    localStorage.clear();
    currentUserStore.reset();
    vi.stubGlobal('scrollTo', vi.fn());
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });
  const text = () => view!.container.textContent ?? '';
  const field = (name: string) => view!.container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const accountMenu = () => view!.container.querySelector('[data-testid="account-menu"]');

  async function fillAndSubmit(login: string, password: string) {
    await type(field('username'), login);
    await type(field('password'), password);
    await click(getButton(view!.container, 'Se connecter'));
  }

  test('in French by default: labelled fields; a wrong password says so and empties the password', async () => {
    const server = fakeAuthServer();
    vi.stubGlobal('fetch', server.fetchMock);
    history.replaceState(null, '', '/connexion');
    view = await renderForTest(<App />);
    await waitFor(() => expect(view!.container.querySelector('h1')?.textContent).toBe('Connexion'));
    const labels = [...view.container.querySelectorAll('label')].map((label) => [label.textContent, label.htmlFor]);
    expect(labels).toEqual([
      ['Identifiant', field('username').id],
      ['Mot de passe', field('password').id],
    ]);
    expect(field('password').type).toBe('password');
    expect(field('password').autocomplete).toBe('current-password');

    await fillAndSubmit('cmartin', 'not the password');
    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')?.textContent).toBe('Identifiant ou mot de passe incorrect.'));
    expect(field('password').value).toBe('');
    expect(field('username').value).toBe('cmartin');
    expect(server.requests.find((r) => r.url === '/api/login')).toEqual({ url: '/api/login', method: 'POST', body: { login: 'cmartin', password: 'not the password' } });
  });

  test('too many attempts: the wait from Retry-After, in minutes or seconds, in English too', async () => {
    let retryAfter = '840';
    vi.stubGlobal('fetch', fakeAuthServer({ loginAnswer: () => json({ error: { code: 'auth.too-many-attempts' } }, 429, { 'Retry-After': retryAfter }) }).fetchMock);
    history.replaceState(null, '', '/connexion');
    view = await renderForTest(<App />);
    await waitFor(() => expect(field('username')).not.toBeNull());
    await fillAndSubmit('cmartin', 'whatever password');
    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')?.textContent).toBe('Trop de tentatives. Réessayez dans 14\u00a0min.'));
    view.unmount();

    retryAfter = '42';
    view = await renderForTest(<App />, { locale: 'en' });
    await waitFor(() => expect(view!.container.querySelector('h1')?.textContent).toBe('Sign in'));
    await type(field('username'), 'cmartin');
    await type(field('password'), 'whatever password');
    await click(getButton(view.container, 'Sign in'));
    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')?.textContent).toBe('Too many attempts. Try again in 42 s.'));
  });

  test('a good login goes to ?next=, and the header then shows who is connected; logging out ends it', async () => {
    const server = fakeAuthServer();
    vi.stubGlobal('fetch', server.fetchMock);
    history.replaceState(null, '', '/connexion?next=%2Fformateur');
    view = await renderForTest(<App />);
    await waitFor(() => expect(field('username')).not.toBeNull());
    expect(accountMenu()).toBeNull(); // no « Se connecter » link on the login page itself
    await fillAndSubmit('cmartin', 'correct horse battery');
    await waitFor(() => expect(location.pathname).toBe('/formateur'));
    await waitFor(() => expect(accountMenu()?.textContent).toBe('Connecté en tant que Claire MartinSe déconnecter'));

    await click(getButton(view.container, 'Se déconnecter'));
    await waitFor(() => expect(accountMenu()?.textContent).toBe('Se connecter'));
    expect(server.requests.filter((r) => r.url === '/api/logout')).toHaveLength(1);
    expect(accountMenu()?.querySelector('a')?.getAttribute('href')).toBe('/connexion');
  });

  test('already signed in: says who, offers to continue or sign out', async () => {
    const server = fakeAuthServer();
    server.signIn();
    vi.stubGlobal('fetch', server.fetchMock);
    history.replaceState(null, '', '/connexion');
    view = await renderForTest(<App />);
    await waitFor(() => expect(text()).toContain('Connecté en tant que Claire Martin (examinateur)'));
    expect([...view.container.querySelectorAll('a')].find((a) => a.textContent === 'Continuer')?.getAttribute('href')).toBe('/examinateur');
    expect(view.container.querySelector('form')).toBeNull();
    expect(server.requests.filter((r) => r.url === '/api/me')).toHaveLength(1); // one ask, shared by the header and the page
  });
});

describe('safeNextPath', () => {
  test('keeps in-app paths only; otherwise the role’s own page', () => {
    expect(safeNextPath('/examinateur/examen/e1', 'trainer')).toBe('/examinateur/examen/e1');
    for (const foreign of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/\nx', null]) {
      expect(safeNextPath(foreign, 'examiner'), String(foreign)).toBe('/examinateur');
    }
    expect(safeNextPath(null, 'trainer')).toBe('/formateur');
  });
});
