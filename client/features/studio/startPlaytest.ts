import type { SetupWorker } from 'msw/browser';
import type { Scenario } from '../../../shared/scenario/scenarioSchema';

let worker: Promise<SetupWorker> | null = null;

/**
 * Opens a practice session of `scenario` that lives in this page: msw's service worker answers
 * the session and CRM API from the shared code, anything else still reaches the server. A
 * service worker needs a secure context: localhost, or https on a school network.
 */
export async function startPlaytest(scenario: Scenario): Promise<string> {
  if (!window.isSecureContext || !('serviceWorker' in navigator)) throw new Error('insecure-context');
  const { localSessionHandlers } = await import('../playtest/localSessionHandlers');
  const handlers = localSessionHandlers([scenario]);
  worker ??= import('msw/browser').then(async ({ setupWorker }) => {
    const started = setupWorker();
    await started.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: '/mockServiceWorker.js' } });
    return started;
  });
  // The newest scenario's handlers come first; earlier play-tests keep working.
  (await worker).use(...handlers);
  const response = await fetch('/api/sessions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ scenarioId: scenario.id }),
  });
  if (response.status !== 201) throw new Error(`session: HTTP ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}
