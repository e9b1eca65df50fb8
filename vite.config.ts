/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Where a package is installed (onnxruntime-web's `exports` hide its package.json from require.resolve). */
function packageDir(name: string): string {
  return fileURLToPath(new URL(`./node_modules/${name}`, import.meta.url));
}

function packageVersion(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

const devContentTypes: Readonly<Record<string, string>> = {
  '.onnx': 'application/octet-stream',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
};

/** What the client needs to know about the files (client/features/voice/vadAssets.ts declares the same shape). */
type VadAssetsManifest = { basePath: string; files: { name: string; bytes: number }[] };

/**
 * The voice detector's runtime files, read from node_modules so that they always match the
 * installed @ricky0123/vad-web and onnxruntime-web: the Silero v5 model and the audio worklet,
 * then the ORT WebAssembly glue and binary (vad-web imports `onnxruntime-web/wasm`, which loads
 * only this pair). They live under `/vad/<vad-web version>-<ORT version>/`, so a year of caching
 * never mixes versions. `vite build` writes them, each with a `.br` and a `.gz` beside it, into dist/client;
 * the dev server serves them from node_modules. The client reads the manifest through the
 * `__PLATEAU_VAD_ASSETS__` constant.
 */
function vadAssetsPlugin(): Plugin {
  const vadDist = join(packageDir('@ricky0123/vad-web'), 'dist');
  const ortDir = packageDir('onnxruntime-web');
  const ortDist = join(ortDir, 'dist');
  const sources = new Map([
    ['silero_vad_v5.onnx', join(vadDist, 'silero_vad_v5.onnx')],
    ['vad.worklet.bundle.min.js', join(vadDist, 'vad.worklet.bundle.min.js')],
    ['ort-wasm-simd-threaded.mjs', join(ortDist, 'ort-wasm-simd-threaded.mjs')],
    ['ort-wasm-simd-threaded.wasm', join(ortDist, 'ort-wasm-simd-threaded.wasm')],
  ]);
  const folder = `vad/${packageVersion(dirname(vadDist))}-${packageVersion(ortDir)}`;
  const manifest: VadAssetsManifest = {
    basePath: `/${folder}/`,
    files: [...sources].map(([name, path]) => ({ name, bytes: readFileSync(path).byteLength })),
  };

  return {
    name: 'plateau-vad-assets',
    config: () => ({ define: { __PLATEAU_VAD_ASSETS__: JSON.stringify(manifest) } }),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = (req.url ?? '').split('?', 1)[0] ?? '';
        const source = pathname.startsWith(manifest.basePath) ? sources.get(pathname.slice(manifest.basePath.length)) : undefined;
        if (!source) return next();
        const body = readFileSync(source);
        res.writeHead(200, { 'Content-Type': devContentTypes[extname(source)] ?? 'application/octet-stream', 'Content-Length': body.byteLength, 'Cache-Control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
    generateBundle() {
      for (const [name, path] of sources) {
        const source = readFileSync(path);
        this.emitFile({ type: 'asset', fileName: `${folder}/${name}`, source });
        this.emitFile({ type: 'asset', fileName: `${folder}/${name}.gz`, source: gzipSync(source, { level: 9 }) });
        // Brotli quality 7: 2.7 MB for the 14 MB wasm in about 2 s (11 saves 0.4 MB but takes 90 s).
        const brotli = { [zlibConstants.BROTLI_PARAM_QUALITY]: 7, [zlibConstants.BROTLI_PARAM_LGWIN]: 24 };
        this.emitFile({ type: 'asset', fileName: `${folder}/${name}.br`, source: brotliCompressSync(source, { params: brotli }) });
      }
    },
  };
}

// The client lives in client/; the server (server/main.ts) serves dist/client in production
// and mounts Vite as middleware in development (npm run dev).
export default defineConfig({
  root: 'client',
  plugins: [react(), vadAssetsPlugin()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
  },
  test: {
    root: '.',
    include: ['{client,server,shared,scenarios,tests}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules', 'dist', 'tests/e2e/**'],
    environment: 'node',
  },
});
