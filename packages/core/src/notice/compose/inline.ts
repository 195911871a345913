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
  // Only the first two characters matter: spreading the whole text would cost as much as the text is long.
  const chars = text[Symbol.iterator]();
  const first = chars.next().value;
  const second = chars.next().value;
  if (first === undefined || (second !== undefined && second !== second.toLowerCase())) return text;
  return first.toLowerCase() + text.slice(first.length);
}

export function upperFirst(text: string): string {
  const first = text[Symbol.iterator]().next().value;
  return first === undefined ? text : first.toUpperCase() + text.slice(first.length);
}
