import { describe, expect, test } from 'vitest';
import { fr } from '../../app/i18n/fr';
import { voiceMessagesEn } from './voiceMessagesEn';
import { voiceMessagesFr, type VoiceMessageKey } from './voiceMessagesFr';

const keys = Object.keys(voiceMessagesFr) as VoiceMessageKey[];

describe('the microphone check dictionaries', () => {
  test('same keys and placeholders in French and English, none empty, none shadowing an app message', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(voiceMessagesEn).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(voiceMessagesFr[key].trim(), key).not.toBe('');
      expect(placeholders(voiceMessagesEn[key]), key).toEqual(placeholders(voiceMessagesFr[key]));
      expect(Object.hasOwn(fr, key), key).toBe(false);
    }
  });

  test('French punctuation takes a no-break space', () => {
    for (const key of keys) expect(voiceMessagesFr[key], key).not.toMatch(/ [:?;!»%]|« /);
  });
});
