import { describe, expect, test } from 'vitest';
import { readStoredLocale, storeLocale } from './readStoredLocale';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

const blockedStorage = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
} as unknown as Storage;

describe('readStoredLocale / storeLocale', () => {
  test('round-trips a supported language', () => {
    const storage = memoryStorage();
    expect(readStoredLocale(storage)).toBeNull();
    storeLocale('en', storage);
    expect(readStoredLocale(storage)).toBe('en');
  });

  test('ignores an unsupported stored value', () => {
    const storage = memoryStorage();
    storage.setItem('plateau.locale', 'de');
    expect(readStoredLocale(storage)).toBeNull();
  });

  test('survives storage that throws or does not exist', () => {
    expect(readStoredLocale(blockedStorage)).toBeNull();
    expect(() => storeLocale('fr', blockedStorage)).not.toThrow();
    expect(readStoredLocale(null)).toBeNull();
  });
});
