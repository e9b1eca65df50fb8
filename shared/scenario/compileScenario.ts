import { and, assign, not, setup } from 'xstate';
import type { Evidence } from './evidence';
import { toEvidence } from './evidence';
import { factKey, factsSatisfied, parseFact } from './crmFact';
import type { CrmFact } from './crmFact';
import { resolveTimers } from './resolveTimers';
import type { ScenarioEvent } from './scenarioEvents';
import { TIMER_EVENTS } from './scenarioEvents';
import { callFindings } from './callFindings';
import type { CrmStatus, EvidenceInput, LocalizedTextInput, Outcome, Scenario, TimerKind } from './scenarioSchema';

export type EvidenceSourceKind = 'option' | 'otherwise' | 'dial' | 'law' | 'crm' | 'customer-event' | 'timer' | 'hang-up' | 'transfer' | 'ending';

export interface EvidenceRecord extends Evidence {
  source: { kind: EvidenceSourceKind; step: string | null; ref: string };
  at?: number;
}

export interface ScenarioContext {
  /** The step the call is in (null once ended). */
  step: string | null;
  /** Counts step entries, so that a re-entered step re-arms its timers. */
  visit: number;
  /** CRM facts the candidate has established, e.g. "viewed order CMD-88311". */
  facts: string[];
  evidence: EvidenceRecord[];
  /** The dialogue so far: the customer's lines and the candidate's chosen answers, in order. */
  transcript: Utterance[];
  onHold: boolean;
  /** How the mock CRM behaves now; a scenario may slow it down or take it down. */
  crmStatus: CrmStatus;
  ending: string | null;
}

export interface Utterance {
  by: 'customer' | 'candidate';
  text: LocalizedTextInput;
  at?: number;
}

export interface ScenarioOutput {
  ending: string;
  outcome: Outcome;
}

/** Timers a step arms on entry, read by the session runner from the state's meta. */
export interface StepMeta {
  kind: 'step';
  timers: { kind: TimerKind; ms: number }[];
}
export interface EndingMeta {
  kind: 'ending';
  outcome: Outcome;
}

/** The option id a `candidate.answer` event names: the option's own id, else its rank from 1. */
export function optionId(option: { id?: string }, index: number): string {
  return option.id ?? String(index + 1);
}

interface RecordParams {
  items: Evidence[];
  source: EvidenceRecord['source'];
}

const scenarioSetup = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as ScenarioEvent,
    output: {} as ScenarioOutput,
  },
  actions: {
    enterStep: assign(({ context }, params: { step: string }) => ({ step: params.step, visit: context.visit + 1 })),
    say: assign(({ context, event }, params: Omit<Utterance, 'at'>) => ({
      transcript: [...context.transcript, { ...params, ...(event.at !== undefined ? { at: event.at } : {}) }],
    })),
    record: assign(({ context, event }, params: RecordParams) => ({
      evidence: [
        ...context.evidence,
        ...params.items.map((item) => ({ ...item, source: params.source, ...(event.at !== undefined ? { at: event.at } : {}) })),
      ],
    })),
    addFact: assign(({ context, event }) => {
      if (event.type !== 'candidate.crm') return {};
      const key = factKey(event);
      return context.facts.includes(key) ? {} : { facts: [...context.facts, key] };
    }),
    setCrmStatus: assign((_, params: { status: CrmStatus }) => ({ crmStatus: params.status })),
    hold: assign({ onHold: true }),
    resume: assign({ onHold: false }),
    end: assign((_, params: { ending: string }) => ({ ending: params.ending, step: null, onHold: false })),
  },
  guards: {
    isOption: ({ event }, params: { option: string }) => event.type === 'candidate.answer' && event.option === params.option,
    hasFacts: ({ context }, params: { facts: CrmFact[] }) => factsSatisfied(context.facts, params.facts),
    /** A CRM action done for the first time that matches the reaction's fact. */
    isNewFact: ({ context, event }, params: { fact: CrmFact }) =>
      event.type === 'candidate.crm' &&
      !context.facts.includes(factKey(event)) &&
      factsSatisfied([factKey(event)], [params.fact]),
    isCustomerEvent: ({ event }, params: { event: string }) => event.type === 'customer.trigger' && event.event === params.event,
    isService: ({ event }, params: { service: string }) => event.type === 'candidate.transfer' && event.service === params.service,
    lineOpen: ({ context }) => !context.onHold,
    onHold: ({ context }) => context.onHold,
  },
});

export type ScenarioMachine = ReturnType<typeof compileScenario>;
type MachineConfig = Parameters<typeof scenarioSetup.createMachine>[0];
type Action = { type: string; params?: unknown } | string;

/**
 * A checked scenario as an XState v5 machine. Each step is a state, each ending a final state.
 * Behaviour is named (actions and guards above) so the same machine runs on the server, in the
 * browser and under test. Timers are not XState `after` delays: each step lists its timers in
 * its meta and the runner (createScenarioRun) keeps their absolute deadlines in the log and
 * sends `timer.*Elapsed` events, so a restored session can re-arm them.
 */
export function compileScenario(scenario: Scenario) {
  const record = (items: EvidenceInput[] | undefined, source: EvidenceRecord['source']): Action[] =>
    items?.length ? [{ type: 'record', params: { items: items.map(toEvidence), source } satisfies RecordParams }] : [];
  const say = (text: LocalizedTextInput | undefined, by: Utterance['by'] = 'customer'): Action[] =>
    text === undefined ? [] : [{ type: 'say', params: { by, text } }];
  const facts = (texts: string[] | undefined): CrmFact[] =>
    (texts ?? []).flatMap((text) => {
      const parsed = parseFact(text);
      return parsed.ok ? [parsed.fact] : [];
    });

  // The law's verdict on the outbound call is static: each breach is evidence when dialling.
  const breaches = callFindings(scenario).filter((finding) => !finding.ok);
  const lawEvidence: Action[] = breaches.map((finding) => ({
    type: 'record',
    params: {
      items: [{ competency: finding.competency, positive: false, weight: 1, blocker: finding.blocker, note: finding.message }],
      source: { kind: 'law', step: null, ref: finding.rule },
    } satisfies RecordParams,
  }));

  const states: Record<string, unknown> = {};
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    const timers = resolveTimers(scenario, stepId);
    const answer = (step.options ?? []).flatMap((option, index) => {
      const id = optionId(option, index);
      const isThis = { type: 'isOption', params: { option: id } } as const;
      const required = { type: 'hasFacts', params: { facts: facts(option.requires) } } as const;
      const source = { kind: 'option', step: stepId, ref: id } as const;
      const chosen = {
        guard: option.requires?.length ? and([isThis, 'lineOpen', required]) : and([isThis, 'lineOpen']),
        target: option.goto,
        reenter: true,
        actions: [...say(option.say, 'candidate'), ...record(option.evidence, source)],
      };
      if (!option.otherwise) return [chosen];
      return [
        chosen,
        {
          guard: and([isThis, 'lineOpen', not(required)]),
          target: option.otherwise.goto,
          reenter: true,
          actions: [
            ...say(option.say, 'candidate'),
            ...say(option.otherwise.customer),
            ...record(option.otherwise.evidence, { ...source, kind: 'otherwise' }),
          ],
        },
      ];
    });
    const crm = [
      ...(step.crm ?? []).flatMap((reaction) => {
        const parsed = parseFact(reaction.when);
        if (!parsed.ok) return [];
        return [{
          guard: { type: 'isNewFact', params: { fact: parsed.fact } },
          ...(reaction.goto ? { target: reaction.goto, reenter: true } : {}),
          actions: ['addFact', ...say(reaction.customer), ...record(reaction.evidence, { kind: 'crm', step: stepId, ref: reaction.when })],
        }];
      }),
      { actions: ['addFact'] },
    ];
    const customerEvents = (step.customer_events ?? []).map((event) => ({
      guard: { type: 'isCustomerEvent', params: { event: event.id } },
      ...(event.goto ? { target: event.goto, reenter: true } : {}),
      actions: [...say(event.customer), ...record(event.evidence, { kind: 'customer-event', step: stepId, ref: event.id })],
    }));
    const timerTransitions = Object.fromEntries(
      timers.map((timer) => [
        TIMER_EVENTS[timer.kind],
        {
          ...(timer.goto ? { target: timer.goto, reenter: true } : {}),
          actions: [...say(timer.customer), ...record(timer.evidence, { kind: 'timer', step: stepId, ref: timer.kind })],
        },
      ]),
    );
    const hangUp = step.hang_up ?? scenario.hang_up;
    const dialBranch = step.dial && (breaches.length && step.dial.if_forbidden ? step.dial.if_forbidden : step.dial);
    const dial = dialBranch && {
      target: dialBranch.goto,
      reenter: true,
      actions: [...lawEvidence, ...record(dialBranch.evidence, { kind: 'dial', step: stepId, ref: 'dial' })],
    };
    states[stepId] = {
      entry: [
        { type: 'enterStep', params: { step: stepId } },
        ...(step.crm_status ? [{ type: 'setCrmStatus', params: { status: step.crm_status } }] : []),
        ...say(step.customer),
      ],
      meta: { kind: 'step', timers: timers.map(({ kind, ms }) => ({ kind, ms })) } satisfies StepMeta,
      on: {
        'candidate.answer': answer,
        'candidate.crm': crm,
        ...(dial ? { 'candidate.dial': dial } : {}),
        ...(customerEvents.length ? { 'customer.trigger': customerEvents } : {}),
        ...timerTransitions,
        'candidate.hangUp': { target: hangUp.goto, actions: record(hangUp.evidence, { kind: 'hang-up', step: stepId, ref: hangUp.goto }) },
      },
    };
  }
  for (const [endingId, ending] of Object.entries(scenario.endings)) {
    states[endingId] = {
      type: 'final',
      entry: [{ type: 'end', params: { ending: endingId } }, ...say(ending.customer), ...record(ending.evidence, { kind: 'ending', step: null, ref: endingId })],
      meta: { kind: 'ending', outcome: ending.outcome } satisfies EndingMeta,
    };
  }

  const outcomes = Object.fromEntries(Object.entries(scenario.endings).map(([id, e]) => [id, e.outcome]));
  const config = {
    id: scenario.id,
    initial: scenario.start,
    context: { step: null, visit: 0, facts: [], evidence: [], transcript: [], onHold: false, crmStatus: 'available', ending: null } satisfies ScenarioContext,
    states,
    on: {
      'candidate.crm': { actions: 'addFact' },
      'candidate.hold': { guard: 'lineOpen', actions: 'hold' },
      'candidate.resume': { guard: 'onHold', actions: 'resume' },
      'candidate.transfer': (scenario.transfers ?? []).map((transfer) => ({
        guard: { type: 'isService', params: { service: transfer.service } },
        target: `.${transfer.goto}`,
        actions: record(transfer.evidence, { kind: 'transfer', step: null, ref: transfer.service }),
      })),
    },
    // Only final states produce output, and each ending's entry sets `ending`.
    output: ({ context }: { context: ScenarioContext }) => ({ ending: context.ending!, outcome: outcomes[context.ending!]! }),
  };
  return scenarioSetup.createMachine(config as unknown as MachineConfig);
}

const compiled = new WeakMap<Scenario, ScenarioMachine>();

/**
 * The scenario's machine, compiled once per scenario object: machines are immutable (the runner
 * only calls the pure `transition`), so every session of a scenario can share one.
 */
export function machineFor(scenario: Scenario): ScenarioMachine {
  let machine = compiled.get(scenario);
  if (!machine) {
    machine = compileScenario(scenario);
    compiled.set(scenario, machine);
  }
  return machine;
}
