import { describe, expect, it } from 'vitest';
import { renderNotice } from '../../src/index.js';
import { declare } from './declare.js';
import { EXAMPLES, loadExample } from './load-example.js';

const notices = [
  ['the test declaration', declare()] as const,
  ...EXAMPLES.map((name) => [`examples/${name}`, loadExample(name)] as const),
].flatMap(([name, loaded]) =>
  (['fr', 'en'] as const).map(
    (lang) => [`${name} (${lang})`, lang, renderNotice(loaded, { lang, format: 'html' })] as const,
  ),
);

/** Every opening tag of an element, with its attributes as written. */
function tags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, 'g'))].map((m) => m[0]);
}

describe.each(notices)('the HTML notice of %s', (_, lang, html) => {
  it('is a complete standalone page in the language asked for', () => {
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has one h1 and heading levels that never skip one', () => {
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] ?? 0).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
  });

  it('gives every table a caption and scoped header cells', () => {
    const tables = html.split('<table>').slice(1);
    for (const table of tables) {
      expect(table.startsWith('\n<caption id="')).toBe(true);
      expect(tags(table.split('</table>')[0] ?? '', 'th').every((th) => /scope="(col|row)"/.test(th))).toBe(true);
    }
  });

  it('has a table of contents whose links all reach a heading, and no id used twice', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const toc = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    const links = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThanOrEqual(14);
    for (const link of links) expect(html).toContain(`<h2 id="${link}">`);
  });

  it('loads nothing from elsewhere and carries its own print stylesheet', () => {
    expect(tags(html, 'script')).toEqual([]);
    expect(tags(html, 'link')).toEqual([]);
    expect(tags(html, 'img')).toEqual([]);
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(tags(html, 'style')).toHaveLength(1);
    expect(html).toContain('@media print');
  });
});
