import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentTypeFor } from './contentTypeFor';

export type StaticHandlerOptions = {
  /** Folder of the built client (e.g. dist/client). */
  root: string;
  /** Answer index.html for unknown page paths so the client router can take over. Default true. */
  spaFallback?: boolean;
};

export type StaticHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>;

/**
 * Serves the files of `root`. Refuses (403) any path that would leave `root` or that holds a NUL
 * byte or a backslash; never serves dotfiles nor lists directories; answers `index.html` for page
 * navigations it cannot find. A missing asset (a path with a file extension, not asking for HTML)
 * stays a 404, so a script or .wasm request never receives HTML by mistake.
 *
 * Files under `assets/` (content-hashed by Vite) and `vad/` (the voice detector's files, in a
 * folder named after their package versions) are cached for a year. When the build left a
 * `<file>.br` or `<file>.gz` beside a file (the VAD files: 16.6 MB raw, 4.6 MB in brotli, 5.6 MB
 * gzipped), a client that accepts that encoding gets it instead (brotli first).
 */
export function createStaticHandler(options: StaticHandlerOptions): StaticHandler {
  const root = resolve(options.root);
  const spaFallback = options.spaFallback ?? true;
  const indexFile = join(root, 'index.html');

  return async (req, res, pathname) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }

    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      sendText(res, 400, 'Bad request');
      return;
    }
    const filePath = resolve(root, `.${sep}${decoded}`);
    const inside = relative(root, filePath);
    if (/[\0\\]/.test(decoded) || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      sendText(res, 403, 'Forbidden');
      return;
    }

    const hidden = inside.split(sep).some((segment) => segment.startsWith('.'));
    const file = hidden ? null : await statFile(filePath);
    if (file) {
      const immutable = inside.startsWith(`assets${sep}`) || inside.startsWith(`vad${sep}`);
      sendFile(req, res, filePath, file, immutable, await precompressed(req, filePath));
      return;
    }

    if (spaFallback && isPageNavigation(req, decoded)) {
      const index = await statFile(indexFile);
      if (index) {
        sendFile(req, res, indexFile, index, false, { any: false, chosen: null });
      } else {
        sendText(res, 503, 'The Plateau client is not built yet. Run `npm run build`, or start with `npm start`.');
      }
      return;
    }

    sendText(res, 404, 'Not found');
  };
}

/** Paths without an extension (`/candidat`) or requests that ask for HTML are page navigations. */
function isPageNavigation(req: IncomingMessage, decodedPath: string): boolean {
  const lastSegment = decodedPath.slice(decodedPath.lastIndexOf('/') + 1);
  return extname(lastSegment) === '' || (req.headers.accept ?? '').includes('text/html');
}

async function statFile(filePath: string): Promise<Stats | null> {
  try {
    const stats = await stat(filePath);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  filePath: string,
  stats: Stats,
  immutable: boolean,
  encoded: Precompressed,
): void {
  const variant = encoded.chosen;
  const sent = variant?.stats ?? stats;
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${variant ? `-${variant.suffix}` : ''}"`;
  const headers: Record<string, string> = {
    'Content-Type': contentTypeFor(filePath),
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Last-Modified': stats.mtime.toUTCString(),
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (encoded.any) headers.Vary = 'Accept-Encoding';
  if (variant) headers['Content-Encoding'] = variant.coding;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': sent.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(variant ? `${filePath}.${variant.suffix}` : filePath);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

type Precompressed = {
  /** Whether any compressed copy exists (the answer then varies with Accept-Encoding). */
  any: boolean;
  /** The copy to send to this client, if any. */
  chosen: { coding: 'br' | 'gzip'; suffix: 'br' | 'gz'; stats: Stats } | null;
};

/** The precompressed copies of a file the build left beside it, and the one this client accepts (brotli first). */
async function precompressed(req: IncomingMessage, filePath: string): Promise<Precompressed> {
  const variants = [
    { coding: 'br' as const, suffix: 'br' as const, stats: await statFile(`${filePath}.br`) },
    { coding: 'gzip' as const, suffix: 'gz' as const, stats: await statFile(`${filePath}.gz`) },
  ];
  const chosen = variants.find((variant) => variant.stats && accepts(req, variant.coding));
  return {
    any: variants.some((variant) => variant.stats),
    chosen: chosen?.stats ? { coding: chosen.coding, suffix: chosen.suffix, stats: chosen.stats } : null,
  };
}

/** True when Accept-Encoding lists `coding` (or `*`) without refusing it with `q=0`. */
function accepts(req: IncomingMessage, coding: string): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((entry) => {
    const [name = '', ...params] = entry.trim().toLowerCase().split(';');
    if (name.trim() !== coding && name.trim() !== '*') return false;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}
