import { lazy, Suspense, useState } from 'react';
import type { CallCommandInput } from './createCallConnection';
import { useCallI18n } from './useCallI18n';

// The VAD (model, onnxruntime) loads only once the candidate switches the microphone on.
const VoiceDetector = lazy(() => import('./VoiceDetector').then((module) => ({ default: module.VoiceDetector })));

type VoiceControlProps = {
  /** Speech is sent only while the line is open. */
  active: boolean;
  send: (command: CallCommandInput) => void;
};

/** « Micro »: a switch that runs the microphone check, then voice detection, loaded on demand. */
export function VoiceControl({ active, send }: VoiceControlProps) {
  const { t } = useCallI18n();
  const [on, setOn] = useState(false);
  return (
    <div className="voice-control">
      <button type="button" className="button button--secondary button--small" aria-pressed={on} aria-describedby="voice-control-help" onClick={() => setOn(!on)}>
        {t('dialogue.microphone')}
      </button>
      <p id="voice-control-help" className="dialogue__note">
        {t('dialogue.microphoneHelp')}
      </p>
      {on && (
        <Suspense fallback={<p role="status">{t('dialogue.voiceLoading')}</p>}>
          <VoiceDetector active={active} send={send} />
        </Suspense>
      )}
    </div>
  );
}
