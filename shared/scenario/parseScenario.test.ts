import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findScenarioFiles } from '../../server/scenarios/findScenarioFiles';
import { parseScenario } from './parseScenario';

const files = await findScenarioFiles(['scenarios', 'tests/fixtures/scenarios']);

describe('parseScenario', () => {
  it.each(files)('reads %s exactly as the position-keeping parser does', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(parseScenario(text, file).data).toEqual(parse(text));
  });

  it('keeps dates as text, as trainers wrote them', () => {
    expect(parseScenario('due: 2026-11-28\n', 'f').data).toEqual({ due: '2026-11-28' });
  });

  it('locates values and keys by path, after the fact', () => {
    const parsed = parseScenario('a:\n  b:\n    - x\n    - { c: 1 }\n', 'f');
    expect(parsed.locate(['a', 'b', 1, 'c'])).toEqual({ line: 4, col: 12 });
    expect(parsed.locate(['a', 'b', 1, 'c'], { key: true })).toEqual({ line: 4, col: 9 });
    expect(parsed.locate(['a', 'missing'])).toEqual({ line: 2, col: 3 });
  });

  it('explains a syntax error once, in French, at its place', () => {
    const parsed = parseScenario('a: 1\nb: Bonjour: madame\nc: [1, 2\n', 'f');
    expect(parsed.data).toBeUndefined();
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ line: 2, col: 4, severity: 'error', code: 'yaml-block-as-implicit-key' }),
    ]);
  });

  it('names the pitfalls YAML accepts silently: a text opening with "!", a "#" inside a text', () => {
    const parsed = parseScenario('say: ! Bonjour\nlabel: Votre commande #123 est partie\n', 'f');
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ line: 1, col: 6, severity: 'error', code: 'yaml-tag' }),
      expect.objectContaining({ line: 2, col: 23, severity: 'warning', code: 'comment-in-text' }),
    ]);
    expect(parseScenario('category: support   # prospecting | sales\n', 'f').diagnostics).toEqual([]);
    expect(parseScenario('consents:\n  - customer: P-5318 # the prospect\n', 'f').diagnostics).toEqual([]);
  });

  it('explains a text opening with "?"', () => {
    expect(parseScenario('a:\n  - say: ? Oui\n', 'f').diagnostics).toEqual([
      expect.objectContaining({ line: 2, col: 10, code: 'yaml-block-as-implicit-key', message: 'un texte qui commence par « ? » est lu comme une marque de clé YAML' }),
    ]);
  });
});
