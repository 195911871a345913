import type { Block, Inline, Line, NoticeDocument, Section, Table } from '../compose/document.js';
import { escapeHtml } from './escape.js';
import { NOTICE_CSS } from './html-style.js';
import { isSafeHref } from './safe-href.js';

/**
 * The pieces of the page, each line followed by "\n", joined once at the end: joining each line,
 * block and section first would copy the text each time. A few labels start thousands of facts:
 * the start of each is written once.
 */
interface HtmlOut {
  readonly pieces: string[];
  readonly factStarts: Map<string, string>;
}

/**
 * A complete, standalone and accessible HTML page: one h1, h2 per section and h3 within,
 * a table of contents with anchors, tables with captions and header scopes, nothing loaded
 * from elsewhere. Every piece of declaration text goes through `escapeHtml`.
 */
export function writeHtml(doc: NoticeDocument): string {
  const out: HtmlOut = { pieces: [], factStarts: new Map() };
  out.pieces.push(
    '<!doctype html>\n',
    `<html lang="${doc.lang}">\n`,
    '<head>\n',
    '<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    `<title>${escapeHtml(doc.title)}</title>\n`,
    `<style>${NOTICE_CSS}</style>\n`,
    '</head>\n',
    '<body>\n',
  );
  writeHeading(doc, out);
  out.pieces.push('<main>\n');
  for (const section of doc.sections) writeSection(section, out);
  out.pieces.push('</main>\n', '</body>\n', '</html>\n');
  return out.pieces.join('');
}

/**
 * The same notice as a fragment for a page that has its own landmarks and title (the privacy center shows the
 * title as its h1): no document, no h1, no inline style (the server's Content-Security-Policy forbids it) and no
 * <main>, which belong to the page.
 */
export function writeHtmlFragment(doc: NoticeDocument): string {
  const out: HtmlOut = { pieces: [], factStarts: new Map() };
  out.pieces.push(`<article class="notice" lang="${doc.lang}">\n`);
  for (const block of doc.intro) writeBlock(block, 'intro', () => 0, out);
  writeContents(doc, out);
  for (const section of doc.sections) writeSection(section, out);
  out.pieces.push('</article>\n');
  return out.pieces.join('');
}

/** The title, the introduction and the table of contents. */
function writeHeading(doc: NoticeDocument, out: HtmlOut): void {
  out.pieces.push('<header>\n', `<h1>${escapeHtml(doc.title)}</h1>\n`);
  for (const block of doc.intro) writeBlock(block, 'intro', () => 0, out);
  out.pieces.push('</header>\n');
  writeContents(doc, out);
}

function writeContents(doc: NoticeDocument, out: HtmlOut): void {
  out.pieces.push('<nav aria-labelledby="toc">\n', `<h2 id="toc">${escapeHtml(doc.tocTitle)}</h2>\n`, '<ol>\n');
  for (const s of doc.sections) out.pieces.push(`<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>\n`);
  out.pieces.push('</ol>\n', '</nav>\n');
}

function writeSection(section: Section, out: HtmlOut): void {
  let tables = 0;
  const nextTable = () => ++tables;
  out.pieces.push(
    `<section aria-labelledby="${section.id}">\n`,
    `<h2 id="${section.id}">${escapeHtml(section.title)}</h2>\n`,
  );
  for (const block of section.blocks) writeBlock(block, section.id, nextTable, out);
  out.pieces.push('</section>\n');
}

function writeBlock(block: Block, sectionId: string, nextTable: () => number, out: HtmlOut): void {
  const { pieces } = out;
  switch (block.kind) {
    case 'subheading':
      pieces.push(`<h3 id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h3>\n`);
      return;
    case 'paragraph':
      pieces.push('<p>');
      writeLine(block.content, pieces);
      pieces.push('</p>\n');
      return;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      pieces.push(`<${tag}>\n`);
      for (const item of block.items) {
        pieces.push('<li>');
        writeLine(item, pieces);
        pieces.push('</li>\n');
      }
      pieces.push(`</${tag}>\n`);
      return;
    }
    case 'facts':
      pieces.push('<dl>\n');
      for (const fact of block.items) {
        let start = out.factStarts.get(fact.label);
        if (start === undefined) {
          start = `<div><dt>${escapeHtml(fact.label)}</dt><dd>`;
          out.factStarts.set(fact.label, start);
        }
        pieces.push(start);
        writeLine(fact.value, pieces);
        pieces.push('</dd></div>\n');
      }
      pieces.push('</dl>\n');
      return;
    case 'table':
      writeTable(block, `${sectionId}-table-${nextTable()}`, pieces);
      return;
  }
}

/** A table in a focusable, labelled region so that keyboard users can scroll it when it is wider than the screen. */
function writeTable(table: Table, id: string, pieces: string[]): void {
  const header = table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  pieces.push(
    `<div class="table" role="region" aria-labelledby="${id}" tabindex="0">\n`,
    '<table>\n',
    `<caption id="${id}">${escapeHtml(table.caption)}</caption>\n`,
    `<thead><tr>${header}</tr></thead>\n`,
    '<tbody>\n',
  );
  for (const row of table.rows) {
    pieces.push('<tr>');
    row.forEach((cell, i) => {
      pieces.push(i === 0 ? '<th scope="row">' : '<td>');
      writeLine(cell, pieces);
      pieces.push(i === 0 ? '</th>' : '</td>');
    });
    pieces.push('</tr>\n');
  }
  pieces.push('</tbody>\n', '</table>\n', '</div>\n');
}

function writeLine(line: Line, pieces: string[]): void {
  for (const inline of line) pieces.push(writeInline(inline));
}

function writeInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  if (!isSafeHref(inline.href)) return escapeHtml(inline.text);
  return `<a href="${escapeHtml(inline.href)}">${escapeHtml(inline.text)}</a>`;
}
