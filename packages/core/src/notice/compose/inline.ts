import type { Inline } from './document.js';

/** A link to an email address. */
export function mail(address: string): Inline {
  return { text: address, href: `mailto:${address}` };
}

/** A link to a web page, showing its address so that a printed notice still says where to go. */
export function web(url: string, text = url): Inline {
  return { text, href: url };
}

/** A contact written as free text: a link when it is an email address or a web address. */
export function contactInline(contact: string): Inline {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) return mail(contact);
  if (/^https?:\/\/\S+$/.test(contact)) return web(contact);
  return contact;
}

/** Lower-cases the first letter of a label used inside a sentence, unless it starts an acronym (IP, NEQ). */
export function lowerFirst(text: string): string {
  // By code point, without iterating the text: it runs for every label of a notice.
  const first = codePointLength(text, 0);
  if (first === 0) return text;
  const second = text.slice(first, first + codePointLength(text, first));
  if (second !== second.toLowerCase()) return text;
  const head = text.slice(0, first);
  const lowered = head.toLowerCase();
  return lowered === head ? text : lowered + text.slice(first);
}

export function upperFirst(text: string): string {
  const first = codePointLength(text, 0);
  if (first === 0) return text;
  const head = text.slice(0, first);
  const upper = head.toUpperCase();
  return upper === head ? text : upper + text.slice(first);
}

/** How many UTF-16 units the code point at `index` takes: 2 for a surrogate pair, 0 past the end. */
function codePointLength(text: string, index: number): number {
  const code = text.codePointAt(index);
  return code === undefined ? 0 : code > 0xffff ? 2 : 1;
}
