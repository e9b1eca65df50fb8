import type { LocalizedText } from '../competencies/referential';
import { legalRule } from './legalRules';
import type { LegalRuleId } from './legalRules';

/** What one legal rule says of what the candidate did (or was about to do). */
export interface LegalFinding {
  rule: LegalRuleId;
  /** The rule is respected. */
  ok: boolean;
  /**
   * A breach of a blocker rule: the call fails whatever else went well. Always false when `ok`
   * is true, so `findings.some((f) => f.blocker)` tells whether the call fails.
   */
  blocker: boolean;
  /** The referential competency the finding is evidence for ('RCD-01' …). */
  competency: string;
  reference: string;
  /** For the candidate and the jury: what was found, with the figures that matter. */
  message: LocalizedText;
}

/** A finding for a rule, with the rule's competency and reference. */
export function legalFinding(id: LegalRuleId, ok: boolean, message: LocalizedText): LegalFinding {
  const rule = legalRule(id);
  return {
    rule: id,
    ok,
    blocker: !ok && rule.blocker,
    competency: rule.competency,
    reference: rule.reference,
    message,
  };
}
