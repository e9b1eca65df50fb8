import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../scenario/checkScenario';
import { applyCallCommand } from './applyCallCommand';
import { candidateView } from './candidateView';
import { createPracticeSession, serveCrmRequest } from './practiceSession';

const load = (file: string) => checkScenarioText(readFileSync(file, 'utf8'), file).scenario!;
const mini = load('tests/fixtures/scenarios/mini.scenario.yaml');
const forbiddenCall = load('scenarios/prospecting/appel-non-autorise.scenario.yaml');
const T0 = Date.UTC(2026, 11, 2, 8);

describe('candidateView', () => {
  it('shows a ringing call: the caller\'s number, no dialogue yet', () => {
    const view = candidateView(createPracticeSession('v-1', mini, new Date(T0)), T0 + 500);
    expect(view).toMatchObject({
      protocol: 1,
      sessionId: 'v-1',
      scenarioId: 'mini',
      direction: 'inbound',
      mode: 'guided',
      phase: 'ringing',
      serverNow: T0 + 500,
      displayedNumber: '06 12 34 56 78',
      ringingSince: T0,
      connectedAt: null,
      transcript: [],
      options: [],
      canDial: false,
      transfers: ['transport'],
      crmStatus: 'available',
      ending: null,
    });
  });

  it('gives option ids and words, and in guided mode what to do in the CRM first, until it is done', () => {
    const guided = createPracticeSession('v-2', mini, new Date(T0));
    applyCallCommand(guided, { id: 'answer-0001', type: 'call.answer' }, T0);
    expect(candidateView(guided, T0).options).toEqual([
      { id: 'charte', say: { fr: 'Bonjour madame, Maison Test, Julie à votre écoute.', en: 'Bonjour madame, Maison Test, Julie à votre écoute.' } },
      { id: '2', say: { fr: 'Oui ?', en: 'Oui ?' } },
    ]);
    applyCallCommand(guided, { id: 'choose-0001', type: 'dialogue.choose', option: 'charte' }, T0 + 1000);
    const view = candidateView(guided, T0 + 1000);
    expect(view.transcript.map((line) => [line.by, line.text.fr])).toEqual([
      ['customer', 'Bonjour, ma commande n\'est pas arrivée.'],
      ['candidate', 'Bonjour madame, Maison Test, Julie à votre écoute.'],
      ['customer', 'C\'est la commande CMD-1.'],
    ]);
    expect(view.options).toEqual([expect.objectContaining({ id: 'annonce', hint: { fr: 'Dans le CRM, d’abord : consulter la commande CMD-1.', en: 'In the CRM, first: view the order CMD-1.' } })]);
    serveCrmRequest(guided, { method: 'GET', path: '/orders/CMD-1', query: {} }, new Date(T0 + 2000));
    expect(candidateView(guided, T0 + 2000).options[0]!.hint).toBeUndefined();

    const exam = createPracticeSession('v-3', mini, new Date(T0), { mode: 'exam' });
    applyCallCommand(exam, { id: 'answer-0001', type: 'call.answer' }, T0);
    applyCallCommand(exam, { id: 'choose-0001', type: 'dialogue.choose', option: 'charte' }, T0 + 1000);
    expect(candidateView(exam, T0 + 1000).options).toEqual([{ id: 'annonce', say: { fr: 'Je regarde, elle est partie hier.', en: 'Je regarde, elle est partie hier.' } }]);
  });

  it('shows an outbound call being prepared: the step\'s hint and the law\'s warnings in guided mode, nothing of them in the exam', () => {
    const guided = candidateView(createPracticeSession('v-4', forbiddenCall, new Date(T0)), T0);
    expect(guided).toMatchObject({ phase: 'preparing', canDial: true, displayedNumber: '05 49 62 18 40', ringingSince: null });
    expect(guided.hint?.fr).toContain('Avant de composer');
    expect(guided.dialWarnings!.map((w) => w.fr)).toEqual([expect.stringMatching(/pas consenti/), expect.stringMatching(/20 h 40 à La Réunion/)]);
    expect(guided.options.find((o) => o.id === 'ne-pas-appeler')?.hint?.fr).toBe('Dans le CRM, d’abord : consulter la fiche client P-5318.');

    const exam = candidateView(createPracticeSession('v-5', forbiddenCall, new Date(T0), { mode: 'exam' }), T0);
    expect(JSON.stringify(exam)).not.toMatch(/"hint"|dialWarnings|Avant de composer/);
    expect(exam.options.map((o) => o.id)).toEqual(guided.options.map((o) => o.id));
  });
});
