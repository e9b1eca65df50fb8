// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderForTest, waitFor, type Rendered } from '../../testing/renderForTest';
import type { PublicUser } from '../../../shared/protocol/examProtocol';
import { currentUserStore } from './currentUserStore';
import { useCurrentUser, type CurrentUser } from './useCurrentUser';

const paul: PublicUser = { id: 'u2', login: 'pdurand', name: 'Paul Durand', role: 'trainer' };

describe('useCurrentUser', () => {
  let view: Rendered | undefined;
  let me: () => Response;
  const seen: CurrentUser[] = [];
  function Probe() {
    seen.push(useCurrentUser());
    return null;
  }
  beforeEach(() => {
    seen.length = 0;
    currentUserStore.reset();
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/api/me' ? me() : new Response(null, { status: 404 }))));
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    vi.unstubAllGlobals();
  });

  test('loading, then signed-in with the user; refresh() turns anonymous once the session is gone', async () => {
    me = () => new Response(JSON.stringify(paul), { status: 200 });
    view = await renderForTest(<Probe />);
    expect(seen[0]?.status).toBe('loading');
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ status: 'signed-in', user: paul }));

    me = () => new Response(JSON.stringify({ error: { code: 'auth.not-signed-in' } }), { status: 401 });
    await act(() => seen.at(-1)!.refresh());
    expect(seen.at(-1)).toEqual({ status: 'anonymous', refresh: expect.any(Function) });
  });

  test('anonymous when the server cannot be reached or answers something that is not a user', async () => {
    me = () => {
      throw new TypeError('Failed to fetch');
    };
    view = await renderForTest(<Probe />);
    await waitFor(() => expect(seen.at(-1)?.status).toBe('anonymous'));
    me = () => new Response(JSON.stringify({ ...paul, role: 'root' }), { status: 200 });
    await act(() => seen.at(-1)!.refresh());
    expect(seen.at(-1)?.status).toBe('anonymous');
  });

  test('an answer that arrives after a login does not overwrite it', async () => {
    let answer: (response: Response) => void = () => undefined;
    me = () => new Response(null, { status: 401 });
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    view = await renderForTest(<Probe />);
    act(() => currentUserStore.signedIn(paul));
    await act(async () => answer(me()));
    expect(seen.at(-1)).toMatchObject({ status: 'signed-in', user: paul });
  });
});
