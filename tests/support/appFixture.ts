import { test as base } from '@playwright/test';
import { createApp, type App } from '../../server/createApp';
import { loadScenarioLibrary } from '../../server/scenarios/loadScenarioLibrary';
import { checkE2ePrerequisites } from './checkE2ePrerequisites';
import { clientDistDir } from './paths';
import { tempDataFile } from './tempDataFile';

type WorkerFixtures = {
  /** A real Plateau server started in this worker's process (specs that need users reach its `auth`). */
  app: App;
  /** Its base URL, on a free port. */
  appUrl: string;
};

/**
 * `test` with one Plateau server per worker (createApp serving dist/client on port 0, its event
 * store in a temporary file) and
 * `baseURL` pointing at it, so specs can `page.goto('/')` and `request.get('/healthz')`.
 */
export const test = base.extend<object, WorkerFixtures>({
  app: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
    async ({}, use) => {
      checkE2ePrerequisites();
      const library = await loadScenarioLibrary(['scenarios']);
      // Each worker's server keeps its sessions in its own store file.
      const app = createApp({ clientDir: clientDistDir, dataFile: tempDataFile(), scenarios: library.flatMap((entry) => (entry.scenario ? [entry.scenario] : [])) });
      await app.listen(0, '127.0.0.1');
      await use(app);
      await app.close();
    },
    { scope: 'worker' },
  ],
  appUrl: [
    async ({ app }, use) => {
      const address = app.httpServer.address();
      await use(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ appUrl }, use) => {
    await use(appUrl);
  },
});

export { expect } from '@playwright/test';
