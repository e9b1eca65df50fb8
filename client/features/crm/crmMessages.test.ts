import { describe, expect, test } from 'vitest';
import { fr } from '../../app/i18n/fr';
import { crmMessagesEn } from './crmMessagesEn';
import { crmMessagesFr, type CrmMessageKey } from './crmMessagesFr';

const keys = Object.keys(crmMessagesFr) as CrmMessageKey[];

describe('the CRM dictionaries', () => {
  test('French and English have the same keys, none empty, none shadowing an app message', () => {
    expect(Object.keys(crmMessagesEn).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(crmMessagesFr[key].trim(), key).not.toBe('');
      expect(crmMessagesEn[key].trim(), key).not.toBe('');
      expect(Object.hasOwn(fr, key), key).toBe(false);
    }
  });

  test('both languages use the same placeholders in each message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of keys) expect(placeholders(crmMessagesEn[key]), key).toEqual(placeholders(crmMessagesFr[key]));
  });

  test('every plural has its singular and its plural form', () => {
    for (const key of keys) {
      if (key.endsWith('.one')) expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
      if (key.endsWith('.other')) expect(keys, key).toContain(key.replace(/\.other$/, '.one'));
    }
  });

  test('French punctuation takes a no-break space, never a plain one', () => {
    for (const key of keys) expect(crmMessagesFr[key], key).not.toMatch(/ [:;?!»]|« /);
  });
});
