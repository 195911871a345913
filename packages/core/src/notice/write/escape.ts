const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values alike. */
export function escapeHtml(text: string): string {
  // Most texts have nothing to escape: testing first avoids a replace pass and a new string.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

/**
 * Escapes text for Markdown so that a declaration's words are never read as markup: emphasis,
 * links, raw HTML (`<script>`), table cells (`|`), code and entity references. Line breaks become
 * spaces, since a break inside a list item or a table cell would end it.
 */
export function escapeMarkdown(text: string): string {
  // A notice writes tens of thousands of texts and most hold none of these: one test spares three passes.
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~#]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?\w+;)/g, '\\&');
}

/** Every character that one of escapeMarkdown's replacements needs: a line break, markup, or `&`. */
const MARKDOWN_SPECIAL = /[\n\\`*_[\]<>|~#&]/;

/** A paragraph must not start like a list item or an ordered list ("1. "), a heading or a rule. */
export function escapeLineStart(text: string): string {
  const first = text.charCodeAt(0);
  // Only a digit, "-", "+" or "=" at the start can need it.
  if (!(first >= 0x30 && first <= 0x39) && first !== 0x2d && first !== 0x2b && first !== 0x3d) return text;
  return text.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
}
