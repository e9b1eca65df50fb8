import type { Page } from '@playwright/test';
import { expect, test } from '../support/appFixture';

// GET /api/scenarios is answered by page.route here, so these specs pin the client's behaviour
// whatever the server's scenario library holds.
const scenarios = [
  {
    id: 'colis-en-retard',
    title: 'Colis en retard, cliente agacée',
    category: 'support',
    direction: 'inbound',
    difficulty: 2,
    durationMinutes: 6,
    competencies: ['RCD-01', 'RCD-05'],
    briefing: 'Service client de Maison Lumen. Une cliente appelle au sujet d’une commande.',
  },
  {
    id: 'relance-devis',
    title: 'Relance d’un devis de mobilier',
    category: 'sales',
    direction: 'outbound',
    difficulty: 3,
    durationMinutes: 8,
    competencies: ['RCD-10'],
    briefing: 'Vous rappelez un prospect qui a reçu un devis la semaine dernière.',
  },
  {
    id: 'prospection-salon',
    title: 'Prospection après un salon',
    category: 'prospecting',
    direction: 'outbound',
    difficulty: 1,
    durationMinutes: 5,
    competencies: ['RCD-02'],
    briefing: 'Premier appel à une entreprise rencontrée sur un salon.',
  },
];

async function serveScenarios(page: Page, status: number, body: unknown): Promise<void> {
  await page.route('**/api/scenarios?*', (route) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) }),
  );
}

test('the candidate filters the catalogue by category and by call type', async ({ page }) => {
  await serveScenarios(page, 200, { scenarios });
  await page.goto('/candidat');
  const catalogue = page.getByTestId('scenario-catalogue');
  await expect(catalogue.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(catalogue).toContainText('SAV / support');
  await expect(catalogue).toContainText('Appel entrant');

  await catalogue.getByLabel('Type d’appel').selectOption({ label: 'Appel sortant' });
  await expect(catalogue.getByRole('heading', { level: 3 })).toHaveText([
    'Relance d’un devis de mobilier',
    'Prospection après un salon',
  ]);
  await catalogue.getByLabel('Catégorie').selectOption({ label: 'Prospection' });
  await expect(catalogue.getByRole('heading', { level: 3 })).toHaveText(['Prospection après un salon']);
  await expect(catalogue).toContainText('1 scénario sur 3');

  await catalogue.getByRole('button', { name: 'Réinitialiser les filtres' }).click();
  await expect(catalogue.getByRole('heading', { level: 3 })).toHaveCount(3);
});

test('the trainer page lists the catalogue without filters', async ({ page }) => {
  await serveScenarios(page, 200, { scenarios });
  await page.goto('/formateur');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espace formateur');
  const catalogue = page.getByTestId('scenario-catalogue');
  await expect(catalogue.getByRole('heading', { level: 3 })).toHaveCount(3);
  await expect(catalogue.getByRole('combobox')).toHaveCount(0);
});

test('a failing request shows a French error, and « Réessayer » recovers', async ({ page }) => {
  let calls = 0;
  await page.route('**/api/scenarios?*', (route) => {
    calls += 1;
    return calls === 1
      ? route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'internal_error', message: 'Internal server error' } }),
        })
      : route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ scenarios }) });
  });
  await page.goto('/candidat');
  const alert = page.getByTestId('scenario-catalogue').getByRole('alert');
  await expect(alert).toContainText('Impossible de charger les scénarios.');
  await expect(alert).toContainText('HTTP 500');

  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByTestId('scenario-catalogue').getByRole('heading', { level: 3 })).toHaveCount(3);
});

test('an empty library shows the empty state', async ({ page }) => {
  await serveScenarios(page, 200, { scenarios: [] });
  await page.goto('/formateur');
  await expect(page.getByTestId('scenario-catalogue')).toContainText('Aucun scénario pour le moment.');
});

test('the layout holds in a narrow window', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await serveScenarios(page, 200, { scenarios });
  for (const path of ['/', '/candidat']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} should not scroll sideways`).toBeLessThanOrEqual(0);
  }
});

test('the catalogue lists the server\'s real library, never its hidden parts', async ({ page, request }) => {
  const response = await request.get('/api/scenarios');
  expect(response.status()).toBe(200);
  const body = await response.text();
  for (const hidden of ['examiner_notes', 'steps', 'evidence', 'endings']) expect(body).not.toContain(hidden);
  const { scenarios: served } = JSON.parse(body) as { scenarios: { id: string; title: string }[] };
  expect(served.map((s) => s.id)).toContain('colis-en-retard');

  await page.goto('/candidat');
  const catalogue = page.getByTestId('scenario-catalogue');
  await expect(catalogue.getByRole('heading', { level: 3 })).toHaveCount(served.length);
  await expect(catalogue).toContainText(served.find((s) => s.id === 'colis-en-retard')!.title);
});
