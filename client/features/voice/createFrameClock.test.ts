import { describe, expect, test } from 'vitest';
import { createFrameClock } from './createFrameClock';

describe('createFrameClock', () => {
  test('frames received on time are dated 32 ms apart, ending when received', () => {
    const clock = createFrameClock(32);
    expect([1032, 1064, 1096].map((at) => clock.next(at))).toEqual([1000, 1032, 1064]);
  });

  test('a frame delayed by a busy main thread keeps its audio time', () => {
    const clock = createFrameClock(32);
    clock.next(1032);
    // Frames 1 and 2 arrive together, 150 ms late.
    expect(clock.next(1214)).toBe(1032);
    expect(clock.next(1215)).toBe(1064);
  });

  test('the least delayed frame corrects a late first frame', () => {
    const clock = createFrameClock(32);
    expect(clock.next(1100)).toBe(1068); // the first frame came 68 ms late
    clock.next(1100);
    expect(clock.next(1096)).toBe(1064); // frame 2 on time: the stream started at 1000
    expect(clock.next(1128)).toBe(1096);
  });
});
