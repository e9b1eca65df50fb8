/**
 * An error a route handler may throw to answer with a specific status and error code; the
 * router turns it into `{ error: { code, message } }`. Any other thrown error becomes a 500
 * whose message does not leak internals.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}
