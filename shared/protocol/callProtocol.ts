import { z } from 'zod';

/**
 * The practice call over socket.io: names, payloads and their schemas. The browser sends
 * commands; the server validates them, applies them to the session it owns, acks, then
 * broadcasts the candidate's redacted view to the session's room.
 */
export const CALL_PROTOCOL_VERSION = 1;

export const callSocketEvents = {
  /** client → server: `{ sessionId }`, ack `JoinAck`. Joins the session's room. */
  join: 'session:join',
  /** client → server: `CallCommand`, ack `CommandAck`. */
  command: 'call:command',
  /** server → client: `CandidateView`, after every change (commands, timers, CRM facts). */
  view: 'session:view',
} as const;

/** A client event id: unique per command, chosen by the browser, so that a retry is a no-op. */
export const clientEventId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** How long before sending a voice event happened, measured by the browser (its clock is not ours). */
const agoMs = z.number().int().min(0).max(10_000);

export const callCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ id: clientEventId, type: z.literal('call.answer') }),
  z.strictObject({ id: clientEventId, type: z.literal('call.dial'), number: z.string().trim().min(1).max(32) }),
  z.strictObject({ id: clientEventId, type: z.literal('call.hold') }),
  z.strictObject({ id: clientEventId, type: z.literal('call.resume') }),
  z.strictObject({ id: clientEventId, type: z.literal('call.mute') }),
  z.strictObject({ id: clientEventId, type: z.literal('call.unmute') }),
  z.strictObject({ id: clientEventId, type: z.literal('call.transfer'), service: z.string().min(1).max(100) }),
  z.strictObject({ id: clientEventId, type: z.literal('call.hangUp') }),
  z.strictObject({ id: clientEventId, type: z.literal('dialogue.choose'), option: z.string().min(1).max(100) }),
  z.strictObject({ id: clientEventId, type: z.literal('voice.speechStart'), agoMs }),
  z.strictObject({ id: clientEventId, type: z.literal('voice.speechEnd'), agoMs }),
  z.strictObject({ id: clientEventId, type: z.literal('wrapUp.finish') }),
]);

export type CallCommand = z.infer<typeof callCommandSchema>;
export type CallCommandType = CallCommand['type'];

export const joinPayloadSchema = z.strictObject({ sessionId: z.string().min(1).max(100) });

export interface ProtocolError {
  code: string;
  message: { fr: string; en: string };
}

export type CommandAck = { ok: true; seq: number; duplicate: boolean } | { ok: false; error: ProtocolError };
export type JoinAck = { ok: true; view: CandidateView } | { ok: false; error: ProtocolError };

/** Practice modes: guided shows hints and more time; exam-like is the day itself. */
export const practiceModes = ['guided', 'exam'] as const;
export type PracticeMode = (typeof practiceModes)[number];

/**
 * Where the call is. Inbound: ringing → connected → wrap-up → ended. Outbound: preparing
 * (dialler, no one on the line) → connected (once dialled) → wrap-up → ended.
 */
export type CallPhase = 'ringing' | 'preparing' | 'connected' | 'wrap-up' | 'ended';

export interface Bilingual {
  fr: string;
  en: string;
}

/**
 * What the candidate's browser may know of the session. Never: option targets, evidence,
 * examiner notes, hidden steps, scores. Hints only in guided mode.
 */
export interface CandidateView {
  protocol: typeof CALL_PROTOCOL_VERSION;
  sessionId: string;
  scenarioId: string;
  title: string;
  direction: 'inbound' | 'outbound';
  mode: PracticeMode;
  phase: CallPhase;
  /** Server time when this view was made (ms since epoch), to align the browser's timers. */
  serverNow: number;
  /** The number shown on the softphone: the caller's for an inbound call, ours for an outbound one. */
  displayedNumber: string | null;
  ringingSince: number | null;
  connectedAt: number | null;
  endedAt: number | null;
  /** End of the after-call work (note-taking) period, when in wrap-up. */
  wrapUpEndsAt: number | null;
  onHold: boolean;
  /** Since when the customer waits, while on hold. */
  holdSince: number | null;
  muted: boolean;
  transcript: { by: 'customer' | 'candidate'; text: Bilingual; at: number }[];
  /** What the candidate may say now; empty when not connected (or in a dial-only step). */
  options: { id: string; say: Bilingual; hint?: Bilingual }[];
  /** Whether the current step lets the candidate dial (outbound). */
  canDial: boolean;
  /** Services the call may be transferred to. */
  transfers: string[];
  /** Guided mode only: the step's hint. */
  hint?: Bilingual;
  /** Guided mode only, outbound, before dialling: what the law says against this call now. */
  dialWarnings?: Bilingual[];
  crmStatus: 'available' | 'slow' | 'failing' | 'down';
  dialAttempts: { number: string; at: number; result: 'connected' | 'wrong-number' }[];
  /** Once ended: how the call ended (the debrief has the rest). */
  ending: { id: string; outcome: string } | null;
}
