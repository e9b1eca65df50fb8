import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/appFixture';

// A candidate's practice call, played with the keyboard alone (page.keyboard only: no click, no
// fill) against the real server and the real scenario library: the catalogue, the mode, the
// softphone or the dialler, the dialogue, the CRM beside it, the after-call work and the debrief.

/** Presses Tab (Shift+Tab with `backwards`) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 150, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with the keyboard`);
}

/** From the candidate's catalogue: the scenario's card, in the chosen mode, to its desk. */
async function startPractice(page: Page, title: string, mode: 'guided' | 'exam'): Promise<void> {
  await page.goto('/candidat');
  const card = page.getByTestId('scenario-catalogue').getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
  await tabTo(page, card.getByRole('radio', { name: /Guidé/ }));
  if (mode === 'exam') await page.keyboard.press('ArrowDown');
  await expect(card.getByRole('radio', { name: mode === 'exam' ? /Comme à l’examen/ : /Guidé/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Ouvrir le poste de travail' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/seance\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/** The after-call work, then the debrief, by keyboard: the focus follows each step. */
async function finishAndOpenDebrief(page: Page, phone: Locator): Promise<void> {
  await expect(phone.getByRole('status').first()).toHaveText('Après-appel');
  await expect(phone.getByTestId('wrap-up-timer')).toHaveText(/^\d+:\d\d$/);
  const finish = phone.getByRole('button', { name: 'Terminer l’après-appel' });
  await expect(finish).toBeFocused();
  await page.keyboard.press('Enter');
  const debrief = phone.getByRole('link', { name: 'Voir le bilan' });
  await expect(debrief).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/seance\/[^/]+\/bilan$/);
}

test('inbound, as at the exam: answer, greet, find the order in the CRM, hold and resume, answer by number keys, wrap up, debrief', async ({ page }) => {
  await startPractice(page, 'Colis en retard, cliente agacée', 'exam');
  const phone = page.getByTestId('softphone');
  const dialogue = page.getByTestId('dialogue');
  await expect(phone).toContainText('Appel entrant');
  await expect(phone).toContainText('06 12 34 56 78');
  await expect(page.getByText('Comme à l’examen', { exact: true })).toBeVisible();

  await tabTo(page, phone.getByRole('button', { name: 'Décrocher' }));
  await page.keyboard.press('Enter');
  await expect(phone.getByRole('status').first()).toHaveText('En communication');
  await expect(phone.getByTestId('call-timer')).toHaveText(/^0:0\d$/);

  // The answers take the focus: Enter says the first (the greeting of the charter).
  const firstAnswer = dialogue.getByRole('button', { name: /Maison Lumen, bonjour, Camille à votre écoute/ });
  await expect(firstAnswer).toBeFocused();
  await expect(dialogue).not.toContainText('Conseil'); // no hint as at the exam
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-live')).toContainText('ma commande n\'est toujours pas arrivée');
  await page.keyboard.press('1');
  await expect(page.getByTestId('customer-live')).toContainText('CMD-88311');

  // The CRM, by keyboard: Ctrl+K, the caller's number, Enter, then the order's link.
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('combobox', { name: 'Rechercher un client' })).toBeFocused();
  await page.keyboard.type('06 12 34 56 78');
  await expect(page.getByRole('listbox', { name: 'Clients trouvés' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Sandrine Roux — fiche C-1042' })).toBeFocused();
  await tabTo(page, page.getByRole('region', { name: 'Commandes en cours' }).getByRole('link', { name: 'CMD-88311' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/commandes\/CMD-88311$/);

  // Hold and resume: the customer waits, the hold time runs.
  await tabTo(page, phone.getByRole('button', { name: 'Mettre en attente' }), { backwards: true, max: 200 });
  await page.keyboard.press('Enter');
  await expect(phone.getByTestId('hold-timer')).toHaveText(/^0:0\d$/);
  const resume = phone.getByRole('button', { name: 'Reprendre l’appel' });
  await expect(resume).toBeFocused();
  await page.keyboard.press('Space');
  await expect(phone.getByTestId('hold-timer')).toHaveCount(0);

  // With the order viewed, the precise rephrasing is accepted; then the rest by number keys.
  const lines = dialogue.getByTestId('transcript-line');
  await page.keyboard.press('1');
  await expect(lines.last()).toContainText('Je vois votre commande du 16 novembre');
  await page.keyboard.press('2');
  await expect(page.getByTestId('customer-live')).toContainText('Lundi ? C\'est sûr, ça ?');
  await page.keyboard.press('2');
  await expect(lines.last()).toContainText('J\'attends lundi');

  await finishAndOpenDebrief(page, phone);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bilan de l’appel — Colis en retard, cliente agacée');
  const competencies = page.getByRole('region', { name: 'Compétences observées' });
  await expect(competencies).toContainText('RCD-02');
  await expect(competencies).toContainText('ADM-01');
});

test('outbound, guided: the CRM file, click-to-call into the dialler, the law\'s warnings confirmed, the SMS objection recorded, wrap up, debrief', async ({ page }) => {
  await startPractice(page, 'Liste d\'appels piégée, démarchage interdit à La Réunion', 'guided');
  const phone = page.getByTestId('softphone');
  const dialogue = page.getByTestId('dialogue');
  await expect(phone).toContainText('Appel sortant à préparer');
  await expect(phone.getByText('Votre numéro affiché')).toBeVisible();
  await expect(phone).toContainText('05 49 62 18 40');
  await expect(dialogue).toContainText('Avant de composer'); // the guided hint

  // Prepare in the CRM, then call from the customer's file.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('06 92 41 37 85');
  await expect(page.getByRole('listbox', { name: 'Clients trouvés' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /fiche P-5318$/ })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Appeler le 06 92 41 37 85' }));
  await page.keyboard.press('Enter');
  const dialler = phone.getByRole('region', { name: 'Numéroteur' });
  await expect(dialler.getByLabel('Numéro à composer')).toHaveValue('06 92 41 37 85');
  await expect(dialler.getByRole('button', { name: 'Appeler', exact: true })).toBeFocused();

  // Guided: the warnings first, the safe answer focused; Escape keeps the call undialled.
  await page.keyboard.press('Enter');
  const warnings = dialler.getByRole('alertdialog', { name: 'Avant de composer' });
  await expect(warnings).toBeVisible();
  await expect(warnings.getByRole('listitem')).not.toHaveCount(0);
  await expect(warnings.getByRole('button', { name: 'Ne pas appeler' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(warnings.getByRole('button', { name: 'Appeler quand même' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(phone.getByRole('status').first()).toHaveText('En communication');
  await expect(phone.getByRole('listitem').filter({ hasText: '06 92 41 37 85' })).toContainText('a abouti');
  await expect(page.getByTestId('customer-live')).toContainText('Vous avez vu l\'heure ?');
  const apology = dialogue.getByRole('button', { name: /je vous prie de m'excuser/ });
  await expect(apology).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customer-live')).toContainText('j\'ai déjà demandé à ne plus être appelée');

  // She refuses commercial texts too: her objection is recorded on her file during the call.
  await tabTo(page, page.getByRole('button', { name: 'Consentement', exact: true }));
  await page.keyboard.press('Enter');
  const consent = page.getByRole('form', { name: 'Consentement ou opposition' });
  const channel = consent.getByLabel('Canal');
  await expect(channel).toBeFocused();
  await expect(consent).toContainText('Sur la fiche, pour ce canal et cette finalité\u00a0: retiré le 12/10/2026.');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(channel).toHaveValue('sms');
  await expect(consent.getByLabel('Finalité')).toHaveValue('canvassing');
  await expect(consent).toContainText('donné le 18/03/2025.');
  await tabTo(page, consent.getByRole('radio', { name: 'donné', exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(consent.getByRole('radio', { name: 'retiré (opposition)' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(consent.getByLabel('Source ou commentaire')).toBeFocused();
  await page.keyboard.type('Refus des SMS commerciaux, dit pendant l’appel sortant');
  await page.keyboard.press('Tab');
  await expect(consent.getByRole('button', { name: 'Enregistrer' })).toBeFocused();
  await page.keyboard.press('Enter');
  const done = page.getByRole('status').filter({ hasText: 'Consentement enregistré sur la fiche P-5318.' });
  await expect(done).toBeFocused();
  const smsRow = page.getByRole('region', { name: 'Consentements' }).getByRole('row').filter({ hasText: 'SMS' });
  await expect(smsRow).toContainText('retiré');

  // Now the closing line that announces it is true. The focus stays in the CRM (the phone does
  // not take it from a form): back to the softphone for the after-call work.
  await page.keyboard.press('1');
  await expect(phone.getByRole('status').first()).toHaveText('Après-appel');
  await expect(done).toBeFocused();
  await tabTo(page, phone.getByRole('button', { name: 'Terminer l’après-appel' }), { backwards: true, max: 200 });

  await finishAndOpenDebrief(page, phone);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Bilan de l’appel — Liste d'appels piégée/);
  await expect(page.getByText('Fin de l’appel : Appel passé à tort, clos poliment (Pas de vente)', { exact: true })).toBeVisible();
  const competencies = page.getByRole('region', { name: 'Compétences observées' });
  await expect(competencies).toContainText('RCD-01');
  await expect(competencies).toContainText('RCD-03');
  await expect(competencies).toContainText('RCD-26');
});
