import type { ServerResponse } from 'node:http';

/** The body of every JSON error the API answers: `{ error: { code, message } }`. */
export type ApiErrorBody = { error: { code: string; message: string } };

/** Error codes used by the HTTP layer itself; routes may add their own. */
export const httpErrorCodes = {
  badRequest: 'bad_request',
  notFound: 'not_found',
  methodNotAllowed: 'method_not_allowed',
  payloadTooLarge: 'payload_too_large',
  unsupportedMediaType: 'unsupported_media_type',
  internal: 'internal_error',
} as const;

/**
 * Writes `body` as a JSON response. HEAD requests get the headers only. API answers are never
 * cached: they describe live state.
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}

/** Writes the standard `{ error: { code, message } }` body. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body: ApiErrorBody = { error: { code, message } };
  sendJson(res, status, body, headers);
}
