import { describe, expect, test } from 'vitest';
import type { CandidateView } from '../../../shared/protocol/callProtocol';
import { callSessionReducer, initialCallSessionState, type CallSessionState } from './callSessionReducer';
import { testView } from './testView';

const error = { code: 'bad_phase', message: { fr: 'Impossible maintenant.', en: 'Not now.' } };

describe('callSessionReducer', () => {
  test('a join shows the view and sets the clock offset; a later view replaces it', () => {
    let state = callSessionReducer(initialCallSessionState, { type: 'joined', view: testView({ serverNow: 10_000 }), receivedAt: 9_000 });
    expect(state).toMatchObject({ connection: 'online', clockOffsetMs: 1_000, view: { phase: 'ringing' } });
    state = callSessionReducer(state, { type: 'viewReceived', view: testView({ serverNow: 12_000, phase: 'connected' }), receivedAt: 11_500 });
    expect(state).toMatchObject({ clockOffsetMs: 500, view: { phase: 'connected' } });
  });

  test('an older view, or another session\'s, changes nothing', () => {
    const state = callSessionReducer(initialCallSessionState, { type: 'joined', view: testView({ serverNow: 10_000, phase: 'connected' }), receivedAt: 10_000 });
    expect(callSessionReducer(state, { type: 'viewReceived', view: testView({ serverNow: 9_000 }), receivedAt: 10_001 })).toBe(state);
    expect(callSessionReducer(state, { type: 'viewReceived', view: testView({ serverNow: 11_000, sessionId: 'other' }), receivedAt: 10_001 })).toBe(state);
  });

  test('a rejoin after a disconnection takes the fresh view even if its clock went back', () => {
    let state: CallSessionState = callSessionReducer(initialCallSessionState, { type: 'joined', view: testView({ serverNow: 10_000 }), receivedAt: 0 });
    state = callSessionReducer(state, { type: 'disconnected' });
    expect(state.connection).toBe('offline');
    const fresh: CandidateView = testView({ serverNow: 8_000, phase: 'wrap-up' });
    state = callSessionReducer(state, { type: 'joined', view: fresh, receivedAt: 0 });
    expect(state).toMatchObject({ connection: 'online', view: fresh });
  });

  test('a refused command is shown until dismissed; a failed join is kept apart', () => {
    let state = callSessionReducer(initialCallSessionState, { type: 'commandRejected', error });
    expect(state.commandError).toBe(error);
    state = callSessionReducer(state, { type: 'errorDismissed' });
    expect(state.commandError).toBeNull();
    expect(callSessionReducer(state, { type: 'errorDismissed' })).toBe(state);
    state = callSessionReducer(state, { type: 'joinFailed', error });
    expect(state).toMatchObject({ joinError: error, view: null });
  });

  test('counts the commands still waiting for their ack', () => {
    const state = callSessionReducer(initialCallSessionState, { type: 'outboxChanged', pending: 2 });
    expect(state.pending).toBe(2);
    expect(callSessionReducer(state, { type: 'outboxChanged', pending: 2 })).toBe(state);
  });
});
