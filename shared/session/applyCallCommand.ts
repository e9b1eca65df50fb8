import { normalizePhone, phoneFromFixture } from '../crm/normalizePhone';
import type { CallCommand, CommandAck, ProtocolError } from '../protocol/callProtocol';
import { machineFor, optionId } from '../scenario/compileScenario';
import { factsSatisfied, parseFact } from '../scenario/crmFact';
import type { CrmFact } from '../scenario/crmFact';
import { createScenarioRun } from '../scenario/createScenarioRun';
import type { ScenarioEvent } from '../scenario/scenarioEvents';
import type { ScenarioStep } from '../scenario/scenarioSchema';
import { callRefusals } from './callRefusals';
import { describeCrmFacts } from './describeCrmFacts';
import type { PracticeSession } from './practiceSession';
import { settleCall } from './practiceSession';

type RunEvent = Parameters<PracticeSession['run']['send']>[0];

/**
 * Applies one candidate command at server time `at` (ms). A command id already in the call
 * log is a retry: nothing changes and the original seq is acked with `duplicate: true`. A
 * refused command changes nothing. An accepted one is appended to `session.callLog` and the
 * machine events it stands for go to `session.run`. Timers are not advanced here: the caller
 * runs `advanceSession(session, at)` first.
 */
export function applyCallCommand(session: PracticeSession, command: CallCommand, at: number): CommandAck {
  const seen = session.commandSeqs.get(command.id);
  if (seen !== undefined) return { ok: true, seq: seen, duplicate: true };
  const logAt = isVoice(command) ? Math.max(at - command.agoMs, lastLogTime(session)) : at;
  const refused = perform(session, command, logAt);
  if (refused) return { ok: false, error: refused };
  const seq = session.callLog.length + 1;
  session.callLog.push({ seq, at: logAt, command });
  session.commandSeqs.set(command.id, seq);
  settleCall(session);
  return { ok: true, seq, duplicate: false };
}

/** The time of the next thing that will happen by itself (a scenario timer, the end of wrap-up), or null. */
export function sessionDeadline(session: PracticeSession): number | null {
  const { phase, wrapUpEndsAt } = session.call;
  if (phase === 'connected' || phase === 'preparing') return session.run.nextDeadline()?.at ?? null;
  return phase === 'wrap-up' ? wrapUpEndsAt : null;
}

/** Lets time pass until `now`: fires the due scenario timers, ends the wrap-up. Whether anything changed. */
export function advanceSession(session: PracticeSession, now: number): boolean {
  const { call } = session;
  let changed = false;
  if (call.phase === 'connected' || call.phase === 'preparing') {
    changed = session.run.advance(now).length > 0;
    settleCall(session);
  }
  if (call.phase === 'wrap-up' && call.wrapUpEndsAt !== null && now >= call.wrapUpEndsAt) {
    call.phase = 'ended';
    changed = true;
  }
  return changed;
}

/** The scenario step the call is in, or undefined once ended. */
export function currentStep(session: PracticeSession): ScenarioStep | undefined {
  const step = session.run.snapshot.context.step;
  return step === null ? undefined : session.scenario.steps[step];
}

/** The CRM facts an option requires, parsed. */
export function requiredFacts(requires: readonly string[] | undefined): CrmFact[] {
  return (requires ?? []).flatMap((text) => {
    const parsed = parseFact(text);
    return parsed.ok ? [parsed.fact] : [];
  });
}

function isVoice(command: CallCommand): command is Extract<CallCommand, { agoMs: number }> {
  return command.type === 'voice.speechStart' || command.type === 'voice.speechEnd';
}

function lastLogTime(session: PracticeSession): number {
  return Math.max(session.callLog.at(-1)?.at ?? -Infinity, session.run.log.at(-1)?.at ?? -Infinity, session.call.connectedAt ?? -Infinity);
}

/** Checks then applies the command; returns why it was refused (and then has changed nothing). */
function perform(session: PracticeSession, command: CallCommand, at: number): ProtocolError | null {
  const { call } = session;
  const onHold = session.run.snapshot.context.onHold;
  const send = (event: RunEvent) => session.run.send(event, at);

  if (command.type === 'call.answer') {
    if (call.phase !== 'ringing') return callRefusals.notRinging;
    answer(session, at);
    return null;
  }
  if (command.type === 'wrapUp.finish') {
    if (call.phase !== 'wrap-up') return callRefusals.notWrapUp;
    call.phase = 'ended';
    return null;
  }
  if (call.phase === 'wrap-up' || call.phase === 'ended') return callRefusals.over;
  if (call.phase === 'ringing') return callRefusals.ringing;

  switch (command.type) {
    case 'call.dial': {
      if (call.phase !== 'preparing' || !currentStep(session)?.dial) return callRefusals.cannotDial;
      const dialled = normalizePhone(command.number);
      if (!dialled.ok) return { code: 'dial.invalidNumber', message: dialled.error.message };
      if (dialled.phone.e164 !== phoneFromFixture(session.scenario.customer.phone).e164) {
        call.dialAttempts.push({ number: dialled.phone.display, at, result: 'wrong-number' });
        return null;
      }
      if (!send({ type: 'candidate.dial' })) return callRefusals.cannotDial;
      call.dialAttempts.push({ number: dialled.phone.display, at, result: 'connected' });
      call.phase = 'connected';
      call.connectedAt = at;
      return null;
    }
    case 'dialogue.choose': {
      if (onHold) return callRefusals.onHold;
      const options = currentStep(session)?.options ?? [];
      const index = options.findIndex((option, i) => optionId(option, i) === command.option);
      if (index < 0) return callRefusals.unknownOption;
      if (send({ type: 'candidate.answer', option: command.option })) return null;
      // The machine refuses an option whose CRM prerequisites are missing (and that has no
      // `otherwise`). Guided practice says which; the exam does not.
      const missing = requiredFacts(options[index]!.requires).filter((fact) => !factsSatisfied(session.run.snapshot.context.facts, [fact]));
      return session.mode === 'guided' && missing.length
        ? { code: callRefusals.optionNotNow.code, message: describeCrmFacts(missing) }
        : callRefusals.optionNotNow;
    }
    case 'call.hangUp':
      return send({ type: 'candidate.hangUp' }) ? null : callRefusals.over;
    case 'voice.speechStart':
    case 'voice.speechEnd':
      if (call.phase !== 'connected') return callRefusals.notConnected;
      // Muted speech is kept in the call log (the debrief may show it) but the customer does not hear it.
      if (!call.muted) send({ type: command.type });
      return null;
  }

  // Everything else needs someone on the line.
  if (call.phase !== 'connected') return callRefusals.notConnected;
  switch (command.type) {
    case 'call.hold':
      return onHold ? callRefusals.onHold : send({ type: 'candidate.hold' }) ? null : callRefusals.onHold;
    case 'call.resume':
      return !onHold ? callRefusals.notOnHold : send({ type: 'candidate.resume' }) ? null : callRefusals.notOnHold;
    case 'call.mute':
      if (call.muted) return callRefusals.alreadyMuted;
      call.muted = true;
      return null;
    case 'call.unmute':
      if (!call.muted) return callRefusals.notMuted;
      call.muted = false;
      return null;
    case 'call.transfer':
      if (!(session.scenario.transfers ?? []).some((t) => t.service === command.service)) return callRefusals.unknownService;
      return send({ type: 'candidate.transfer', service: command.service }) ? null : callRefusals.unknownService;
  }
  return callRefusals.badPayload;
}

/**
 * Answers an inbound call: a fresh run starts now, so every timer counts from the answer, and
 * learns again, at the answer, the CRM facts the candidate established while it rang (their
 * real times stay in `session.actions`).
 */
function answer(session: PracticeSession, at: number): void {
  const ringing = session.run;
  session.run = createScenarioRun(machineFor(session.scenario), { startedAt: at, timeFactor: session.timeFactor });
  for (const entry of ringing.log) {
    if (entry.event.type === 'candidate.crm') session.run.send(withoutTime(entry.event), at);
  }
  session.call.phase = 'connected';
  session.call.connectedAt = at;
}

function withoutTime(event: ScenarioEvent): RunEvent {
  const { at: _at, ...rest } = event;
  return rest as RunEvent;
}
