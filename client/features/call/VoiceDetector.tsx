import { useRef, useState } from 'react';
import { MicCheck } from '../voice/MicCheck';
import { useVoiceActivity } from '../voice/useVoiceActivity';
import type { CallCommandInput } from './createCallConnection';
import { useCallI18n } from './useCallI18n';

type VoiceDetectorProps = {
  active: boolean;
  send: (command: CallCommandInput) => void;
};

/**
 * The microphone check, then voice detection: each speech start and end goes to the server with
 * how long ago it happened (from the VAD's frames, not from when the callback ran). Lazily loaded.
 */
export function VoiceDetector({ active, send }: VoiceDetectorProps) {
  const { t } = useCallI18n();
  const [ready, setReady] = useState(false);
  // Only segments begun on an open line go out (an unclosed one ends at hang-up for the metrics).
  const speaking = useRef(false);
  const voice = useVoiceActivity({
    enabled: ready,
    onSpeechStart: (agoMs: number) => {
      if (!active) return;
      speaking.current = true;
      send({ type: 'voice.speechStart', agoMs: clampAgo(agoMs) });
    },
    onSpeechEnd: (agoMs: number) => {
      if (!speaking.current) return;
      speaking.current = false;
      if (active) send({ type: 'voice.speechEnd', agoMs: clampAgo(agoMs) });
    },
  });

  if (!ready) return <MicCheck onReady={() => setReady(true)} />;
  const message =
    voice.status === 'loading'
      ? t('dialogue.voiceLoading')
      : voice.status === 'listening'
        ? t('dialogue.voiceListening')
        : voice.status === 'denied'
          ? t('dialogue.voiceDenied')
          : voice.status === 'error'
            ? t('dialogue.voiceError')
            : '';
  return (
    <div className="voice-detector">
      <p role={voice.status === 'denied' || voice.status === 'error' ? 'alert' : 'status'}>{message}</p>
      {voice.status === 'loading' && <progress max={1} value={voice.progress} aria-label={t('dialogue.voiceLoading')} />}
      {voice.status === 'listening' && <meter min={0} max={1} value={voice.level} aria-label={t('dialogue.microphone')} />}
    </div>
  );
}

function clampAgo(agoMs: number): number {
  return Math.min(10_000, Math.max(0, Math.round(agoMs)));
}
