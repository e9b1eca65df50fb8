import type { Language } from '../scenario/localizedText';
import { textIn } from '../scenario/localizedText';
import type { Utterance } from '../scenario/compileScenario';
import type { Scenario } from '../scenario/scenarioSchema';
import type { SessionActionRecord } from '../session/practiceSession';
import type { DebriefCompetency, FicheDraft } from './debriefTypes';

export interface FicheInput {
  scenario: Scenario;
  transcript: readonly Utterance[];
  actions: readonly SessionActionRecord[];
  ending: { title: { fr: string; en: string }; outcomeLabel: { fr: string; en: string }; summary: { fr: string; en: string } | null } | null;
  competencies: readonly DebriefCompetency[];
  passed: boolean;
  blockerNotes: readonly { fr: string; en: string }[];
}

const words = {
  fr: {
    call: { inbound: 'Appel entrant', outbound: 'Appel sortant' },
    said: 'J’ai dit',
    crm: 'Dans le CRM',
    noAction: 'Aucune réponse choisie ni action dans le CRM.',
    ending: 'Fin de l’appel',
    unfinished: 'L’appel n’est pas allé jusqu’à une fin.',
    strengths: 'Points forts',
    gaps: 'À travailler',
    blockers: 'Point bloquant (conformité)',
    none: 'aucun relevé',
    passed: 'L’appel est recevable : aucune faute bloquante.',
    failed: 'L’appel n’est pas recevable en l’état.',
    improve: 'Ce que je ferais autrement : …',
  },
  en: {
    call: { inbound: 'Inbound call', outbound: 'Outbound call' },
    said: 'I said',
    crm: 'In the CRM',
    noAction: 'No answer chosen and no CRM action.',
    ending: 'End of the call',
    unfinished: 'The call did not reach an ending.',
    strengths: 'Strengths',
    gaps: 'To work on',
    blockers: 'Blocking point (compliance)',
    none: 'none recorded',
    passed: 'The call stands: no blocking fault.',
    failed: 'The call does not stand as it is.',
    improve: 'What I would do differently: …',
  },
} as const;

/**
 * A draft « fiche pratique » (situation, actions, result, analysis) prefilled from the briefing,
 * the candidate's answers and CRM writes, the ending and the evidence. Only what the candidate
 * could see goes in: never the examiner's notes.
 */
export function ficheDraft(input: FicheInput, language: Language): FicheDraft {
  const w = words[language];
  const { scenario } = input;
  const colon = language === 'fr' ? ' : ' : ': ';
  const quote = (text: string) => (language === 'fr' ? `« ${text} »` : `“${text}”`);
  const situation = [`${w.call[scenario.direction]} — ${scenario.title}`, textIn(scenario.briefing, language).trim()].join('\n\n');

  const said = input.transcript.filter((u) => u.by === 'candidate').map((u) => `- ${w.said}${colon}${quote(textIn(u.text, language))}`);
  const writes = input.actions
    .filter((a) => a.action.kind === 'write' && a.action.status < 300)
    .map((a) => `- ${w.crm}${colon}${a.action.summary[language]}`);
  const actions = [...said, ...writes].join('\n') || w.noAction;

  const result = input.ending
    ? [`${w.ending}${colon}${input.ending.title[language]}${input.ending.title[language] === input.ending.outcomeLabel[language] ? '' : ` (${input.ending.outcomeLabel[language]})`}.`, input.ending.summary?.[language] ?? ''].filter(Boolean).join('\n')
    : w.unfinished;

  const titles = (positive: boolean) =>
    input.competencies
      .filter((c) => (positive ? c.positiveWeight > c.negativeWeight : c.negativeWeight >= c.positiveWeight && c.negativeWeight > 0))
      .map((c) => `${c.id} ${c.title[language]}`);
  const strengths = titles(true);
  const gaps = titles(false);
  const analysis = [
    input.passed ? w.passed : w.failed,
    `${w.strengths}${colon}${strengths.join(' ; ') || w.none}.`,
    `${w.gaps}${colon}${gaps.join(' ; ') || w.none}.`,
    ...input.blockerNotes.map((note) => `${w.blockers}${colon}${note[language]}`),
    w.improve,
  ].join('\n');

  return { situation, actions, result, analysis };
}
