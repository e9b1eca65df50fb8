/** The shape vadAssetsPlugin (vite.config.ts) defines. */
export type VadAssetsManifest = { basePath: string; files: { name: string; bytes: number }[] };

// Defined at build time by vadAssetsPlugin (vite.config.ts): the versioned folder and raw sizes.
declare const __PLATEAU_VAD_ASSETS__: VadAssetsManifest;

/** The voice detector's files as Plateau serves them: `/vad/<versions>/` and each file's raw size. */
export const vadAssets: VadAssetsManifest = __PLATEAU_VAD_ASSETS__;

/**
 * The folder as an absolute URL. vad-web and ORT need one: a relative path resolves against the
 * current page, and Vite's dev server rewrites `import('/vad/…')` into `…?import` and fails.
 */
export function vadBaseUrl(pageUrl: string = location.href): string {
  return new URL(vadAssets.basePath, pageUrl).href;
}
