import { vadAssets, vadBaseUrl } from './vadAssets';

/** Loaded fraction 0..1, or null while the total is unknown. */
export type LoadProgress = (fraction: number | null) => void;

type Fetch = (url: string) => Promise<Response>;

/**
 * Downloads the voice detector's files into the HTTP cache (Plateau serves them with a year of
 * caching), reporting progress, so that MicVAD then finds them there. Bytes are counted as the
 * body is read, decompressed, so they are measured against the raw sizes known at build time;
 * `Content-Length` (the gzipped size when compressed) is only a fallback for an unlisted size.
 */
export async function prefetchVadAssets(onProgress: LoadProgress, fetchFile: Fetch = (url) => fetch(url)): Promise<void> {
  const base = vadBaseUrl();
  const loaded = new Map<string, number>();
  const totals = new Map<string, number | null>(vadAssets.files.map((file) => [file.name, file.bytes > 0 ? file.bytes : null]));

  const report = () => {
    const sizes = [...totals.values()];
    if (sizes.some((size) => size === null)) return onProgress(null);
    const total = sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
    const done = [...loaded.values()].reduce((sum, bytes) => sum + bytes, 0);
    onProgress(total > 0 ? Math.min(1, done / total) : null);
  };

  onProgress(0);
  await Promise.all(
    vadAssets.files.map(async ({ name }) => {
      const response = await fetchFile(new URL(name, base).href);
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      if (totals.get(name) === null && !response.headers.get('content-encoding')) {
        const length = Number(response.headers.get('content-length'));
        if (length > 0) totals.set(name, length);
      }
      let bytes = 0;
      const reader = response.body?.getReader();
      if (!reader) bytes = (await response.arrayBuffer()).byteLength;
      else {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          bytes += chunk.value.byteLength;
          loaded.set(name, bytes);
          report();
        }
      }
      // The real size is now known, whatever was announced.
      loaded.set(name, bytes);
      totals.set(name, bytes);
      report();
    }),
  );
}
