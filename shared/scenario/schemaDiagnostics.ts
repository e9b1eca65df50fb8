import { z } from 'zod';
import { closestMatch } from './closestMatch';
import type { Diagnostic } from './diagnostic';
import type { ParsedScenario, YamlPath } from './parseScenario';

type Issue = z.core.$ZodIssue;

const TYPE_FR: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un bloc de clés',
  record: 'un bloc de clés',
};
const DURATION_KEYS = new Set(['duration', 'patience', 'after']);

/** Zod issues turned into French diagnostics placed on the offending key or value. */
export function schemaDiagnostics(parsed: ParsedScenario, schema: z.ZodType, issues: readonly Issue[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: YamlPath, key: boolean) => ({ file: parsed.file, ...parsed.locate(path, { key }) });
  const add = (path: YamlPath, key: boolean, code: string, message: string, hint?: string) =>
    out.push({ ...at(path, key), severity: 'error', code, message, ...(hint ? { hint } : {}) });

  const visit = (issue: Issue, prefix: YamlPath) => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    const value = valueAt(parsed.data, path);
    const name = lastKey(path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, path);
        for (const key of issue.keys) {
          const guess = closestMatch(key, allowed);
          // `{ customer: Bon, tant pis. }` reads " tant pis." as a key with no value.
          const splitByComma = valueAt(parsed.data, [...path, key]) === null && /\s|[.!?]/.test(key.trim());
          add([...path, key], true, 'unknown-key', `clé inconnue « ${key} »${where(path)}`,
            splitByComma ? 'entre accolades { }, une virgule sépare les clés : mettez le texte entre guillemets'
            : guess ? `vouliez-vous dire « ${guess} » ?` : allowed.length ? `clés possibles : ${allowed.join(', ')}` : undefined);
        }
        return;
      }
      case 'invalid_type': {
        if (value === undefined) {
          add(path.slice(0, -1), true, 'missing-key', `clé obligatoire manquante : « ${name} »${where(path.slice(0, -1))}`);
        } else if (issue.expected === 'array' && typeof value === 'string' && value.trim().startsWith('-')) {
          add(path, false, 'invalid-type', `« ${name} » doit être une liste`, 'il manque sans doute une espace après le tiret : « - élément »');
        } else {
          add(path, false, 'invalid-type', `« ${name} » doit être ${TYPE_FR[issue.expected] ?? issue.expected}`);
        }
        return;
      }
      case 'invalid_value': {
        if (value === undefined) {
          add(path.slice(0, -1), true, 'missing-key', `clé obligatoire manquante : « ${name} »${where(path.slice(0, -1))}`);
          return;
        }
        const allowed = issue.values.map(String);
        const guess = closestMatch(String(value), allowed);
        add(path, false, 'invalid-value', `valeur « ${String(value)} » non prévue pour « ${name} »`,
          guess ? `vouliez-vous dire « ${guess} » ?` : `valeurs possibles : ${allowed.join(', ')}`);
        return;
      }
      case 'invalid_format': {
        if (DURATION_KEYS.has(String(name))) {
          add(path, false, 'bad-duration', `« ${String(value)} » n'est pas une durée`, 'écrivez par exemple « 40 s », « 6 min » ou « 1 min 30 s »');
        } else if (/^[+-]/.test(String(value)) || path.includes('evidence')) {
          add(path, false, 'bad-evidence', `« ${String(value)} » n'est pas une preuve`, 'écrivez « +RCD-01 » (positive) ou « -RCD-01 » (négative)');
        } else if (name === 'id' || name === 'service') {
          add(path, false, 'bad-id', `identifiant « ${String(value)} » invalide`, 'minuscules, chiffres et tirets : « colis-en-retard »');
        } else {
          add(path, false, 'bad-format', `« ${String(value)} » n'a pas le format attendu pour « ${name} »`, formatHint(name));
        }
        return;
      }
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? `au moins ${issue.minimum}` : `au plus ${issue.maximum}`;
        const what = issue.origin === 'array' ? `${bound} élément(s)` : issue.origin === 'string' ? 'un texte non vide' : bound;
        add(path, false, 'out-of-range', `« ${name} » doit contenir ${what}`);
        return;
      }
      case 'invalid_union': {
        const branch = bestBranch(issue.errors);
        if (branch) branch.forEach((inner) => visit(inner, path));
        else add(path, false, 'invalid-type', `valeur non prévue pour « ${name} »`);
        return;
      }
      default:
        add(path, false, 'invalid', `valeur non valide pour « ${name} »`);
    }
  };
  issues.forEach((issue) => visit(issue, []));
  return out;
}

/** Of a union's failed branches, the one that got furthest (its errors are deepest, not at the root). */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
  const scored = branches
    .filter((errors) => errors.length > 0)
    .map((errors) => ({ errors, rootTypeError: errors.some((e) => e.code === 'invalid_type' && e.path.length === 0) }));
  return (scored.find((b) => !b.rootTypeError) ?? scored[0])?.errors;
}

function where(path: YamlPath): string {
  return path.length ? ` dans « ${path.join('.')} »` : ' au premier niveau';
}

function lastKey(path: YamlPath): string | number {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i]!;
  return path[path.length - 1] ?? '';
}

function formatHint(name: string | number): string | undefined {
  if (['date', 'due', 'since', 'contract_end', 'promised', 'opened'].includes(String(name))) return 'écrivez une date AAAA-MM-JJ, ex. 2026-11-28';
  return undefined;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** The keys the schema allows for the object at `path` (used to suggest a fix for an unknown key). */
function keysAt(schema: z.ZodType, path: YamlPath): string[] {
  let current: z.ZodType | undefined = schema;
  const objectAt = (s: z.ZodType | undefined): z.ZodObject | undefined => {
    let node = s;
    while (node) {
      if (node instanceof z.ZodObject) return node;
      if (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
      else if (node instanceof z.ZodUnion) node = (node.options as z.ZodType[]).find((o) => objectAt(o));
      else return undefined;
    }
    return undefined;
  };
  for (let i = 0; i < path.length; i++) {
    let node: z.ZodType | undefined = current;
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    if (node instanceof z.ZodUnion) node = (node.options as z.ZodType[]).find((o) => objectAt(o) || o instanceof z.ZodArray);
    if (node instanceof z.ZodArray) current = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord) current = node.valueType as z.ZodType;
    else current = objectAt(node)?.shape[String(path[i])] as z.ZodType | undefined;
    if (!current) return [];
  }
  return Object.keys(objectAt(current)?.shape ?? {});
}
