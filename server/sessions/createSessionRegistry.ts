import { randomUUID } from 'node:crypto';
import type { PracticeSession } from '../../shared/session/practiceSession';
import { createPracticeSession } from '../../shared/session/practiceSession';
import type { Scenario } from '../../shared/scenario/scenarioSchema';
import type { PracticeMode } from '../../shared/protocol/callProtocol';

export interface SessionRegistry {
  /** A new session of the scenario, or undefined when no scenario has that id. */
  create(scenarioId: string, mode?: PracticeMode): PracticeSession | undefined;
  get(sessionId: string): PracticeSession | undefined;
}

export interface SessionRegistryOptions {
  scenarios: readonly Scenario[];
  now?: () => Date;
}

/**
 * Practice sessions, kept in memory for now (the durable store comes with live exams). Session
 * ids are random UUIDs: the id is the only key to a session's CRM.
 */
export function createSessionRegistry(options: SessionRegistryOptions): SessionRegistry {
  const now = options.now ?? (() => new Date());
  const byId = new Map<string, PracticeSession>();
  const scenarios = new Map(options.scenarios.map((s) => [s.id, s]));
  return {
    create(scenarioId, mode = 'guided') {
      const scenario = scenarios.get(scenarioId);
      if (!scenario) return undefined;
      const session = createPracticeSession(randomUUID(), scenario, now(), { mode });
      byId.set(session.id, session);
      return session;
    },
    get: (sessionId) => byId.get(sessionId),
  };
}
