/**
 * Messages of the login page and of the header's account menu. Same conventions as
 * `app/i18n/fr.ts`: `{name}` placeholders, a no-break space before French `: ? ; »`.
 */
export const authMessagesFr = {
  'auth.title': 'Connexion',
  'auth.intro': 'Examinateurs, formateurs et administrateurs se connectent ici. Les candidats n’ont pas de compte\u00a0: ils rejoignent l’épreuve avec le code donné par l’examinateur.',
  'auth.login': 'Identifiant',
  'auth.password': 'Mot de passe',
  'auth.submit': 'Se connecter',
  'auth.submitting': 'Connexion…',
  'auth.badCredentials': 'Identifiant ou mot de passe incorrect.',
  'auth.tooManyAttempts': 'Trop de tentatives. Réessayez dans {wait}.',
  'auth.minutes': '{count}\u00a0min',
  'auth.seconds': '{count}\u00a0s',
  'auth.error': 'La connexion a échoué (serveur injoignable). Réessayez.',
  'auth.signedInAs': 'Connecté en tant que {name}',
  'auth.continue': 'Continuer',
  'auth.signOut': 'Se déconnecter',
  'auth.signIn': 'Se connecter',
  'auth.role.admin': 'administrateur',
  'auth.role.examiner': 'examinateur',
  'auth.role.trainer': 'formateur',
} as const;

export type AuthMessageKey = keyof typeof authMessagesFr;
export type AuthMessages = Readonly<Record<AuthMessageKey, string>>;
