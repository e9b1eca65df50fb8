import { useState } from 'react';
import { ProgressIndicator } from '../../ui/ProgressIndicator';
import { StatusMessage } from '../../ui/StatusMessage';
import { useVoiceActivity } from './useVoiceActivity';
import { useVoiceI18n } from './useVoiceI18n';
import './voice.css';

type MicCheckProps = {
  /** The candidate confirmed that the microphone works (offered once speech was heard). */
  onReady: () => void;
};

/**
 * The microphone check before a call: asks permission on a button press, loads the detector with
 * its progress, shows the input level and « Nous vous entendons » once speech is detected.
 */
export function MicCheck({ onReady }: MicCheckProps) {
  const { t } = useVoiceI18n();
  const [attempt, setAttempt] = useState(0);

  return (
    <section className="mic-check" aria-labelledby="mic-check-title">
      <h2 id="mic-check-title">{t('micCheck.title')}</h2>
      <p>{t('micCheck.intro')}</p>
      {attempt === 0 ? (
        <button type="button" className="button" onClick={() => setAttempt(1)}>
          {t('micCheck.start')}
        </button>
      ) : (
        <MicCheckSession key={attempt} onReady={onReady} onRetry={() => setAttempt(attempt + 1)} />
      )}
    </section>
  );
}

/** A detected segment, on the page's `performance.now()` clock (ms). */
type Segment = { startMs: number; endMs?: number };

function MicCheckSession({ onReady, onRetry }: MicCheckProps & { onRetry: () => void }) {
  const { t, locale } = useVoiceI18n();
  const [segments, setSegments] = useState<Segment[]>([]);
  const voice = useVoiceActivity({
    enabled: true,
    onSpeechStart: (agoMs) => setSegments((list) => [...list.slice(-9), { startMs: Math.round(performance.now() - agoMs) }]),
    onSpeechEnd: (agoMs) =>
      setSegments((list) => list.map((segment, i) => (i === list.length - 1 ? { ...segment, endMs: Math.round(performance.now() - agoMs) } : segment))),
  });
  const retry = (
    <button type="button" className="button" onClick={onRetry}>
      {t('micCheck.retry')}
    </button>
  );

  if (voice.status === 'denied') {
    return (
      <StatusMessage kind="error" title={t('micCheck.deniedTitle')} action={retry}>
        {t('micCheck.deniedText')}
      </StatusMessage>
    );
  }
  if (voice.status === 'error') {
    return (
      <StatusMessage kind="error" title={t('micCheck.errorTitle')} action={retry}>
        {voice.error === 'NotFoundError' ? t('micCheck.noMicrophone') : voice.error}
      </StatusMessage>
    );
  }
  if (voice.status !== 'listening') {
    const percent = Math.round(voice.progress * 100);
    return (
      <div className="mic-check__loading">
        <ProgressIndicator label={percent > 0 ? t('micCheck.loadingProgress', { percent }) : t('micCheck.loading')} />
        <progress max={1} value={voice.progress} aria-label={t('micCheck.loading')} />
      </div>
    );
  }

  const heard = segments.length > 0;
  const seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <div className="mic-check__listening">
      <p>{t('micCheck.speak')}</p>
      <label className="mic-check__level">
        {t('micCheck.level')}
        <meter min={0} max={1} low={0.25} value={voice.level} />
      </label>
      <p role="status" className="mic-check__heard">
        {heard ? t('micCheck.heard') : ''}
      </p>
      {heard && (
        <>
          <button type="button" className="button" onClick={onReady}>
            {t('micCheck.continue')}
          </button>
          <h3>{t('micCheck.segments')}</h3>
          <ol className="mic-check__segments">
            {segments.map((segment) => (
              <li key={segment.startMs} data-testid="speech-segment" data-start-ms={segment.startMs} data-end-ms={segment.endMs}>
                {segment.endMs === undefined
                  ? t('micCheck.segmentOngoing')
                  : t('micCheck.segment', { seconds: seconds.format((segment.endMs - segment.startMs) / 1000) })}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
