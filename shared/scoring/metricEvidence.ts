import type { VoiceMetrics } from '../voice/voiceMetrics';
import type { DebriefEvidence } from './debriefTypes';

/**
 * The metric rules, kept few and conservative: a metric adds evidence only when it was measured
 * and the signal is clear, and never blocks. The competency ids come from the referential's
 * indicators:
 * - RCD-06 (active listening): « Laisse le client finir ses phrases sans lui couper la parole ».
 * - RCD-21 (speaking professionally): « Évite les silences prolongés en commentant ses recherches ».
 * - RCD-22 (controlling the call's length): « Traite la demande dans la durée cible fixée ».
 */
export const metricRules = {
  /** Interruptions from which active listening is in question. */
  interruptionsAgainst: 2,
  /** Listening is shown when the candidate answered at least this often without cutting in once. */
  answersForListening: 3,
  /** A median response this quick, over enough answers, keeps the call free of dead air. */
  responsiveMedianMs: 2000,
  answersForResponsiveness: 3,
  /** Long silences (the silence timer's own firings excluded: the scenario judged those) against RCD-21. */
  silencesAgainst: 2,
  /** A connected span longer than the scenario's target duration times this counts against RCD-22. */
  overrunFactor: 1.5,
} as const;

const seconds = (ms: number) => (ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
const secondsEn = (ms: number) => (ms / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 });
const minutes = (ms: number) => Math.round(ms / 60_000);

function metric(competency: string, positive: boolean, ref: string, atMs: number | null, fr: string, en: string): DebriefEvidence {
  return { competency, positive, weight: 1, blocker: false, note: null, atMs, source: { kind: 'metric', step: null, ref, text: { fr, en } } };
}

/** Evidence from the voice and timing metrics of a call; `targetDurationMs` is the scenario's `duration`. */
export function metricEvidence(voice: VoiceMetrics, targetDurationMs: number | null): DebriefEvidence[] {
  const found: DebriefEvidence[] = [];
  const r = metricRules;
  if (voice.measured && voice.interruptions && voice.latencies && voice.longSilences) {
    const cuts = voice.interruptions.length;
    if (cuts >= r.interruptionsAgainst) {
      found.push(metric('RCD-06', false, 'interruptions', voice.interruptions[0]!.at, `A coupé la parole au client ${cuts} fois`, `Interrupted the customer ${cuts} times`));
    } else if (cuts === 0 && voice.latencies.length >= r.answersForListening) {
      found.push(metric('RCD-06', true, 'interruptions', null, `A laissé le client finir ses phrases (${voice.latencies.length} réponses, aucune interruption)`, `Let the customer finish (${voice.latencies.length} answers, no interruption)`));
    }
    const median = voice.medianLatencyMs;
    const silences = voice.longSilences.filter((s) => !s.timerFired);
    if (silences.length >= r.silencesAgainst) {
      const threshold = voice.silenceThresholdMs ?? 0;
      found.push(metric('RCD-21', false, 'long-silences', silences[0]!.start, `${silences.length} silences de plus de ${seconds(threshold)} s`, `${silences.length} silences longer than ${secondsEn(threshold)} s`));
    } else if (median !== null && median <= r.responsiveMedianMs && voice.latencies.length >= r.answersForResponsiveness && voice.longSilences.length === 0) {
      found.push(metric('RCD-21', true, 'response-latency', null, `Répond sans blanc : délai de réponse médian ${seconds(median)} s`, `Answers without dead air: median response time ${secondsEn(median)} s`));
    }
  }
  if (voice.durationMs !== null && targetDurationMs !== null && voice.durationMs > targetDurationMs * r.overrunFactor) {
    found.push(
      metric(
        'RCD-22',
        false,
        'call-duration',
        voice.durationMs,
        `Appel de ${minutes(voice.durationMs)} min pour une durée cible de ${minutes(targetDurationMs)} min`,
        `A ${minutes(voice.durationMs)} min call for a target of ${minutes(targetDurationMs)} min`,
      ),
    );
  }
  return found;
}
