import type { LocalizedText } from '../competencies/referential';
import { legalRule, legalRuleIds } from '../law/legalRules';
import type { LegalRuleId } from '../law/legalRules';
import type { EvidenceRecord } from '../scenario/compileScenario';
import { optionId } from '../scenario/compileScenario';
import { textIn } from '../scenario/localizedText';
import type { LocalizedTextInput, Scenario } from '../scenario/scenarioSchema';
import type { SessionActionRecord } from '../session/practiceSession';

const both = (text: LocalizedTextInput | undefined): LocalizedText => ({ fr: textIn(text, 'fr'), en: textIn(text, 'en') });
const quoted = (text: LocalizedText): LocalizedText => ({ fr: `« ${text.fr} »`, en: `“${text.en}”` });

const TIMER_TEXT: Record<string, LocalizedText> = {
  silence: { fr: 'Silence prolongé : le client a réagi au silence', en: 'Long silence: the customer reacted to it' },
  patience: { fr: 'Patience du client épuisée', en: 'The customer ran out of patience' },
  hold: { fr: 'Mise en attente trop longue', en: 'Kept on hold too long' },
};

/**
 * What produced a piece of the scenario's evidence, in words a candidate understands: the
 * chosen answer's words, the CRM action's summary, the law rule's title, the timer or the
 * customer's event, the hang-up, the transfer, the ending.
 */
export function evidenceSourceText(scenario: Scenario, item: EvidenceRecord, actions: readonly SessionActionRecord[]): LocalizedText {
  const { kind, step, ref } = item.source;
  const stepOf = step ? scenario.steps[step] : undefined;
  switch (kind) {
    case 'option':
    case 'otherwise': {
      const option = stepOf?.options?.find((o, i) => optionId(o, i) === ref);
      const words = option ? quoted(both(option.say)) : { fr: `Réponse ${ref}`, en: `Answer ${ref}` };
      if (kind === 'option') return words;
      const needed = (option?.requires ?? []).join(', ');
      return { fr: `${words.fr}, sans avoir fait dans le CRM : ${needed}`, en: `${words.en}, without first doing in the CRM: ${needed}` };
    }
    case 'crm': {
      const action = crmActionAt(actions, item.at);
      return action ? action.action.summary : { fr: `Action dans le CRM : ${ref}`, en: `CRM action: ${ref}` };
    }
    case 'law': {
      if (!(legalRuleIds as readonly string[]).includes(ref)) return { fr: ref, en: ref };
      const rule = legalRule(ref as LegalRuleId);
      return { fr: `${rule.title.fr} (${rule.reference})`, en: `${rule.title.en} (${rule.reference})` };
    }
    case 'timer': {
      const base = TIMER_TEXT[ref] ?? { fr: `Minuteur ${ref}`, en: `Timer ${ref}` };
      const said = stepOf?.timers?.[ref as 'silence'] || scenario.timers?.[ref as 'silence'];
      return said && said.customer !== undefined
        ? { fr: `${base.fr} (${quoted(both(said.customer)).fr})`, en: `${base.en} (${quoted(both(said.customer)).en})` }
        : base;
    }
    case 'customer-event': {
      const event = stepOf?.customer_events?.find((e) => e.id === ref);
      return event ? both(event.label) : { fr: ref, en: ref };
    }
    case 'hang-up':
      return { fr: 'Le candidat a raccroché', en: 'The candidate hung up' };
    case 'transfer': {
      const transfer = scenario.transfers?.find((t) => t.service === ref);
      const label = transfer ? both(transfer.label) : { fr: ref, en: ref };
      return { fr: `Transfert : ${label.fr}`, en: `Transfer: ${label.en}` };
    }
    case 'dial':
      return { fr: 'Numérotation de l’appel sortant', en: 'Dialling the outbound call' };
    case 'ending': {
      const ending = scenario.endings[ref];
      const title = ending?.title !== undefined ? both(ending.title) : { fr: ref, en: ref };
      return { fr: `Fin de l’appel : ${title.fr}`, en: `End of the call: ${title.en}` };
    }
  }
}

/** The CRM action served at `at` (ms): serveCrmRequest stamps the action and the scenario's event with the same instant. */
function crmActionAt(actions: readonly SessionActionRecord[], at: number | undefined): SessionActionRecord | undefined {
  if (at === undefined) return undefined;
  return actions.find((a) => Date.parse(a.at) === at && a.action.facts.length > 0);
}
