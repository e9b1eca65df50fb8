import { expect, type Page } from '@playwright/test';
import type { App } from '../../server/createApp';
import type { NewUser } from '../../server/auth/createAuth';

/**
 * Makes sure the examiner exists in the worker's app (it outlives one run of a spec), then signs
 * in from the examiner's space through the login page, as a user would, and lands back on it.
 */
export async function signInAsExaminer(page: Page, app: App, examiner: NewUser): Promise<void> {
  if (!app.auth.listUsers().some((user) => user.login === examiner.login)) await app.auth.addUser(examiner);
  await page.goto('/examinateur');
  await page.locator('#main').getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel('Identifiant').fill(examiner.login);
  await page.getByLabel('Mot de passe').fill(examiner.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/examinateur$/);
}
