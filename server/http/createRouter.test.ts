import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, test } from 'vitest';
import { createRouter, route } from './createRouter';

function fakeExchange(method: string) {
  const written: { status?: number; headers?: Record<string, unknown>; body?: string } = {};
  const req = { method } as IncomingMessage;
  const res = {
    req,
    headersSent: false,
    writeHead(status: number, headers: Record<string, unknown>) {
      written.status = status;
      written.headers = headers;
      return this;
    },
    end(body?: string) {
      written.body = body;
    },
  } as unknown as ServerResponse;
  return { req, res, written };
}

describe('createRouter', () => {
  const calls: string[] = [];
  const router = createRouter([
    route('GET', '/api/sessions/:id', (_req, _res, { id }) => void calls.push(`get ${id}`)),
    route('POST', '/api/sessions/:id', (_req, _res, { id }) => void calls.push(`post ${id}`)),
  ]);

  test('dispatches on method and pattern, with typed params', async () => {
    const get = fakeExchange('GET');
    expect(await router.handle(get.req, get.res, '/api/sessions/a1')).toBe(true);
    const post = fakeExchange('POST');
    expect(await router.handle(post.req, post.res, '/api/sessions/b2')).toBe(true);
    expect(calls).toEqual(['get a1', 'post b2']);
  });

  test('HEAD is served by the GET route', async () => {
    calls.length = 0;
    const head = fakeExchange('HEAD');
    expect(await router.handle(head.req, head.res, '/api/sessions/c3')).toBe(true);
    expect(calls).toEqual(['get c3']);
  });

  test('returns false, without answering, when nothing matches', async () => {
    const { req, res, written } = fakeExchange('GET');
    expect(await router.handle(req, res, '/api/elsewhere')).toBe(false);
    expect(written.status).toBeUndefined();
  });

  test('answers 405 with Allow when only the method differs', async () => {
    const { req, res, written } = fakeExchange('DELETE');
    expect(await router.handle(req, res, '/api/sessions/a1')).toBe(true);
    expect(written.status).toBe(405);
    expect(written.headers?.Allow).toBe('GET, POST, HEAD');
    expect(JSON.parse(written.body ?? '')).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  test('answers 400 on a malformed escape in the path', async () => {
    const { req, res, written } = fakeExchange('GET');
    expect(await router.handle(req, res, '/api/sessions/%E0%A4%A')).toBe(true);
    expect(written.status).toBe(400);
  });

  test('refuses duplicate routes and patterns without a leading slash', () => {
    const handler = () => undefined;
    expect(() => createRouter([route('GET', '/api/x', handler), route('GET', '/api/x', handler)])).toThrow(
      'Duplicate route: GET /api/x',
    );
    expect(() => createRouter([route('GET', 'api/x', handler)])).toThrow('must start with "/"');
  });
});
