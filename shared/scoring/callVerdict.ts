import type { EvidenceRecord, ScenarioContext, ScenarioOutput } from '../scenario/compileScenario';

export interface CallVerdict {
  /** The call may count toward the candidate: it ended, with no compliance blocker. */
  passed: boolean;
  ending: ScenarioOutput | null;
  /** Negative evidence flagged as blocking: any one fails the call, whatever else went well. */
  blockers: EvidenceRecord[];
}

/** The verdict on one call from its final context: a compliance blocker outweighs a good ending. */
export function callVerdict(context: Pick<ScenarioContext, 'evidence'>, output: ScenarioOutput | undefined): CallVerdict {
  const blockers = context.evidence.filter((item) => item.blocker && !item.positive);
  return { passed: output !== undefined && blockers.length === 0, ending: output ?? null, blockers };
}
