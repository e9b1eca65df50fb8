import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referential } from '../competencies/referential';
import { checkScenarioText } from '../scenario/checkScenario';
import type { Scenario } from '../scenario/scenarioSchema';
import { examGrid } from './examGrid';
import { gridCompetencies, isGridCompetency } from './examGridCompetencies';
import { EXAM_ID, examLog, gridInput, SCENARIO_HASH, SESSION_ID, T0 } from './examGridFixture';

const mini: Scenario = {
  ...checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!,
  date: '2026-12-02',
};
const rcdIds = referential.competencies.filter((c) => c.block === 'RCD').map((c) => c.id);

describe('the grid’s competencies', () => {
  it('holds all 26 RCD competencies and the CRM and invoicing ones of ADM, nothing of ORG', () => {
    expect(gridCompetencies.map((c) => c.id)).toEqual([...rcdIds, 'ADM-01', 'ADM-02', 'ADM-03', 'ADM-04', 'ADM-05', 'ADM-07']);
    expect(rcdIds).toHaveLength(26);
    expect(isGridCompetency('ADM-06')).toBe(false);
    expect(isGridCompetency('ORG-01')).toBe(false);
    expect(isGridCompetency('RCD-27')).toBe(false);
  });
});

describe('examGrid', () => {
  it('names the candidate, the dates, the jury with its president, the scenario with its hash and the calls’ evidence', () => {
    const log = examLog('mini');
    log.finish();
    const grid = examGrid(gridInput(mini, log.events));
    expect(grid).toMatchObject({
      examId: EXAM_ID,
      candidate: { name: 'Élodie Lefèvre' },
      status: 'finished',
      dates: { createdAt: T0 - 300_000, joinedAt: T0 - 120_000, startedAt: T0 - 60_000, finishedAt: T0 + 60_000 },
      president: { id: 'u-claire', name: 'Claire Martin', president: true },
      scenarios: [{ index: 1, id: 'mini', title: 'Mini scénario de test', contentHash: SCENARIO_HASH, callHash: SCENARIO_HASH, sessionId: SESSION_ID, debriefed: true }],
      finalDecision: null,
      audit: [],
      ignored: [],
    });
    expect(grid.jury.map((p) => [p.name, p.president])).toEqual([['Claire Martin', true], ['Paul Durand', false], ['Sami Benali', false]]);
    // The code the candidate joined with is not part of the grid.
    expect(JSON.stringify(grid)).not.toContain('KXB-7QM');

    const greeting = grid.competencies.find((c) => c.id === 'RCD-02')!;
    expect(greeting.evidence).toEqual([
      expect.objectContaining({ sessionId: SESSION_ID, callIndex: 1, positive: true, atMs: 4000, kind: 'option', text: expect.objectContaining({ fr: '« Bonjour madame, Maison Test, Julie à votre écoute. »' }) }),
    ]);
    expect(greeting).toMatchObject({ positiveWeight: 1, negativeWeight: 0, marks: [], decision: null, resolution: 'unmarked' });
    const withEvidence = grid.competencies.filter((c) => c.evidence.length).map((c) => c.id);
    expect(withEvidence).toEqual(expect.arrayContaining(['RCD-02', 'RCD-04', 'RCD-17', 'RCD-20', 'RCD-25']));
    expect(JSON.parse(JSON.stringify(grid))).toEqual(grid);
  });

  it('keeps an unfinished call’s scenario on the grid without evidence', () => {
    const grid = examGrid(gridInput(mini, examLog('mini').events, false));
    expect(grid.status).toBe('running');
    expect(grid.scenarios[0]).toMatchObject({ sessionId: SESSION_ID, debriefed: false });
    expect(grid.competencies.every((c) => c.evidence.length === 0)).toBe(true);
  });

  it('decides by the president’s mark, else by the examiners’ agreement, else leaves it « à départager »', () => {
    const log = examLog('mini');
    // Two examiners disagree, the president has not marked it: à départager.
    log.mark('u-paul', 'RCD-05', 'acquired', 'Questions ouvertes');
    log.mark('u-sami', 'RCD-05', 'not-acquired', 'Questions fermées surtout');
    // Two examiners agree without the president.
    log.mark('u-paul', 'RCD-09', 'not-observed');
    log.mark('u-sami', 'RCD-09', 'not-observed');
    // The president overrides a disagreement.
    log.mark('u-paul', 'RCD-02', 'not-acquired');
    log.mark('u-claire', 'RCD-02', 'acquired', 'Charte respectée');
    const grid = examGrid(gridInput(mini, log.events));
    const byId = (id: string) => grid.competencies.find((c) => c.id === id)!;

    expect(byId('RCD-05')).toMatchObject({ decision: null, resolution: 'tie' });
    expect(byId('RCD-05').marks.map((m) => [m.author.name, m.decision, m.comment])).toEqual([
      ['Paul Durand', 'acquired', 'Questions ouvertes'],
      ['Sami Benali', 'not-acquired', 'Questions fermées surtout'],
    ]);
    expect(byId('RCD-09')).toMatchObject({ decision: 'not-observed', resolution: 'agreement' });
    expect(byId('RCD-02')).toMatchObject({ decision: 'acquired', resolution: 'president' });
    // Marks are listed in the jury's order, the president (creator) first, each signed and timed.
    expect(byId('RCD-02').marks.map((m) => m.author.id)).toEqual(['u-claire', 'u-paul']);
    expect(byId('RCD-02').marks[0]).toMatchObject({ at: T0 + 100_000, author: { president: true } });
  });

  it('keeps each examiner’s latest mark and every change, with the value it replaced, in the audit trail', () => {
    const log = examLog('mini');
    log.mark('u-paul', 'RCD-20', 'acquired', 'Prise de congé correcte', 100);
    log.mark('u-paul', 'RCD-20', 'not-acquired', 'En fait, pas de reformulation finale', 130);
    log.mark('u-claire', 'RCD-20', 'not-acquired', '', 140);
    log.decide('u-claire', 'ajourne', 'Bloc RCD incomplet', 200);
    log.decide('u-claire', 'admis', 'Après délibération', 260);
    const grid = examGrid(gridInput(mini, log.events));

    expect(grid.competencies.find((c) => c.id === 'RCD-20')!.marks.map((m) => [m.author.id, m.decision, m.comment])).toEqual([
      ['u-claire', 'not-acquired', ''],
      ['u-paul', 'not-acquired', 'En fait, pas de reformulation finale'],
    ]);
    expect(grid.audit.map((a) => [a.kind, a.author.id, a.competency, a.decision, a.previous?.decision ?? null, a.at - T0])).toEqual([
      ['mark', 'u-paul', 'RCD-20', 'acquired', null, 100_000],
      ['mark', 'u-paul', 'RCD-20', 'not-acquired', 'acquired', 130_000],
      ['mark', 'u-claire', 'RCD-20', 'not-acquired', null, 140_000],
      ['decision', 'u-claire', null, 'ajourne', null, 200_000],
      ['decision', 'u-claire', null, 'admis', 'ajourne', 260_000],
    ]);
    expect(grid.audit[1]!.previous).toEqual({ decision: 'acquired', comment: 'Prise de congé correcte' });
    expect(grid.audit.map((a) => a.seq)).toEqual([...grid.audit.map((a) => a.seq)].sort((a, b) => a - b));
    expect(grid.finalDecision).toMatchObject({ decision: 'admis', comment: 'Après délibération', author: { name: 'Claire Martin' }, at: T0 + 260_000 });
  });

  it('ignores what the server refuses: a mark off the grid, a mark from outside the jury, a decision not by the president', () => {
    const log = examLog('mini', { president: 'u-paul' });
    log.mark('u-claire', 'ADM-06', 'acquired');
    log.mark('u-claire', 'ORG-01', 'acquired');
    log.mark('u-intruder', 'RCD-01', 'acquired');
    log.mark('u-claire', 'RCD-01', 'maybe' as never);
    log.decide('u-claire', 'admis');
    log.mark('u-claire', 'ADM-03', 'acquired', 'Facture juste');
    const grid = examGrid(gridInput(mini, log.events));

    expect(grid.ignored.map((i) => i.reason)).toEqual(['outside-grid', 'outside-grid', 'not-in-jury', 'invalid-payload', 'not-president']);
    expect(grid.finalDecision).toBeNull();
    expect(grid.competencies.some((c) => c.id === 'ADM-06' || c.id === 'ORG-01')).toBe(false);
    expect(grid.competencies.find((c) => c.id === 'RCD-01')).toMatchObject({ marks: [], resolution: 'unmarked' });
    // The one accepted mark is a non-president's, alone: the jury's agreement.
    expect(grid.competencies.find((c) => c.id === 'ADM-03')).toMatchObject({ decision: 'acquired', resolution: 'agreement' });
    expect(grid.audit.map((a) => a.competency)).toEqual(['ADM-03']);
    expect(grid.president).toMatchObject({ id: 'u-paul', name: 'Paul Durand' });
  });

  it('counts the blocks live: acquired against the threshold, not-observed apart, ADM partly assessed elsewhere', () => {
    const log = examLog('mini');
    const blocks = () => Object.fromEntries(examGrid(gridInput(mini, log.events, false)).blocks.map((b) => [b.id, b]));

    expect(Object.keys(blocks())).toEqual(['RCD', 'ADM']);
    expect(blocks().RCD).toMatchObject({ total: 26, onGrid: 26, threshold: 22, acquired: 0, notAcquired: 0, notObserved: 0, undecided: 26, assessedElsewhere: 0, status: 'open' });
    expect(blocks().ADM).toMatchObject({ total: 9, onGrid: 6, threshold: 7, undecided: 6, assessedElsewhere: 3, status: 'open' });

    rcdIds.slice(0, 21).forEach((id) => log.mark('u-claire', id, 'acquired'));
    log.mark('u-claire', 'RCD-22', 'not-observed');
    log.mark('u-claire', 'RCD-23', 'not-observed');
    log.mark('u-claire', 'RCD-24', 'not-acquired');
    // 21 acquired, 2 not observed, 1 not acquired, 2 undecided: 22 is still reachable.
    expect(blocks().RCD).toMatchObject({ acquired: 21, notObserved: 2, notAcquired: 1, undecided: 2, status: 'open' });
    log.mark('u-paul', 'RCD-25', 'acquired');
    log.mark('u-sami', 'RCD-25', 'not-acquired');
    // A tie stays undecided: not counted as acquired.
    expect(blocks().RCD).toMatchObject({ acquired: 21, undecided: 2, status: 'open' });
    log.mark('u-claire', 'RCD-26', 'not-observed');
    log.mark('u-claire', 'RCD-25', 'not-acquired');
    // Not observed is not acquired: 21 of 26 against 22, nothing left to decide.
    expect(blocks().RCD).toMatchObject({ acquired: 21, notObserved: 3, notAcquired: 2, undecided: 0, status: 'not-validated' });
    log.mark('u-claire', 'RCD-26', 'acquired');
    expect(blocks().RCD).toMatchObject({ acquired: 22, status: 'validated' });

    // ADM: six on the grid cannot reach 7 of 9 alone; three not acquired here leave it out of reach.
    ['ADM-01', 'ADM-02', 'ADM-03', 'ADM-04', 'ADM-05', 'ADM-07'].forEach((id) => log.mark('u-claire', id, 'acquired'));
    expect(blocks().ADM).toMatchObject({ acquired: 6, status: 'open' });
    ['ADM-01', 'ADM-02', 'ADM-03'].forEach((id) => log.mark('u-claire', id, 'not-observed'));
    expect(blocks().ADM).toMatchObject({ acquired: 3, notObserved: 3, status: 'not-validated' });
  });

  it('refuses events that are not an exam’s', () => {
    expect(() => examGrid({ examEvents: [], users: [], calls: [] })).toThrow(/exam.created/);
  });
});
