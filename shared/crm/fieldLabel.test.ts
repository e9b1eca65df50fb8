import { describe, expect, it } from 'vitest';
import { fieldLabel } from './fieldLabel';

describe('fieldLabel', () => {
  it('names payload fields the way a candidate reads them, with the line they sit on', () => {
    expect(fieldLabel('author', 'fr')).toBe('auteur');
    expect(fieldLabel('lines.0.quantity', 'fr')).toBe('quantité (ligne 1)');
    expect(fieldLabel('lines.2.unitPriceExclVatCents', 'en')).toBe('unit price excl. VAT (line 3)');
    expect(fieldLabel('lines', 'fr')).toBe('lignes');
    expect(fieldLabel('somethingNew', 'fr')).toBe('somethingNew');
  });
});
