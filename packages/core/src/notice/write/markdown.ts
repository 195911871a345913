import type { Block, Inline, Line, NoticeDocument } from '../compose/document.js';
import { grammarFor } from '../strings/index.js';
import { escapeLineStart, escapeMarkdown } from './escape.js';
import { createSlugger } from './github-slug.js';
import { isSafeHref } from './safe-href.js';

/**
 * The same document as GitHub-flavoured Markdown: headings, a linked table of contents,
 * lists, bold labels for facts and pipe tables preceded by their caption in bold.
 */
export function writeMarkdown(doc: NoticeDocument): string {
  const label = grammarFor(doc.lang).label;
  const slug = createSlugger();
  slug(doc.title);
  slug(doc.tocTitle);
  // Slugs are computed in document order, as GitHub numbers repeated headings.
  const anchors = new Map<string, string>();
  for (const section of doc.sections) {
    anchors.set(section.id, slug(section.title));
    for (const block of section.blocks) if (block.kind === 'subheading') slug(block.text);
  }

  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ...doc.intro.map((b) => writeBlock(b, label))];
  out.push(`## ${escapeMarkdown(doc.tocTitle)}`);
  out.push(doc.sections.map((s, i) => `${i + 1}. [${escapeMarkdown(s.title)}](#${anchors.get(s.id)})`).join('\n'));
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.title)}`);
    for (const block of section.blocks) out.push(writeBlock(block, label));
  }
  return `${out.join('\n\n')}\n`;
}

function writeBlock(block: Block, label: (text: string) => string): string {
  switch (block.kind) {
    case 'subheading':
      return `### ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return escapeLineStart(writeLine(block.content));
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${writeLine(item)}`).join('\n');
    case 'facts':
      return block.items
        .map((f) => `- **${escapeMarkdown(label(f.label).trimEnd())}** ${writeLine(f.value)}`)
        .join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
      return [
        `**${escapeMarkdown(block.caption)}**`,
        '',
        row(block.headers.map(escapeMarkdown)),
        row(block.headers.map(() => '---')),
        ...block.rows.map((cells) => row(cells.map(writeLine))),
      ].join('\n');
    }
  }
}

function writeLine(line: Line): string {
  return line.map(writeInline).join('');
}

function writeInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeMarkdown(inline);
  const text = escapeMarkdown(inline.text);
  if (!isSafeHref(inline.href)) return text;
  const href = /[\s()<>]/.test(inline.href) ? `<${inline.href.replace(/[<>]/g, encodeURIComponent)}>` : inline.href;
  return `[${text}](${href})`;
}
