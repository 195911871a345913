import type { CookieCategory } from '../../declaration/schema/cookies.js';
import type { Composer } from '../compose/composer.js';
import type { Block, Line, Section } from '../compose/document.js';
import { upperFirst, web } from '../compose/inline.js';
import type { CookieModel } from '../model/types.js';
import { ruleMet } from '../strings/stated-law.js';

/**
 * The trackers French law lets a site set without consent (LIL art. 82; CNIL deliberation 2020-091):
 * the strictly necessary ones, the same categories the gdpr-fr rule pack allows on by default.
 */
const STRICTLY_NECESSARY: ReadonlySet<CookieCategory> = new Set(['essential', 'security']);

/**
 * The cookies and trackers as a table. For each one the reader learns whether it can identify,
 * locate or profile them and whether it stays off until they accept it (P-39.1 s.8.1; CNIL, LIL art. 82).
 */
export function cookiesSection(c: Composer): Section {
  const { s, model } = c;
  const l = s.cookies;
  const title = c.sectionTitle('cookies');
  if (model.cookies.length === 0) return { id: 'cookies', title, blocks: [{ kind: 'paragraph', content: [l.none] }] };

  const blocks: Block[] = [{ kind: 'paragraph', content: [l.what] }];
  // Said in general only when it holds for every cookie the law's rule covers; the table says it for each one anyway.
  const rule = ruleMet(c.law, {
    quebec: allOff(model.cookies.filter(tracks)),
    gdpr: allOff(model.cookies.filter((cookie) => !STRICTLY_NECESSARY.has(cookie.category))),
  });
  if (rule) blocks.push({ kind: 'paragraph', content: [l.offUntilAccepted[rule]] });
  const h = l.headers;
  blocks.push({
    kind: 'table',
    caption: l.caption,
    headers: [h.name, h.provider, h.category, h.lifetime, h.purpose, h.tracking, h.activation],
    rows: model.cookies.map((cookie) => [
      [cookie.name],
      providerCell(c, cookie),
      [s.labels.cookieCategory[cookie.category]],
      [cookie.lifetime === 'session' ? l.session : c.duration(cookie.lifetime)],
      [c.t(cookie.purpose)],
      [trackingText(c, cookie)],
      [cookie.offUntilAccepted ? l.off : l.on],
    ]),
  });
  const banner = model.consentBanner;
  const notes = [
    banner?.refuseAllOnFirstLayer ? l.refuseAll : undefined,
    banner ? l.choiceLifetime(c.duration(banner.choiceLifetime)) : undefined,
    l.browser,
  ].filter((note) => note !== undefined);
  blocks.push({ kind: 'paragraph', content: [notes.join(' ')] });
  return { id: 'cookies', title, blocks };
}

/** True when there are such cookies and none is set before the visitor accepts it. */
function allOff(cookies: readonly CookieModel[]): boolean {
  return cookies.length > 0 && cookies.every((cookie) => cookie.offUntilAccepted);
}

function tracks(cookie: CookieModel): boolean {
  return cookie.identifies || cookie.locates || cookie.profiles;
}

function trackingText(c: Composer, cookie: CookieModel): string {
  const verbs = (['identifies', 'locates', 'profiles'] as const).filter((k) => cookie[k]);
  if (verbs.length === 0) return c.s.no;
  return upperFirst(c.s.grammar.list(verbs.map((k) => c.s.cookies.tracks[k])));
}

function providerCell(c: Composer, cookie: CookieModel): Line {
  const l = c.s.cookies;
  const cell: Line = [cookie.thirdParty ? `${cookie.provider} (${l.thirdParty})` : cookie.provider];
  return cookie.privacyPolicy ? [...cell, ' — ', web(cookie.privacyPolicy, l.privacyPolicy)] : cell;
}
