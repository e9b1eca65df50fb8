import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createApp, type App } from './createApp';
import { route } from './http/createRouter';
import { HttpError } from './http/HttpError';
import { readJsonBody } from './http/readJsonBody';
import { sendJson } from './http/sendJson';
import { tempDataFile } from '../tests/support/tempDataFile';

const indexHtml = '<!doctype html><html lang="fr"><head><title>Plateau test</title></head><body><div id="root"></div></body></html>';
const secret = 'TOP-SECRET-OUTSIDE-CLIENT-DIR';

/** Sends a request whose target is written on the wire exactly as given (fetch would normalise it). */
function rawGet(baseUrl: string, target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('createApp', () => {
  let workDir: string;
  let app: App;
  let baseUrl: string;
  const onError = vi.fn();

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'plateau-app-'));
    const clientDir = join(workDir, 'client');
    await mkdir(join(clientDir, 'assets'), { recursive: true });
    await writeFile(join(clientDir, 'index.html'), indexHtml);
    await writeFile(join(clientDir, 'assets', 'main-abc123.js'), 'console.log("plateau");');
    await writeFile(join(clientDir, 'assets', 'main-abc123.css'), 'body { margin: 0; }');
    await writeFile(join(clientDir, '.env'), secret);
    await writeFile(join(workDir, 'secret.txt'), secret);

    app = createApp({ dataFile: tempDataFile(),
      clientDir,
      onError,
      routes: [
        route('GET', '/api/echo/:name', (_req, res, { name }) => sendJson(res, 200, { name })),
        route('POST', '/api/echo', async (req, res) => sendJson(res, 201, { received: await readJsonBody(req) })),
        route('GET', '/api/teapot', () => {
          throw new HttpError(418, 'teapot', 'Je suis une théière');
        }),
        route('GET', '/api/boom', () => {
          throw new Error('database password is hunter2');
        }),
      ],
    });
    ({ url: baseUrl } = await app.listen(0));
  });

  afterAll(async () => {
    await app.close();
    await rm(workDir, { recursive: true, force: true });
  });

  test('listen(0) picks a free port and reports its URL', () => {
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(baseUrl).port)).toBeGreaterThan(0);
  });

  test('GET /healthz answers JSON with the package name and version', async () => {
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const res = await fetch(`${baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({ status: 'ok', name: 'plateau', version: pkg.version, uptimeSeconds: expect.any(Number) });
    expect(Number.isInteger(body.uptimeSeconds)).toBe(true);
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  test('HEAD /healthz answers headers only; POST is refused', async () => {
    const head = await fetch(`${baseUrl}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${baseUrl}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  test('serves index.html at / as HTML', async () => {
    const res = await fetch(baseUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(indexHtml);
  });

  test('serves built assets with their content type and long caching', async () => {
    const js = await fetch(`${baseUrl}/assets/main-abc123.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.log("plateau");');

    const css = await fetch(`${baseUrl}/assets/main-abc123.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  test('answers 304 when the ETag still matches', async () => {
    const first = await fetch(baseUrl);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const second = await fetch(baseUrl, { headers: { 'If-None-Match': etag ?? '' } });
    expect(second.status).toBe(304);
  });

  test('falls back to index.html for unknown page paths (SPA routes)', async () => {
    for (const path of ['/candidat', '/examinateur/', '/formateur/scenarios/colis-en-retard']) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(indexHtml);
    }
  });

  test('a missing asset is a 404, never HTML', async () => {
    const res = await fetch(`${baseUrl}/assets/missing-123.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  test('unknown /api paths answer 404 JSON, never the SPA', async () => {
    for (const path of ['/api', '/api/nothing-here', '/api/echo/a/b']) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await res.json()).toEqual({
        error: { code: 'not_found', message: expect.stringContaining(path) },
      });
    }
  });

  test('API routes receive decoded path params and JSON bodies', async () => {
    const get = await fetch(`${baseUrl}/api/echo/Cl%C3%A9ment`);
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ name: 'Clément' });

    const post = await fetch(`${baseUrl}/api/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answer: 42 }),
    });
    expect(post.status).toBe(201);
    expect(await post.json()).toEqual({ received: { answer: 42 } });
  });

  test('API errors keep the { error: { code, message } } shape', async () => {
    const wrongMethod = await fetch(`${baseUrl}/api/echo`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(await wrongMethod.json()).toMatchObject({ error: { code: 'method_not_allowed' } });

    const notJson = await fetch(`${baseUrl}/api/echo`, { method: 'POST', body: 'answer=42' });
    expect(notJson.status).toBe(415);

    const badJson = await fetch(`${baseUrl}/api/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"answer":',
    });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ error: { code: 'bad_request' } });

    const teapot = await fetch(`${baseUrl}/api/teapot`);
    expect(teapot.status).toBe(418);
    expect(await teapot.json()).toEqual({ error: { code: 'teapot', message: 'Je suis une théière' } });
  });

  test('an unexpected handler error is a 500 that does not leak its message', async () => {
    onError.mockClear();
    const res = await fetch(`${baseUrl}/api/boom`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal_error', message: 'Internal server error' } });
    expect(text).not.toContain('hunter2');
    expect(onError).toHaveBeenCalledOnce();
  });

  test('refuses directory traversal, plain or percent-encoded', async () => {
    for (const target of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%5c..%2fsecret.txt',
    ]) {
      const res = await rawGet(baseUrl, target);
      expect(res.status, target).toBe(403);
      expect(res.body, target).not.toContain(secret);
    }
  });

  test('refuses NUL bytes and malformed escapes; never serves dotfiles', async () => {
    expect((await rawGet(baseUrl, '/index.html%00.js')).status).toBe(403);
    expect((await rawGet(baseUrl, '/%E0%A4%A')).status).toBe(400);
    const dotfile = await rawGet(baseUrl, '/.env');
    expect(dotfile.body).not.toContain(secret);
  });

  test('non-GET requests for client files are refused', async () => {
    const res = await fetch(`${baseUrl}/index.html`, { method: 'POST' });
    expect(res.status).toBe(405);
  });

  describe('socket.io', () => {
    const sockets: Socket[] = [];
    afterAll(() => sockets.forEach((socket) => socket.disconnect()));

    test.each([
      ['websocket', ['websocket']],
      ['long-polling', ['polling']],
    ] as const)('a client connects over %s and gets an acknowledgement', async (_name, transports) => {
      app.io.once('connection', (serverSocket) => {
        serverSocket.on('test:ping', (payload: { n: number }, ack: (answer: { n: number }) => void) =>
          ack({ n: payload.n + 1 }),
        );
      });
      const socket = connectSocket(baseUrl, { transports: [...transports], reconnection: false, forceNew: true });
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      expect(socket.io.engine.transport.name).toBe(transports[0]);
      const answer: unknown = await socket.timeout(2000).emitWithAck('test:ping', { n: 41 });
      expect(answer).toEqual({ n: 42 });
    });
  });
});

describe('createApp without a built client', () => {
  test('answers 503 with a hint instead of crashing', async () => {
    const emptyDir = await mkdtemp(join(tmpdir(), 'plateau-empty-'));
    const app = createApp({ dataFile: tempDataFile(), clientDir: emptyDir });
    try {
      const { url } = await app.listen(0);
      const res = await fetch(`${url}/candidat`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build');
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await app.close();
      await rm(emptyDir, { recursive: true, force: true });
    }
  });

  test('close() is safe to call twice and before listen()', async () => {
    const app = createApp({ dataFile: tempDataFile(), clientDir: tmpdir() });
    await app.close();
    await expect(app.close()).resolves.toBeUndefined();
  });

  test('listen() rejects when the port is taken', async () => {
    const first = createApp({ dataFile: tempDataFile(), clientDir: tmpdir() });
    const second = createApp({ dataFile: tempDataFile(), clientDir: tmpdir() });
    try {
      const { port } = await first.listen(0);
      await expect(second.listen(port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
