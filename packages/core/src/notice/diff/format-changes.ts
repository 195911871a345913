import type { Lang } from '../../i18n/localized.js';
import { createWords } from '../compose/words.js';
import { changeStringsFor } from '../strings/index.js';
import { escapeHtml, escapeMarkdown } from '../write/escape.js';
import { changeSentence } from './change-sentence.js';
import type { NoticeDiff } from './types.js';

export type ChangeFormat = 'text' | 'md' | 'html';

/**
 * The changes as a message for subscribers: an introduction and one sentence per change, as plain
 * text (an email body), Markdown, or an HTML fragment to place in a page or an email. With no
 * change, a single sentence says the notice is unchanged. French is the diff's: Quebec's or France's.
 *
 * @example
 * formatNoticeChanges(diffNotices(before, after), 'en', 'text');
 * // Here is what changes in our privacy policy:
 * //
 * // - We now keep the information used for “Record calls” for 12 months after collection, instead of 6 months.
 */
export function formatNoticeChanges(diff: NoticeDiff, lang: Lang, format: ChangeFormat): string {
  const words = createWords(lang, diff.french);
  const cs = changeStringsFor(lang, diff.french);
  const sentences = diff.changes.map((change) => changeSentence(change, words, cs));
  if (format === 'html') {
    if (sentences.length === 0) return `<p>${escapeHtml(cs.unchanged)}</p>\n`;
    const items = sentences.map((sentence) => `<li>${escapeHtml(sentence)}</li>`);
    return [`<p>${escapeHtml(cs.intro)}</p>`, '<ul>', ...items, '</ul>', ''].join('\n');
  }
  const plain = format === 'md' ? escapeMarkdown : (text: string) => text;
  if (sentences.length === 0) return `${plain(cs.unchanged)}\n`;
  return [plain(cs.intro), '', ...sentences.map((sentence) => `- ${plain(sentence)}`), ''].join('\n');
}
