import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../src/index.js';
import { EXAMPLES, loadExample } from './load-example.js';

describe.each(EXAMPLES)('the Markdown notice of examples/%s', (example) => {
  const loaded = loadExample(example);

  it.each(['fr', 'en'] as const)('in %s has tables whose rows all have as many cells as the header', (lang) => {
    const lines = renderNotice(loaded, { lang, format: 'md' }).split('\n');
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length - 2;
    let header = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = 0;
        continue;
      }
      if (header === 0) header = cells(line);
      else expect(cells(line), line).toBe(header);
    }
  });

  it.each(['fr', 'en'] as const)(
    'in %s links its table of contents to the anchors GitHub gives the headings',
    (lang) => {
      const md = renderNotice(loaded, { lang, format: 'md' });
      const slug = (heading: string) =>
        heading
          .replace(/\\(.)/g, '$1')
          .toLowerCase()
          .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
          .replace(/ /g, '-');
      const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => slug(m[1] ?? ''));
      const links = [...md.matchAll(/^\d+\. \[.+\]\(#(.+)\)$/gm)].map((m) => m[1]);
      expect(links).toHaveLength(14);
      for (const link of links) expect(headings).toContain(link);
    },
  );
});

it('links a heading with accents and parentheses the way GitHub anchors it', () => {
  const md = renderNotice(loadExample('demo'), { lang: 'fr', format: 'md' });
  expect(md).toContain('7. [Témoins (cookies) et autres traceurs](#témoins-cookies-et-autres-traceurs)');
  expect(md).toContain('## Témoins (cookies) et autres traceurs');
});
