import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../scenario/checkScenario';
import type { Scenario } from '../scenario/scenarioSchema';
import { examGrid } from './examGrid';
import { EXAM_ID, examLog, gridInput, parseCsv, scoredExamEvents } from './examGridFixture';
import { csvCell, gridCsv } from './gridCsv';

const mini: Scenario = {
  ...checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!,
  date: '2026-12-02',
};

describe('gridCsv', () => {
  it('writes UTF-8 with a BOM, `;` cells, CRLF rows, every cell quoted', () => {
    const csv = gridCsv(examGrid(gridInput(mini, scoredExamEvents('mini'))));
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:;"(?:[^"]|"")*")*$/);
  });

  it('has a row per competency, then the blocks and the final decision, read back as written', () => {
    const grid = examGrid(gridInput(mini, scoredExamEvents('mini')));
    const [header, ...rows] = parseCsv(gridCsv(grid).slice(1));
    expect(header).toEqual(['Type', 'Candidat', 'Date', 'Examen', 'Code', 'Intitulé', 'Décision', 'Détail', 'Notes du jury']);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    const competencies = rows.filter((row) => row[0] === 'compétence');
    expect(competencies.map((row) => row[4])).toEqual(grid.competencies.map((c) => c.id));
    expect(competencies.every((row) => row[1] === 'Élodie Lefèvre' && row[2] === '02/12/2026 08:59' && row[3] === EXAM_ID)).toBe(true);

    const byCode = (code: string) => rows.find((row) => row[4] === code)!;
    expect(byCode('RCD-02').slice(5)).toEqual([
      'Accueillir un appel entrant selon la charte de l’entreprise',
      'acquise',
      'acquise (voix du président)',
      'Claire Martin, 09:00:40 : acquise — Charte d’accueil respectée « Maison Test » | Paul Durand, 09:00:41 : acquise',
    ]);
    expect(byCode('RCD-05').slice(6, 8)).toEqual(['', 'à départager']);
    expect(byCode('RCD-05')[8]).toContain('Sami Benali, 09:00:43 : non acquise — =HYPERLINK("http://evil.example";"clic")');
    expect(byCode('ADM-03')[8]).toBe('Claire Martin, 09:00:50 : acquise — Corrigé après relecture');
    expect(byCode('RCD-01').slice(6)).toEqual(['', 'non évaluée', '']);

    expect(byCode('RCD').slice(0, 1)).toEqual(['bloc']);
    expect(byCode('RCD').slice(6, 8)).toEqual(['en attente', '1 / 26 acquises (seuil 22) ; 0 non acquises, 1 non observées, 24 sans décision']);
    expect(byCode('ADM')[7]).toContain('3 évaluées hors épreuve');
    const final = rows.at(-1)!;
    expect(final.slice(0, 1)).toEqual(['décision finale']);
    expect(final.slice(5)).toEqual(['Décision du président du jury', 'ajourné', 'Bloc RCD incomplet', 'Claire Martin, 2 décembre 2026 09:01']);
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe('"\'=1+1"');
    expect(csvCell('+33 6 12')).toBe('"\'+33 6 12"');
    expect(csvCell('-10 %')).toBe('"\'-10 %"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('a "b"; c')).toBe('"a ""b""; c"');
    expect(csvCell('ok = fine')).toBe('"ok = fine"');

    const log = examLog('mini');
    log.mark('u-claire', 'RCD-03', 'not-acquired', '=cmd|\' /C calc\'!A0');
    const events = log.events.map((e) => (e.type === 'exam.created' ? { ...e, payload: { ...(e.payload as object), candidateName: '@Hacker' } } : e));
    const rows = parseCsv(gridCsv(examGrid(gridInput(mini, events, false))).slice(1));
    expect(rows[1]![1]).toBe('\'@Hacker');
    expect(rows.find((row) => row[4] === 'RCD-03')![8]).toBe('Claire Martin, 09:01:40 : non acquise — =cmd|\' /C calc\'!A0');
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    expect(rows.at(-1)!.slice(6, 8)).toEqual(['', 'Aucune décision enregistrée.']);
  });
});
