import type { Locale } from '../../app/i18n/locales';

// The French spelling alphabet (« A comme Anatole ») and NATO's in English: a code read aloud
// to a room, or over a phone, cannot be misheard.
const frenchWords = 'Anatole Berthe Célestin Désiré Eugène François Gaston Henri Irma Joseph Kléber Louis Marcel Nicolas Oscar Pierre Quintal Raoul Suzanne Thérèse Ursule Victor William Xavier Yvonne Zoé'.split(' ');
const natoWords = 'Alfa Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray Yankee Zulu'.split(' ');
const frenchDigits = 'zéro un deux trois quatre cinq six sept huit neuf'.split(' ');
const englishDigits = 'zero one two three four five six seven eight nine'.split(' ');

/** How to read each character of a join code aloud, one entry per character (separators too). */
export function spellCode(code: string, locale: Locale): string[] {
  const letters = locale === 'fr' ? frenchWords : natoWords;
  const digits = locale === 'fr' ? frenchDigits : englishDigits;
  return [...code.toUpperCase()].flatMap((char) => {
    if (/[A-Z]/.test(char)) {
      const word = letters[char.charCodeAt(0) - 65]!;
      return [locale === 'fr' ? `${char} comme ${word}` : `${char} as in ${word}`];
    }
    if (/[0-9]/.test(char)) return [`${char} (${digits[Number(char)]!})`];
    if (char === '-') return [locale === 'fr' ? 'tiret' : 'dash'];
    if (/\s/.test(char)) return [];
    return [char];
  });
}
