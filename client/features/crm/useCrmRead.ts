import { useCallback, useEffect, useState } from 'react';
import type { CrmFailure, CrmResult } from './crmClient';
import { useCrm } from './useCrm';
import { useDelayedFlag } from './useDelayedFlag';

export type CrmReadState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T; refreshing: boolean }
  | { status: 'error'; failure: CrmFailure };

export type CrmRead<T> = CrmReadState<T> & {
  /** After an error: shows the loading state and asks again. */
  retry: () => void;
  /** After a write: asks again while the screen keeps showing what it has. */
  refresh: () => void;
  /** The answer has taken more than 300 ms: show a progress indicator. */
  slow: boolean;
};

type Answer<T> = { key: string; attempt: number; result: CrmResult<T> };

/**
 * One record of the CRM (`GET …/crm<path>?<query>`), read when the screen opens, again on
 * `retry()` or `refresh()`. A change of language does not read it again: every read is logged
 * as evidence, and the data does not depend on the language.
 */
export function useCrmRead<T>(path: string, query = ''): CrmRead<T> {
  const { client } = useCrm();
  const key = `${path}?${query}`;
  const [attempt, setAttempt] = useState(0);
  const [mode, setMode] = useState<'retry' | 'refresh'>('retry');
  const [answer, setAnswer] = useState<Answer<T> | null>(null);

  useEffect(() => {
    let live = true;
    client.read<T>(path, Object.fromEntries(new URLSearchParams(query))).then((result) => {
      if (live) setAnswer({ key: `${path}?${query}`, attempt, result });
    });
    return () => {
      live = false;
    };
  }, [client, path, query, attempt]);

  let state: CrmReadState<T> = { status: 'loading' };
  if (answer && answer.key === key) {
    const current = answer.attempt === attempt;
    if (current) {
      state = answer.result.ok ? { status: 'ready', data: answer.result.data, refreshing: false } : { status: 'error', failure: answer.result.failure };
    } else if (mode === 'refresh' && answer.result.ok) {
      state = { status: 'ready', data: answer.result.data, refreshing: true };
    }
  }

  const retry = useCallback(() => {
    setMode('retry');
    setAttempt((count) => count + 1);
  }, []);
  const refresh = useCallback(() => {
    setMode('refresh');
    setAttempt((count) => count + 1);
  }, []);
  const slow = useDelayedFlag(state.status === 'loading' || (state.status === 'ready' && state.refreshing));
  return { ...state, retry, refresh, slow };
}
