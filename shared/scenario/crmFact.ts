import { FACT_ENTITIES, FACT_VERBS } from './scenarioSchema';
import type { FactEntity, FactVerb } from './scenarioSchema';

/** Something the candidate did in the CRM: "viewed order CMD-88311", "created ticket". */
export interface CrmFact {
  verb: FactVerb;
  entity: FactEntity;
  ref?: string;
}

export type FactParse = { ok: true; fact: CrmFact } | { ok: false; part: 'verb' | 'entity' | 'shape'; word: string };

export function parseFact(text: string): FactParse {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return { ok: false, part: 'shape', word: text };
  const [verb, entity, ref] = words as [string, string, string | undefined];
  if (!(FACT_VERBS as readonly string[]).includes(verb)) return { ok: false, part: 'verb', word: verb };
  if (!(FACT_ENTITIES as readonly string[]).includes(entity)) return { ok: false, part: 'entity', word: entity };
  return { ok: true, fact: { verb: verb as FactVerb, entity: entity as FactEntity, ...(ref ? { ref } : {}) } };
}

/** The canonical text of a fact, as kept in the session's context. */
export function factKey(fact: CrmFact): string {
  return fact.ref ? `${fact.verb} ${fact.entity} ${fact.ref}` : `${fact.verb} ${fact.entity}`;
}

/** Whether a known fact satisfies a required one (a required fact without ref matches any ref). */
export function factMatches(known: CrmFact, required: CrmFact): boolean {
  return (
    known.verb === required.verb &&
    known.entity === required.entity &&
    (required.ref === undefined || known.ref === required.ref)
  );
}

export function factsSatisfied(knownKeys: readonly string[], required: readonly CrmFact[]): boolean {
  return required.every((need) =>
    knownKeys.some((key) => {
      const parsed = parseFact(key);
      return parsed.ok && factMatches(parsed.fact, need);
    }),
  );
}
