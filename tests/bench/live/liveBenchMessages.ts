/** What the live bench's processes tell each other over IPC (see ../liveBench.ts). */

export type LiveServerMode = 'relay' | 'append' | 'store';

export type ServerMessage =
  | { type: 'ready'; port: number }
  | { type: 'prepared'; sessions: number }
  | { type: 'measured'; cpuPct: number; mainThreadCpuPct: number | null; rssMb: number; commits: number; committedEvents: number; maxBatch: number; commitP99Ms: number; commitMaxMs: number; loopDelayP99Ms: number }
  | { type: 'closed' }
  | { type: 'error'; message: string };

export type ServerCommand =
  /** Store mode: create and answer one exam call per session id (relay mode: nothing to do). */
  | { type: 'prepare'; sessionIds: string[] }
  | { type: 'measure-start' }   | { type: 'measure-stop' }
  | { type: 'close' };

export type ClientCommand =
  | { type: 'connect'; url: string; sessionIds: string[]; batch: number }
  | { type: 'emit'; warmupMs: number; measureMs: number; /** At most this long for the last acks and receipts. */ drainMs: number; everyMs: number }
  | { type: 'close' };

export type ClientMessage =
  | { type: 'connected'; sockets: number }
  | {
      type: 'done';
      /** Emit → examiner receipt, ms, one per examiner per event emitted after the warm-up. */
      latencies: number[];
      sent: number;
      acked: number;
      /** Acked but not received by every examiner of the session. */
      notDelivered: number;
      /** Received more than once by one examiner, or acked twice. */
      duplicates: number;
      /** [sessionId, clientEventId] of every acked event, to find in the store. */
      ackedIds: [string, string][];
      /** This process's CPU while emitting, % of one core. */
      cpuPct: number;
    }
  | { type: 'error'; message: string };

/**
 * The server → examiner event the bench listens to: the stored event (LoggedEvent, its
 * `clientEventId` the command's id) in store mode, the candidate's raw command (`id`) in relay mode.
 */
export const examinerEvent = 'session:event';

/** The scenario of every exam call of the store mode: tests/fixtures/scenarios/<id>.scenario.yaml. */
export const liveScenarioId = 'mini';
