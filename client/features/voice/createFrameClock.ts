/**
 * Dates the VAD's frames on the `performance.now()` clock. A frame reaches the page a little
 * after its last sample was captured (audio worklet → message → inference), sometimes much later
 * when the main thread is busy; the audio itself is regular, 32 ms a frame. So the start of the
 * stream is estimated as the earliest `receivedAt − (n + 1) × frameMs` seen so far (the least
 * delayed frame) and frame n starts at `start + n × frameMs`.
 */
export function createFrameClock(frameMs: number) {
  let count = 0;
  let streamStart = Number.POSITIVE_INFINITY;
  return {
    /** The start time of the next frame, received at `receivedAt`. */
    next(receivedAt: number): number {
      const index = count++;
      streamStart = Math.min(streamStart, receivedAt - (index + 1) * frameMs);
      return streamStart + index * frameMs;
    },
  };
}
