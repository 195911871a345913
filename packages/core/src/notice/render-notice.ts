import type { LoadedDeclaration } from '../declaration/load.js';
import type { Lang } from '../i18n/localized.js';
import { composeNotice } from './compose/compose-notice.js';
import { buildNoticeModel } from './model/build-model.js';
import { writeHtml, writeHtmlFragment } from './write/html.js';
import { writeMarkdown } from './write/markdown.js';

export interface RenderNoticeOptions {
  readonly lang: Lang;
  readonly format: 'html' | 'md';
}

/**
 * The privacy notice generated from a declaration, as a standalone accessible HTML page or as
 * GitHub-flavoured Markdown. Deterministic: the same declaration gives byte-identical output.
 *
 * @example
 * const loaded = loadDeclaration([{ path: 'vigie.yaml', text }]);
 * if (loaded.ok) writeFileSync('notice.fr.html', renderNotice(loaded.value, { lang: 'fr', format: 'html' }));
 */
export function renderNotice(loaded: LoadedDeclaration, options: RenderNoticeOptions): string {
  const doc = composeNotice(buildNoticeModel(loaded), options.lang);
  return options.format === 'html' ? writeHtml(doc) : writeMarkdown(doc);
}

/** The notice as an HTML fragment for a page with its own landmarks and styles (the privacy center). */
export function renderNoticeFragment(loaded: LoadedDeclaration, lang: Lang): { title: string; html: string } {
  const doc = composeNotice(buildNoticeModel(loaded), lang);
  return { title: doc.title, html: writeHtmlFragment(doc) };
}
