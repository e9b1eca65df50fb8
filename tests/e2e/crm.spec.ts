import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/appFixture';

// The agent desktop against the real server and the real scenario library: the CRM of a
// 'colis-en-retard' practice session, driven the way a candidate does during the call.

async function openDesk(page: Page, title: string): Promise<string> {
  await page.goto('/candidat');
  const card = page.getByTestId('scenario-catalogue').getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
  await card.getByRole('button', { name: 'Ouvrir le poste de travail' }).click();
  await expect(page).toHaveURL(/\/seance\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** The texts of the journal's entries, once it shows as many as the server logged. */
async function journalTexts(journal: Locator, logged: number): Promise<string[]> {
  await expect(journal.getByTestId('journal-entry')).toHaveCount(logged);
  return journal.getByTestId('journal-entry').allTextContents();
}

test('a candidate finds the customer, checks the stock, orders within it and writes the call note; the journal keeps each step in order', async ({ page, request }) => {
  const sessionId = await openDesk(page, 'Colis en retard, cliente agacée');
  await expect(page.getByText('Jour de l’appel')).toContainText(/(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? \S+ \d{4}/);
  const journal = page.getByTestId('session-journal');
  await expect(journal.getByRole('heading', { name: 'Journal de la séance' })).toBeVisible();

  // Find the customer by phone with the keyboard shortcut; Enter opens the first result.
  await page.keyboard.press('Control+K');
  const search = page.getByRole('combobox', { name: 'Rechercher un client' });
  await expect(search).toBeFocused();
  await page.keyboard.type('06 12 34 56 78');
  await expect(page.getByRole('listbox', { name: 'Clients trouvés' }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option').first()).toContainText('Sandrine Roux');
  await expect(page.getByRole('option').first()).toContainText('C-1042');
  await expect(page.getByRole('option').first()).toContainText('Trouvé par téléphone');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/seance/${sessionId}/clients/C-1042$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Sandrine Roux — fiche C-1042' })).toBeFocused();
  const openOrders = page.getByRole('region', { name: 'Commandes en cours' });
  await expect(openOrders.getByRole('row', { name: /CMD-88311/ })).toContainText('147,00\u00a0€');
  await expect(page.getByRole('region', { name: 'Factures' }).getByRole('row', { name: /FAC-26-04518/ })).toContainText('payée');

  // Look the lamp up in the stock.
  const crmNav = page.getByRole('navigation', { name: 'Écrans du CRM' });
  await crmNav.getByRole('link', { name: 'Stock' }).click();
  await page.getByLabel('Référence (SKU) ou nom de l’article').fill('LMP-204');
  await page.keyboard.press('Enter');
  const corbas = page.getByRole('article').filter({ hasText: 'LMP-204' }).getByRole('row', { name: /Corbas/ });
  await expect(corbas.getByRole('cell')).toHaveText(['6', '4', '2', '20 le 14/12/2026', '0']);

  // Back to the file: an order of 3 goes beyond the stock and is refused at the quantity; 1 goes through.
  await crmNav.getByRole('link', { name: 'Fiche\u00a0: Sandrine Roux' }).click();
  await page.getByRole('button', { name: 'Nouvelle commande' }).click();
  const sku = page.getByLabel('Référence (SKU) (ligne 1)');
  const quantity = page.getByLabel('Quantité (ligne 1)');
  await sku.fill('LMP-204');
  await quantity.fill('3');
  await page.getByRole('button', { name: 'Créer la commande' }).click();
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(quantity).toBeFocused();
  await expect(quantity).toHaveAccessibleDescription(/Stock insuffisant pour LMP-204.*2 disponible\(s\) pour 3 demandé\(s\)/);
  await expect(page.getByRole('alert').filter({ hasText: 'Stock insuffisant' })).toBeVisible();
  await quantity.fill('1');
  await page.getByRole('button', { name: 'Créer la commande' }).click();
  const orderDone = page.getByRole('status').filter({ hasText: /^Commande CMD-\d{4}-\d{4} créée\./ });
  await expect(orderDone).toBeFocused();
  const orderId = /CMD-\d{4}-\d{4}/.exec((await orderDone.textContent()) ?? '')![0];
  await expect(openOrders.getByRole('row', { name: new RegExp(orderId) })).toContainText('129,00\u00a0€');

  // The call note.
  await page.getByRole('button', { name: 'Note d’appel' }).click();
  await expect(page.getByLabel('Note', { exact: true })).toBeFocused();
  await page.keyboard.type('Colis CMD-88311 perdu par Ferlane (ticket T-5521). Lampe renvoyée : commande de remplacement.');
  await page.getByLabel('Auteur').fill('Camille');
  await page.getByRole('button', { name: 'Enregistrer la note' }).click();
  const noteDone = page.getByRole('status').filter({ hasText: /^Note d’appel N-\d+ enregistrée\./ });
  await expect(noteDone).toBeFocused();
  await expect(page.getByRole('region', { name: 'Notes d’appel' })).toContainText('Camille');

  // Each action is in the journal, in order, with its time; the refused order is marked. The
  // journal shows exactly what the server logged (the file read again after each write included).
  const logged = (await (await request.get(`/api/sessions/${sessionId}/actions`)).json()) as { actions: unknown[] };
  const texts = await journalTexts(journal, logged.actions.length);
  const expected = [
    /^\d{2}:\d{2}:\d{2}Lecture.*A cherché « 06 12 34 56 78 »/,
    /^\d{2}:\d{2}:\d{2}Lecture.*A consulté la fiche client C-1042/,
    /^\d{2}:\d{2}:\d{2}Lecture.*A consulté le stock pour « LMP-204 »/,
    /^\d{2}:\d{2}:\d{2}Écriturerefusé.*Refusé — créer une commande : Stock insuffisant pour LMP-204/,
    new RegExp(`^\\d{2}:\\d{2}:\\d{2}Écriture.*A créé la commande ${orderId}`),
    /^\d{2}:\d{2}:\d{2}Écriture.*A rédigé la note d’appel N-\d+/,
  ];
  let from = 0;
  for (const pattern of expected) {
    const at = texts.findIndex((text, index) => index >= from && pattern.test(text.replace(/\u00a0/g, ' ')));
    expect(at, `${pattern} after entry ${from} in:\n${texts.join('\n')}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
  await expect(journal.locator('.journal__entry--refused')).toHaveCount(1);
});

test('the desk holds in a narrow window, the journal below the CRM', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const sessionId = await openDesk(page, 'Colis en retard, cliente agacée');
  await page.goto(`/seance/${sessionId}/clients/C-1042`);
  await expect(page.getByRole('heading', { level: 2, name: 'Sandrine Roux — fiche C-1042' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the desk should not scroll sideways').toBeLessThanOrEqual(0);
});
