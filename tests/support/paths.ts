import { fileURLToPath } from 'node:url';

/** Where `vite build` writes the client, which the E2E tests serve. */
export const clientDistDir = fileURLToPath(new URL('../../dist/client', import.meta.url));

/** The browser Playwright drives: Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
