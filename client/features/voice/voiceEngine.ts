import { createSpeechSegmenter, VAD_FRAME_MS, type SpeechEvent } from '../../../shared/voice/speechSegmenter';
import { createFrameClock } from './createFrameClock';
import { prefetchVadAssets } from './prefetchVadAssets';
import { vadBaseUrl } from './vadAssets';

export type VoiceStatus = 'off' | 'loading' | 'listening' | 'denied' | 'error';

export type VoiceState = {
  status: VoiceStatus;
  /** 0..1 while loading (0 while the total is unknown). */
  progress: number;
  /** 0..1 input level of the last frame (−60 dBFS → 0, 0 dBFS → 1). */
  level: number;
  /** Why it failed: a DOMException name (`NotFoundError`…) or an error message. */
  error?: string;
};

/** A speech boundary on the `performance.now()` clock. */
export type VoiceEvent = { type: SpeechEvent['type']; atMs: number };

type Listener = { onState: (state: VoiceState) => void; onSpeech: (event: VoiceEvent) => void };

/** How long the microphone stays open after the last user leaves (the mic check hands over to the call). */
const RELEASE_DELAY_MS = 1500;

const listeners = new Set<Listener>();
let state: VoiceState = { status: 'off', progress: 0, level: 0 };
let running: { stop: () => void } | null = null;
let releaseTimer: ReturnType<typeof setTimeout> | undefined;

function setState(next: Partial<VoiceState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener.onState(state);
}

export function voiceState(): VoiceState {
  return state;
}

/**
 * One microphone and one voice detector for the page, shared by whoever listens (the mic check,
 * then the call): the first listener starts it, and it stops a moment after the last one leaves.
 * Returns the function that leaves.
 */
export function listenToVoice(listener: Listener): () => void {
  listeners.add(listener);
  clearTimeout(releaseTimer);
  if (!running || state.status === 'denied' || state.status === 'error') start();
  listener.onState(state);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    releaseTimer = setTimeout(() => {
      running?.stop();
      running = null;
      setState({ status: 'off', progress: 0, level: 0, error: undefined });
    }, RELEASE_DELAY_MS);
  };
}

function start(): void {
  let stopped = false;
  let destroy: (() => Promise<void>) | null = null;
  running = {
    stop() {
      stopped = true;
      void destroy?.();
    },
  };
  setState({ status: 'loading', progress: 0, level: 0, error: undefined });

  void (async () => {
    try {
      // vad-web and onnxruntime-web stay out of the initial bundle: their chunk loads meanwhile.
      const library = import('@ricky0123/vad-web');
      await prefetchVadAssets((fraction) => {
        if (!stopped) setState({ progress: fraction ?? 0 });
      });
      const { MicVAD } = await library;
      if (stopped) return;
      const clock = createFrameClock(VAD_FRAME_MS);
      const segmenter = createSpeechSegmenter();
      const base = vadBaseUrl();
      const vad = await MicVAD.new({
        model: 'v5',
        baseAssetPath: base,
        onnxWASMBasePath: base,
        ortConfig: (ort) => {
          ort.env.wasm.numThreads = 1;
          ort.env.logLevel = 'error';
        },
        // MicVAD's own onSpeechStart/End are not used: they fire late (redemptionMs); the
        // segments come from our segmenter, dated by the frames.
        onFrameProcessed: (probabilities, frame) => {
          const frameStart = clock.next(performance.now());
          setState({ level: frameLevel(frame, state.level) });
          for (const event of segmenter.push(probabilities.isSpeech, frameStart)) {
            for (const listener of listeners) listener.onSpeech({ type: event.type, atMs: event.atMs });
          }
        },
      });
      destroy = () => vad.destroy();
      if (stopped) await vad.destroy();
      else setState({ status: 'listening', progress: 1 });
    } catch (error) {
      if (stopped) return;
      running = null;
      const denied = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
      // A DOMException's name (NotFoundError: no microphone) is what the interface can explain.
      const message = error instanceof DOMException ? error.name : error instanceof Error ? error.message : String(error);
      setState({ status: denied ? 'denied' : 'error', error: message });
    }
  })();
}

/** RMS level of a frame on a −60..0 dBFS scale, rising at once and falling gently. */
export function frameLevel(frame: Float32Array, previous: number): number {
  let sum = 0;
  for (const sample of frame) sum += sample * sample;
  const rms = Math.sqrt(sum / Math.max(1, frame.length));
  const level = rms > 0 ? Math.min(1, Math.max(0, (20 * Math.log10(rms) + 60) / 60)) : 0;
  return level >= previous ? level : Math.max(level, previous - 0.08);
}
