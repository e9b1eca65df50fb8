/**
 * Plays a French-style ring (440 Hz, 1.5 s on, 3.5 s off) with WebAudio until the returned
 * function is called. Without WebAudio, or before the page may play sound, it stays silent.
 */
export function startRingTone(): () => void {
  const AudioContextClass = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return () => undefined;
  let context: AudioContext;
  try {
    context = new AudioContextClass();
  } catch {
    return () => undefined;
  }
  const gain = context.createGain();
  gain.gain.value = 0;
  gain.connect(context.destination);
  const oscillator = context.createOscillator();
  oscillator.frequency.value = 440;
  oscillator.connect(gain);
  const start = context.currentTime + 0.05;
  // Schedule a few minutes of cadence up front: a call does not ring longer than that.
  for (let cycle = 0; cycle < 60; cycle += 1) {
    const at = start + cycle * 5;
    gain.gain.setValueAtTime(0.15, at);
    gain.gain.setValueAtTime(0, at + 1.5);
  }
  oscillator.start(start);
  void context.resume().catch(() => undefined);
  return () => {
    try {
      oscillator.stop();
    } catch {
      // Already stopped.
    }
    void context.close().catch(() => undefined);
  };
}
