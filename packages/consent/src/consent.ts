// The controller: loads the config, applies the stored choice (or none), shows the layers, records choices.
import { createBlocker } from './blocker.js';
import { readChoice, type StoredChoice, writeChoice } from './choice-store.js';
import { consentModeState, gtag, sendDefault } from './consent-mode.js';
import { deleteCookies } from './cookies.js';
import { newVisitorId, sendRecord } from './ledger.js';
import { choiceLifetimeMs } from './lifetime.js';
import { LOCALES } from './locales/index.js';
import type { Texts } from './locales/texts.js';
import type { Choices, Consent, ConsentConfig, ConsentMethod, InitOptions, Lang } from './types.js';
import { renderBanner } from './ui/banner.js';
import type { UiContext } from './ui/context.js';
import { renderPreferences } from './ui/preferences.js';
import { injectStyles } from './ui/styles.js';

interface State {
  config: ConsentConfig;
  texts: Texts;
  gpc: boolean;
  stored: StoredChoice | null;
  granted: Choices;
  banner?: HTMLElement;
  prefs?: HTMLElement;
  returnFocus?: Element | null;
}

let state: State | undefined;
let ready: Promise<void> | undefined;
const listeners = new Set<(consent: Consent) => void>();
const blocker = createBlocker((category) => state?.granted[category] === true);

function pickLang(wanted: Lang | undefined): Lang {
  const asked = wanted ?? (document.documentElement.lang.startsWith('en') ? 'en' : 'fr');
  return LOCALES[asked] ? asked : (Object.keys(LOCALES)[0] as Lang);
}

async function loadConfig(options: InitOptions, lang: Lang): Promise<ConsentConfig> {
  if (options.config) return options.config;
  if (!options.configUrl) throw new Error('VigieConsent: configUrl or config is required');
  const url = new URL(options.configUrl, location.href);
  if (!url.searchParams.has('lang')) url.searchParams.set('lang', lang);
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`VigieConsent: config answered ${response.status}`);
  return (await response.json()) as ConsentConfig;
}

function isCurrent(stored: StoredChoice, config: ConsentConfig): boolean {
  return (
    stored.v === config.version &&
    stored.n === config.noticeVersion &&
    Date.now() < Math.min(stored.e, stored.t + choiceLifetimeMs(config))
  );
}

/** Every category on (or off); required ones are always on, and GPC keeps marketing off unless toggled. */
function everything(s: State, on: boolean): Choices {
  const choices: Choices = {};
  for (const c of s.config.categories) choices[c.id] = c.required || (on && !(s.gpc && c.id === 'marketing'));
  return choices;
}

function consentOf(stored: StoredChoice): Consent {
  return {
    choices: { ...stored.c },
    method: stored.m,
    decidedAt: new Date(stored.t).toISOString(),
    configVersion: stored.v,
    noticeVersion: stored.n,
    gpc: stored.g === true,
    ...(stored.r ? { receipt: stored.r } : {}),
  };
}

function emit(stored: StoredChoice): void {
  const consent = consentOf(stored);
  window.dispatchEvent(new CustomEvent('vigie:consent', { detail: consent }));
  for (const listener of listeners) listener(consent);
}

/** Consent Mode update, scripts and iframes released, and what is not granted stopped and its cookies removed. */
function apply(s: State, granted: Choices): void {
  const before = s.granted;
  s.granted = granted;
  gtag(
    'consent',
    'update',
    consentModeState((c) => granted[c] === true),
  );
  for (const c of s.config.categories) {
    if (granted[c.id]) continue;
    deleteCookies(c.services.flatMap((service) => service.cookies));
    if (before[c.id]) blocker.stop(c.id);
  }
  blocker.releaseAll();
}

function choose(s: State, choices: Choices, method: ConsentMethod): void {
  const now = Date.now();
  const stored: StoredChoice = {
    id: s.stored?.id ?? newVisitorId(),
    c: choices,
    t: now,
    e: now + choiceLifetimeMs(s.config),
    v: s.config.version,
    n: s.config.noticeVersion,
    m: method,
    ...(s.gpc ? { g: true } : {}),
  };
  s.stored = stored;
  writeChoice(stored);
  closePreferences(s);
  s.banner?.remove();
  s.banner = undefined;
  apply(s, choices);
  emit(stored);
  const endpoint = s.config.endpoint;
  if (!endpoint) return;
  void sendRecord(endpoint, {
    visitorId: stored.id,
    choices,
    noticeVersion: stored.n,
    configVersion: stored.v,
    method,
    ...(s.gpc ? { gpc: true } : {}),
  }).then((receipt) => {
    if (!receipt || s.stored !== stored) return;
    stored.r = receipt;
    writeChoice(stored);
  });
}

function uiContext(s: State, method: ConsentMethod): UiContext {
  return {
    texts: s.texts,
    config: s.config,
    gpc: s.gpc,
    granted: s.granted,
    acceptAll: () => choose(s, everything(s, true), method),
    refuseAll: () => choose(s, everything(s, false), method),
    customize: () => openPreferences(s),
    save: (choices) => choose(s, choices, method),
    close: () => closePreferences(s),
  };
}

function openPreferences(s: State): void {
  if (s.prefs) return;
  s.returnFocus = document.activeElement;
  s.prefs = renderPreferences(uiContext(s, 'preference-center'));
  document.body.append(s.prefs);
  s.prefs.querySelector<HTMLElement>('input,button')?.focus();
}

function closePreferences(s: State): void {
  if (!s.prefs) return;
  s.prefs.remove();
  s.prefs = undefined;
  const back = s.returnFocus;
  if (back instanceof HTMLElement && back.isConnected) back.focus();
}

async function start(options: InitOptions): Promise<void> {
  sendDefault();
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  const lang = pickLang(options.lang);
  const config = await loadConfig(options, lang);
  if (document.readyState === 'loading') {
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  if (options.injectCss !== false) injectStyles(options.nonce);
  const stored = readChoice();
  const current = stored && isCurrent(stored, config) ? stored : null;
  const s: State = {
    config,
    texts: LOCALES[lang] ?? (Object.values(LOCALES)[0] as Texts),
    gpc,
    stored,
    granted: {},
  };
  state = s;
  apply(s, current ? current.c : everything(s, false));
  blocker.watch();
  document.addEventListener('click', (event) => {
    const opener = (event.target as Element | null)?.closest?.('[data-vigie-consent-open]');
    if (!opener) return;
    event.preventDefault();
    openPreferences(s);
  });
  if (current) {
    emit(current);
    return;
  }
  // first in the document so that Tab reaches it first; fixed, so nothing on the page moves
  s.banner = renderBanner(uiContext(s, 'banner'));
  document.body.prepend(s.banner);
}

async function whenReady(): Promise<State> {
  if (!ready) throw new Error('VigieConsent: call init() first');
  await ready;
  return state as State;
}

export function init(options: InitOptions): Promise<void> {
  ready ??= start(options);
  return ready;
}

/** The visitor's current choice, or null while none is valid (never chosen, expired, config or notice changed). */
export function getConsent(): Consent | null {
  const s = state;
  return s?.stored && isCurrent(s.stored, s.config) ? consentOf(s.stored) : null;
}

/** Called on every choice and on each page load that finds one; returns the unsubscribe function. */
export function onChange(listener: (consent: Consent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function open(): Promise<void> {
  openPreferences(await whenReady());
}

export async function acceptAll(): Promise<void> {
  const s = await whenReady();
  choose(s, everything(s, true), 'api');
}

export async function refuseAll(): Promise<void> {
  const s = await whenReady();
  choose(s, everything(s, false), 'api');
}
