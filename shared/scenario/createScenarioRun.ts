import { createActor, initialTransition } from 'xstate';
import type { ActorScope, SnapshotFrom } from 'xstate';
import type { ScenarioMachine, StepMeta } from './compileScenario';
import type { ScenarioEvent } from './scenarioEvents';
import { TIMER_EVENTS } from './scenarioEvents';
import type { TimerKind } from './scenarioSchema';

export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/** An armed timer: running (`at`, an absolute time in ms) or suspended while on hold (`remainingMs`). */
export type Deadline = { timer: TimerKind; at: number } | { timer: TimerKind; remainingMs: number };

/** One accepted event, with its time and the deadlines in force after it. */
export interface RunEntry {
  seq: number;
  at: number;
  event: ScenarioEvent;
  deadlines: Deadline[];
}

export interface RunOptions {
  /** When the call started (ms); the first step's timers count from here. */
  startedAt: number;
  /** Extra time for candidates with accommodations: every timer is multiplied by it. */
  timeFactor?: number;
  /** A log to restore from (its events are replayed; deadlines come from its last entry). */
  log?: readonly RunEntry[];
}

type EventInput = ScenarioEvent extends infer E ? (E extends { at?: number } ? Omit<E, 'at'> : never) : never;

export interface ScenarioRun {
  readonly snapshot: ScenarioSnapshot;
  readonly log: readonly RunEntry[];
  readonly deadlines: readonly Deadline[];
  readonly done: boolean;
  /** Applies an event at time `at` if the current state accepts it; refused events change nothing. */
  send(event: EventInput, at: number): RunEntry | null;
  /** The earliest running deadline, or null. */
  nextDeadline(): { timer: TimerKind; at: number } | null;
  /** Fires, in order, every timer due at or before `now`; returns the entries they produced. */
  advance(now: number): RunEntry[];
}

/**
 * Runs a compiled scenario as a pure fold over its event log. Timers are absolute deadlines
 * written into each log entry, so a restored session re-arms them from the log
 * (XState does not restore pending delayed events). No clock is read: callers pass times.
 */
export function createScenarioRun(machine: ScenarioMachine, options: RunOptions): ScenarioRun {
  const factor = options.timeFactor ?? 1;
  let [snapshot] = initialTransition(machine);
  let deadlines: Deadline[] = armStep(machine, snapshot, options.startedAt, factor);
  const log: RunEntry[] = [];

  const scope = scopeFor(machine);
  for (const entry of options.log ?? []) {
    if (!isVoice(entry.event)) snapshot = machine.transition(snapshot, entry.event, scope);
    deadlines = entry.deadlines;
    log.push(entry);
  }

  const apply = (event: ScenarioEvent, at: number): RunEntry | null => {
    if (snapshot.status !== 'active') return null;
    const voice = isVoice(event);
    // XState hands back the very same snapshot when no transition is enabled: one pass, not `can` then `transition`.
    const next = voice ? snapshot : machine.transition(snapshot, event, scope);
    if (next === snapshot && !voice) return null;
    deadlines = nextDeadlines(machine, snapshot, next, deadlines, event, at, factor);
    snapshot = next;
    const entry: RunEntry = { seq: log.length + 1, at, event, deadlines };
    log.push(entry);
    return entry;
  };

  const run: ScenarioRun = {
    get snapshot() {
      return snapshot;
    },
    get log() {
      return log;
    },
    get deadlines() {
      return deadlines;
    },
    get done() {
      return snapshot.status === 'done';
    },
    send: (event, at) => apply({ ...event, at } as ScenarioEvent, at),
    nextDeadline() {
      let earliest: { timer: TimerKind; at: number } | null = null;
      for (const d of deadlines) if ('at' in d && (!earliest || d.at < earliest.at)) earliest = d;
      return earliest;
    },
    advance(now) {
      const fired: RunEntry[] = [];
      for (let due = run.nextDeadline(); due && due.at <= now; due = run.nextDeadline()) {
        const entry = apply({ type: TIMER_EVENTS[due.timer], at: due.at }, due.at);
        if (entry) fired.push(entry);
        else deadlines = deadlines.filter((d) => d.timer !== due!.timer);
      }
      return fired;
    },
  };
  return run;
}

/** Voice activity changes no step: only the silence timer hears it (see nextDeadlines), so it does not go through the machine. */
function isVoice(event: ScenarioEvent): boolean {
  return event.type === 'voice.speechStart' || event.type === 'voice.speechEnd';
}

type Scope = ActorScope<ScenarioSnapshot, ScenarioEvent>;
const scopes = new WeakMap<ScenarioMachine, Scope>();

/**
 * One inert actor scope per machine, shared by its runs. `transition()` from xstate builds a new
 * actor (and computes the machine's initial state) on every call, most of an event's cost; the
 * scenario machines spawn nothing and their actions are assigns, so a scope that executes
 * nothing is all a transition needs.
 */
function scopeFor(machine: ScenarioMachine): Scope {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    const none = () => {};
    scope = { self, id: '', sessionId: '', system: self.system, logger: none, defer: none, emit: none, stopChild: none, actionExecutor: none };
    scopes.set(machine, scope);
  }
  return scope;
}

function stepTimers(machine: ScenarioMachine, snapshot: ScenarioSnapshot): StepMeta['timers'] {
  const step = snapshot.context.step;
  const meta = step ? (machine.root.states[step]?.meta as StepMeta | undefined) : undefined;
  return meta?.timers ?? [];
}

/** Silence and patience timers of the step just entered (hold is armed by `candidate.hold`). */
function armStep(machine: ScenarioMachine, snapshot: ScenarioSnapshot, at: number, factor: number): Deadline[] {
  return stepTimers(machine, snapshot)
    .filter((t) => t.kind !== 'hold')
    .map((t) => (snapshot.context.onHold ? { timer: t.kind, remainingMs: t.ms * factor } : { timer: t.kind, at: at + t.ms * factor }));
}

function nextDeadlines(
  machine: ScenarioMachine,
  previous: ScenarioSnapshot,
  next: ScenarioSnapshot,
  current: Deadline[],
  event: ScenarioEvent,
  at: number,
  factor: number,
): Deadline[] {
  if (next.status !== 'active') return [];
  const ms = (kind: TimerKind) => {
    const timer = stepTimers(machine, next).find((t) => t.kind === kind);
    return timer ? timer.ms * factor : null;
  };
  const firedKind = (Object.keys(TIMER_EVENTS) as TimerKind[]).find((k) => TIMER_EVENTS[k] === event.type);
  let deadlines = current.filter((d) => d.timer !== firedKind);

  if (next.context.visit !== previous.context.visit) {
    deadlines = [...deadlines.filter((d) => d.timer === 'hold' && next.context.onHold), ...armStep(machine, next, at, factor)];
  }
  if (!previous.context.onHold && next.context.onHold) {
    const holdMs = ms('hold');
    deadlines = deadlines.map((d) => ('at' in d ? { timer: d.timer, remainingMs: Math.max(0, d.at - at) } : d));
    if (holdMs !== null) deadlines.push({ timer: 'hold', at: at + holdMs });
  }
  if (previous.context.onHold && !next.context.onHold) {
    deadlines = deadlines
      .filter((d) => d.timer !== 'hold')
      .map((d) => ('remainingMs' in d ? { timer: d.timer, at: at + d.remainingMs } : d));
  }
  if (!next.context.onHold && event.type === 'voice.speechStart') {
    deadlines = deadlines.filter((d) => d.timer !== 'silence');
  }
  if (!next.context.onHold && event.type === 'voice.speechEnd') {
    const silenceMs = ms('silence');
    deadlines = deadlines.filter((d) => d.timer !== 'silence');
    if (silenceMs !== null) deadlines.push({ timer: 'silence', at: at + silenceMs });
  }
  return deadlines;
}
