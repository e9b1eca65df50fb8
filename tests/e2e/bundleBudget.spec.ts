import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/appFixture';

/** The budget for the candidate's initial JavaScript, gzipped. */
const BUDGET_BYTES = 170 * 1024;

/** Records every script the page loads, with its gzipped size, until `stop()` is called. */
function recordScripts(page: Page) {
  const scripts: { url: string; gzipBytes: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    const type = response.request().resourceType();
    if (type !== 'script' && !/\.m?js(\?|$)/.test(url)) return;
    pending.push(
      response.body().then(
        (body) => void scripts.push({ url, gzipBytes: gzipSync(body, { level: 9 }).length }),
        () => undefined,
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    return scripts;
  };
}

const total = (scripts: { gzipBytes: number }[]) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);

test('the candidate page and its call desk load under 170 KB of gzipped JavaScript, without the voice detector', async ({ page, request }, testInfo) => {
  const stop = recordScripts(page);
  await page.goto('/candidat');
  await expect(page.getByTestId('scenario-catalogue').getByRole('article').first()).toBeVisible();

  const created = await request.post('/api/sessions', { data: { scenarioId: 'colis-en-retard' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/seance/${id}`);
  // The call is live (its socket client loaded and joined) and the CRM is on screen.
  await expect(page.getByTestId('softphone')).toContainText('Appel entrant');
  await expect(page.getByRole('combobox', { name: 'Rechercher un client' })).toBeVisible();

  const scripts = await stop();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((script) => /\/vad\/|onnx|ort-wasm|vad-web/.test(script.url))).toEqual([]);
  // The union of what both page loads fetched (each script once): an upper bound for either page.
  const byPage = new Map<string, number>();
  for (const script of scripts) byPage.set(script.url, script.gzipBytes);
  const bytes = total([...byPage.values()].map((gzipBytes) => ({ gzipBytes })));
  testInfo.annotations.push({ type: 'initial JavaScript (gzip)', description: `${(bytes / 1024).toFixed(1)} KB in ${byPage.size} files` });
  expect(bytes).toBeLessThan(BUDGET_BYTES);
});
