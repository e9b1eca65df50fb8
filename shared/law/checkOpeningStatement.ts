import { legalFinding } from './legalFinding';
import type { LegalFinding } from './legalFinding';

/** What the candidate said at the very start of an outbound sales call (L221-16, al. 1). */
export interface OpeningStatement {
  /** Their own identity (name). */
  callerIdentity: boolean;
  /** The company the call is made for. */
  company: boolean;
  /** That the call is commercial. */
  commercialPurpose: boolean;
}

const PARTS = [
  { key: 'callerIdentity', fr: 'l’identité de l’appelant', en: 'the caller’s identity' },
  { key: 'company', fr: 'l’entreprise pour laquelle il appelle', en: 'the company the call is made for' },
  { key: 'commercialPurpose', fr: 'le caractère commercial de l’appel', en: 'the commercial purpose of the call' },
] as const;

/**
 * L221-16 al. 1: at the start of the conversation, clearly, the caller's identity, the company
 * the call is made for and the commercial nature of the call. Not a blocker (see legalRules):
 * the finding names what was missing and the jury weighs it.
 */
export function checkOpeningStatement(said: OpeningStatement): LegalFinding {
  const missing = PARTS.filter((part) => !said[part.key]);
  if (missing.length === 0) {
    return legalFinding('opening-statement', true, {
      fr: 'Présentation complète : identité, entreprise et caractère commercial de l’appel annoncés d’emblée',
      en: 'Complete opening: identity, company and commercial purpose stated at once',
    });
  }
  return legalFinding('opening-statement', false, {
    fr: `Présentation incomplète en début d’appel : il manque ${listIn(missing.map((part) => part.fr), 'et')}`,
    en: `Incomplete opening statement: missing ${listIn(missing.map((part) => part.en), 'and')}`,
  });
}

function listIn(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
