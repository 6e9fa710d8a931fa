import { describe, expect, it } from 'vitest';
import { matchPath } from '../../../src/lib/router.ts';

describe('matchPath', () => {
  it('matches static paths, ignoring a trailing slash', () => {
    expect(matchPath('/settings', '/settings')).toEqual({});
    expect(matchPath('/settings', '/settings/')).toEqual({});
    expect(matchPath('/', '/')).toEqual({});
  });

  it('extracts and decodes params', () => {
    expect(matchPath('/directory/:id', '/directory/a%20b')).toEqual({ id: 'a b' });
  });

  it('rejects other paths and malformed escapes', () => {
    expect(matchPath('/settings', '/tools')).toBeNull();
    expect(matchPath('/directory/:id', '/directory')).toBeNull();
    expect(matchPath('/directory/:id', '/directory/%E0%A4%A')).toBeNull();
  });
});
