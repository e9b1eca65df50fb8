import type { BlockId, LocalizedText } from '../competencies/referential';
import type { LegalRuleId } from '../law/legalRules';
import type { PracticeMode } from '../protocol/callProtocol';
import type { EvidenceSourceKind } from '../scenario/compileScenario';
import type { Category, Direction, Outcome } from '../scenario/scenarioSchema';
import type { VoiceMetrics } from '../voice/voiceMetrics';

/** Where a piece of evidence of the debrief comes from: the scenario's machine, a voice or timing metric, or after-call work. */
export type DebriefSourceKind = EvidenceSourceKind | 'metric' | 'after-call';

export interface DebriefEvidence {
  competency: string;
  positive: boolean;
  weight: number;
  blocker: boolean;
  note: LocalizedText | null;
  /** Ms from the connection (negative: before it, e.g. preparing an outbound call); null when unknown. */
  atMs: number | null;
  source: {
    kind: DebriefSourceKind;
    step: string | null;
    ref: string;
    /** Readable: the chosen words, the CRM action's summary, the law rule, the event, the metric. */
    text: LocalizedText;
  };
}

export interface DebriefCompetency {
  id: string;
  block: BlockId;
  title: LocalizedText;
  evidence: DebriefEvidence[];
  /** Summed weights of the positive and negative evidence. */
  positiveWeight: number;
  negativeWeight: number;
  blocker: boolean;
}

export interface DebriefFinding {
  rule: LegalRuleId;
  title: LocalizedText;
  ok: boolean;
  blocker: boolean;
  competency: string;
  reference: string;
  message: LocalizedText;
}

/** A « fiche pratique » of the certification: four parts the candidate edits and keeps. */
export interface FicheDraft {
  situation: string;
  actions: string;
  result: string;
  analysis: string;
}

export interface Debrief {
  format: 1;
  sessionId: string;
  scenario: { id: string; title: string; category: Category; direction: Direction; difficulty: number; targetDurationMs: number | null };
  mode: PracticeMode;
  times: { createdAt: string; connectedAt: string | null; endedAt: string | null; durationMs: number | null };
  ending: { id: string; outcome: Outcome; outcomeLabel: LocalizedText; title: LocalizedText; summary: LocalizedText | null } | null;
  verdict: { passed: boolean; blockers: DebriefEvidence[]; text: LocalizedText };
  /** The competencies this call produced evidence for, sorted by id. */
  competencies: DebriefCompetency[];
  compliance: { outbound: boolean; findings: DebriefFinding[] };
  voice: VoiceMetrics;
  coverage: {
    /** RCD competencies this scenario can make observable (its choices, timers, endings, law checks), plus the metric ones. */
    scenarioRcd: string[];
    /** RCD competencies this call produced evidence for. */
    observedRcd: string[];
    total: number;
    threshold: number;
    statement: LocalizedText;
  };
  fiche: { fr: FicheDraft; en: FicheDraft };
}
