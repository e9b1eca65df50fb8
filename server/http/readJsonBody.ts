import type { IncomingMessage } from 'node:http';
import { HttpError } from './HttpError';
import { httpErrorCodes } from './sendJson';

export type ReadJsonBodyOptions = {
  /** Largest accepted body in bytes; default 1 MB. */
  limitBytes?: number;
};

/**
 * Reads and parses a JSON request body for a route handler. Throws HttpError 415 when the
 * content type is not JSON, 413 past the size limit and 400 on malformed JSON, so a handler can
 * simply `const body = await readJsonBody(req)` and validate `body` (e.g. with zod).
 */
export async function readJsonBody(req: IncomingMessage, options: ReadJsonBodyOptions = {}): Promise<unknown> {
  const limitBytes = options.limitBytes ?? 1_000_000;
  const contentType = req.headers['content-type'] ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new HttpError(415, httpErrorCodes.unsupportedMediaType, 'Expected Content-Type: application/json');
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) {
    throw new HttpError(413, httpErrorCodes.payloadTooLarge, `Body larger than ${limitBytes} bytes`);
  }

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limitBytes) {
      throw new HttpError(413, httpErrorCodes.payloadTooLarge, `Body larger than ${limitBytes} bytes`);
    }
    chunks.push(buffer);
  }

  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, httpErrorCodes.badRequest, 'Malformed JSON body');
  }
}
