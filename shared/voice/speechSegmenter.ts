/** Silero v5 frames: 512 samples at 16 kHz. */
export const VAD_FRAME_MS = 32;

export type SpeechSegmenterOptions = {
  /** A frame at or above this probability can start speech. */
  positiveThreshold: number;
  /** While speaking (and just before an onset), frames at or above this probability count as speech. */
  negativeThreshold: number;
  /** Shorter bursts (first to last speech frame) are dropped: clicks, a cough, a breath. */
  minSpeechMs: number;
  /** Speech ends once this long has passed below `negativeThreshold`; shorter gaps stay inside the segment. */
  hangoverMs: number;
  /** Length of one frame (default 32 ms, Silero v5). */
  frameMs: number;
};

/**
 * Tuned with `npm run bench -- vad` on espeak-ng French (several voices and speeds, pauses of
 * 0.4–3 s): see tests/bench/vadBench.ts.
 */
export const defaultSpeechSegmenterOptions: SpeechSegmenterOptions = {
  positiveThreshold: 0.5,
  negativeThreshold: 0.35,
  minSpeechMs: 150,
  hangoverMs: 300,
  frameMs: VAD_FRAME_MS,
};

/**
 * A boundary of a speech segment. `atMs` is on the clock of the frame timestamps: the start of the
 * first speech frame for `speechStart`, the end of the last speech frame for `speechEnd` — not the
 * moment the event is emitted, which comes `minSpeechMs` or `hangoverMs` later.
 */
export type SpeechEvent = { type: 'speechStart'; atMs: number } | { type: 'speechEnd'; atMs: number; startMs: number };

export type SpeechSegmenter = {
  /** Feeds one frame: its speech probability and the timestamp of its first sample. */
  push(probability: number, frameStartMs: number): SpeechEvent[];
  /** Ends an open segment now (the microphone stops): its `speechEnd`, if speech had started. */
  flush(): SpeechEvent[];
};

/**
 * Turns per-frame speech probabilities into speech segments, with hysteresis: a run of frames at or
 * above `negativeThreshold` that holds at least one frame at or above `positiveThreshold` is speech;
 * gaps shorter than `hangoverMs` are bridged; segments shorter than `minSpeechMs` are dropped.
 * Pure and clock-free: the caller supplies the frame timestamps.
 */
export function createSpeechSegmenter(options: Partial<SpeechSegmenterOptions> = {}): SpeechSegmenter {
  const { positiveThreshold, negativeThreshold, minSpeechMs, hangoverMs, frameMs } = { ...defaultSpeechSegmenterOptions, ...options };
  if (!(negativeThreshold <= positiveThreshold)) throw new Error('negativeThreshold must not exceed positiveThreshold');

  /** Start of the current run of frames at or above `negativeThreshold` (a possible onset), or null. */
  let runStart: number | null = null;
  /** The segment being built: confirmed once it lasts `minSpeechMs`. */
  let segment: { startMs: number; lastSpeechEndMs: number; confirmed: boolean } | null = null;

  function close(nowMs: number, force: boolean): SpeechEvent[] {
    if (!segment) return [];
    if (!force && nowMs - segment.lastSpeechEndMs < hangoverMs) return [];
    const ended = segment;
    segment = null;
    return ended.confirmed ? [{ type: 'speechEnd', atMs: ended.lastSpeechEndMs, startMs: ended.startMs }] : [];
  }

  return {
    push(probability, frameStartMs) {
      const frameEndMs = frameStartMs + frameMs;
      const voiced = probability >= negativeThreshold;
      if (!voiced) {
        runStart = null;
        return close(frameEndMs, false);
      }
      runStart ??= frameStartMs;
      if (!segment) {
        if (probability < positiveThreshold) return [];
        segment = { startMs: runStart, lastSpeechEndMs: frameEndMs, confirmed: false };
      }
      segment.lastSpeechEndMs = frameEndMs;
      if (!segment.confirmed && segment.lastSpeechEndMs - segment.startMs >= minSpeechMs) {
        segment.confirmed = true;
        return [{ type: 'speechStart', atMs: segment.startMs }];
      }
      return [];
    },
    flush() {
      runStart = null;
      return close(Number.POSITIVE_INFINITY, true);
    },
  };
}
