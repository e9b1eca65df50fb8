import type { Bilingual, CallCommand } from '../../../shared/protocol/callProtocol';
import type { LoggedEvent } from '../../../shared/protocol/examProtocol';
import type { SessionActionRecord } from '../../../shared/session/practiceSession';

export type TimelineKind = 'call' | 'voice' | 'crm' | 'customer';

export interface TimelineEntry {
  key: string;
  at: number;
  callNumber: number;
  kind: TimelineKind;
  text: Bilingual;
  /** A refused CRM request. */
  refused: boolean;
}

const commandTexts: Record<Exclude<CallCommand['type'], 'voice.speechStart' | 'voice.speechEnd' | 'call.dial' | 'call.transfer' | 'dialogue.choose'>, Bilingual> = {
  'call.answer': { fr: 'Décroche', en: 'Answers' },
  'call.hold': { fr: 'Met en attente', en: 'Puts on hold' },
  'call.resume': { fr: 'Reprend l’appel', en: 'Resumes the call' },
  'call.mute': { fr: 'Coupe son micro', en: 'Mutes' },
  'call.unmute': { fr: 'Rétablit son micro', en: 'Unmutes' },
  'call.hangUp': { fr: 'Raccroche', en: 'Hangs up' },
  'wrapUp.finish': { fr: 'Termine l’après-appel', en: 'Finishes after-call work' },
};

/**
 * Every candidate action and voice segment of the exam's calls, oldest first: call commands,
 * CRM requests (with the CRM's own summary), the customer played by the examiner, and each
 * stretch of the candidate's speech as one entry at its end.
 */
export function timelineEntries(calls: readonly { callNumber: number; events: readonly LoggedEvent[]; actions: readonly SessionActionRecord[] }[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { callNumber, events, actions } of calls) {
    let speechStart: number | null = null;
    let crmIndex = 0;
    for (const event of events) {
      const base = { key: `${event.sessionId}:${event.sessionSeq}`, at: event.at, callNumber, refused: false };
      if (event.type === 'crm.request') {
        const record = actions[crmIndex++];
        const request = event.payload as { method?: string; path?: string };
        const fallback = `${request.method ?? ''} ${request.path ?? ''}`.trim();
        entries.push({ ...base, kind: 'crm', text: record?.action.summary ?? { fr: fallback, en: fallback }, refused: (record?.action.status ?? 200) >= 400 });
      } else if (event.type === 'customer.trigger') {
        const name = (event.payload as { event?: string }).event ?? '?';
        entries.push({ ...base, kind: 'customer', text: { fr: `Client (examinateur) : ${name}`, en: `Customer (examiner): ${name}` } });
      } else if (event.type === 'call.command') {
        const command = (event.payload as { command: CallCommand }).command;
        const at = event.at;
        if (command.type === 'voice.speechStart') {
          speechStart = at;
          continue;
        }
        if (command.type === 'voice.speechEnd') {
          const seconds = speechStart === null ? null : Math.max(0, (at - speechStart) / 1000);
          speechStart = null;
          const fr = seconds === null ? 'Parole du candidat' : `Parole du candidat (${seconds.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s)`;
          const en = seconds === null ? 'Candidate speaks' : `Candidate speaks (${seconds.toFixed(1)} s)`;
          entries.push({ ...base, kind: 'voice', text: { fr, en } });
          continue;
        }
        entries.push({ ...base, kind: 'call', text: commandText(command) });
      }
    }
  }
  return entries.sort((a, b) => a.at - b.at);
}

function commandText(command: CallCommand): Bilingual {
  switch (command.type) {
    case 'call.dial':
      return { fr: `Compose le ${command.number}`, en: `Dials ${command.number}` };
    case 'call.transfer':
      return { fr: `Transfère vers ${command.service}`, en: `Transfers to ${command.service}` };
    case 'dialogue.choose':
      return { fr: `Répond : ${command.option}`, en: `Answers: ${command.option}` };
    case 'voice.speechStart':
    case 'voice.speechEnd':
      return { fr: 'Voix', en: 'Voice' };
    default:
      return commandTexts[command.type];
  }
}
