import { describe, expect, test } from 'vitest';
import { fr } from '../../app/i18n/fr';
import { authMessagesEn } from './authMessagesEn';
import { authMessagesFr, type AuthMessageKey } from './authMessagesFr';

const keys = Object.keys(authMessagesFr) as AuthMessageKey[];

describe('the login dictionaries', () => {
  test('same keys and placeholders in French and English, none empty, none shadowing an app message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(authMessagesEn).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(authMessagesFr[key].trim(), key).not.toBe('');
      expect(placeholders(authMessagesEn[key]), key).toEqual(placeholders(authMessagesFr[key]));
      expect(Object.hasOwn(fr, key), key).toBe(false);
    }
  });

  test('French punctuation takes a no-break space', () => {
    for (const key of keys) expect(authMessagesFr[key], key).not.toMatch(/ [:?;!»%]|« /);
  });
});
