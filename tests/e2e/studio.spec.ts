import { readFileSync } from 'node:fs';
import { expect, test } from '../support/appFixture';

// The trainer's workshop: a scenario checked in the browser with the CLI's messages, its chart,
// and a play-test whose session and CRM live in the page (msw), never on the server.

const good = readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8');
const broken = good.replace('        goto: solution', '        goto: solutoin');

test('a trainer checks a scenario, jumps to the fault, fixes it and plays its CRM in the browser', async ({ page, request }) => {
  await page.goto('/formateur');
  await page.getByRole('link', { name: 'Ouvrir l’atelier' }).click();
  await expect(page).toHaveURL(/\/formateur\/atelier$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Atelier de scénarios');

  await page.getByLabel('Ouvrir un fichier de scénario').setInputFiles({ name: 'mini.scenario.yaml', mimeType: 'text/yaml', buffer: Buffer.from(broken) });
  await page.getByRole('button', { name: 'Vérifier' }).click();
  const result = page.getByTestId('studio-result');
  await expect(result).toContainText('1 erreur');
  await expect(result).toContainText("mini.scenario.yaml:65:15 erreur l'étape ou la fin « solutoin » n'existe pas (vouliez-vous dire « solution » ?)");

  // The place in the message takes the trainer to the fault.
  await result.getByRole('button', { name: 'mini.scenario.yaml:65:15' }).click();
  const editor = page.getByLabel(/Scénario \(YAML\)/);
  await expect(editor).toBeFocused();
  const caret = await editor.evaluate((field) => (field as HTMLTextAreaElement).selectionStart);
  expect(broken.slice(caret).startsWith('solutoin')).toBe(true);

  await editor.fill(good);
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(result).toContainText('Scénario valide\u00a0: Mini scénario de test');
  await expect(page.getByTestId('studio-chart')).toContainText('s_recherche --> s_solution');

  await page.getByRole('button', { name: 'Jouer dans le navigateur' }).click();
  await expect(page).toHaveURL(/\/seance\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mini scénario de test');
  const sessionId = new URL(page.url()).pathname.split('/')[2]!;
  // The session lives in the page: the server has never heard of it.
  expect((await request.get(`/api/sessions/${sessionId}`)).status()).toBe(404);

  // Its CRM answers from the browser, and the journal logs the search.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('06 12 34 56 78');
  await expect(page.getByRole('listbox', { name: 'Clients trouvés' }).getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('option').first()).toContainText('C-1');
  await expect(page.getByTestId('session-journal').getByTestId('journal-entry')).toHaveCount(1);
});
