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
  const grammarLabel = grammarFor(doc.lang).label;
  // A few labels start thousands of facts: each is written once.
  const factStarts = new Map<string, string>();
  const factStart = (label: string) => {
    let start = factStarts.get(label);
    if (start === undefined) {
      start = `- **${escapeMarkdown(grammarLabel(label).trimEnd())}** `;
      factStarts.set(label, start);
    }
    return start;
  };
  const slug = createSlugger();
  slug(doc.title);
  slug(doc.tocTitle);
  // Slugs are computed in document order, as GitHub numbers repeated headings.
  const anchors = new Map<string, string>();
  for (const section of doc.sections) {
    anchors.set(section.id, slug(section.title));
    for (const block of section.blocks) if (block.kind === 'subheading') slug(block.text);
  }

  // Pieces joined once at the end: joining each line, block and section first would copy the text each time.
  const out: string[] = ['# ', escapeMarkdown(doc.title)];
  for (const block of doc.intro) {
    out.push('\n\n');
    writeBlock(block, factStart, out);
  }
  out.push('\n\n## ', escapeMarkdown(doc.tocTitle), '\n\n');
  doc.sections.forEach((s, i) => {
    if (i > 0) out.push('\n');
    out.push(`${i + 1}. [${escapeMarkdown(s.title)}](#${anchors.get(s.id)})`);
  });
  for (const section of doc.sections) {
    out.push('\n\n## ', escapeMarkdown(section.title));
    for (const block of section.blocks) {
      out.push('\n\n');
      writeBlock(block, factStart, out);
    }
  }
  out.push('\n');
  return out.join('');
}

function writeBlock(block: Block, factStart: (label: string) => string, out: string[]): void {
  switch (block.kind) {
    case 'subheading':
      out.push('### ', escapeMarkdown(block.text));
      return;
    case 'paragraph':
      out.push(escapeLineStart(writeLine(block.content)));
      return;
    case 'list':
      block.items.forEach((item, i) => {
        if (i > 0) out.push('\n');
        out.push(block.ordered ? `${i + 1}. ` : '- ');
        writeLineInto(item, out);
      });
      return;
    case 'facts':
      block.items.forEach((fact, i) => {
        if (i > 0) out.push('\n');
        out.push(factStart(fact.label));
        writeLineInto(fact.value, out);
      });
      return;
    case 'table': {
      out.push('**', escapeMarkdown(block.caption), '**\n\n| ', block.headers.map(escapeMarkdown).join(' | '), ' |');
      out.push('\n| ', block.headers.map(() => '---').join(' | '), ' |');
      for (const cells of block.rows) {
        out.push('\n| ');
        cells.forEach((cell, i) => {
          if (i > 0) out.push(' | ');
          writeLineInto(cell, out);
        });
        out.push(' |');
      }
      return;
    }
  }
}

function writeLine(line: Line): string {
  return line.length === 1 ? writeInline(line[0] as Inline) : line.map(writeInline).join('');
}

function writeLineInto(line: Line, out: string[]): void {
  for (const inline of line) out.push(writeInline(inline));
}

function writeInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeMarkdown(inline);
  const text = escapeMarkdown(inline.text);
  if (!isSafeHref(inline.href)) return text;
  const href = /[\s()<>]/.test(inline.href) ? `<${inline.href.replace(/[<>]/g, encodeURIComponent)}>` : inline.href;
  return `[${text}](${href})`;
}
