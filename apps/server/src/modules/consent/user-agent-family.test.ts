import { describe, expect, it } from 'vitest';
import { userAgentFamily } from './user-agent-family.js';

describe('userAgentFamily', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Chrome 131',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      'Edge 131',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox 133'],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      'Safari 18',
    ],
    ['curl/8.5.0', 'other'],
  ])('reduces %s to %s', (userAgent, family) => {
    expect(userAgentFamily(userAgent)).toBe(family);
  });

  it('keeps nothing when the browser sent nothing', () => {
    expect(userAgentFamily(undefined)).toBeNull();
    expect(userAgentFamily('')).toBeNull();
  });
});
