import type { Block, Inline, Line, NoticeDocument, Section, Table } from '../compose/document.js';
import { escapeHtml } from './escape.js';
import { NOTICE_CSS } from './html-style.js';
import { isSafeHref } from './safe-href.js';

/**
 * A complete, standalone and accessible HTML page: one h1, h2 per section and h3 within,
 * a table of contents with anchors, tables with captions and header scopes, nothing loaded
 * from elsewhere. Every piece of declaration text goes through `escapeHtml`.
 */
export function writeHtml(doc: NoticeDocument): string {
  const out: string[] = [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${NOTICE_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...doc.intro.map((block) => writeBlock(block, 'intro', () => 0)),
    '</header>',
    '<nav aria-labelledby="toc">',
    `<h2 id="toc">${escapeHtml(doc.tocTitle)}</h2>`,
    '<ol>',
    ...doc.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`),
    '</ol>',
    '</nav>',
    '<main>',
    ...doc.sections.map(writeSection),
    '</main>',
    '</body>',
    '</html>',
    '',
  ];
  return out.join('\n');
}

function writeSection(section: Section): string {
  let tables = 0;
  const nextTable = () => ++tables;
  return [
    `<section aria-labelledby="${section.id}">`,
    `<h2 id="${section.id}">${escapeHtml(section.title)}</h2>`,
    ...section.blocks.map((block) => writeBlock(block, section.id, nextTable)),
    '</section>',
  ].join('\n');
}

function writeBlock(block: Block, sectionId: string, nextTable: () => number): string {
  switch (block.kind) {
    case 'subheading':
      return `<h3 id="${escapeHtml(block.id)}">${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${writeLine(block.content)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return [`<${tag}>`, ...block.items.map((item) => `<li>${writeLine(item)}</li>`), `</${tag}>`].join('\n');
    }
    case 'facts':
      return [
        '<dl>',
        ...block.items.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd>${writeLine(f.value)}</dd></div>`),
        '</dl>',
      ].join('\n');
    case 'table':
      return writeTable(block, `${sectionId}-table-${nextTable()}`);
  }
}

/** A table in a focusable, labelled region so that keyboard users can scroll it when it is wider than the screen. */
function writeTable(table: Table, id: string): string {
  const header = table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = row.map((cell, i) =>
      i === 0 ? `<th scope="row">${writeLine(cell)}</th>` : `<td>${writeLine(cell)}</td>`,
    );
    return `<tr>${cells.join('')}</tr>`;
  });
  return [
    `<div class="table" role="region" aria-labelledby="${id}" tabindex="0">`,
    '<table>',
    `<caption id="${id}">${escapeHtml(table.caption)}</caption>`,
    `<thead><tr>${header}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</div>',
  ].join('\n');
}

function writeLine(line: Line): string {
  return line.map(writeInline).join('');
}

function writeInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  if (!isSafeHref(inline.href)) return escapeHtml(inline.text);
  return `<a href="${escapeHtml(inline.href)}">${escapeHtml(inline.text)}</a>`;
}
