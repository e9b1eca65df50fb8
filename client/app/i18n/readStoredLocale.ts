import { isLocale, type Locale } from './locales';

const storageKey = 'plateau.locale';

/** The language the user chose earlier on this browser, or null (storage empty or unavailable). */
export function readStoredLocale(storage: Storage | null = browserStorage()): Locale | null {
  try {
    const value = storage?.getItem(storageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the user's language; silently does nothing where storage is blocked. */
export function storeLocale(locale: Locale, storage: Storage | null = browserStorage()): void {
  try {
    storage?.setItem(storageKey, locale);
  } catch {
    // Private browsing or a storage quota: the choice then lasts for this page only.
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
