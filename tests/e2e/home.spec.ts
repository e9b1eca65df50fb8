import { readFileSync } from 'node:fs';
import { expect, test } from '../support/appFixture';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

test.describe('home page', () => {
  test('is in French, with the three role choices', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle('Bienvenue sur Plateau');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue sur Plateau');
    await expect(page.getByText('Plateau simule un centre d’appels')).toBeVisible();
    for (const [name, href] of [
      ['Je suis candidat', '/candidat'],
      ['Je suis examinateur', '/examinateur'],
      ['Je suis formateur', '/formateur'],
    ] as const) {
      const choice = page.getByRole('link', { name: new RegExp(`^${name}`) });
      await expect(choice).toBeVisible();
      await expect(choice).toHaveAttribute('href', href);
    }
  });

  test('switches to English, and the choice survives a reload', async ({ page }) => {
    await page.goto('/');
    const english = page.getByRole('button', { name: 'English' });
    await expect(english).toHaveAttribute('aria-pressed', 'false');
    await english.click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Plateau');
    await expect(page.getByRole('link', { name: /^I am a candidate/ })).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Plateau');

    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue sur Plateau');
  });

  test('« Je suis candidat » can be reached and chosen with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    const candidate = page.getByRole('link', { name: /^Je suis candidat/ });

    // Tab from the top of the page until the candidate choice has the focus.
    let tabs = 0;
    while (!(await candidate.evaluate((element) => element === document.activeElement))) {
      expect(tabs, 'the candidate choice should be reachable within 15 Tab presses').toBeLessThan(15);
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    // The focus ring is visible on the focused choice.
    const outline = await candidate.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/candidat$/);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('Espace candidat');
    await expect(heading).toBeFocused();
    await expect(page.getByTestId('scenario-catalogue')).toBeVisible();
  });

  test('a role page opened directly is served by the SPA fallback', async ({ page }) => {
    await page.goto('/formateur');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Espace formateur');
    await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Accueil' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bienvenue sur Plateau');
  });
});

test('/healthz answers JSON', async ({ request }) => {
  const response = await request.get('/healthz');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status: 'ok', name: 'plateau', version: packageVersion });
  expect(typeof body.uptimeSeconds).toBe('number');
});
