import type { ProtocolError } from '../protocol/callProtocol';

const refusal = (code: string, fr: string, en: string): ProtocolError => ({ code, message: { fr, en } });

/** Why an exam input (console or candidate) was refused, in words a screen can show as they are. */
export const examRefusals = {
  badPayload: refusal('exam.invalid', 'Demande invalide : rien n’a été fait.', 'Invalid request: nothing was done.'),
  tooLarge: refusal('exam.tooLarge', 'Demande trop volumineuse : rien n’a été fait.', 'Request too large: nothing was done.'),
  tooFast: refusal('exam.rateLimited', 'Trop de demandes d’un coup : attendez un instant.', 'Too many requests at once: wait a moment.'),
  notSignedIn: refusal('auth.required', 'Connectez-vous d’abord.', 'Sign in first.'),
  notJury: refusal('exam.notJury', 'Vous ne faites pas partie du jury de cet examen.', 'You are not on this exam’s jury.'),
  notPresident: refusal('exam.notPresident', 'Seul le président du jury enregistre la décision.', 'Only the jury’s president records the decision.'),
  unknownExam: refusal('exam.unknown', 'Cet examen n’existe pas.', 'This exam does not exist.'),
  badToken: refusal('exam.badToken', 'Accès candidat invalide : saisissez à nouveau le code.', 'Invalid candidate access: enter the code again.'),
  notWaiting: refusal('exam.alreadyStarted', 'L’examen a déjà commencé.', 'The exam has already started.'),
  noCandidate: refusal('exam.noCandidate', 'Le candidat n’a pas encore rejoint l’examen.', 'The candidate has not joined the exam yet.'),
  notRunning: refusal('exam.notRunning', 'L’examen n’est pas en cours.', 'The exam is not running.'),
  notOnGrid: refusal('mark.notOnGrid', 'Cette compétence ne fait pas partie de la grille de l’épreuve.', 'This competency is not on the test’s grid.'),
  notLive: refusal('customer.notLive', 'Le client est joué par le scénario dans cet examen.', 'The customer is scripted in this exam.'),
  noCall: refusal('exam.noCall', 'Aucun appel n’est en cours.', 'No call is under way.'),
  notYourCall: refusal('exam.notYourCall', 'Cet appel n’est pas celui de votre examen en cours.', 'This call is not your exam’s current call.'),
  failed: refusal('exam.failed', 'L’enregistrement a échoué : réessayez.', 'Saving failed: try again.'),
} as const;
