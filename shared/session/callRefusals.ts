import type { ProtocolError } from '../protocol/callProtocol';

const refusal = (code: string, fr: string, en: string): ProtocolError => ({ code, message: { fr, en } });

/** Why a call command or a join was refused, in words a softphone can show as they are. */
export const callRefusals = {
  badPayload: refusal('command.invalid', 'Commande invalide : rien n’a été fait.', 'Invalid command: nothing was done.'),
  tooLarge: refusal('command.tooLarge', 'Commande trop volumineuse : rien n’a été fait.', 'Command too large: nothing was done.'),
  tooFast: refusal('command.rateLimited', 'Trop de commandes d’un coup : attendez un instant.', 'Too many commands at once: wait a moment.'),
  noSession: refusal('session.unknown', 'Cette séance d’entraînement n’existe pas (ou plus).', 'This practice session does not exist (any more).'),
  notJoined: refusal('session.notJoined', 'Rejoignez d’abord la séance.', 'Join the session first.'),
  notRinging: refusal('call.notRinging', 'Aucun appel ne sonne.', 'No call is ringing.'),
  ringing: refusal('call.ringing', 'Le téléphone sonne : décrochez d’abord.', 'The phone is ringing: answer first.'),
  notConnected: refusal('call.notConnected', 'Personne n’est en ligne.', 'Nobody is on the line.'),
  over: refusal('call.over', 'L’appel est terminé.', 'The call is over.'),
  onHold: refusal('call.onHold', 'Le client est en attente : reprenez l’appel d’abord.', 'The customer is on hold: resume the call first.'),
  notOnHold: refusal('call.notOnHold', 'Le client n’est pas en attente.', 'The customer is not on hold.'),
  alreadyMuted: refusal('call.alreadyMuted', 'Le micro est déjà coupé.', 'The microphone is already muted.'),
  notMuted: refusal('call.notMuted', 'Le micro n’est pas coupé.', 'The microphone is not muted.'),
  cannotDial: refusal('dial.notNow', 'Ce n’est pas le moment de composer un numéro.', 'This is not the time to dial.'),
  unknownOption: refusal('option.unknown', 'Cette réponse n’est pas proposée ici.', 'This answer is not offered here.'),
  optionNotNow: refusal('option.notNow', 'Cette réponse n’est pas possible pour l’instant.', 'This answer is not possible yet.'),
  unknownService: refusal('transfer.unknown', 'Ce service ne fait pas partie des transferts possibles.', 'This service is not one the call can be transferred to.'),
  customerNotNow: refusal('customer.notNow', 'Le client ne peut pas faire cela à ce moment de l’appel.', 'The customer cannot do this at this point of the call.'),
  notWrapUp: refusal('wrapUp.notNow', 'Il n’y a pas de travail après appel en cours.', 'No after-call work is under way.'),
} as const;
