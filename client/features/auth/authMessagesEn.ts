import type { AuthMessages } from './authMessagesFr';

/** English messages of the login page and the account menu; a missing or extra key fails `tsc`. */
export const authMessagesEn: AuthMessages = {
  'auth.title': 'Sign in',
  'auth.intro': 'Examiners, trainers and administrators sign in here. Candidates have no account: they join the exam with the code the examiner gives them.',
  'auth.login': 'Login',
  'auth.password': 'Password',
  'auth.submit': 'Sign in',
  'auth.submitting': 'Signing in…',
  'auth.badCredentials': 'Wrong login or password.',
  'auth.tooManyAttempts': 'Too many attempts. Try again in {wait}.',
  'auth.minutes': '{count} min',
  'auth.seconds': '{count} s',
  'auth.error': 'Signing in failed (server unreachable). Try again.',
  'auth.signedInAs': 'Signed in as {name}',
  'auth.continue': 'Continue',
  'auth.signOut': 'Sign out',
  'auth.signIn': 'Sign in',
  'auth.role.admin': 'administrator',
  'auth.role.examiner': 'examiner',
  'auth.role.trainer': 'trainer',
};
