import type { Lang } from '../i18n/localized.js';
import { escapeHtml } from '../notice/write/escape.js';
import type { Count, Incident, TimeSpan } from './incident.js';
import { missingForNotice, type NoticeContext, noticeApplies, requiredItems } from './notice-content.js';
import type { NoticeItem, NoticeKind } from './notice-items.js';
import { ITEM_LABELS, NOTICE_PHRASES, NOTICE_WORDS } from './notice-strings.js';

/** A written notice: its subject, the same content as plain text and as a standalone HTML page. */
export interface IncidentNotice {
  readonly lang: Lang;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export type NoticeResult =
  | { readonly ok: true; readonly notice: IncidentNotice }
  | { readonly ok: false; readonly code: 'incidents.notice-not-applicable' }
  | { readonly ok: false; readonly code: 'incidents.notice-incomplete'; readonly missing: readonly NoticeItem[] };

/** An instant as the registers write it, to the minute, in UTC (the notices go to authorities in other zones). */
function instant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function span(value: TimeSpan, lang: Lang): string {
  const words = NOTICE_PHRASES[lang];
  const text =
    value.end === undefined
      ? instant(value.start)
      : `${words.from} ${instant(value.start)} ${words.to} ${instant(value.end)}`;
  return value.approximate ? `${text} ${words.estimated}` : text;
}

function count(value: Count, lang: Lang): string {
  return value.approximate ? `${NOTICE_PHRASES[lang].about} ${value.value}` : String(value.value);
}

/** The value written under an item's heading (only called for items the incident fills). */
function itemText(incident: Incident, item: NoticeItem, context: NoticeContext, lang: Lang): string {
  switch (item) {
    case 'organisation':
      return context.organisation.legalName;
    case 'businessNumber':
      return context.organisation.businessNumber ?? '';
    case 'piDescription':
      return (
        incident.piDescription ?? `${NOTICE_PHRASES[lang].unknownBecause}${incident.piDescriptionUnknownReason ?? ''}`
      );
    case 'circumstances': {
      // GDPR Art. 33(3)(a) asks for the nature of the breach: the types of incident, in words, come first.
      const words = NOTICE_PHRASES[lang];
      const nature = `${words.nature}${incident.types.map((type) => words.types[type]).join(', ')}`;
      return [nature, incident.circumstances, incident.cause].filter((t) => t !== undefined && t !== '').join('\n');
    }
    case 'occurred':
      return incident.occurred === undefined ? '' : span(incident.occurred, lang);
    case 'aware':
      return span(incident.aware, lang);
    case 'personsAffected':
    case 'quebecResidents':
    case 'recordsAffected': {
      const value = incident[item];
      return value === undefined ? '' : count(value, lang);
    }
    case 'consequences':
      return incident.assessment.consequences ?? '';
    case 'seriousReasons':
      return incident.decision?.reasons ?? '';
    case 'complaintRight':
      return NOTICE_PHRASES[lang].complaintRight;
    default:
      return incident[item] ?? '';
  }
}

/**
 * Writes a notice in French or English with exactly the items the law asks of it across the regimes that apply, or
 * says why it cannot: no regime asks for it, or items are still empty (named, so the form can point at them).
 * Every value is escaped in the HTML.
 */
export function renderIncidentNotice(
  incident: Incident,
  notice: NoticeKind,
  lang: Lang,
  context: NoticeContext,
): NoticeResult {
  if (!noticeApplies(notice, context)) return { ok: false, code: 'incidents.notice-not-applicable' };
  const missing = missingForNotice(incident, notice, context);
  if (missing.length > 0) return { ok: false, code: 'incidents.notice-incomplete', missing };
  const words = NOTICE_WORDS[lang][notice];
  const subject = words.subject(incident.reference);
  const intro = words.intro(context.organisation.legalName);
  const sections = requiredItems(notice, context)
    .map((item) => ({ label: ITEM_LABELS[lang][item], value: itemText(incident, item, context, lang) }))
    // lateReasons is required only once the legal period has run out; before that it may be empty.
    .filter((section) => section.value !== '');
  const text = `${[subject, intro, ...sections.map((s) => `${s.label}\n${s.value}`)].join('\n\n')}\n`;
  const paragraphs = (value: string) =>
    value
      .split('\n')
      .map((line) => `<p>${escapeHtml(line)}</p>`)
      .join('');
  const html = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    '<article>',
    `<h1>${escapeHtml(subject)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<dl>',
    ...sections.map((s) => `<dt>${escapeHtml(s.label)}</dt>\n<dd>${paragraphs(s.value)}</dd>`),
    '</dl>',
    '</article>',
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
  return { ok: true, notice: { lang, subject, text, html: `${html}\n` } };
}
