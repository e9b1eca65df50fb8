/** Parameter names of a route pattern: `'/api/sessions/:id/crm/:entity'` → `'id' | 'entity'`. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The params object a handler of pattern `P` receives. */
export type PathParams<P extends string> = { readonly [K in ParamNames<P>]: string };

/**
 * Matches a pathname against a pattern made of literal segments and `:name` segments
 * (`/api/sessions/:id`). A trailing slash on the pathname is ignored. Params are
 * percent-decoded; a malformed escape throws a URIError (the router answers 400).
 * Returns null when the pathname does not match.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const patternSegments = splitPath(pattern);
  const pathSegments = splitPath(pathname);
  if (patternSegments.length !== pathSegments.length) return null;

  const params: Record<string, string> = {};
  for (const [index, expected] of patternSegments.entries()) {
    const actual = pathSegments[index] ?? '';
    if (expected.startsWith(':')) {
      if (actual === '') return null;
      params[expected.slice(1)] = decodeURIComponent(actual);
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

function splitPath(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/').slice(1);
}
