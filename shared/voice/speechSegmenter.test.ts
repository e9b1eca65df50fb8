import { describe, expect, test } from 'vitest';
import { createSpeechSegmenter, type SpeechEvent, type SpeechSegmenterOptions } from './speechSegmenter';

const options: SpeechSegmenterOptions = { positiveThreshold: 0.5, negativeThreshold: 0.35, minSpeechMs: 96, hangoverMs: 128, frameMs: 32 };

/** Feeds probabilities as consecutive 32 ms frames starting at `t0`; returns each event with the index of the frame that emitted it. */
function run(probabilities: readonly number[], t0 = 1000, overrides: Partial<SpeechSegmenterOptions> = {}) {
  const segmenter = createSpeechSegmenter({ ...options, ...overrides });
  const events: (SpeechEvent & { frame: number | 'flush' })[] = [];
  probabilities.forEach((p, i) => events.push(...segmenter.push(p, t0 + i * 32).map((e) => ({ ...e, frame: i }))));
  events.push(...segmenter.flush().map((e) => ({ ...e, frame: 'flush' as const })));
  return events;
}

describe('createSpeechSegmenter', () => {
  test('dates speech from its first frame to the end of its last, not from when the events fire', () => {
    //                0    1    2    3    4    5    6    7    8    9   10   11   12
    const events = run([0.1, 0.1, 0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
    expect(events).toEqual([
      // Confirmed once the segment lasts minSpeechMs (frames 2–4 = 96 ms), dated at frame 2.
      { type: 'speechStart', atMs: 1064, frame: 4 },
      // Frame 5 ends at 1192; the end is emitted once hangoverMs (128) has passed below the threshold (frame 9 ends at 1320).
      { type: 'speechEnd', atMs: 1192, startMs: 1064, frame: 9 },
    ]);
  });

  test('hysteresis: frames between the thresholds just before an onset and inside speech count as speech', () => {
    const events = run([0.1, 0.4, 0.4, 0.6, 0.4, 0.4, 0.36, 0.1, 0.1, 0.1, 0.1]);
    expect(events.filter((e) => e.type === 'speechEnd')).toEqual([{ type: 'speechEnd', atMs: 1224, startMs: 1032, frame: 10 }]);
  });

  test('frames between the thresholds never start speech on their own', () => {
    expect(run([0.1, 0.4, 0.45, 0.49, 0.4, 0.4, 0.4, 0.4, 0.1])).toEqual([]);
  });

  test('a value equal to a threshold counts as reaching it', () => {
    expect(run([0.5, 0.35, 0.35, 0.1, 0.1, 0.1, 0.1]).map((e) => e.type)).toEqual(['speechStart', 'speechEnd']);
  });

  test('drops a burst shorter than minSpeechMs, and one exactly that long is kept', () => {
    expect(run([0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1])).toEqual([]);
    expect(run([0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1]).map((e) => e.type)).toEqual(['speechStart', 'speechEnd']);
  });

  test('bridges a gap shorter than the hangover; a gap of the hangover ends the segment', () => {
    // 3 quiet frames = 96 ms < 128: one segment.
    const bridged = run([0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1]);
    expect(bridged.filter((e) => e.type === 'speechEnd')).toEqual([{ type: 'speechEnd', atMs: 1288, startMs: 1000, frame: 12 }]);
    // 4 quiet frames = 128 ms: two segments.
    const split = run([0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1]);
    expect(split.filter((e) => e.type === 'speechEnd').map((e) => [e.type === 'speechEnd' && e.startMs, e.atMs])).toEqual([
      [1000, 1096],
      [1224, 1320],
    ]);
  });

  test('a short burst followed, within the hangover, by more speech is confirmed from the burst', () => {
    const events = run([0.9, 0.1, 0.1, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1]);
    expect(events).toEqual([
      { type: 'speechStart', atMs: 1000, frame: 3 },
      { type: 'speechEnd', atMs: 1160, startMs: 1000, frame: 8 },
    ]);
  });

  test('flush ends a confirmed segment at its last speech frame, and says nothing of an unconfirmed one', () => {
    expect(run([0.1, 0.9, 0.9, 0.9, 0.9]).at(-1)).toEqual({ type: 'speechEnd', atMs: 1160, startMs: 1032, frame: 'flush' });
    expect(run([0.1, 0.9])).toEqual([]);
    expect(run([])).toEqual([]);
  });

  test('speech from the very first frame starts at that frame, whatever the clock origin', () => {
    expect(run([0.9, 0.9, 0.9, 0.9], 0)[0]).toEqual({ type: 'speechStart', atMs: 0, frame: 2 });
  });

  test('follows the timestamps it is given, even with a gap between frames (a dropped frame)', () => {
    const segmenter = createSpeechSegmenter(options);
    segmenter.push(0.9, 0);
    segmenter.push(0.9, 32);
    expect(segmenter.push(0.9, 500)).toEqual([{ type: 'speechStart', atMs: 0 }]);
    expect(segmenter.flush()).toEqual([{ type: 'speechEnd', atMs: 532, startMs: 0 }]);
  });

  test('defaults are usable as is, and inconsistent thresholds are refused', () => {
    const segmenter = createSpeechSegmenter();
    const events = Array.from({ length: 20 }, (_, i) => segmenter.push(0.95, i * 32)).flat();
    expect(events).toEqual([{ type: 'speechStart', atMs: 0 }]);
    expect(() => createSpeechSegmenter({ positiveThreshold: 0.3, negativeThreshold: 0.5 })).toThrow(/negativeThreshold/);
  });
});
