import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A sentence spoken by espeak-ng: `voice` like `fr`, `fr+f3`, `fr-be`; `wordsPerMinute` 80–450 (espeak's default 175). */
export type Utterance = { say: string; voice?: string; wordsPerMinute?: number };
/** A part of a track: an utterance, or an exact silence. */
export type TrackPart = Utterance | { silenceMs: number };

/** A span of the track where speech is, in ms from the first sample. */
export type SpeechBoundary = { startMs: number; endMs: number };

export type SpeechTrack = {
  /** Absolute path of a mono 16-bit PCM WAV. */
  wavPath: string;
  sampleRate: number;
  durationMs: number;
  /** Where speech is, computed from sample counts (espeak's own leading and trailing silences trimmed). */
  speech: SpeechBoundary[];
};

/** Where generated tracks are kept between runs (not under test-results/, which Playwright empties). */
export const speechAudioDir = join(tmpdir(), 'plateau-speech-audio');

/**
 * Builds (or reuses from the cache) a WAV of French speech with known boundaries: each utterance is
 * synthesised by espeak-ng, resampled to `sampleRate` and trimmed of espeak's leading and trailing
 * silence (below 0.5 % of full scale, so the boundary is where the voice becomes audible), then the
 * parts are concatenated with exact digital silences. Boundaries come from the sample counts.
 * Use 48 kHz for Chromium's fake microphone, 16 kHz for the VAD model in Node.
 */
export async function speechTrack(parts: readonly TrackPart[], sampleRate: 16000 | 48000): Promise<SpeechTrack> {
  const key = createHash('sha256').update(JSON.stringify({ parts, sampleRate, v: 2 })).digest('hex').slice(0, 16);
  const wavPath = join(speechAudioDir, `${key}.wav`);
  const metaPath = join(speechAudioDir, `${key}.json`);
  if (existsSync(wavPath) && existsSync(metaPath)) return JSON.parse(await readFile(metaPath, 'utf8')) as SpeechTrack;

  const work = join(speechAudioDir, `${key}.parts-${process.pid}`);
  await mkdir(work, { recursive: true });
  try {
    const files: string[] = [];
    const speech: SpeechBoundary[] = [];
    let samples = 0;
    for (const [index, part] of parts.entries()) {
      const file = join(work, `${index}.wav`);
      if ('silenceMs' in part) {
        const count = Math.round((part.silenceMs * sampleRate) / 1000);
        await run('sox', ['-r', `${sampleRate}`, '-c', '1', '-n', '-b', '16', file, 'trim', '0', `${count}s`]);
        samples += count;
      } else {
        const raw = join(work, `${index}.raw.wav`);
        const espeakArgs = ['-v', part.voice ?? 'fr', '-s', `${part.wordsPerMinute ?? 175}`, '-w', raw, part.say];
        await run('espeak-ng', espeakArgs);
        // -D: no dither, so silences stay digital zeros; trim both ends at 0.5 % of full scale.
        const trim = ['silence', '1', '0.005', '0.5%', 'reverse', 'silence', '1', '0.005', '0.5%', 'reverse'];
        await run('sox', ['-D', raw, '-r', `${sampleRate}`, '-c', '1', '-b', '16', file, ...trim]);
        const count = await sampleCount(file);
        await refuseInnerPauses(file, part.say);
        speech.push({ startMs: toMs(samples, sampleRate), endMs: toMs(samples + count, sampleRate) });
        samples += count;
      }
      files.push(file);
    }
    const partial = `${wavPath}.${process.pid}.tmp.wav`;
    await run('sox', ['-D', ...files, partial]);
    const written = await sampleCount(partial);
    if (written !== samples) throw new Error(`speechTrack: expected ${samples} samples, sox wrote ${written}`);
    const track: SpeechTrack = { wavPath, sampleRate, durationMs: toMs(samples, sampleRate), speech };
    await writeFile(metaPath, `${JSON.stringify(track, null, 2)}\n`);
    await rename(partial, wavPath);
    return track;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The samples of a 16-bit mono PCM WAV as floats in [-1, 1] (reads the `data` chunk). */
export async function readWavSamples(path: string): Promise<{ sampleRate: number; samples: Float32Array }> {
  const bytes = await readFile(path);
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') throw new Error(`${path} is not a WAV file`);
  let offset = 12;
  let sampleRate = 0;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      const channels = bytes.readUInt16LE(body + 2);
      const bits = bytes.readUInt16LE(body + 14);
      if (channels !== 1 || bits !== 16) throw new Error(`${path}: expected mono 16-bit PCM, got ${channels} channel(s) of ${bits} bits`);
      sampleRate = bytes.readUInt32LE(body + 4);
    } else if (id === 'data') {
      const count = Math.min(size, bytes.length - body) >> 1;
      const samples = new Float32Array(count);
      for (let i = 0; i < count; i++) samples[i] = bytes.readInt16LE(body + 2 * i) / 32768;
      return { sampleRate, samples };
    }
    offset = body + size + (size & 1);
  }
  throw new Error(`${path} has no data chunk`);
}

/**
 * Longest quiet stretch allowed inside an utterance: longer ones (espeak pauses at « ? » or « . »,
 * more so when slow) would be real silences that the track's boundaries do not list.
 */
const MAX_INNER_PAUSE_MS = 300;

async function refuseInnerPauses(file: string, say: string): Promise<void> {
  const { sampleRate, samples } = await readWavSamples(file);
  const limit = (MAX_INNER_PAUSE_MS * sampleRate) / 1000;
  let quiet = 0;
  for (const sample of samples) {
    quiet = Math.abs(sample) < 0.005 ? quiet + 1 : 0;
    if (quiet > limit) {
      throw new Error(`speechTrack: « ${say} » holds a pause longer than ${MAX_INNER_PAUSE_MS} ms; split it into two utterances with an explicit silence`);
    }
  }
}

async function sampleCount(file: string): Promise<number> {
  const { stdout } = await run('soxi', ['-s', file]);
  return Number(stdout.trim());
}

function toMs(samples: number, sampleRate: number): number {
  return Math.round((samples * 1e6) / sampleRate) / 1000;
}
