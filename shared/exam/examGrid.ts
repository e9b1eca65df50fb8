import { z } from 'zod';
import { referential } from '../competencies/referential';
import type { LoggedEvent, PublicUser } from '../protocol/examProtocol';
import { customerModes, finalDecisions, markDecisions } from '../protocol/examProtocol';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Debrief } from '../scoring/debriefTypes';
import { gridBlockIds, gridCompetencies, isGridCompetency } from './examGridCompetencies';
import type {
  ExamGrid,
  GridAuditEntry,
  GridBlock,
  GridCompetency,
  GridEvidence,
  GridFinalDecision,
  GridIgnoredEvent,
  GridMark,
  GridPerson,
  GridScenario,
} from './examGridTypes';

export type * from './examGridTypes';

export interface ExamGridCall {
  sessionId: string;
  scenario: Pick<Scenario, 'id' | 'title'>;
  scenarioHash: string | null;
  /** The call's debrief once it is over (debriefSession of its replayed session), else null. */
  debrief: Debrief | null;
}

export interface ExamGridInput {
  /** The exam's own events (stored under the exam id), in order. */
  examEvents: readonly LoggedEvent[];
  /** To name the jury and the authors. */
  users: readonly PublicUser[];
  calls: readonly ExamGridCall[];
}

// Stored payloads, read leniently: the server wrote them after validating them.
const createdPayload = z.object({
  candidateName: z.string(),
  scenarioIds: z.array(z.string()),
  customerMode: z.enum(customerModes),
  timeFactor: z.number().default(1),
  jury: z.array(z.string()).default([]),
  createdBy: z.string(),
  president: z.string().optional(),
  scenarioHashes: z.record(z.string(), z.string()).default({}),
});
const callOpenedPayload = z.object({ sessionId: z.string(), scenarioId: z.string() });
const markPayload = z.object({ competency: z.string(), decision: z.enum(markDecisions), comment: z.string().default('') });
const decisionPayload = z.object({ decision: z.enum(finalDecisions), comment: z.string().default('') });

/**
 * The jury's grid, a pure fold of the exam's events and its calls' debriefs: candidate, dates,
 * jury, scenarios with their content hash, each competency of the grid (examGridCompetencies.ts)
 * with the evidence the calls suggest, every examiner's latest mark and the resulting decision,
 * the block results so far, the president's final decision and the audit trail.
 *
 * Decision rule per competency: the president's latest mark when there is one (casting vote);
 * otherwise, when every examiner who marked it agrees, their decision; otherwise « à départager »
 * (no decision). A mark from outside the jury, on a competency off the grid, or a final decision
 * not recorded by the president is ignored (listed in `ignored`): the server refuses them.
 */
export function examGrid(input: ExamGridInput): ExamGrid {
  const created = input.examEvents.find((event) => event.type === 'exam.created');
  if (!created) throw new Error('examGrid: the events hold no exam.created');
  const exam = createdPayload.parse(created.payload);
  const names = new Map(input.users.map((user) => [user.id, user.name]));
  const presidentId = exam.president ?? exam.createdBy;
  const juryIds = [...new Set([exam.createdBy, ...exam.jury, presidentId])];
  const person = (id: string | null): GridPerson => ({ id: id ?? '', name: (id && names.get(id)) || (id ?? '?'), president: id === presidentId });
  const jury = juryIds.map(person);

  const dates: ExamGrid['dates'] = { createdAt: created.at, joinedAt: null, startedAt: null, finishedAt: null };
  const opened: { scenarioId: string; sessionId: string; at: number }[] = [];
  const latest = new Map<string, Map<string, GridMark>>();
  const audit: GridAuditEntry[] = [];
  const ignored: GridIgnoredEvent[] = [];
  let finalDecision: GridFinalDecision | null = null;
  const ignore = (event: LoggedEvent, reason: GridIgnoredEvent['reason']) => ignored.push({ seq: event.seq, type: event.type, reason });

  for (const event of input.examEvents) {
    switch (event.type) {
      case 'exam.candidateJoined':
        dates.joinedAt ??= event.at;
        break;
      case 'exam.started':
        dates.startedAt ??= event.at;
        break;
      case 'exam.finished':
        dates.finishedAt ??= event.at;
        break;
      case 'exam.callOpened': {
        const call = callOpenedPayload.safeParse(event.payload);
        if (call.success) opened.push({ scenarioId: call.data.scenarioId, sessionId: call.data.sessionId, at: event.at });
        else ignore(event, 'invalid-payload');
        break;
      }
      case 'mark.set': {
        const mark = markPayload.safeParse(event.payload);
        if (!mark.success) ignore(event, 'invalid-payload');
        else if (!isGridCompetency(mark.data.competency)) ignore(event, 'outside-grid');
        else if (event.author === null || !juryIds.includes(event.author)) ignore(event, 'not-in-jury');
        else {
          const byAuthor = latest.get(mark.data.competency) ?? new Map<string, GridMark>();
          const previous = byAuthor.get(event.author);
          const author = person(event.author);
          byAuthor.set(event.author, { seq: event.seq, author, decision: mark.data.decision, comment: mark.data.comment, at: event.at });
          latest.set(mark.data.competency, byAuthor);
          audit.push({
            seq: event.seq,
            at: event.at,
            author,
            kind: 'mark',
            competency: mark.data.competency,
            decision: mark.data.decision,
            comment: mark.data.comment,
            previous: previous ? { decision: previous.decision, comment: previous.comment } : null,
          });
        }
        break;
      }
      case 'decision.recorded': {
        const decision = decisionPayload.safeParse(event.payload);
        if (!decision.success) ignore(event, 'invalid-payload');
        else if (event.author !== presidentId) ignore(event, 'not-president');
        else {
          const author = person(event.author);
          audit.push({
            seq: event.seq,
            at: event.at,
            author,
            kind: 'decision',
            competency: null,
            decision: decision.data.decision,
            comment: decision.data.comment,
            previous: finalDecision ? { decision: finalDecision.decision, comment: finalDecision.comment } : null,
          });
          finalDecision = { seq: event.seq, decision: decision.data.decision, comment: decision.data.comment, author, at: event.at };
        }
        break;
      }
    }
  }

  const scenarios = gridScenarios(exam, input.calls, opened);
  const evidence = gridEvidence(input.calls, scenarios);
  const juryOrder = (mark: GridMark) => juryIds.indexOf(mark.author.id);
  const competencies = gridCompetencies.map((competency): GridCompetency => {
    const items = evidence.get(competency.id) ?? [];
    const marks = [...(latest.get(competency.id)?.values() ?? [])].sort((a, b) => juryOrder(a) - juryOrder(b));
    return {
      id: competency.id,
      block: competency.block,
      title: competency.title,
      evidence: items,
      positiveWeight: items.filter((e) => e.positive).reduce((sum, e) => sum + e.weight, 0),
      negativeWeight: items.filter((e) => !e.positive).reduce((sum, e) => sum + e.weight, 0),
      marks,
      ...resolve(marks),
    };
  });

  return {
    format: 1,
    examId: created.sessionId,
    candidate: { name: exam.candidateName },
    status: dates.finishedAt !== null ? 'finished' : dates.startedAt !== null ? 'running' : 'waiting',
    customerMode: exam.customerMode,
    timeFactor: exam.timeFactor,
    dates,
    jury,
    president: person(presidentId),
    scenarios,
    competencies,
    blocks: gridBlockIds.map((id) => gridBlock(id, competencies)),
    finalDecision,
    audit,
    ignored,
  };
}

function resolve(marks: readonly GridMark[]): Pick<GridCompetency, 'decision' | 'resolution'> {
  const president = marks.find((mark) => mark.author.president);
  if (president) return { decision: president.decision, resolution: 'president' };
  const first = marks[0];
  if (!first) return { decision: null, resolution: 'unmarked' };
  if (marks.every((mark) => mark.decision === first.decision)) return { decision: first.decision, resolution: 'agreement' };
  return { decision: null, resolution: 'tie' };
}

function gridBlock(id: GridBlock['id'], competencies: readonly GridCompetency[]): GridBlock {
  const block = referential.blocks.find((candidate) => candidate.id === id)!;
  const total = referential.competencies.filter((competency) => competency.block === id).length;
  const mine = competencies.filter((competency) => competency.block === id);
  const count = (decision: GridCompetency['decision']) => mine.filter((competency) => competency.decision === decision).length;
  const acquired = count('acquired');
  const undecided = count(null);
  const assessedElsewhere = total - mine.length;
  const status = acquired >= block.threshold ? 'validated' : acquired + undecided + assessedElsewhere < block.threshold ? 'not-validated' : 'open';
  return {
    id,
    title: block.title,
    total,
    onGrid: mine.length,
    threshold: block.threshold,
    acquired,
    notAcquired: count('not-acquired'),
    notObserved: count('not-observed'),
    undecided,
    assessedElsewhere,
    status,
  };
}

/** The exam's scenarios in order, each with the call that played it when one was opened. */
function gridScenarios(
  exam: z.infer<typeof createdPayload>,
  calls: readonly ExamGridCall[],
  opened: readonly { scenarioId: string; sessionId: string; at: number }[],
): GridScenario[] {
  return exam.scenarioIds.map((id, position) => {
    // Calls open in the exam's order: the n-th call of a scenario plays its n-th occurrence.
    const occurrence = exam.scenarioIds.slice(0, position).filter((other) => other === id).length;
    const open = opened.filter((o) => o.scenarioId === id)[occurrence] ?? null;
    const call = open ? (calls.find((c) => c.sessionId === open.sessionId) ?? null) : null;
    return {
      index: position + 1,
      id,
      title: call?.scenario.title ?? calls.find((c) => c.scenario.id === id)?.scenario.title ?? id,
      contentHash: exam.scenarioHashes[id] ?? null,
      callHash: call?.scenarioHash ?? null,
      sessionId: open?.sessionId ?? null,
      openedAt: open?.at ?? null,
      debriefed: call?.debrief != null,
    };
  });
}

/** The calls' evidence on grid competencies, by competency, in call order then time. */
function gridEvidence(calls: readonly ExamGridCall[], scenarios: readonly GridScenario[]): Map<string, GridEvidence[]> {
  const byCompetency = new Map<string, GridEvidence[]>();
  calls.forEach((call, position) => {
    if (!call.debrief) return;
    const callIndex = scenarios.find((s) => s.sessionId === call.sessionId)?.index ?? position + 1;
    for (const competency of call.debrief.competencies) {
      if (!isGridCompetency(competency.id)) continue;
      const list = byCompetency.get(competency.id) ?? [];
      for (const item of competency.evidence) {
        list.push({
          sessionId: call.sessionId,
          callIndex,
          scenarioTitle: call.scenario.title,
          positive: item.positive,
          weight: item.weight,
          blocker: item.blocker,
          atMs: item.atMs,
          kind: item.source.kind,
          text: item.source.text,
          note: item.note,
        });
      }
      byCompetency.set(competency.id, list);
    }
  });
  for (const list of byCompetency.values()) list.sort((a, b) => a.callIndex - b.callIndex || (a.atMs ?? 0) - (b.atMs ?? 0));
  return byCompetency;
}
