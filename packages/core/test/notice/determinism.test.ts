import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../src/index.js';
import { declare } from './declare.js';
import { loadExample } from './load-example.js';

describe('the notice is deterministic', () => {
  it.each(['html', 'md'] as const)('the same declaration, loaded twice, gives byte-identical %s', (format) => {
    for (const lang of ['fr', 'en'] as const) {
      const first = renderNotice(loadExample('demo'), { lang, format });
      const second = renderNotice(loadExample('demo'), { lang, format });
      expect(second).toBe(first);
    }
  });

  it('does not depend on the day it is generated', () => {
    const today = new Date().toISOString().slice(0, 10);
    const html = renderNotice(declare(), { lang: 'en', format: 'html' });
    expect(html).not.toContain(today);
    expect(html).toContain('January 15, 2025');
  });

  it('writes the effective date in words, French style with 1er for the first of the month', () => {
    const loaded = declare((d) => {
      d.policy.effectiveDate = '2026-03-01';
    });
    expect(renderNotice(loaded, { lang: 'fr', format: 'md' })).toContain('en vigueur le 1er mars 2026');
    expect(renderNotice(loaded, { lang: 'en', format: 'md' })).toContain('effective March 1, 2026');
  });
});
