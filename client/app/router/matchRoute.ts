/** The pages of the app and their French paths (the paths are part of the UI, like the labels). */
export const routePaths = {
  home: '/',
  candidate: '/candidat',
  examiner: '/examinateur',
  trainer: '/formateur',
} as const;

export type RouteId = keyof typeof routePaths | 'notFound';

/** The page for a pathname; a trailing slash is ignored, anything unknown is `notFound`. */
export function matchRoute(pathname: string): RouteId {
  const normalized = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  for (const [id, path] of Object.entries(routePaths) as [keyof typeof routePaths, string][]) {
    if (normalized === path) return id;
  }
  return 'notFound';
}
