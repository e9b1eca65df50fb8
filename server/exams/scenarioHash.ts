import { createHash } from 'node:crypto';

/**
 * The content hash the jury's grid prints for a scenario: SHA-256 (hex) of its source file's text
 * when the server has it, else of its canonical JSON (keys sorted at every level), so the same
 * scenario always hashes the same whatever order its keys were parsed in.
 */
export function scenarioHash(scenario: unknown, sourceText?: string): string {
  return createHash('sha256').update(sourceText ?? canonicalJson(scenario), 'utf8').digest('hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}
