import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';

describe('VIGIE_RETENTION_EVERY_HOURS', () => {
  it('defaults to a daily run, takes 0 to turn the server’s runs off, and refuses anything else', () => {
    const daily = loadConfig({ VIGIE_ENV: 'development' });
    expect(daily.ok && daily.value.retentionEveryHours).toBe(24);
    const off = loadConfig({ VIGIE_ENV: 'development', VIGIE_RETENTION_EVERY_HOURS: '0' });
    expect(off.ok && off.value.retentionEveryHours).toBe(0);
    for (const bad of ['-1', '1.5', 'daily', '9000']) {
      const refused = loadConfig({ VIGIE_ENV: 'development', VIGIE_RETENTION_EVERY_HOURS: bad });
      expect(refused.ok ? [] : refused.issues.map((i) => i.variable)).toEqual(['VIGIE_RETENTION_EVERY_HOURS']);
    }
  });
});
