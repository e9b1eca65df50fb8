import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './HttpError';
import { matchPath, type PathParams } from './matchPath';
import { httpErrorCodes, sendError } from './sendJson';

export const httpMethods = {
  get: 'GET',
  post: 'POST',
  put: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE',
} as const;
export type HttpMethod = (typeof httpMethods)[keyof typeof httpMethods];

export type RouteParams = Readonly<Record<string, string>>;
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  params: RouteParams,
) => void | Promise<void>;

/** One JSON API route. A GET route also answers HEAD. */
export type ApiRoute = {
  readonly method: HttpMethod;
  /** Literal segments and `:name` segments, e.g. `/api/sessions/:id/crm/customers`. */
  readonly pattern: string;
  readonly handler: RouteHandler;
};

/**
 * Declares a route with params typed from its pattern:
 * `route('GET', '/api/sessions/:id', (req, res, { id }) => sendJson(res, 200, { id }))`.
 */
export function route<P extends string>(
  method: HttpMethod,
  pattern: P,
  handler: (req: IncomingMessage, res: ServerResponse, params: PathParams<P>) => void | Promise<void>,
): ApiRoute {
  return { method, pattern, handler: handler as RouteHandler };
}

export type Router = {
  /**
   * Answers the request if some route's pattern matches `pathname` (405 when only the method
   * differs) and returns true; returns false, without touching `res`, when no pattern matches.
   */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>;
};

export type RouterOptions = {
  /** Receives errors thrown by handlers that are not HttpError (they answer 500). */
  onError?: (error: unknown, req: IncomingMessage) => void;
};

/** A tiny method + pattern router for JSON API routes; the first matching route wins. */
export function createRouter(routes: readonly ApiRoute[], options: RouterOptions = {}): Router {
  const seen = new Set<string>();
  for (const { method, pattern } of routes) {
    if (!pattern.startsWith('/')) throw new Error(`Route pattern must start with "/": ${pattern}`);
    const key = `${method} ${pattern}`;
    if (seen.has(key)) throw new Error(`Duplicate route: ${key}`);
    seen.add(key);
  }

  return {
    async handle(req, res, pathname) {
      const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
      const allowed = new Set<string>();
      for (const candidate of routes) {
        let params: Record<string, string> | null;
        try {
          params = matchPath(candidate.pattern, pathname);
        } catch {
          sendError(res, 400, httpErrorCodes.badRequest, 'Malformed percent-encoding in the path');
          return true;
        }
        if (!params) continue;
        if (candidate.method !== method) {
          allowed.add(candidate.method);
          continue;
        }
        try {
          await candidate.handler(req, res, params);
        } catch (error) {
          answerError(error, req, res, options);
        }
        return true;
      }
      if (allowed.size === 0) return false;
      if (allowed.has('GET')) allowed.add('HEAD');
      sendError(
        res,
        405,
        httpErrorCodes.methodNotAllowed,
        `${req.method ?? 'GET'} is not allowed on ${pathname}`,
        { Allow: [...allowed].join(', ') },
      );
      return true;
    },
  };
}

function answerError(error: unknown, req: IncomingMessage, res: ServerResponse, options: RouterOptions): void {
  if (error instanceof HttpError) {
    if (!res.headersSent) sendError(res, error.status, error.code, error.message, { ...error.headers });
    return;
  }
  options.onError?.(error, req);
  if (!res.headersSent) {
    sendError(res, 500, httpErrorCodes.internal, 'Internal server error');
  } else {
    res.destroy();
  }
}
