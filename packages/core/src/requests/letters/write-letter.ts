import { escapeHtml } from '../../notice/write/escape.js';
import type { Letter } from './letter.js';

/** The letter as plain text, for email bodies and printing: blank lines between blocks, a final newline. */
export function letterToText(letter: Letter): string {
  const blocks: string[] = [
    `${letter.organisation}\n${letter.dateInWords}`,
    letter.subject,
    letter.salutation,
    ...letter.paragraphs,
  ];
  if (letter.remedies) blocks.push([letter.remedies.intro, ...letter.remedies.items.map((i) => `- ${i}`)].join('\n'));
  blocks.push(...letter.closing, letter.signature.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The letter as a standalone accessible HTML page: its language declared, one h1 (the subject), the date
 * as <time>, the remedies as a real list, the signature as an address. Everything from data is escaped.
 */
export function letterToHtml(letter: Letter): string {
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const lines = [
    '<!doctype html>',
    `<html lang="${letter.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(letter.subject)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    '<article>',
    '<header>',
    p(letter.organisation),
    `<p><time datetime="${letter.date}">${escapeHtml(letter.dateInWords)}</time></p>`,
    `<h1>${escapeHtml(letter.subject)}</h1>`,
    '</header>',
    p(letter.salutation),
    ...letter.paragraphs.map(p),
  ];
  if (letter.remedies) {
    lines.push(
      p(letter.remedies.intro),
      '<ul>',
      ...letter.remedies.items.map((i) => `<li>${escapeHtml(i)}</li>`),
      '</ul>',
    );
  }
  lines.push(
    ...letter.closing.map(p),
    '<footer>',
    `<address>${letter.signature.map(escapeHtml).join('<br>\n')}</address>`,
    '</footer>',
    '</article>',
    '</main>',
    '</body>',
    '</html>',
  );
  return `${lines.join('\n')}\n`;
}
