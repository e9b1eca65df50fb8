import type { Language } from '../law/isoDate';

/**
 * '1 234,56 €' (narrow no-break space between thousands, no-break space before the sign) or
 * '€1,234.56'. Written by hand rather than with Intl so the text is the same on every engine.
 */
export function formatEuros(cents: number, language: Language): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const units = String(Math.floor(absolute / 100));
  const rest = String(absolute % 100).padStart(2, '0');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? '\u202f' : ',');
  return language === 'fr' ? `${sign}${grouped},${rest}\u00a0€` : `${sign}€${grouped}.${rest}`;
}

/** A VAT rate in basis points as people write it: '5,5 %' / '5.5%'. */
export function formatVatRate(vatRateBp: number, language: Language): string {
  const text = String(vatRateBp / 100);
  return language === 'fr' ? `${text.replace('.', ',')}\u00a0%` : `${text}%`;
}
