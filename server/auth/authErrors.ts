import type { ProtocolError } from '../../shared/protocol/callProtocol';
import { HttpError } from '../http/HttpError';

/**
 * The error codes of the accounts layer, with their message in both languages. REST answers
 * carry the code and the English message (`{ error: { code, message } }`; the client words it
 * from the code); socket acks carry both languages through `authProtocolError`.
 */
export const authErrorMessages = {
  'auth.not-signed-in': {
    status: 401,
    fr: 'Connectez-vous pour continuer.',
    en: 'Sign in to continue.',
  },
  'auth.forbidden': {
    status: 403,
    fr: 'Votre rôle ne permet pas cette action.',
    en: 'Your role does not allow this action.',
  },
  'auth.bad-credentials': {
    status: 401,
    fr: 'Identifiant ou mot de passe incorrect.',
    en: 'Wrong login or password.',
  },
  'auth.too-many-attempts': {
    status: 429,
    fr: 'Trop de tentatives : réessayez plus tard.',
    en: 'Too many attempts: try again later.',
  },
  'auth.cross-origin': {
    status: 403,
    fr: 'Requête refusée : elle ne vient pas de Plateau.',
    en: 'Request refused: it does not come from Plateau.',
  },
} as const;

export type AuthErrorCode = keyof typeof authErrorMessages;

/** The HttpError a route throws for `code` (its status, code and English message). */
export function authHttpError(code: AuthErrorCode, headers: Readonly<Record<string, string>> = {}): HttpError {
  const { status, en } = authErrorMessages[code];
  return new HttpError(status, code, en, headers);
}

/** The error of a socket ack for `code`, in both languages. */
export function authProtocolError(code: AuthErrorCode): ProtocolError {
  const { fr, en } = authErrorMessages[code];
  return { code, message: { fr, en } };
}
