import type { TimelineKind, TimelineSegment } from '../../../shared/voice/voiceMetrics';
import { formatCallTime } from '../../../shared/scoring/debriefLabels';
import { useDebriefI18n } from './useDebriefI18n';

const ROWS: readonly TimelineKind[] = ['customer', 'candidate', 'silence', 'hold'];
const LABEL_WIDTH = 80;
const ROW_HEIGHT = 22;
const WIDTH = 640;

/**
 * The call drawn as four rows (customer, candidate, silence, hold) over its length, with a
 * table of the same segments for screen readers and keyboard users.
 */
export function VoiceTimeline({ segments, durationMs }: { segments: readonly TimelineSegment[]; durationMs: number }) {
  const { t } = useDebriefI18n();
  const span = Math.max(durationMs, 1);
  const scale = (ms: number) => LABEL_WIDTH + ((WIDTH - LABEL_WIDTH - 4) * ms) / span;
  const height = ROWS.length * ROW_HEIGHT + 18;
  const ticks = Array.from({ length: 5 }, (_, i) => (span * i) / 4);
  return (
    <figure className="voice-timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="voice-timeline-title" data-testid="voice-timeline">
        <title id="voice-timeline-title">{t('debrief.timeline')}</title>
        {ROWS.map((row, i) => (
          <g key={row}>
            <text x={0} y={i * ROW_HEIGHT + 15} className="voice-timeline__label">
              {t(`debrief.row.${row}`)}
            </text>
            <line x1={LABEL_WIDTH} x2={WIDTH - 4} y1={(i + 1) * ROW_HEIGHT - 2} y2={(i + 1) * ROW_HEIGHT - 2} className="voice-timeline__axis" />
            {segments
              .filter((s) => s.kind === row)
              .map((s) => (
                <rect
                  key={`${s.start}-${s.end}`}
                  data-kind={row}
                  className={`voice-timeline__bar voice-timeline__bar--${row}`}
                  x={scale(s.start)}
                  width={Math.max(1, scale(s.end) - scale(s.start))}
                  y={i * ROW_HEIGHT + 4}
                  height={ROW_HEIGHT - 8}
                />
              ))}
          </g>
        ))}
        {ticks.map((ms) => (
          <text key={ms} x={scale(ms)} y={height - 3} className="voice-timeline__tick" textAnchor={ms === 0 ? 'start' : ms === span ? 'end' : 'middle'}>
            {formatCallTime(ms)}
          </text>
        ))}
      </svg>
      <details className="voice-timeline__table">
        <summary>{t('debrief.timelineTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('debrief.from')}</th>
              <th scope="col">{t('debrief.to')}</th>
              <th scope="col">{t('debrief.what')}</th>
            </tr>
          </thead>
          <tbody>
            {segments.map((s) => (
              <tr key={`${s.kind}-${s.start}`}>
                <td>{formatCallTime(s.start)}</td>
                <td>{formatCallTime(s.end)}</td>
                <td>{t(`debrief.row.${s.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
