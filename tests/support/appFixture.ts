import { test as base } from '@playwright/test';
import { createApp } from '../../server/createApp';
import { loadScenarioLibrary } from '../../server/scenarios/loadScenarioLibrary';
import { checkE2ePrerequisites } from './checkE2ePrerequisites';
import { clientDistDir } from './paths';
import { tempDataFile } from './tempDataFile';

type WorkerFixtures = {
  /** Base URL of a real Plateau server started in this worker's process, on a free port. */
  appUrl: string;
};

/**
 * `test` with one Plateau server per worker (createApp serving dist/client on port 0, its event
 * store in a temporary file) and
 * `baseURL` pointing at it, so specs can `page.goto('/')` and `request.get('/healthz')`.
 */
export const test = base.extend<object, WorkerFixtures>({
  appUrl: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
    async ({}, use) => {
      checkE2ePrerequisites();
      const library = await loadScenarioLibrary(['scenarios']);
      // Each worker's server keeps its sessions in its own store file.
      const app = createApp({ clientDir: clientDistDir, dataFile: tempDataFile(), scenarios: library.flatMap((entry) => (entry.scenario ? [entry.scenario] : [])) });
      const { url } = await app.listen(0, '127.0.0.1');
      await use(url);
      await app.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ appUrl }, use) => {
    await use(appUrl);
  },
});

export { expect } from '@playwright/test';
