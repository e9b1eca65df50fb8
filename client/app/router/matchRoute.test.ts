import { describe, expect, test } from 'vitest';
import { debriefPath, deskPath, matchRoute } from './matchRoute';

describe('matchRoute', () => {
  test('maps each French path to its page', () => {
    expect(matchRoute('/')).toBe('home');
    expect(matchRoute('/candidat')).toBe('candidate');
    expect(matchRoute('/examinateur')).toBe('examiner');
    expect(matchRoute('/formateur')).toBe('trainer');
    expect(matchRoute('/formateur/atelier')).toBe('studio');
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

  test('a practice session\'s desk and the CRM screens under it', () => {
    expect(matchRoute('/seance/4c5de27f-a907')).toBe('desk');
    expect(matchRoute('/seance/4c5de27f-a907/clients/C-1042')).toBe('desk');
    expect(matchRoute('/seance/')).toBe('notFound');
    expect(matchRoute('/seance')).toBe('notFound');
    expect(deskPath('a b')).toBe('/seance/a%20b');
  });

  test('a practice session\'s debrief', () => {
    expect(matchRoute('/seance/4c5de27f-a907/bilan')).toBe('debrief');
    expect(matchRoute('/seance/4c5de27f-a907/bilan/')).toBe('debrief');
    expect(matchRoute('/seance/4c5de27f-a907/bilan/x')).toBe('desk');
    expect(debriefPath('a b')).toBe('/seance/a%20b/bilan');
  });
});
