/** The screens of the CRM, each with its own address under the desk (`/seance/:sessionId/…`). */
export type CrmView =
  | { screen: 'search' }
  | { screen: 'stock' }
  | { screen: 'customer'; id: string }
  | { screen: 'order'; id: string }
  | { screen: 'invoice'; id: string }
  | { screen: 'quote'; id: string }
  | { screen: 'ticket'; id: string }
  | { screen: 'unknown' };

// French path segments: the addresses are part of the interface, like the labels.
const segments = {
  customer: 'clients',
  order: 'commandes',
  invoice: 'factures',
  quote: 'devis',
  ticket: 'tickets',
} as const;

type RecordScreen = keyof typeof segments;

/** The path of a screen under the desk's own path ('' for the search, the desk's home). */
export function crmViewPath(view: CrmView): string {
  switch (view.screen) {
    case 'search':
    case 'unknown':
      return '';
    case 'stock':
      return '/stock';
    default:
      return `/${segments[view.screen]}/${encodeURIComponent(view.id)}`;
  }
}

/** The screen for the rest of the path after `/seance/:sessionId` ('', '/stock', '/clients/C-1042'…). */
export function parseCrmView(rest: string): CrmView {
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return { screen: 'search' };
  if (parts.length === 1 && parts[0] === 'stock') return { screen: 'stock' };
  if (parts.length === 2) {
    const screen = (Object.keys(segments) as RecordScreen[]).find((key) => segments[key] === parts[0]);
    const id = decode(parts[1]!);
    if (screen && id) return { screen, id };
  }
  return { screen: 'unknown' };
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
