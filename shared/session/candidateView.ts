import { phoneFromFixture } from '../crm/normalizePhone';
import type { Bilingual, CandidateView } from '../protocol/callProtocol';
import { CALL_PROTOCOL_VERSION } from '../protocol/callProtocol';
import { callFindings } from '../scenario/callFindings';
import { optionId } from '../scenario/compileScenario';
import { factsSatisfied } from '../scenario/crmFact';
import { textIn } from '../scenario/localizedText';
import type { LocalizedTextInput, ScenarioOption } from '../scenario/scenarioSchema';
import { currentStep, requiredFacts } from './applyCallCommand';
import { describeCrmFacts } from './describeCrmFacts';
import type { PracticeSession } from './practiceSession';

/**
 * What the candidate's browser may know of the session at `now`, built from an allow-list:
 * the dialogue so far, what may be said now, the softphone's state. Never option targets,
 * evidence, notes, the customer's persona or anything the debrief will judge. Hints (the step's,
 * the options', what to do in the CRM first, the law's warnings before dialling) only in guided
 * mode.
 */
export function candidateView(session: PracticeSession, now: number): CandidateView {
  const { scenario, call, run } = session;
  const context = run.snapshot.context;
  const guided = session.mode === 'guided';
  const live = call.phase === 'connected' || call.phase === 'preparing';
  const onHold = call.phase === 'connected' && context.onHold;
  const step = live ? currentStep(session) : undefined;
  const startedAt = Date.parse(session.createdAt);
  const ending = run.done ? run.snapshot.output : undefined;

  const option = (o: ScenarioOption, index: number): CandidateView['options'][number] => {
    const hint = guided ? optionHint(o, context.facts) : undefined;
    return { id: optionId(o, index), say: bilingual(o.say), ...(hint ? { hint } : {}) };
  };
  const dialWarnings =
    guided && call.phase === 'preparing' && scenario.direction === 'outbound'
      ? callFindings(scenario).filter((finding) => !finding.ok).map((finding) => ({ fr: finding.message.fr, en: finding.message.en }))
      : undefined;

  return {
    protocol: CALL_PROTOCOL_VERSION,
    sessionId: session.id,
    scenarioId: scenario.id,
    title: scenario.title,
    direction: scenario.direction,
    mode: session.mode,
    phase: call.phase,
    serverNow: now,
    displayedNumber: scenario.direction === 'inbound' ? phoneFromFixture(scenario.customer.phone).display : (scenario.call?.caller_id ?? null),
    ringingSince: scenario.direction === 'inbound' ? startedAt : null,
    connectedAt: call.connectedAt,
    endedAt: call.endedAt,
    wrapUpEndsAt: call.wrapUpEndsAt,
    onHold,
    holdSince: onHold ? (run.log.findLast((entry) => entry.event.type === 'candidate.hold')?.at ?? null) : null,
    muted: call.muted,
    // While it rings, the customer has said nothing yet (the run waits for the answer).
    transcript:
      call.phase === 'ringing'
        ? []
        : context.transcript.map((line) => ({ by: line.by, text: bilingual(line.text), at: line.at ?? call.connectedAt ?? startedAt })),
    options: step && !onHold ? (step.options ?? []).map(option) : [],
    canDial: call.phase === 'preparing' && Boolean(step?.dial),
    transfers: (scenario.transfers ?? []).map((transfer) => transfer.service),
    ...(guided && step?.hint !== undefined ? { hint: bilingual(step.hint) } : {}),
    ...(dialWarnings ? { dialWarnings } : {}),
    crmStatus: context.crmStatus,
    dialAttempts: call.dialAttempts.map((attempt) => ({ ...attempt })),
    ending: ending ? { id: ending.ending, outcome: ending.outcome } : null,
  };
}

function bilingual(text: LocalizedTextInput): Bilingual {
  return { fr: textIn(text, 'fr'), en: textIn(text, 'en') };
}

/** The option's own hint and, while they are missing, the CRM actions it needs first. */
function optionHint(option: ScenarioOption, facts: readonly string[]): Bilingual | undefined {
  const missing = requiredFacts(option.requires).filter((fact) => !factsSatisfied(facts, [fact]));
  const parts = [...(option.hint !== undefined ? [bilingual(option.hint)] : []), ...(missing.length ? [describeCrmFacts(missing)] : [])];
  if (!parts.length) return undefined;
  return { fr: parts.map((p) => p.fr).join(' '), en: parts.map((p) => p.en).join(' ') };
}
