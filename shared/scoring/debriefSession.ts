import { competencyById } from '../competencies/competencyById';
import type { LocalizedText } from '../competencies/referential';
import { referential } from '../competencies/referential';
import { legalRule } from '../law/legalRules';
import type { PracticeMode } from '../protocol/callProtocol';
import { callFindings } from '../scenario/callFindings';
import type { ScenarioOutput } from '../scenario/compileScenario';
import { parseDuration } from '../scenario/durations';
import { textIn } from '../scenario/localizedText';
import { resolveTimers } from '../scenario/resolveTimers';
import { scenarioCoverage } from '../scenario/scenarioCoverage';
import type { Scenario } from '../scenario/scenarioSchema';
import type { CallLogEntry } from '../session/callLog';
import type { CallState, PracticeSession } from '../session/practiceSession';
import { voiceMetrics } from '../voice/voiceMetrics';
import { afterCallEvidence, CALL_NOTE_COMPETENCY } from './afterCallEvidence';
import { callVerdict } from './callVerdict';
import type { Debrief, DebriefCompetency, DebriefEvidence } from './debriefTypes';
import { evidenceSourceText } from './evidenceSourceText';
import { ficheDraft } from './ficheDraft';
import { metricEvidence } from './metricEvidence';
import { outcomeLabels } from './outcomeLabels';

export type { Debrief, DebriefCompetency, DebriefEvidence, DebriefFinding, FicheDraft } from './debriefTypes';

/** What the debrief reads of a session: its logs (the call's state, log and mode may be missing on older sessions). */
export type DebriefSource = Pick<PracticeSession, 'id' | 'scenario' | 'run' | 'actions' | 'createdAt'> & {
  readonly callLog?: readonly CallLogEntry[];
  readonly mode?: PracticeMode;
  readonly call?: Pick<CallState, 'phase' | 'connectedAt' | 'endedAt' | 'wrapUpEndsAt'>;
};

/** The competencies only a metric of the call can make observable (see metricEvidence). */
const METRIC_COMPETENCIES = ['RCD-06', 'RCD-21', 'RCD-22'];

/**
 * The debrief exists once the call is over, after-call work included: the wrap-up closed (by
 * the candidate, or its time ran out by `now`). Without a call state, once the scenario ended.
 */
export function isCallFinished(session: Pick<DebriefSource, 'run' | 'call'>, now: number): boolean {
  const { call } = session;
  if (!call) return session.run.done;
  return call.phase === 'ended' || (call.phase === 'wrap-up' && call.wrapUpEndsAt !== null && now >= call.wrapUpEndsAt);
}

/**
 * The debrief of a finished practice call, a pure and JSON-serialisable function of the
 * session's logs: verdict, the evidence per competency with its time and readable source
 * (scenario choices, CRM actions, law, timers, voice metrics, after-call work), compliance
 * findings, voice metrics with their timeline, what the scenario covers of the 26 RCD
 * competencies, and a draft « fiche pratique » in French and English.
 */
export function debriefSession(session: DebriefSource): Debrief {
  const { scenario, run } = session;
  const callLog = session.callLog ?? [];
  const context = run.snapshot.context;
  const output = run.done ? (run.snapshot.output as ScenarioOutput | undefined) : undefined;
  const { connectedAt, endedAt } = callSpan(session, callLog);
  const targetDurationMs = parseDuration(scenario.duration);
  const rel = (at: number | undefined) => (at === undefined || connectedAt === null ? null : at - connectedAt);

  const voice = voiceMetrics({
    transcript: context.transcript,
    callLog,
    connectedAt,
    endedAt,
    silenceThresholdMs: silenceThreshold(scenario),
    silenceTimerFiredAt: run.log.filter((e) => e.event.type === 'timer.silenceElapsed').map((e) => e.at),
  });

  const fromScenario: DebriefEvidence[] = context.evidence.map((item) => ({
    competency: item.competency,
    positive: item.positive,
    weight: item.weight,
    blocker: item.blocker,
    note: item.note === undefined ? null : { fr: textIn(item.note, 'fr'), en: textIn(item.note, 'en') },
    atMs: rel(item.at),
    source: { ...item.source, text: evidenceSourceText(scenario, item, session.actions) },
  }));
  const evidence = [
    ...fromScenario,
    ...metricEvidence(voice, targetDurationMs),
    ...afterCallEvidence({
      actions: session.actions,
      evidence: context.evidence,
      endedAt,
      connectedAt,
      wrapUpFinished: session.call ? session.call.phase === 'ended' : callLog.some((e) => e.command.type === 'wrapUp.finish'),
      noteExpected: scenario.competencies.includes(CALL_NOTE_COMPETENCY),
    }),
  ];
  const competencies = groupByCompetency(evidence);

  const verdict = callVerdict(context, output);
  const blockers = fromScenario.filter((e) => e.blocker && !e.positive);
  const ending = output
    ? {
        id: output.ending,
        outcome: output.outcome,
        outcomeLabel: outcomeLabels[output.outcome],
        title: localized(scenario.endings[output.ending]?.title) ?? outcomeLabels[output.outcome],
        summary: localized(scenario.endings[output.ending]?.summary),
      }
    : null;

  const observedRcd = competencies.filter((c) => c.block === 'RCD').map((c) => c.id);
  const coverage = scenarioCoverage([scenario]).competencies;
  const scenarioRcd = referential.competencies
    .filter((c) => c.block === 'RCD' && ((coverage[c.id]?.length ?? 0) > 0 || METRIC_COMPETENCIES.includes(c.id) || observedRcd.includes(c.id)))
    .map((c) => c.id);
  const rcd = referential.blocks.find((b) => b.id === 'RCD')!;
  const rcdTotal = referential.competencies.filter((c) => c.block === 'RCD').length;

  const ficheInput = {
    scenario,
    transcript: context.transcript,
    actions: session.actions,
    ending,
    competencies,
    passed: verdict.passed,
    blockerNotes: blockers.map((b) => b.note ?? b.source.text),
  };
  return {
    format: 1,
    sessionId: session.id,
    scenario: {
      id: scenario.id,
      title: scenario.title,
      category: scenario.category,
      direction: scenario.direction,
      difficulty: scenario.difficulty,
      targetDurationMs,
    },
    mode: session.mode ?? 'guided',
    times: {
      createdAt: session.createdAt,
      connectedAt: connectedAt === null ? null : new Date(connectedAt).toISOString(),
      endedAt: endedAt === null ? null : new Date(endedAt).toISOString(),
      durationMs: voice.durationMs,
    },
    ending,
    verdict: { passed: verdict.passed, blockers, text: verdictText(verdict.passed, output !== undefined, blockers.length) },
    competencies,
    compliance: {
      outbound: scenario.direction === 'outbound',
      findings: callFindings(scenario).map((f) => ({ ...f, title: legalRule(f.rule).title })),
    },
    voice,
    coverage: {
      scenarioRcd,
      observedRcd,
      total: rcdTotal,
      threshold: rcd.threshold,
      statement: coverageStatement(scenarioRcd.length, observedRcd.length, rcdTotal, rcd.threshold),
    },
    fiche: { fr: ficheDraft(ficheInput, 'fr'), en: ficheDraft(ficheInput, 'en') },
  };
}

/**
 * When the customer was on the line: the server's call state when there is one; otherwise the
 * accepted dial of an outbound call (run log), else the answer (call log), else the session's
 * start, until the first of the scenario reaching its ending and a hang-up or transfer.
 */
function callSpan(session: DebriefSource, callLog: readonly CallLogEntry[]): { connectedAt: number | null; endedAt: number | null } {
  if (session.call) return { connectedAt: session.call.connectedAt, endedAt: session.call.endedAt };
  const dial = session.run.log.find((e) => e.event.type === 'candidate.dial');
  const answer = callLog.find((e) => e.command.type === 'call.answer');
  const outbound = session.scenario.direction === 'outbound';
  const connectedAt = dial?.at ?? answer?.at ?? (outbound ? null : Date.parse(session.createdAt));
  if (connectedAt === null) return { connectedAt, endedAt: null };
  const closes = callLog.filter((e) => (e.command.type === 'call.hangUp' || e.command.type === 'call.transfer') && e.at >= connectedAt).map((e) => e.at);
  if (session.run.done && session.run.log.length) closes.push(session.run.log.at(-1)!.at);
  return { connectedAt, endedAt: closes.length ? Math.max(connectedAt, Math.min(...closes)) : null };
}

/** The scenario's silence threshold: its default, else the shortest any step sets. */
function silenceThreshold(scenario: Scenario): number | null {
  const base = scenario.timers?.silence;
  const own = base && base.after !== undefined ? parseDuration(base.after) : null;
  if (own !== null) return own;
  const steps = Object.keys(scenario.steps).flatMap((id) => resolveTimers(scenario, id).filter((t) => t.kind === 'silence').map((t) => t.ms));
  return steps.length ? Math.min(...steps) : null;
}

function groupByCompetency(evidence: readonly DebriefEvidence[]): DebriefCompetency[] {
  const byId = new Map<string, DebriefEvidence[]>();
  for (const item of evidence) byId.set(item.competency, [...(byId.get(item.competency) ?? []), item]);
  return [...byId.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, items]) => {
      const competency = competencyById(id);
      const sorted = [...items].sort((a, b) => (a.atMs ?? Infinity) - (b.atMs ?? Infinity));
      return {
        id,
        block: competency?.block ?? 'RCD',
        title: competency?.title ?? { fr: id, en: id },
        evidence: sorted,
        positiveWeight: items.filter((e) => e.positive).reduce((sum, e) => sum + e.weight, 0),
        negativeWeight: items.filter((e) => !e.positive).reduce((sum, e) => sum + e.weight, 0),
        blocker: items.some((e) => e.blocker && !e.positive),
      };
    });
}

function localized(text: Parameters<typeof textIn>[0]): LocalizedText | null {
  return text === undefined ? null : { fr: textIn(text, 'fr'), en: textIn(text, 'en') };
}

function verdictText(passed: boolean, ended: boolean, blockers: number): LocalizedText {
  if (!ended) return { fr: 'L’appel n’est pas allé jusqu’à une fin : pas de verdict.', en: 'The call did not reach an ending: no verdict.' };
  if (passed) return { fr: 'Appel recevable : aucune faute bloquante de conformité.', en: 'The call stands: no blocking compliance fault.' };
  return {
    fr: `Appel non recevable : ${blockers} faute${blockers > 1 ? 's' : ''} bloquante${blockers > 1 ? 's' : ''} de conformité, quelle que soit la qualité du reste.`,
    en: `The call fails: ${blockers} blocking compliance fault${blockers > 1 ? 's' : ''}, however good the rest was.`,
  };
}

function coverageStatement(scenario: number, observed: number, total: number, threshold: number): LocalizedText {
  return {
    fr:
      `Ce scénario permet d’observer ${scenario} des ${total} compétences du bloc « relation client à distance » ; cet appel en a rendu ${observed} observables. ` +
      `Le bloc est validé avec ${threshold} compétences acquises sur ${total}, décidées par le jury sur l’ensemble de l’épreuve (plusieurs situations, fiches pratiques, entretien) : ` +
      'un appel d’entraînement ne valide ni n’invalide le bloc, il montre ce qui a été vu aujourd’hui.',
    en:
      `This scenario can show ${scenario} of the ${total} competencies of the remote customer relations block; this call made ${observed} of them observable. ` +
      `The block is validated with ${threshold} of ${total} acquired, decided by the jury over the whole exam (several situations, practice sheets, interview): ` +
      'one practice call neither validates nor fails the block; it shows what was seen today.',
  };
}
