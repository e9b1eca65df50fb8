import { useEffect, useRef, useState } from 'react';
import { listenToVoice, voiceState, type VoiceState } from './voiceEngine';

export type { VoiceState, VoiceStatus } from './voiceEngine';

export type VoiceActivityOptions = {
  /** Opens the microphone (asking permission) and loads the detector while true. */
  enabled: boolean;
  /** Speech began `agoMs` ago (integer ≥ 0): dated at its first speech frame, reported ≥ 150 ms later. */
  onSpeechStart?: (agoMs: number) => void;
  /** Speech ended `agoMs` ago: dated at the end of its last speech frame, reported ≥ 300 ms later. */
  onSpeechEnd?: (agoMs: number) => void;
};

const off: VoiceState = { status: 'off', progress: 0, level: 0 };

/**
 * Voice activity of the candidate's microphone, with the Silero v5 detector loaded on first use
 * (about 4 MB, with progress). Callbacks receive how long ago the boundary happened, from the
 * frames' timestamps, so the caller can date it on its own clock.
 */
export function useVoiceActivity({ enabled, onSpeechStart, onSpeechEnd }: VoiceActivityOptions): VoiceState {
  const [state, setState] = useState<VoiceState>(() => (enabled ? voiceState() : off));
  const callbacks = useRef({ onSpeechStart, onSpeechEnd });
  useEffect(() => {
    callbacks.current = { onSpeechStart, onSpeechEnd };
  });

  useEffect(() => {
    if (!enabled) return;
    return listenToVoice({
      onState: setState,
      onSpeech: (event) => {
        const agoMs = Math.max(0, Math.round(performance.now() - event.atMs));
        if (event.type === 'speechStart') callbacks.current.onSpeechStart?.(agoMs);
        else callbacks.current.onSpeechEnd?.(agoMs);
      },
    });
  }, [enabled]);

  return enabled ? state : off;
}
