import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from './paths';

/**
 * A Chromium whose microphone plays `wavPath` (mono 16-bit PCM, 48 kHz works best) once, then
 * silence (`%noloop`), with the permission prompt auto-accepted (or refused, `permission: 'denied'`,
 * then do not grant the microphone to the context either). One browser per audio file: the
 * file is a launch flag. Chromium starts playing the file when getUserMedia resolves.
 */
export function launchWithFakeMicrophone(wavPath: string, options: { permission?: 'granted' | 'denied' } = {}): Promise<Browser> {
  const permission = options.permission === 'denied' ? ['--deny-permission-prompts'] : ['--use-fake-ui-for-media-stream'];
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...permission,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wavPath}%noloop`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}

declare global {
  interface Window {
    /** performance.now() when each getUserMedia call resolved (test instrumentation, see below). */
    __micStartedAt?: number[];
  }
}

/**
 * Records, in the page, when getUserMedia resolves: the fake microphone's file starts then, so a
 * time in the file is `micStartedAt + t` on the page's performance.now() clock (measured ≈ +25 ms,
 * reproducible to ±10 ms, in shared/notes/webrtc-line-probe.md §1). Call before `page.goto`.
 */
export async function recordMicrophoneStart(context: BrowserContext | Page): Promise<void> {
  await context.addInitScript(() => {
    const devices = navigator.mediaDevices;
    const original = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      (window.__micStartedAt ??= []).push(performance.now());
      return stream;
    };
  });
}

/** The performance.now() time at which the (first) microphone stream started in the page. */
export async function microphoneStartedAt(page: Page): Promise<number> {
  const times = await page.evaluate(() => window.__micStartedAt ?? []);
  if (times.length === 0) throw new Error('getUserMedia never resolved in this page');
  return times[0]!;
}

/** Collects every http(s) request of the context that goes anywhere but `allowedOrigin`. */
export function recordForeignRequests(context: BrowserContext, allowedOrigin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.origin !== allowedOrigin) {
      foreign.push(request.url());
    }
  });
  return foreign;
}
