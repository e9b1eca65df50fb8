import { describe, expect, it } from 'vitest';
import type { CallCommand } from '../protocol/callProtocol';
import type { CallLogEntry } from '../session/callLog';
import { customerLineMs, voiceMetrics } from './voiceMetrics';
import type { VoiceMetricsInput } from './voiceMetrics';

const T0 = 1_800_000_000_000;
type Command = CallCommand extends infer C ? (C extends { id: string } ? Omit<C, 'id'> : never) : never;

/** A call log from [seconds after the connection, command] pairs. */
function log(...entries: [number, Command][]): CallLogEntry[] {
  return entries.map(([s, command], i) => ({ seq: i + 1, at: T0 + s * 1000, command: { id: `cmd-${String(i).padStart(6, '0')}`, ...command } as CallCommand }));
}
const start = { type: 'voice.speechStart', agoMs: 0 } as const;
const end = { type: 'voice.speechEnd', agoMs: 0 } as const;
/** A customer line of `seconds` seconds at the estimated rate, said `at` seconds in. */
const line = (at: number, seconds: number) => ({ by: 'customer' as const, text: 'x'.repeat(seconds * 14), at: T0 + at * 1000 });

function metrics(overrides: Partial<VoiceMetricsInput>) {
  return voiceMetrics({ transcript: [], callLog: [], connectedAt: T0, endedAt: T0 + 60_000, silenceThresholdMs: 8000, ...overrides });
}

describe('voiceMetrics', () => {
  it('estimates a customer line at 14 characters a second, one second at least', () => {
    expect(customerLineMs('Bonjour, ma commande n’est toujours pas arrivée !')).toBe(Math.round((49 / 14) * 1000));
    expect(customerLineMs('Allô ?')).toBe(1000);
    expect(customerLineMs({ fr: 'x'.repeat(28), en: 'y' })).toBe(2000);
  });

  it('says "not measured" without any voice event, never zeros that look like a perfect call', () => {
    const m = metrics({ transcript: [line(0, 3)], callLog: log([10, { type: 'call.hold' }], [20, { type: 'call.resume' }]) });
    expect(m).toMatchObject({ measured: false, candidateTalkMs: null, candidateShare: null, latencies: null, medianLatencyMs: null, interruptions: null, longSilences: null });
    // What does not depend on the microphone is still there.
    expect(m).toMatchObject({ customerTalkMs: 3000, holdMs: 10_000, holdCount: 1, durationMs: 60_000 });
    expect(m.timeline.map((s) => s.kind)).toEqual(['customer', 'hold']);
  });

  it('gives nothing for a call that never connected', () => {
    expect(voiceMetrics({ transcript: [line(0, 2)], callLog: log([1, start]), connectedAt: null, endedAt: null, silenceThresholdMs: 8000 })).toMatchObject({
      measured: false,
      timeline: [],
      durationMs: null,
    });
  });

  it('measures talk, share, latencies and their median from the customer lines and speech segments', () => {
    const m = metrics({
      transcript: [line(0, 4), { by: 'candidate', text: 'Bonjour', at: T0 + 5000 }, line(10, 2), line(20, 2)],
      callLog: log([5.5, start], [8, end], [13, start], [18, end], [22.5, start], [30, end]),
    });
    expect(m.measured).toBe(true);
    expect(m.customerTalkMs).toBe(8000);
    expect(m.candidateTalkMs).toBe(2500 + 5000 + 7500);
    expect(m.candidateShare).toBeCloseTo(15_000 / 23_000, 5);
    expect(m.latencies).toEqual([
      { after: 4000, ms: 1500 },
      { after: 12_000, ms: 1000 },
      { after: 22_000, ms: 500 },
    ]);
    expect(m.medianLatencyMs).toBe(1000);
    expect(m.interruptions).toEqual([]);
  });

  it('counts speech starting while a customer line plays as an interruption, with a small grace at its end', () => {
    const m = metrics({
      transcript: [line(0, 5), line(10, 5)],
      callLog: log([2, start], [3, end], [14.8, start], [16, end]),
    });
    expect(m.interruptions).toEqual([{ at: 2000, line: 0 }]);
    // 14.8 s is within 300 ms of the second line's end (15 s): an answer, not an interruption.
    expect(m.latencies).toEqual([{ after: 15_000, ms: 0 }]);
  });

  it('queues a line said while the previous one still plays, as speechSynthesis does', () => {
    const m = metrics({ transcript: [line(0, 3), line(1, 2)] });
    expect(m.timeline).toEqual([
      { kind: 'customer', start: 0, end: 3000 },
      { kind: 'customer', start: 3000, end: 5000 },
    ]);
  });

  it('finds long silences above the threshold, marks those where the silence timer fired, and excludes hold', () => {
    const m = metrics({
      endedAt: T0 + 40_000,
      transcript: [line(0, 2)],
      silenceTimerFiredAt: [T0 + 12_000],
      callLog: log([14, start], [16, end], [17, { type: 'call.hold' }], [35, { type: 'call.resume' }], [36, start], [40, end]),
    });
    expect(m.longSilences).toEqual([{ start: 2000, end: 14_000, timerFired: true }]);
    expect(m.silenceTimerFirings).toEqual([12_000]);
    expect(m.timeline.filter((s) => s.kind === 'silence')).toEqual([
      { kind: 'silence', start: 2000, end: 14_000 },
      { kind: 'silence', start: 16_000, end: 17_000 },
      { kind: 'silence', start: 35_000, end: 36_000 },
    ]);
    expect(m).toMatchObject({ holdMs: 18_000, longestHoldMs: 18_000, holdCount: 1 });
    // The answer came after a hold: not a response latency.
    expect(m.latencies).toEqual([{ after: 2000, ms: 12_000 }]);
  });

  it('ends an unclosed speech segment and an unclosed hold at the hang-up, and ignores a stray end', () => {
    const m = metrics({
      endedAt: T0 + 30_000,
      callLog: log([1, end], [5, start], [20, { type: 'call.hold' }], [30, { type: 'call.hangUp' }]),
    });
    expect(m.candidateTalkMs).toBe(25_000);
    expect(m.holdMs).toBe(10_000);
    expect(m.timeline).toContainEqual({ kind: 'hold', start: 20_000, end: 30_000 });
    expect(m.medianLatencyMs).toBeNull();
    expect(m.candidateShare).toBe(1);
  });
});
