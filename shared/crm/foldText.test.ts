import { describe, expect, it } from 'vitest';
import { foldedWords, foldText } from './foldText';

describe('foldText', () => {
  it('lower-cases, drops accents and turns punctuation into single spaces', () => {
    expect(foldText('Côté Cheveux (SARL)')).toBe('cote cheveux sarl');
    expect(foldText('  Hélène LEFÈVRE-Dubois ')).toBe('helene lefevre dubois');
    expect(foldText("L'Œuvre de Maëlle, N'Diaye & Cie")).toBe('l oeuvre de maelle n diaye cie');
    expect(foldText('Ça coûte 129,00 €')).toBe('ca coute 129 00');
  });

  it('gives nothing for nothing', () => {
    expect(foldText(' — ')).toBe('');
    expect(foldedWords('')).toEqual([]);
    expect(foldedWords('Élodie Garnier')).toEqual(['elodie', 'garnier']);
  });
});
