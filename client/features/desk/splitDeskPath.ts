import { routePrefixes } from '../../app/router/matchRoute';

/** `/seance/:sessionId[/…]`: the session id, and the rest of the path (the CRM screen's). */
export function splitDeskPath(pathname: string): { sessionId: string; rest: string } {
  const after = pathname.startsWith(routePrefixes.desk) ? pathname.slice(routePrefixes.desk.length) : '';
  const slash = after.indexOf('/');
  const raw = slash === -1 ? after : after.slice(0, slash);
  let sessionId = raw;
  try {
    sessionId = decodeURIComponent(raw);
  } catch {
    // A malformed escape: the server will not know this session either, and says so.
  }
  return { sessionId, rest: slash === -1 ? '' : after.slice(slash) };
}
