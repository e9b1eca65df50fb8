import type { LocalizedText } from '../competencies/referential';
import type { DebriefSourceKind } from './debriefTypes';

/** What produced a piece of evidence, as the debrief names it beside its readable source. */
export const sourceKindLabels = {
  option: { fr: 'Réponse', en: 'Answer' },
  otherwise: { fr: 'Réponse sans l’action requise', en: 'Answer without the required action' },
  dial: { fr: 'Numérotation', en: 'Dialling' },
  law: { fr: 'Règle de droit', en: 'Legal rule' },
  crm: { fr: 'Action CRM', en: 'CRM action' },
  'customer-event': { fr: 'Réaction du client', en: 'Customer reaction' },
  timer: { fr: 'Minuteur', en: 'Timer' },
  'hang-up': { fr: 'Raccroché', en: 'Hang-up' },
  transfer: { fr: 'Transfert', en: 'Transfer' },
  ending: { fr: 'Fin de l’appel', en: 'End of the call' },
  metric: { fr: 'Mesure de la voix ou du temps', en: 'Voice or timing metric' },
  'after-call': { fr: 'Travail après appel', en: 'After-call work' },
} as const satisfies Record<DebriefSourceKind, LocalizedText>;

/** A time in the call, from the connection: "1:05", "0:07", "-0:12" before it; "—" when unknown. */
export function formatCallTime(ms: number | null): string {
  if (ms === null) return '—';
  const sign = ms < 0 ? '-' : '';
  const total = Math.round(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
