import { describe, expect, test } from 'vitest';
import { splitDeskPath } from './splitDeskPath';

describe('splitDeskPath', () => {
  test('separates the session id from the CRM screen', () => {
    expect(splitDeskPath('/seance/abc')).toEqual({ sessionId: 'abc', rest: '' });
    expect(splitDeskPath('/seance/abc/')).toEqual({ sessionId: 'abc', rest: '/' });
    expect(splitDeskPath('/seance/abc/clients/C-1042')).toEqual({ sessionId: 'abc', rest: '/clients/C-1042' });
    expect(splitDeskPath('/seance/a%20b/stock')).toEqual({ sessionId: 'a b', rest: '/stock' });
    expect(splitDeskPath('/seance/%E0%A4%A')).toEqual({ sessionId: '%E0%A4%A', rest: '' });
  });
});
