import { describe, expect, test } from 'vitest';
import { crmViewPath, parseCrmView } from './crmViews';
import type { CrmView } from './crmViews';

describe('CRM screen addresses', () => {
  test('each screen has a French path that reads back as the same screen', () => {
    const views: CrmView[] = [
      { screen: 'search' },
      { screen: 'stock' },
      { screen: 'customer', id: 'C-1042' },
      { screen: 'order', id: 'CMD-88311' },
      { screen: 'invoice', id: 'FAC-2026-0012' },
      { screen: 'quote', id: 'DEV-2026-0001' },
      { screen: 'ticket', id: 'T 55/21' },
    ];
    for (const view of views) expect(parseCrmView(crmViewPath(view))).toEqual(view);
    expect(crmViewPath({ screen: 'customer', id: 'C-1042' })).toBe('/clients/C-1042');
    expect(crmViewPath({ screen: 'ticket', id: 'T 55/21' })).toBe('/tickets/T%2055%2F21');
  });

  test('anything else is an unknown screen', () => {
    for (const rest of ['/nope', '/clients', '/clients/a/b', '/stock/x', '/clients/%E0%A4%A']) {
      expect(parseCrmView(rest), rest).toEqual({ screen: 'unknown' });
    }
  });
});
