import { readFile } from 'node:fs/promises';
import { Silero, type Model } from '@ricky0123/vad-web/dist/models/index.js';
import * as ort from 'onnxruntime-web';
import { createSpeechSegmenter, VAD_FRAME_MS, type SpeechSegmenterOptions } from '../../shared/voice/speechSegmenter';
import { readWavSamples, speechTrack, type SpeechBoundary, type TrackPart } from '../support/speechAudio';
import { percentile } from './percentile';

const FRAME_SAMPLES = 512;
const modelPath = new URL('../../node_modules/@ricky0123/vad-web/dist/silero_vad_v5.onnx', import.meta.url);

/**
 * The bench corpus: French sentences in five espeak-ng voices at 130–230 words per minute, with
 * pauses of 0.4–3 s between them (and a question, numbers, an address, commas inside sentences).
 */
export const vadCorpus: readonly (readonly TrackPart[])[] = [
  [
    { silenceMs: 800 },
    { say: 'Bonjour, service client, je vous écoute.', voice: 'fr' },
    { silenceMs: 1200 },
    { say: 'Pouvez-vous me donner votre numéro de dossier ?', voice: 'fr' },
    { silenceMs: 400 },
    { say: 'Très bien, je regarde cela tout de suite.', voice: 'fr' },
    { silenceMs: 3000 },
    { say: 'Merci de votre patience.', voice: 'fr' },
    { silenceMs: 1000 },
  ],
  [
    { silenceMs: 500 },
    { say: 'Je vous appelle au sujet de ma commande du douze mars.', voice: 'fr+f3', wordsPerMinute: 150 },
    { silenceMs: 2000 },
    { say: 'Elle devait arriver lundi et je n’ai toujours rien reçu.', voice: 'fr+f3', wordsPerMinute: 150 },
    { silenceMs: 600 },
    { say: 'Oui.', voice: 'fr+f3', wordsPerMinute: 150 },
    { silenceMs: 1500 },
    { say: 'Mon adresse est douze rue des Lilas, à Lyon.', voice: 'fr+f3', wordsPerMinute: 150 },
    { silenceMs: 1000 },
  ],
  [
    { silenceMs: 1000 },
    { say: 'Je comprends votre agacement, monsieur Martin.', voice: 'fr-be', wordsPerMinute: 210 },
    { silenceMs: 800 },
    { say: 'Je vous propose un avoir de quinze euros sur votre prochaine facture.', voice: 'fr-be', wordsPerMinute: 210 },
    { silenceMs: 2500 },
    { say: 'Est-ce que cela vous convient ?', voice: 'fr-be', wordsPerMinute: 210 },
    { silenceMs: 1000 },
  ],
  [
    { silenceMs: 700 },
    { say: 'Allô ?', voice: 'fr+m3', wordsPerMinute: 130 },
    { silenceMs: 500 },
    { say: 'Vous êtes toujours là ?', voice: 'fr+m3', wordsPerMinute: 130 },
    { silenceMs: 450 },
    { say: 'D’accord, je patiente.', voice: 'fr+m3', wordsPerMinute: 130 },
    { silenceMs: 1800 },
    { say: 'Le colis a été remis au transporteur le quatre, avec le numéro de suivi suivant.', voice: 'fr+m3', wordsPerMinute: 230 },
    { silenceMs: 1000 },
  ],
  [
    { silenceMs: 600 },
    { say: 'Bonsoir, je souhaiterais résilier mon abonnement.', voice: 'fr-ch', wordsPerMinute: 175 },
    { silenceMs: 1000 },
    { say: 'Pour quelle raison, si je puis me permettre ?', voice: 'fr+f2', wordsPerMinute: 190 },
    { silenceMs: 700 },
    { say: 'Je déménage à l’étranger à la fin du mois.', voice: 'fr-ch', wordsPerMinute: 175 },
    { silenceMs: 1000 },
  ],
];

export type DetectedSegment = { startMs: number; endMs: number };

/** Speech probabilities of the Silero v5 model over a 16 kHz track, frame by frame, with each frame's inference time. */
export async function silero16k(samples: Float32Array, model: Model): Promise<{ probabilities: number[]; frameMs: number[] }> {
  model.reset_state();
  const probabilities: number[] = [];
  const frameMs: number[] = [];
  for (let offset = 0; offset + FRAME_SAMPLES <= samples.length; offset += FRAME_SAMPLES) {
    const frame = samples.slice(offset, offset + FRAME_SAMPLES);
    const t0 = performance.now();
    const { isSpeech } = await model.process(frame);
    frameMs.push(performance.now() - t0);
    probabilities.push(isSpeech);
  }
  return { probabilities, frameMs };
}

/** Runs the segmenter over per-frame probabilities (frame i starts at i × 32 ms). */
export function segmentsOf(probabilities: readonly number[], options: Partial<SpeechSegmenterOptions> = {}): DetectedSegment[] {
  const segmenter = createSpeechSegmenter(options);
  const events = probabilities.flatMap((p, i) => segmenter.push(p, i * VAD_FRAME_MS)).concat(segmenter.flush());
  return events.flatMap((event) => (event.type === 'speechEnd' ? [{ startMs: event.startMs, endMs: event.atMs }] : []));
}

/**
 * Scores detected segments against the known ones. An expected segment is found when exactly one
 * detected segment overlaps it and that one overlaps no other expected segment (a merge or a split
 * is a miss); onset and offset errors are absolute, in ms, for found segments only.
 */
export function scoreSegments(expected: readonly SpeechBoundary[], detected: readonly DetectedSegment[]) {
  const overlaps = (a: DetectedSegment, b: SpeechBoundary) => a.startMs < b.endMs && b.startMs < a.endMs;
  const onsetErrors: number[] = [];
  const offsetErrors: number[] = [];
  for (const truth of expected) {
    const hits = detected.filter((d) => overlaps(d, truth));
    if (hits.length !== 1 || expected.filter((other) => overlaps(hits[0]!, other)).length !== 1) continue;
    onsetErrors.push(Math.abs(hits[0]!.startMs - truth.startMs));
    offsetErrors.push(Math.abs(hits[0]!.endMs - truth.endMs));
  }
  return { found: onsetErrors.length, onsetErrors, offsetErrors };
}

export async function loadSilero(): Promise<Model> {
  ort.env.wasm.numThreads = 1;
  ort.env.logLevel = 'error';
  const bytes = await readFile(modelPath);
  return Silero.new(ort, async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/**
 * `npm run bench -- vad`: Silero v5 (onnxruntime-web's Node build, one thread) over the generated
 * 16 kHz corpus, 512 samples at a time, into the same `speechSegmenter` as the browser. Targets:
 * every segment found, median onset error ≤ 40 ms, median offset error ≤ 60 ms, frame p95 ≤ 5 ms.
 */
export async function vadBench(): Promise<Record<string, number>> {
  const model = await loadSilero();
  const frameTimes: number[] = [];
  const onsetErrors: number[] = [];
  const offsetErrors: number[] = [];
  let expected = 0;
  let found = 0;
  let detectedCount = 0;
  for (const parts of vadCorpus) {
    const track = await speechTrack(parts, 16000);
    const { samples } = await readWavSamples(track.wavPath);
    const { probabilities, frameMs } = await silero16k(samples, model);
    // The first frames pay for the WASM JIT warm-up; time the steady state.
    frameTimes.push(...frameMs.slice(10));
    const detected = segmentsOf(probabilities);
    const score = scoreSegments(track.speech, detected);
    expected += track.speech.length;
    found += score.found;
    detectedCount += detected.length;
    onsetErrors.push(...score.onsetErrors);
    offsetErrors.push(...score.offsetErrors);
  }
  await model.release();
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    frame_p50_ms: round(percentile(frameTimes, 50)),
    frame_p95_ms: round(percentile(frameTimes, 95)),
    onset_err_median_ms: round(percentile(onsetErrors, 50)),
    offset_err_median_ms: round(percentile(offsetErrors, 50)),
    segments_expected: expected,
    segments_found: found,
    segments_detected: detectedCount,
  };
}
