import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticHandler } from './createStaticHandler';

let root: string;
let server: Server;
let base: string;
const wasm = Buffer.concat([Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(64 * 1024, 7)]);

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A raw request (node:http does not decompress, so the test sees exactly what was sent). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'plateau-static-'));
  await mkdir(join(root, 'vad', '0.0.31-1.30.0'), { recursive: true });
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Plateau</title>');
  const vad = join(root, 'vad', '0.0.31-1.30.0');
  await writeFile(join(vad, 'ort-wasm-simd-threaded.wasm'), wasm);
  await writeFile(join(vad, 'ort-wasm-simd-threaded.wasm.gz'), gzipSync(wasm));
  await writeFile(join(vad, 'ort-wasm-simd-threaded.wasm.br'), brotliCompressSync(wasm));
  await writeFile(join(vad, 'silero_vad_v5.onnx.gz'), gzipSync(Buffer.alloc(1000, 3)));
  await writeFile(join(vad, 'ort-wasm-simd-threaded.mjs'), 'export default 1;');
  await writeFile(join(vad, 'silero_vad_v5.onnx'), Buffer.alloc(1000, 3));
  await writeFile(join(root, 'assets', 'main-abc.js'), 'console.log(1);');
  const serve = createStaticHandler({ root });
  server = createServer((req, res) => void serve(req, res, (req.url ?? '/').split('?')[0]!));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe('createStaticHandler: the voice detector files', () => {
  const wasmPath = '/vad/0.0.31-1.30.0/ort-wasm-simd-threaded.wasm';

  test('sends the precomputed brotli to a browser, as application/wasm, cached for a year', async () => {
    const answer = await get(wasmPath, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/wasm');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(brotliDecompressSync(answer.body).equals(wasm)).toBe(true);
  });

  test('sends the precomputed gzip to a client that accepts gzip but not brotli', async () => {
    const answer = await get(wasmPath, { 'Accept-Encoding': 'gzip, deflate, br;q=0' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/wasm');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(wasm.length / 10);
    expect(gunzipSync(answer.body).equals(wasm)).toBe(true);
  });

  test('sends the file itself to a client that accepts neither encoding, or refuses them with q=0', async () => {
    const variants: Record<string, string>[] = [{}, { 'Accept-Encoding': 'zstd' }, { 'Accept-Encoding': 'gzip;q=0, br;q=0' }, { 'Accept-Encoding': 'identity' }];
    for (const headers of variants) {
      const answer = await get(wasmPath, headers);
      expect(answer.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body.equals(wasm)).toBe(true);
    }
    expect((await get(wasmPath, { 'Accept-Encoding': '*' })).headers['content-encoding']).toBe('br');
  });

  test('each encoding has its own ETag, each revalidating to 304', async () => {
    const zipped = await get(wasmPath, { 'Accept-Encoding': 'gzip' });
    const plain = await get(wasmPath);
    const brotli = await get(wasmPath, { 'Accept-Encoding': 'br' });
    expect(new Set([zipped.headers.etag, plain.headers.etag, brotli.headers.etag]).size).toBe(3);
    const again = await get(wasmPath, { 'Accept-Encoding': 'gzip', 'If-None-Match': zipped.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('HEAD gives the length of what GET would send', async () => {
    const head = await get(wasmPath, { 'Accept-Encoding': 'gzip;q=1' }, 'HEAD');
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(gzipSync(wasm).length);
  });

  test('the ORT glue is JavaScript and the model binary; a file without a compressed copy is sent as is', async () => {
    const glue = await get('/vad/0.0.31-1.30.0/ort-wasm-simd-threaded.mjs', { 'Accept-Encoding': 'gzip' });
    expect(glue.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(glue.headers['content-encoding']).toBeUndefined();
    expect(glue.headers.vary).toBeUndefined();
    const model = await get('/vad/0.0.31-1.30.0/silero_vad_v5.onnx', { 'Accept-Encoding': 'br, gzip' });
    expect(model.headers['content-type']).toBe('application/octet-stream');
    expect(model.headers['content-encoding']).toBe('gzip'); // only a .gz beside it
    expect(gunzipSync(model.body).length).toBe(1000);
  });

  test('a missing VAD file is a 404, never the HTML page (ORT would choke on it)', async () => {
    const answer = await get('/vad/0.0.31-1.30.0/ort-wasm-simd-threaded.jsep.wasm');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/^text\/plain/);
  });

  test('pages are revalidated and hashed assets cached for a year', async () => {
    expect((await get('/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/assets/main-abc.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
