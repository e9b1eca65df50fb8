/**
 * French messages of the microphone check, the reference for their keys. They ship with the
 * voice chunk. A no-break space (\u00a0) comes before French « : ? ; » ».
 */
export const voiceMessagesFr = {
  'micCheck.pageTitle': 'Vérifier mon micro',
  'micCheck.title': 'Votre micro',
  'micCheck.intro':
    'Plateau écoute votre micro pour mesurer vos temps de parole et vos silences pendant l’appel. Rien n’est enregistré et aucun son ne quitte votre ordinateur.',
  'micCheck.start': 'Vérifier mon micro',
  'micCheck.loading': 'Chargement du détecteur de voix…',
  'micCheck.loadingProgress': 'Détecteur de voix\u00a0: {percent}\u00a0%',
  'micCheck.speak': 'Dites quelques mots, par exemple «\u00a0Bonjour, je vous écoute\u00a0».',
  'micCheck.level': 'Niveau du micro',
  'micCheck.heard': 'Nous vous entendons',
  'micCheck.continue': 'Continuer',
  'micCheck.deniedTitle': 'Plateau n’a pas accès à votre micro.',
  'micCheck.deniedText':
    'Autorisez le micro pour ce site (icône à gauche de l’adresse, ou réglages du navigateur), puis réessayez.',
  'micCheck.errorTitle': 'Le micro n’a pas pu être ouvert.',
  'micCheck.noMicrophone': 'Aucun micro n’a été trouvé. Branchez un micro ou un casque, puis réessayez.',
  'micCheck.retry': 'Réessayer',
  'micCheck.segments': 'Prises de parole détectées',
  'micCheck.segment': 'Parole de {seconds}\u00a0s',
  'micCheck.segmentOngoing': 'Parole en cours…',
} as const;

export type VoiceMessageKey = keyof typeof voiceMessagesFr;
export type VoiceMessages = Readonly<Record<VoiceMessageKey, string>>;
