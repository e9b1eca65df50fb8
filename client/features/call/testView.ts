import { CALL_PROTOCOL_VERSION, type CandidateView } from '../../../shared/protocol/callProtocol';

/** A candidate view for tests: an inbound guided call ringing, with `overrides` applied. */
export function testView(overrides: Partial<CandidateView> = {}): CandidateView {
  return {
    protocol: CALL_PROTOCOL_VERSION,
    sessionId: 's1',
    scenarioId: 'colis-en-retard',
    title: 'Colis en retard, cliente agacée',
    direction: 'inbound',
    mode: 'guided',
    phase: 'ringing',
    serverNow: 1_000_000,
    displayedNumber: '06 12 34 56 78',
    ringingSince: 1_000_000,
    connectedAt: null,
    endedAt: null,
    wrapUpEndsAt: null,
    onHold: false,
    holdSince: null,
    muted: false,
    transcript: [],
    options: [],
    canDial: false,
    transfers: [],
    crmStatus: 'available',
    dialAttempts: [],
    ending: null,
    ...overrides,
  };
}
