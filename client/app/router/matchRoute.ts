/** The pages of the app and their French paths (the paths are part of the UI, like the labels). */
export const routePaths = {
  home: '/',
  candidate: '/candidat',
  micCheck: '/candidat/micro',
  examiner: '/examinateur',
  trainer: '/formateur',
  studio: '/formateur/atelier',
  exam: '/examen',
  login: '/connexion',
} as const;

/**
 * Pages whose path carries parameters: the prefix picks the page, which reads the rest of the
 * path itself (`/seance/:sessionId` and the CRM screens under it).
 */
export const routePrefixes = {
  desk: '/seance/',
  examConsole: '/examinateur/examen/',
  /** The candidate's exam page with a CRM screen under it (`/examen/clients/C-1042`). */
  examScreen: '/examen/',
} as const;

export type RouteId = keyof typeof routePaths | keyof typeof routePrefixes | 'debrief' | 'notFound';

/** The debrief of a practice session, once its call is over: `/seance/:sessionId/bilan`. */
export function debriefPath(sessionId: string): string {
  return `${routePrefixes.desk}${encodeURIComponent(sessionId)}/bilan`;
}

/** The examiner's console of an exam: `/examinateur/examen/:examId`. */
export function examConsolePath(examId: string): string {
  return `${routePrefixes.examConsole}${encodeURIComponent(examId)}`;
}

/** The agent desktop of a practice session: `/seance/:sessionId`. */
export function deskPath(sessionId: string): string {
  return `${routePrefixes.desk}${encodeURIComponent(sessionId)}`;
}

/** The page for a pathname; a trailing slash is ignored, anything unknown is `notFound`. */
export function matchRoute(pathname: string): RouteId {
  const normalized = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  for (const [id, path] of Object.entries(routePaths) as [keyof typeof routePaths, string][]) {
    if (normalized === path) return id;
  }
  if (/^\/seance\/[^/]+\/bilan$/.test(normalized)) return 'debrief';
  for (const [id, prefix] of Object.entries(routePrefixes) as [keyof typeof routePrefixes, string][]) {
    if (normalized.startsWith(prefix) && normalized.length > prefix.length) return id;
  }
  return 'notFound';
}
