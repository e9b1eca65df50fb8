import { describe, expect, test } from 'vitest';
import { parseScenarioList, ScenarioListFormatError } from './parseScenarioList';

const valid = {
  id: 'colis-en-retard',
  title: 'Colis en retard',
  category: 'support',
  direction: 'inbound',
  difficulty: 2,
  durationMinutes: 6,
  competencies: ['RCD-01'],
  briefing: 'Une cliente appelle.',
};

describe('parseScenarioList', () => {
  test('reads a well-formed list', () => {
    expect(parseScenarioList({ scenarios: [valid] })).toEqual([valid]);
  });

  test('drops extra fields', () => {
    expect(parseScenarioList({ scenarios: [{ ...valid, examinerNotes: 'secret' }] })).toEqual([valid]);
  });

  test('a missing briefing reads as empty', () => {
    const { briefing: _briefing, ...withoutBriefing } = valid;
    expect(parseScenarioList({ scenarios: [withoutBriefing] })).toEqual([{ ...valid, briefing: '' }]);
    expect(parseScenarioList({ scenarios: [{ ...valid, briefing: 42 }] })).toEqual([]);
  });

  test('leaves out malformed entries but keeps the others', () => {
    const list = parseScenarioList({
      scenarios: [
        valid,
        { ...valid, id: 'x', category: 'teleshopping' },
        { ...valid, id: 'y', direction: 'sideways' },
        { ...valid, id: 'z', difficulty: '2' },
        { ...valid, id: 'w', competencies: [1] },
        { ...valid, id: '' },
        null,
        'scenario',
      ],
    });
    expect(list.map((scenario) => scenario.id)).toEqual(['colis-en-retard']);
  });

  test('throws on a body that is not { scenarios: [...] }', () => {
    for (const body of [null, [], {}, { scenarios: {} }, 'text']) {
      expect(() => parseScenarioList(body)).toThrow(ScenarioListFormatError);
    }
  });
});
