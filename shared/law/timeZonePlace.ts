import type { LocalizedText } from '../competencies/referential';

// Where the consumer's clock is, said the way a candidate would say it: "13 h 05 à Paris".
const PLACES: Readonly<Record<string, LocalizedText>> = {
  'Europe/Paris': { fr: 'à Paris', en: 'in Paris' },
  'Indian/Reunion': { fr: 'à La Réunion', en: 'in Réunion' },
  'Indian/Mayotte': { fr: 'à Mayotte', en: 'in Mayotte' },
  'America/Martinique': { fr: 'en Martinique', en: 'in Martinique' },
  'America/Guadeloupe': { fr: 'en Guadeloupe', en: 'in Guadeloupe' },
  'America/Cayenne': { fr: 'en Guyane', en: 'in French Guiana' },
  'America/Miquelon': { fr: 'à Saint-Pierre-et-Miquelon', en: 'in Saint Pierre and Miquelon' },
  'Pacific/Noumea': { fr: 'en Nouvelle-Calédonie', en: 'in New Caledonia' },
  'Pacific/Tahiti': { fr: 'à Tahiti', en: 'in Tahiti' },
  'Pacific/Wallis': { fr: 'à Wallis-et-Futuna', en: 'in Wallis and Futuna' },
};

/** 'à Paris' / 'in Paris'; for other zones, the zone's own name ('heure de Europe/Brussels'). */
export function timeZonePlace(timeZone: string): LocalizedText {
  return PLACES[timeZone] ?? { fr: `(heure de ${timeZone})`, en: `(${timeZone} time)` };
}
