import { describe, expect, test } from 'vitest';
import { matchRoute } from './matchRoute';

describe('matchRoute', () => {
  test('maps each French path to its page', () => {
    expect(matchRoute('/')).toBe('home');
    expect(matchRoute('/candidat')).toBe('candidate');
    expect(matchRoute('/examinateur')).toBe('examiner');
    expect(matchRoute('/formateur')).toBe('trainer');
  });

  test('ignores trailing slashes', () => {
    expect(matchRoute('/candidat/')).toBe('candidate');
    expect(matchRoute('//')).toBe('home');
  });

  test('anything else is notFound', () => {
    expect(matchRoute('/candidate')).toBe('notFound');
    expect(matchRoute('/candidat/extra')).toBe('notFound');
    expect(matchRoute('/CANDIDAT')).toBe('notFound');
  });
});
