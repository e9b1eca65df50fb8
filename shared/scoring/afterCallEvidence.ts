import type { EvidenceRecord } from '../scenario/compileScenario';
import type { SessionActionRecord } from '../session/practiceSession';
import type { DebriefEvidence } from './debriefTypes';

/** The call-note competency: « Rédiger la note d’appel dans le CRM » (RCD-25). */
export const CALL_NOTE_COMPETENCY = 'RCD-25';

export interface AfterCallInput {
  actions: readonly SessionActionRecord[];
  /** The scenario machine's evidence: a note it already scored is not scored twice. */
  evidence: readonly EvidenceRecord[];
  /** When the line closed (ms since epoch); the machine has stopped listening to the CRM by then. */
  endedAt: number | null;
  connectedAt: number | null;
  /** The candidate closed the after-call work (wrapUp.finish): only then is a missing note a gap. */
  wrapUpFinished: boolean;
  /** The scenario expects a call note (RCD-25 among its competencies). */
  noteExpected: boolean;
}

/**
 * After-call work counts: a call note written once the call ended (during wrap-up, where the
 * scenario's machine no longer hears the CRM) is evidence for RCD-25; when the scenario expects a
 * note and the wrap-up closed with none written at all, that is evidence against it.
 */
export function afterCallEvidence(input: AfterCallInput): DebriefEvidence[] {
  if (input.evidence.some((e) => e.competency === CALL_NOTE_COMPETENCY)) return [];
  const notes = input.actions.filter((a) => a.action.facts.some((f) => f.verb === 'created' && f.entity === 'note'));
  const afterCall = notes.find((a) => input.endedAt !== null && Date.parse(a.at) >= input.endedAt);
  const rel = (at: number) => (input.connectedAt === null ? null : at - input.connectedAt);
  if (afterCall) {
    return [
      {
        competency: CALL_NOTE_COMPETENCY,
        positive: true,
        weight: 1,
        blocker: false,
        note: { fr: 'Note rédigée pendant le travail après appel', en: 'Note written during the after-call work' },
        atMs: rel(Date.parse(afterCall.at)),
        source: { kind: 'after-call', step: null, ref: 'note', text: afterCall.action.summary },
      },
    ];
  }
  if (notes.length === 0 && input.noteExpected && input.wrapUpFinished) {
    return [
      {
        competency: CALL_NOTE_COMPETENCY,
        positive: false,
        weight: 1,
        blocker: false,
        note: null,
        atMs: null,
        source: {
          kind: 'after-call',
          step: null,
          ref: 'note',
          text: { fr: 'Aucune note d’appel rédigée dans le CRM', en: 'No call note written in the CRM' },
        },
      },
    ];
  }
  return [];
}
