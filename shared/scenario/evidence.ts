import type { EvidenceInput, LocalizedTextInput } from './scenarioSchema';

/** One piece of evidence for or against a competency, as a scenario declares it. */
export interface Evidence {
  competency: string;
  positive: boolean;
  weight: number;
  blocker: boolean;
  note?: LocalizedTextInput;
}

export function toEvidence(item: EvidenceInput): Evidence {
  const signed = typeof item === 'string' ? item : item.competency;
  const base = { competency: signed.slice(1), positive: signed.startsWith('+'), weight: 1, blocker: false };
  if (typeof item === 'string') return base;
  return {
    ...base,
    weight: item.weight ?? 1,
    blocker: item.blocker ?? false,
    ...(item.note !== undefined ? { note: item.note } : {}),
  };
}
