import { expect, test } from '../support/appFixture';
import { signInAsExaminer } from '../support/signInAsExaminer';

// A live exam whose customer is played by the examiner, over two calls, in two browser contexts:
// the console's live-customer panel offers the current step's customer events and one of them
// reaches the candidate's transcript; the console, cut off while the candidate works, shows what
// it missed once back online; after the first call, « Appel suivant » rings the second scenario.

const examiner = { login: 'julie.bernard', name: 'Julie Bernard', role: 'examiner' as const, password: 'correct horse battery 43' };

test('the examiner plays the customer live, the console resyncs after a reconnect, and the next call rings', async ({ app, appUrl, browser }) => {
  test.setTimeout(90_000);
  const examinerContext = await browser.newContext({ baseURL: appUrl });
  const candidateContext = await browser.newContext({ baseURL: appUrl });
  const jury = await examinerContext.newPage();
  const candidate = await candidateContext.newPage();

  // The examiner creates a two-call exam where they play the customer (time × 2: the timers are
  // the customer's patience, and the spec must not race them).
  await signInAsExaminer(jury, app, examiner);
  await jury.getByRole('button', { name: 'Nouvel examen' }).click();
  await jury.getByLabel('Nom du candidat').fill('Louis Garnier');
  for (const title of ['Colis en retard, cliente agacée', 'Robot pâtissier en rupture, stock réservé']) {
    await jury.getByLabel('Scénario à ajouter').selectOption({ label: title });
    await jury.getByRole('button', { name: 'Ajouter', exact: true }).click();
  }
  await expect(jury.getByTestId('chosen-scenario')).toHaveText([/Colis en retard/, /Robot pâtissier/]);
  await jury.getByRole('radio', { name: 'Client joué par l’examinateur' }).check();
  await jury.getByRole('radio', { name: '× 2' }).check();
  await jury.getByRole('button', { name: 'Créer l’épreuve' }).click();
  const code = (await jury.getByTestId('join-code').textContent())!.trim();

  await candidate.goto('/examen');
  await candidate.getByLabel('Code donné par l’examinateur').fill(code);
  await candidate.getByRole('button', { name: 'Rejoindre l’épreuve' }).click();
  await expect(candidate.getByTestId('exam-waiting')).toBeVisible();

  await jury.getByRole('link', { name: 'Ouvrir la console' }).click();
  const status = jury.getByTestId('exam-status');
  await expect(status).toContainText('le candidat est connecté');
  await expect(jury.getByRole('region', { name: 'Déroulement' })).toContainText('Client joué par l’examinateur');
  await jury.getByRole('button', { name: 'Démarrer l’épreuve' }).click();
  await expect(status).toContainText('appel 1 sur 2');

  // The live-customer panel: the persona, and no customer event before anyone is on the line.
  const liveCustomer = jury.getByRole('region', { name: 'Vous jouez le client' });
  await expect(liveCustomer).toContainText('Mme Sandrine Roux');
  await expect(liveCustomer).toContainText('Aucune réaction possible maintenant.');
  // The state chart's lit node reads « <step> — étape en cours → <next steps> ».
  const currentStep = jury.locator('[aria-current="step"]');
  const timeline = jury.getByRole('region', { name: 'Actions du candidat' });
  const entries = timeline.getByTestId('timeline-entry');

  // The candidate answers and argues, which leads to the « dispute » step.
  const phone = candidate.getByTestId('softphone');
  const dialogue = candidate.getByTestId('dialogue');
  const transcript = dialogue.getByTestId('transcript-line');
  await phone.getByRole('button', { name: 'Décrocher' }).click();
  await expect(phone.getByRole('status').first()).toHaveText('En communication');
  await dialogue.getByRole('button', { name: /Maison Lumen, bonjour/ }).click();
  await expect(currentStep).toContainText('expose — étape en cours');
  await expect(liveCustomer).toContainText('ma commande n');
  await expect(liveCustomer).toContainText('Aucune réaction possible maintenant.');
  await dialogue.getByRole('button', { name: /il faut voir avec le transporteur, madame/ }).click();
  await expect(currentStep).toContainText('dispute — étape en cours');
  await expect(liveCustomer).toContainText(/c.est trop facile/);

  // The examiner makes the customer demand a manager: the candidate hears it, the console logs it.
  const customerEvents = liveCustomer.getByRole('group', { name: 'Réactions possibles du client' });
  await expect(customerEvents.getByRole('button')).toHaveText(['La cliente exige un responsable']);
  await customerEvents.getByRole('button', { name: 'La cliente exige un responsable' }).click();
  await expect(transcript.filter({ hasText: 'Passez-moi votre responsable. Je ne raccrocherai pas avant !' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Client (examinateur) : exige-responsable' })).toHaveCount(1);
  await expect(currentStep).toContainText('dispute — étape en cours');
  await expect(liveCustomer.getByRole('alert')).toHaveCount(0);

  // The console goes offline (Chromium's offline emulation drops its websocket at once); meanwhile
  // the candidate answers and opens the customer's file.
  await examinerContext.setOffline(true);
  await expect(jury.getByRole('status').filter({ hasText: 'Connexion perdue. Reconnexion en cours…' })).toBeVisible();
  await dialogue.getByRole('button', { name: /Je regarde votre dossier tout de suite/ }).click();
  await expect(transcript.filter({ hasText: 'Je regarde votre dossier tout de suite' })).toHaveCount(1);
  await candidate.getByRole('combobox', { name: 'Rechercher un client' }).fill('06 12 34 56 78');
  await expect(candidate.getByRole('listbox', { name: 'Clients trouvés' }).getByRole('option')).toHaveCount(1);
  await candidate.getByRole('combobox', { name: 'Rechercher un client' }).press('Enter');
  await expect(candidate.getByRole('heading', { level: 2, name: 'Sandrine Roux — fiche C-1042' })).toBeVisible();
  // Nothing of it reached the console while it was cut off.
  await expect(currentStep).toContainText('dispute — étape en cours');
  await expect(entries.filter({ hasText: 'Répond : 2' })).toHaveCount(0);

  // Back online, socket.io reconnects (its back-off: up to about 5 s), the console sends
  // `exam:watch` again, folds the whole log and shows what it missed.
  await examinerContext.setOffline(false);
  await expect(jury.getByText('Connexion perdue. Reconnexion en cours…')).toHaveCount(0, { timeout: 15_000 });
  await expect(currentStep).toContainText('verification — étape en cours');
  await expect(entries.filter({ hasText: 'Répond : 2' })).toHaveCount(1);
  await expect(entries.filter({ hasText: /C-1042/ }).first()).toBeVisible();
  await expect(jury.getByTestId('customer-file')).toContainText('Sandrine Roux');
  await expect(entries.filter({ hasText: 'Client (examinateur) : exige-responsable' })).toHaveCount(1);

  // The candidate hangs up and finishes the after-call work; the console sees the call end.
  await phone.getByRole('button', { name: 'Raccrocher' }).click();
  await expect(phone.getByRole('status').first()).toHaveText('Après-appel');
  await phone.getByRole('button', { name: 'Terminer l’après-appel' }).click();
  await expect(phone.getByRole('status').first()).toHaveText('Appel terminé');
  await expect(candidate.getByTestId('call-over')).toHaveText('Appel terminé, attendez la suite.');
  await expect(entries.filter({ hasText: 'Termine l’après-appel' })).toHaveCount(1);
  await expect(currentStep).toContainText('raccrochage-premature (customer-lost) — étape en cours');

  // « Appel suivant »: call 2 of 2 in the console, the candidate's phone rings with the second scenario.
  await jury.getByRole('button', { name: 'Appel suivant' }).click();
  await expect(status).toContainText('appel 2 sur 2');
  await expect(status).toContainText('Robot pâtissier en rupture, stock réservé');
  await expect(jury.getByRole('button', { name: 'Terminer l’épreuve' })).toBeVisible();
  await expect(liveCustomer).toContainText('Mme Brigitte Fabre');
  await expect(candidate.getByText('Appel 2 sur 2')).toBeVisible();
  await expect(phone.getByRole('status').first()).toHaveText('Appel entrant');
  await expect(phone).toContainText('06 83 41 27 65');
  await expect(phone.getByRole('button', { name: 'Décrocher' })).toBeVisible();

  await examinerContext.close();
  await candidateContext.close();
});
