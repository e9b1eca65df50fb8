import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/appFixture';
import { signInAsExaminer } from '../support/signInAsExaminer';

// A live exam driven in two browser contexts against the real app: the examiner signs in,
// creates the exam and reads its code; the candidate joins with it; the examiner starts; the
// candidate answers and works in the CRM while the console shows each action as it comes; the
// examiner marks competencies, records the final decision and finds it in the exported PDF.

const examiner = { login: 'claire.martin', name: 'Claire Martin', role: 'examiner' as const, password: 'correct horse battery 42' };

test('an examiner and a candidate: create, join, play, watch live, score, export', async ({ app, appUrl, browser }) => {
  test.setTimeout(90_000);
  const examinerContext = await browser.newContext({ baseURL: appUrl });
  const candidateContext = await browser.newContext({ baseURL: appUrl });
  const jury = await examinerContext.newPage();
  const candidate = await candidateContext.newPage();

  // The examiner signs in and creates the exam.
  await signInAsExaminer(jury, app, examiner);
  await expect(jury.getByText('Connecté en tant que Claire Martin.')).toBeVisible();
  await jury.getByRole('button', { name: 'Nouvel examen' }).click();
  await jury.getByLabel('Nom du candidat').fill('Ana Lopes');
  await jury.getByLabel('Scénario à ajouter').selectOption({ label: 'Colis en retard, cliente agacée' });
  await jury.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(jury.getByTestId('chosen-scenario')).toHaveCount(1);
  await jury.getByRole('radio', { name: '× 1,25' }).check();
  await jury.getByRole('button', { name: 'Créer l’épreuve' }).click();
  const code = (await jury.getByTestId('join-code').textContent())!.trim();
  expect(code.length).toBeGreaterThanOrEqual(4);
  await expect(jury.getByText(/comme/).first()).toBeVisible();

  // The candidate joins with the code read aloud.
  await candidate.goto('/examen');
  await candidate.getByLabel('Code donné par l’examinateur').fill(code);
  await candidate.getByRole('button', { name: 'Rejoindre l’épreuve' }).click();
  await expect(candidate.getByTestId('exam-waiting')).toHaveText('L’examinateur va démarrer l’épreuve.');

  // The examiner opens the console and starts.
  await jury.getByRole('link', { name: 'Ouvrir la console' }).click();
  await expect(jury.getByRole('heading', { level: 1 })).toHaveText('Épreuve de Ana Lopes');
  await expect(jury.getByTestId('exam-status')).toContainText('le candidat est connecté');
  await jury.getByRole('button', { name: 'Démarrer l’épreuve' }).click();
  await expect(jury.getByTestId('exam-status')).toContainText('appel 1 sur 1');
  await expect(jury.locator('[aria-current="step"]')).toHaveCount(1);

  // The candidate answers, greets, and finds the customer in the CRM.
  const phone = candidate.getByTestId('softphone');
  await phone.getByRole('button', { name: 'Décrocher' }).click();
  await expect(phone.getByRole('status').first()).toHaveText('En communication');
  await candidate.getByTestId('dialogue').getByRole('button', { name: /Maison Lumen, bonjour/ }).click();
  await candidate.getByRole('combobox', { name: 'Rechercher un client' }).fill('06 12 34 56 78');
  await expect(candidate.getByRole('listbox', { name: 'Clients trouvés' }).getByRole('option')).toHaveCount(1);
  await candidate.getByRole('combobox', { name: 'Rechercher un client' }).press('Enter');
  await expect(candidate.getByRole('heading', { level: 2, name: 'Sandrine Roux — fiche C-1042' })).toBeVisible();
  expect(candidate.url()).toMatch(/\/examen\/clients\/C-1042$/);
  await expect(candidate.getByRole('link', { name: 'Voir le bilan' })).toHaveCount(0);

  // The console shows each of those actions, live.
  const timeline = jury.getByRole('region', { name: 'Actions du candidat' });
  await expect(timeline.getByTestId('timeline-entry').filter({ hasText: 'Décroche' })).toHaveCount(1);
  await expect(timeline.getByTestId('timeline-entry').filter({ hasText: /C-1042/ }).first()).toBeVisible();
  await expect(jury.getByTestId('customer-file')).toContainText('Sandrine Roux');
  await expect(jury.getByTestId('session-journal').getByTestId('journal-entry').first()).toBeVisible();

  // The examiner scores two competencies and records the final decision.
  const rcd01 = jury.getByTestId('grid-row-RCD-01');
  await rcd01.getByRole('radio', { name: 'acquise', exact: true }).check();
  await rcd01.getByLabel('Commentaire').fill('Accueil conforme à la charte');
  await rcd01.getByRole('button', { name: 'Enregistrer RCD-01' }).click();
  await expect(rcd01).toContainText('vous\u00a0: acquise, à');
  const rcd02 = jury.getByTestId('grid-row-RCD-02');
  await rcd02.getByRole('radio', { name: 'non acquise' }).check();
  await rcd02.getByRole('button', { name: 'Enregistrer RCD-02' }).click();
  await expect(rcd02).toContainText('vous\u00a0: non acquise, à');
  await expect(jury.getByTestId('block-results')).toContainText('1 acquises sur 26 (seuil 22)');
  const decision = jury.getByTestId('final-decision');
  await decision.getByRole('radio', { name: 'ajourné' }).check();
  await decision.getByLabel('Motivation').fill('Bloc RCD non validé à ce stade');
  await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
  await expect(decision).toContainText('Décision\u00a0: ajourné, par Claire Martin');

  // The PDF export holds the decisions.
  const pdfUrl = await jury.getByRole('link', { name: 'Grille (PDF)' }).getAttribute('href');
  const pdf = await jury.request.get(`${appUrl}${pdfUrl!}`);
  expect(pdf.status()).toBe(200);
  const dir = mkdtempSync(join(tmpdir(), 'plateau-exam-pdf-'));
  writeFileSync(join(dir, 'grid.pdf'), await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'grid.pdf'), '-'], { encoding: 'utf8' });
  expect(text).toContain('Ana Lopes');
  expect(text).toMatch(/RCD-01/);
  expect(text).toMatch(/Accueil conforme à la charte/);
  expect(text.toLowerCase()).toMatch(/ajourn/);

  await examinerContext.close();
  await candidateContext.close();
});
