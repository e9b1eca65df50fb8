import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { prefetchVadAssets } from './prefetchVadAssets';
import { vadAssets } from './vadAssets';

/** A response whose body arrives in `chunks` pieces, like a download. */
function streamed(bytes: number, chunks: number, headers: Record<string, string> = {}): Response {
  const size = Math.ceil(bytes / chunks);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const length = Math.min(size, bytes - sent);
      sent += length;
      controller.enqueue(new Uint8Array(length));
    },
  });
  return new Response(body, { headers });
}

beforeEach(() => vi.stubGlobal('location', { href: 'http://plateau.test/candidat/micro' }));
afterEach(() => vi.unstubAllGlobals());

describe('prefetchVadAssets', () => {
  test('the manifest lists the four files of the v5 detector with their raw sizes, under a versioned /vad/ folder', () => {
    expect(vadAssets.basePath).toMatch(/^\/vad\/0\.0\.31-1\.30\.0\/$/);
    expect(vadAssets.files.map((file) => file.name).sort()).toEqual([
      'ort-wasm-simd-threaded.mjs',
      'ort-wasm-simd-threaded.wasm',
      'silero_vad_v5.onnx',
      'vad.worklet.bundle.min.js',
    ]);
    expect(vadAssets.files.reduce((sum, file) => sum + file.bytes, 0)).toBeGreaterThan(15_000_000);
  });

  test('fetches each file from Plateau by absolute URL and reports a growing fraction up to 1', async () => {
    const urls: string[] = [];
    const fractions: (number | null)[] = [];
    await prefetchVadAssets(
      (fraction) => fractions.push(fraction),
      async (url) => {
        urls.push(url);
        const file = vadAssets.files.find((f) => url.endsWith(`/${f.name}`))!;
        // Content-Length is the gzipped size: it must not be taken for the total.
        return streamed(file.bytes, 4, { 'content-encoding': 'gzip', 'content-length': String(Math.round(file.bytes / 4)) });
      },
    );
    expect(urls.sort()).toEqual(vadAssets.files.map((f) => `http://plateau.test${vadAssets.basePath}${f.name}`).sort());
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    const numbers = fractions.filter((f): f is number => f !== null);
    expect(numbers).toHaveLength(fractions.length);
    expect(numbers.every((f, i) => i === 0 || f >= numbers[i - 1]!)).toBe(true);
    expect(numbers.some((f) => f > 0.2 && f < 0.9)).toBe(true);
  });

  test('a file larger or smaller than announced still ends at exactly 1', async () => {
    const fractions: (number | null)[] = [];
    await prefetchVadAssets((fraction) => fractions.push(fraction), async () => streamed(1000, 2));
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f) => f === null || (f >= 0 && f <= 1))).toBe(true);
  });

  test('a failed download rejects, naming the file', async () => {
    await expect(
      prefetchVadAssets(() => undefined, async (url) => (url.endsWith('.wasm') ? new Response('nope', { status: 404 }) : streamed(10, 1))),
    ).rejects.toThrow(/ort-wasm-simd-threaded\.wasm: HTTP 404/);
  });
});
