import type { BlockId, LocalizedText } from '../competencies/referential';
import type { CustomerMode, ExamStatus, FinalDecision, MarkDecision } from '../protocol/examProtocol';
import type { DebriefSourceKind } from '../scoring/debriefTypes';

/** A member of the jury (or an author the users list no longer knows: its name is its id). */
export interface GridPerson {
  id: string;
  name: string;
  president: boolean;
}

export interface GridScenario {
  /** 1-based order in the exam. */
  index: number;
  id: string;
  title: string;
  /** sha256 hex of the scenario's content when the exam was created (the call's own when it differs is `callHash`). */
  contentHash: string | null;
  callHash: string | null;
  sessionId: string | null;
  openedAt: number | null;
  /** Whether the call is over and its evidence is on the grid. */
  debriefed: boolean;
}

/** A piece of evidence the calls suggest for a competency (never a decision by itself). */
export interface GridEvidence {
  sessionId: string;
  callIndex: number;
  scenarioTitle: string;
  positive: boolean;
  weight: number;
  blocker: boolean;
  /** Ms from the call's connection; null when unknown. */
  atMs: number | null;
  kind: DebriefSourceKind;
  text: LocalizedText;
  note: LocalizedText | null;
}

/** An examiner's latest mark on a competency: signed by its author, at the time the server stored it. */
export interface GridMark {
  seq: number;
  author: GridPerson;
  decision: MarkDecision;
  comment: string;
  at: number;
}

/**
 * How a competency's decision was reached:
 * - `president`: the president's mark (casting vote, « voix prépondérante »);
 * - `agreement`: the president has not marked it and every examiner who did agrees;
 * - `tie`: the president has not marked it and the examiners disagree (« à départager »);
 * - `unmarked`: nobody has marked it yet.
 */
export type GridResolution = 'president' | 'agreement' | 'tie' | 'unmarked';

export interface GridCompetency {
  id: string;
  block: BlockId;
  title: LocalizedText;
  evidence: GridEvidence[];
  positiveWeight: number;
  negativeWeight: number;
  /** Latest mark of each examiner who marked it, in the jury's order. */
  marks: GridMark[];
  /** The resulting decision; null while `unmarked` or `tie`. */
  decision: MarkDecision | null;
  resolution: GridResolution;
}

/**
 * - `validated`: enough competencies acquired;
 * - `not-validated`: even if every undecided competency (and every one assessed outside this exam) were acquired, too few;
 * - `open`: it depends on what is not decided yet, or assessed elsewhere.
 */
export type GridBlockStatus = 'validated' | 'not-validated' | 'open';

export interface GridBlock {
  id: BlockId;
  title: LocalizedText;
  /** Competencies in the block (26, 9 …) and how many are on this grid. */
  total: number;
  onGrid: number;
  threshold: number;
  acquired: number;
  notAcquired: number;
  /** Decided « not observed »: not acquired, counted apart so the jury sees why. */
  notObserved: number;
  /** On the grid, unmarked or awaiting the president (« à départager »). */
  undecided: number;
  /** In the block but assessed outside this exam (practice sheets, tutor). */
  assessedElsewhere: number;
  status: GridBlockStatus;
}

export interface GridFinalDecision {
  seq: number;
  decision: FinalDecision;
  comment: string;
  author: GridPerson;
  at: number;
}

/** One change to the grid, in the order the server stored it, with the value it replaced. */
export interface GridAuditEntry {
  seq: number;
  at: number;
  author: GridPerson;
  kind: 'mark' | 'decision';
  /** The competency for a mark; null for the final decision. */
  competency: string | null;
  decision: MarkDecision | FinalDecision;
  comment: string;
  /** The same author's previous mark on this competency, or the previous final decision; null the first time. */
  previous: { decision: MarkDecision | FinalDecision; comment: string } | null;
}

/** A stored event the fold did not apply (the server refuses these; a grid never counts them). */
export interface GridIgnoredEvent {
  seq: number;
  type: string;
  reason: 'invalid-payload' | 'outside-grid' | 'not-in-jury' | 'not-president';
}

export interface ExamGrid {
  format: 1;
  examId: string;
  candidate: { name: string };
  status: ExamStatus;
  customerMode: CustomerMode;
  timeFactor: number;
  /** Epoch ms of the exam's events. */
  dates: { createdAt: number; joinedAt: number | null; startedAt: number | null; finishedAt: number | null };
  /** The creator, then the other examiners; the president is flagged. */
  jury: GridPerson[];
  president: GridPerson;
  scenarios: GridScenario[];
  competencies: GridCompetency[];
  blocks: GridBlock[];
  finalDecision: GridFinalDecision | null;
  audit: GridAuditEntry[];
  ignored: GridIgnoredEvent[];
}
