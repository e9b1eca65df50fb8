import type { VoiceMetrics } from '../../../shared/voice/voiceMetrics';
import { useExaminerI18n } from './useExaminerI18n';

/** The call's voice metrics so far: talk share, answer latency, long silences, interruptions, holds. */
export function VoiceMetricsPanel({ voice }: { voice: VoiceMetrics }) {
  const { t } = useExaminerI18n();
  const seconds = (ms: number | null) => (ms === null ? '—' : t('voice.seconds', { value: (ms / 1000).toFixed(1) }));
  return (
    <section className="console-panel voice-metrics" aria-labelledby="voice-title">
      <h2 id="voice-title">{t('voice.title')}</h2>
      {!voice.measured && <p>{t('voice.unmeasured')}</p>}
      <dl>
        <dt>{t('voice.share')}</dt>
        <dd>{voice.candidateShare === null ? '—' : `${Math.round(voice.candidateShare * 100)} %`}</dd>
        <dt>{t('voice.latency')}</dt>
        <dd>{seconds(voice.medianLatencyMs)}</dd>
        <dt>{t('voice.silences')}</dt>
        <dd>{voice.longSilences === null ? '—' : voice.longSilences.length}</dd>
        <dt>{t('voice.interruptions')}</dt>
        <dd>{voice.interruptions === null ? '—' : voice.interruptions.length}</dd>
        <dt>{t('voice.holds')}</dt>
        <dd>
          {voice.holdCount} ({seconds(voice.holdMs)})
        </dd>
      </dl>
    </section>
  );
}
