import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../scenario/checkScenario';
import type { Scenario } from '../scenario/scenarioSchema';
import { examGrid } from './examGrid';
import { examLog, gridInput, SCENARIO_HASH, scoredExamEvents } from './examGridFixture';
import { gridPdf, gridPdfBlocks } from './gridPdf';

const mini: Scenario = {
  ...checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!,
  date: '2026-12-02',
};
const dir = mkdtempSync(join(tmpdir(), 'plateau-grid-'));

/** The PDF's text as poppler lays it out (a table row on one line), runs of spaces squeezed. */
function readBack(bytes: Uint8Array, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

describe('gridPdf', () => {
  it('prints the exam, the jury, the scenario’s hash, every decision with its evidence and comments, the blocks, the decision and signature lines', () => {
    const grid = examGrid(gridInput(mini, scoredExamEvents('mini')));
    const text = readBack(gridPdf(grid), 'scored');

    expect(text).toContain('Grille d’évaluation du jury');
    expect(text).toContain('Élodie Lefèvre');
    expect(text).toContain('Date 2 décembre 2026, 08:59 – 09:00');
    expect(text).toMatch(/Claire Martin — présidence du jury\s+• Paul Durand\s+• Sami Benali/);
    expect(text).toContain('1. Mini scénario de test (mini)');
    expect(text).toContain(SCENARIO_HASH);
    // The summary table: every competency of the grid with its decision.
    for (const c of grid.competencies) expect(text).toContain(c.id);
    expect(text).toContain('RCD-02 Accueillir un appel entrant selon la charte de l’entreprise acquise (voix du président)');
    expect(text).toContain('RCD-05 Découvrir les besoins du client par un questionnement ouvert à départager');
    expect(text).toContain('RCD-09 Traiter les objections du client non observée (accord du jury)');
    expect(text).toContain('RCD-01 Préparer un appel sortant et vérifier qu’il est autorisé non évaluée');
    expect(text).toContain('ADM-03 Établir et contrôler une facture acquise (voix du président)');
    // The details: marks signed and timed, comments as written (the hostile one is only text here), evidence.
    expect(text).toContain('• Claire Martin, 09:00:40 : acquise — Charte d’accueil respectée « Maison Test »');
    expect(text).toContain('• Sami Benali, 09:00:43 : non acquise — =HYPERLINK("http://evil.example";"clic")');
    expect(text).toContain('1 0:04 + pour Réponse : « Bonjour madame, Maison Test, Julie à votre écoute. »');
    expect(text).toContain('1 0:08 + pour Action CRM : A consulté la commande CMD-1');
    // Block results and the president's decision.
    // RCD: 1 acquired of 26 against 22, 0 not acquired, 1 not observed, 24 undecided (RCD-05's tie among them).
    expect(text).toMatch(/RCD — Gérer la relation client [^\n]*1 \/ 26 22 0 non acquises, 1 non observées, en attente\n[^\n]*24 sans décision/);
    expect(text).toMatch(/ADM — Gérer le suivi [^\n]*1 ?\/ ?9 7 0 non acquises, 0 non observées, en attente\n[^\n]*5 sans décision, 3 évaluées hors/);
    expect(text).toContain('AJOURNÉ — Claire Martin, 2 décembre 2026 09:01');
    expect(text).toContain('Bloc RCD incomplet');
    // The change log shows the change of mind with the value it replaced, then the signatures.
    expect(text).toContain('09:00:50 Claire Martin ADM-03 : acquise — Corrigé après relecture non acquise');
    expect(text).toContain('09:01:00 Claire Martin Décision finale : ajourné — Bloc RCD —');
    expect(text).toMatch(/Signatures[\s\S]*Claire Martin \(présidence du jury\) : _+[\s\S]*Sami Benali : _+/);
  });

  it('says when nothing is decided yet, and writes English on request', () => {
    const grid = examGrid(gridInput(mini, examLog('mini').events, false));
    const blocks = gridPdfBlocks(grid, 'fr');
    expect(blocks).toContainEqual({ kind: 'paragraph', text: 'Aucune décision enregistrée.' });
    expect(blocks).toContainEqual({ kind: 'list', items: [expect.stringContaining('Empreinte SHA-256'), 'appel non terminé : pas de preuves'] });
    const french = readBack(gridPdf(grid), 'empty');
    expect(french).toContain('appel non terminé : pas de preuves');
    expect(french.match(/non évaluée/g)).toHaveLength(32);
    expect(french).not.toContain('Journal des modifications');

    const english = readBack(gridPdf(examGrid(gridInput(mini, scoredExamEvents('mini'))), 'en'), 'english');
    expect(english).toContain('Jury’s assessment grid');
    expect(english).toContain('DEFERRED (AJOURNÉ)');
    expect(english).toContain('acquired (president’s vote)');
    expect(english).toContain('to be settled');
  });
});
