import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../src/index.js';
import { declare } from './declare.js';

const hostile = declare((d) => {
  d.purposes[0].name = { fr: 'Lire <script>alert(1)</script> | tout', en: 'Read <script>alert(1)</script> | all' };
  d.cookies[1].name = '_x|y*z_';
  d.cookies[1].privacyPolicy = 'https://example.com/?a=1&b="2"';
  d.organisation.personInCharge.url = 'javascript:alert(1)';
});

describe('text from the declaration is never read as markup', () => {
  it('HTML escapes a purpose name holding a script tag and a pipe', () => {
    const html = renderNotice(hostile, { lang: 'en', format: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('Read &lt;script&gt;alert(1)&lt;/script&gt; | all');
    expect(html).toContain('href="https://example.com/?a=1&amp;b=&quot;2&quot;"');
  });

  it('Markdown escapes the same name, and a pipe never splits a table cell', () => {
    const md = renderNotice(hostile, { lang: 'en', format: 'md' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('### Read \\<script\\>alert(1)\\</script\\> \\| all');
    const cookieRow = md.split('\n').find((line) => line.startsWith('| \\_x'));
    expect(cookieRow).toBe(
      '| \\_x\\|y\\*z\\_ | Google (third party) — [privacy policy](https://example.com/?a=1&b="2") | Audience measurement | 13 months | Measure traffic | Profiles you | Off until you accept it |',
    );
    const unescapedPipes = (cookieRow ?? '').replace(/\\\|/g, '').split('|').length - 1;
    expect(unescapedPipes).toBe(8);
  });

  it('writes a javascript: address as plain text, never as a link', () => {
    for (const format of ['html', 'md'] as const) {
      const text = renderNotice(hostile, { lang: 'fr', format });
      expect(text).toContain('javascript:alert(1)');
      expect(text).not.toMatch(/href="javascript:|\]\(javascript:/);
    }
  });
});
