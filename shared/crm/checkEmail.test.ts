import { describe, expect, it } from 'vitest';
import { checkEmail } from './checkEmail';

describe('checkEmail', () => {
  it.each([
    ['sandrine.roux@example.com', 'sandrine.roux@example.com'],
    ['  J.Berthier@Lumio-Conseil.fr ', 'j.berthier@lumio-conseil.fr'],
    ['commandes+noel@comptoir-chartrons.co.uk', 'commandes+noel@comptoir-chartrons.co.uk'],
    ["o'neil@example.ie", "o'neil@example.ie"],
  ])('accepts %s', (text, email) => {
    expect(checkEmail(text)).toEqual({ ok: true, email });
  });

  it.each([
    'sandrine.roux@example',
    'sandrine.roux.example.com',
    'sandrine roux@example.com',
    'sandrine..roux@example.com',
    '.sandrine@example.com',
    'sandrine@-example.com',
    'sandrine@example.c',
    'hélène@example.fr',
    '@example.com',
    'a@b@example.com',
  ])('refuses %s with a message in both languages', (text) => {
    const check = checkEmail(text);
    expect(check).toMatchObject({ ok: false, error: { code: 'email.invalid' } });
    if (!check.ok) {
      expect(check.error.message.fr).toContain('nom@domaine.fr');
      expect(check.error.message.en).toContain('name@domain.fr');
    }
  });
});
