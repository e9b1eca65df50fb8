import type { CallLogEntry } from '../session/callLog';
import type { Utterance } from '../scenario/compileScenario';
import type { LocalizedTextInput } from '../scenario/scenarioSchema';

/**
 * How long the customer's line plays, estimated from its French text: the browser may or may
 * not speak it (no French voice, speech turned off), so nothing measures it. French speech
 * synthesis at rate 1 says about 14 characters a second (≈ 160 words a minute); a line takes at
 * least one second.
 */
export const CUSTOMER_CHARS_PER_SECOND = 14;
export const CUSTOMER_LINE_FLOOR_MS = 1000;

/**
 * A candidate's speech start this close to the end of a customer line is not an interruption:
 * the line's playing time is an estimate, and people start answering on the last syllable.
 */
export const INTERRUPTION_GRACE_MS = 300;

export function customerLineMs(text: LocalizedTextInput): number {
  const words = typeof text === 'string' ? text : (text.fr ?? text.en ?? '');
  const chars = words.replace(/\s+/g, ' ').trim().length;
  return Math.max(CUSTOMER_LINE_FLOOR_MS, Math.round((chars / CUSTOMER_CHARS_PER_SECOND) * 1000));
}

export type TimelineKind = 'customer' | 'candidate' | 'silence' | 'hold';

/** A stretch of the call, in ms from the connection (`end` excluded). */
export interface TimelineSegment {
  kind: TimelineKind;
  start: number;
  end: number;
}

export interface VoiceMetricsInput {
  /** The dialogue: the customer's lines (`by: 'customer'`, with their server time `at`). */
  transcript: readonly Utterance[];
  /** The call's commands: voice.speechStart/End, call.hold/resume, call.hangUp… */
  callLog: readonly CallLogEntry[];
  /** When the customer was on the line (answer, or a connected dial), ms since epoch; null if never. */
  connectedAt: number | null;
  /** When the line closed (hang-up, transfer, or the customer ending the call), ms since epoch. */
  endedAt: number | null;
  /** The scenario's silence threshold (resolveTimers), or null when it sets none. */
  silenceThresholdMs: number | null;
  /** When the scenario's silence timer fired (timer.silenceElapsed in the run log), ms since epoch. */
  silenceTimerFiredAt?: readonly number[];
}

export interface VoiceMetrics {
  /** The candidate's voice was captured (at least one speech event): otherwise every candidate figure is null, not zero. */
  measured: boolean;
  /** Connected span of the call in ms (null when it never connected or has not ended). */
  durationMs: number | null;
  /** The customer's estimated speaking time (see `customerLineMs`). */
  customerTalkMs: number;
  candidateTalkMs: number | null;
  /** The candidate's share of the talk, 0..1. */
  candidateShare: number | null;
  /** End of a customer line → the candidate's next speech start, when the candidate answered before the customer spoke again. */
  latencies: { after: number; ms: number }[] | null;
  medianLatencyMs: number | null;
  /** Gaps nobody filled (no one speaking, not on hold) longer than the threshold. */
  longSilences: { start: number; end: number; timerFired: boolean }[] | null;
  silenceThresholdMs: number | null;
  /** When the scenario's silence timer fired, ms from the connection. */
  silenceTimerFirings: number[];
  /** Candidate speech starting while a customer line was playing. */
  interruptions: { at: number; line: number }[] | null;
  holdCount: number;
  holdMs: number;
  longestHoldMs: number;
  /** Customer, candidate, silence and hold stretches, for drawing; times in ms from the connection. */
  timeline: TimelineSegment[];
}

type Span = { start: number; end: number };

/**
 * The voice metrics of a call, a pure function of its logs. Every time in the result is in ms
 * from the connection. Customer lines queue like speechSynthesis does: a line said while the
 * previous one still plays starts when it ends. An unclosed speech segment or hold ends when the
 * line closes. Without any voice event the candidate's figures are null ("not measured"), so an
 * unmeasured call never looks like a perfect one.
 */
export function voiceMetrics(input: VoiceMetricsInput): VoiceMetrics {
  const { connectedAt } = input;
  const measured = connectedAt !== null && input.callLog.some((e) => e.command.type.startsWith('voice.'));
  if (connectedAt === null) return emptyMetrics(input.silenceThresholdMs);
  const lastLogged = input.callLog.reduce((latest, e) => Math.max(latest, e.at), connectedAt);
  const endedAt = input.endedAt ?? null;
  const end = (endedAt ?? lastLogged) - connectedAt;
  const rel = (at: number) => Math.min(Math.max(at - connectedAt, 0), end);

  const customer: Span[] = [];
  for (const line of input.transcript) {
    if (line.by !== 'customer') continue;
    const said = line.at ?? connectedAt;
    if (said < connectedAt || (endedAt !== null && said > endedAt)) continue;
    const start = Math.max(rel(said), customer.at(-1)?.end ?? 0);
    if (start >= end) continue;
    customer.push({ start, end: Math.min(end, start + customerLineMs(line.text)) });
  }

  const holds = pairs(input.callLog, 'call.hold', 'call.resume', rel, end);
  const candidate = measured ? pairs(input.callLog, 'voice.speechStart', 'voice.speechEnd', rel, end) : [];
  const firings = (input.silenceTimerFiredAt ?? []).filter((at) => at >= connectedAt && at - connectedAt <= end).map(rel);
  const customerTalkMs = total(customer);
  const holdMs = total(holds);

  const timeline: TimelineSegment[] = [
    ...customer.map((s) => ({ kind: 'customer' as const, ...s })),
    ...candidate.map((s) => ({ kind: 'candidate' as const, ...s })),
    ...holds.map((s) => ({ kind: 'hold' as const, ...s })),
  ];
  let longSilences: VoiceMetrics['longSilences'] = null;
  if (measured) {
    const gaps = gapsOf([...customer, ...candidate, ...holds], end);
    timeline.push(...gaps.map((g) => ({ kind: 'silence' as const, ...g })));
    const threshold = input.silenceThresholdMs;
    longSilences = gaps
      .filter((g) => (threshold !== null && g.end - g.start > threshold) || firings.some((f) => f >= g.start && f <= g.end))
      .map((g) => ({ ...g, timerFired: firings.some((f) => f >= g.start && f <= g.end) }));
  }
  timeline.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));

  const candidateTalkMs = measured ? total(candidate) : null;
  const latencies = measured ? responseLatencies(customer, candidate, holds) : null;
  return {
    measured,
    durationMs: endedAt === null ? null : end,
    customerTalkMs,
    candidateTalkMs,
    candidateShare: candidateTalkMs === null || candidateTalkMs + customerTalkMs === 0 ? null : candidateTalkMs / (candidateTalkMs + customerTalkMs),
    latencies,
    medianLatencyMs: latencies && latencies.length ? median(latencies.map((l) => l.ms)) : null,
    longSilences,
    silenceThresholdMs: input.silenceThresholdMs,
    silenceTimerFirings: firings,
    interruptions: measured ? interruptionsOf(customer, candidate) : null,
    holdCount: holds.length,
    holdMs,
    longestHoldMs: holds.reduce((longest, h) => Math.max(longest, h.end - h.start), 0),
    timeline,
  };
}

function emptyMetrics(silenceThresholdMs: number | null): VoiceMetrics {
  return {
    measured: false,
    durationMs: null,
    customerTalkMs: 0,
    candidateTalkMs: null,
    candidateShare: null,
    latencies: null,
    medianLatencyMs: null,
    longSilences: null,
    silenceThresholdMs,
    silenceTimerFirings: [],
    interruptions: null,
    holdCount: 0,
    holdMs: 0,
    longestHoldMs: 0,
    timeline: [],
  };
}

/** Open/close command pairs as spans; a second open while open is ignored, an unclosed span ends at `end`. */
function pairs(log: readonly CallLogEntry[], open: string, close: string, rel: (at: number) => number, end: number): Span[] {
  const spans: Span[] = [];
  let since: number | null = null;
  for (const entry of [...log].sort((a, b) => a.at - b.at || a.seq - b.seq)) {
    if (entry.command.type === open && since === null) since = rel(entry.at);
    else if (entry.command.type === close && since !== null) {
      const stop = rel(entry.at);
      if (stop > since) spans.push({ start: since, end: stop });
      since = null;
    }
  }
  if (since !== null && end > since) spans.push({ start: since, end });
  return spans;
}

function total(spans: readonly Span[]): number {
  return spans.reduce((sum, s) => sum + (s.end - s.start), 0);
}

/** The stretches of [0, end) that no span covers. */
function gapsOf(spans: readonly Span[], end: number): Span[] {
  const gaps: Span[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > cursor) gaps.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  if (end > cursor) gaps.push({ start: cursor, end });
  return gaps;
}

function responseLatencies(customer: readonly Span[], candidate: readonly Span[], holds: readonly Span[]): { after: number; ms: number }[] {
  const result: { after: number; ms: number }[] = [];
  customer.forEach((line, i) => {
    const nextLine = customer[i + 1]?.start ?? Infinity;
    const answer = candidate.find((s) => s.start >= line.end - INTERRUPTION_GRACE_MS);
    if (!answer || answer.start > nextLine) return;
    // A hold in between: the customer was waiting for the candidate to come back, not for an answer.
    if (holds.some((h) => h.start >= line.end && h.start < answer.start)) return;
    result.push({ after: line.end, ms: Math.max(0, answer.start - line.end) });
  });
  return result;
}

function interruptionsOf(customer: readonly Span[], candidate: readonly Span[]): { at: number; line: number }[] {
  return candidate.flatMap((s) => {
    const line = customer.findIndex((c) => s.start > c.start && s.start < c.end - INTERRUPTION_GRACE_MS);
    return line === -1 ? [] : [{ at: s.start, line }];
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
