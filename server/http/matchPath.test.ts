import { describe, expect, test } from 'vitest';
import { matchPath } from './matchPath';

describe('matchPath', () => {
  test('matches literal segments exactly', () => {
    expect(matchPath('/api/scenarios', '/api/scenarios')).toEqual({});
    expect(matchPath('/api/scenarios', '/api/scenario')).toBeNull();
    expect(matchPath('/api/scenarios', '/api/scenarios/extra')).toBeNull();
  });

  test('ignores one trailing slash on the pathname', () => {
    expect(matchPath('/api/scenarios', '/api/scenarios/')).toEqual({});
  });

  test('captures and decodes :name segments', () => {
    expect(matchPath('/api/sessions/:id/crm/:entity', '/api/sessions/s%2042/crm/customers')).toEqual({
      id: 's 42',
      entity: 'customers',
    });
  });

  test('an empty segment never fills a param', () => {
    expect(matchPath('/api/sessions/:id', '/api/sessions//')).toBeNull();
  });

  test('throws a URIError on a malformed escape', () => {
    expect(() => matchPath('/api/sessions/:id', '/api/sessions/%E0%A4%A')).toThrow(URIError);
  });
});
