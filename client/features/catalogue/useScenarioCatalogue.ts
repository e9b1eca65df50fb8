import { useCallback, useEffect, useState } from 'react';
import type { Locale } from '../../app/i18n/locales';
import { CatalogueError, fetchScenarios } from './fetchScenarios';
import type { ScenarioSummary } from './parseScenarioList';

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'error'; error: CatalogueError }
  | { status: 'ready'; scenarios: ScenarioSummary[] };

/** Loads the scenario list, again on `retry()` and when the language changes. */
export function useScenarioCatalogue(locale: Locale): CatalogueState & { retry: () => void } {
  const [state, setState] = useState<CatalogueState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchScenarios(locale, controller.signal).then(
      (scenarios) => setState({ status: 'ready', scenarios }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          error: error instanceof CatalogueError ? error : new CatalogueError('network', String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [attempt, locale]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);

  return { ...state, retry };
}
