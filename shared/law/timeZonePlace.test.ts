import { describe, expect, it } from 'vitest';
import { timeZonePlace } from './timeZonePlace';

describe('timeZonePlace', () => {
  it('names French zones the way a candidate would', () => {
    expect(timeZonePlace('Europe/Paris')).toEqual({ fr: 'à Paris', en: 'in Paris' });
    expect(timeZonePlace('Indian/Reunion').fr).toBe('à La Réunion');
    expect(timeZonePlace('America/Martinique').fr).toBe('en Martinique');
  });

  it('falls back to the zone’s name', () => {
    expect(timeZonePlace('Europe/Brussels')).toEqual({ fr: '(heure de Europe/Brussels)', en: '(Europe/Brussels time)' });
  });
});
