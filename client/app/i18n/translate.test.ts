import { describe, expect, test } from 'vitest';
import { en } from './en';
import { fr, type MessageKey } from './fr';
import { translate, translatePlural } from './translate';

describe('translate', () => {
  test('returns the message of the chosen dictionary', () => {
    expect(translate(fr, 'home.candidate.title')).toBe('Je suis candidat');
    expect(translate(en, 'home.candidate.title')).toBe('I am a candidate');
  });

  test('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(fr, 'scenario.difficultyValue', { level: 2, max: 5 })).toBe('2 sur 5');
    expect(translate(fr, 'scenario.difficultyValue', { level: 2 })).toBe('2 sur {max}');
  });
});

describe('translatePlural', () => {
  test('French uses the singular for 0 and 1', () => {
    expect(translatePlural(fr, 'fr', 'catalogue.count', 0)).toBe('0 scénario');
    expect(translatePlural(fr, 'fr', 'catalogue.count', 1)).toBe('1 scénario');
    expect(translatePlural(fr, 'fr', 'catalogue.count', 2)).toBe('2 scénarios');
  });

  test('English uses the plural for 0', () => {
    expect(translatePlural(en, 'en', 'catalogue.count', 0)).toBe('0 scenarios');
    expect(translatePlural(en, 'en', 'catalogue.count', 1)).toBe('1 scenario');
  });

  test('passes extra variables through', () => {
    expect(translatePlural(fr, 'fr', 'catalogue.filteredCount', 3, { total: 7 })).toBe('3 scénarios sur 7');
  });
});

describe('dictionaries', () => {
  test('English has exactly the French keys and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as MessageKey[]) {
      expect(fr[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  test('both languages use the same placeholders in each message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(fr) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });
});
