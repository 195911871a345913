import { isLang, type Lang } from '../i18n/lang.js';

const STORAGE_KEY = 'vigie.console.lang';

/**
 * The console's language: the reader's last choice, else French, the default of the whole product (the API
 * answers in French too when not asked otherwise). Storage can be refused (private modes, policies): then
 * the choice lasts until the page is closed.
 */
export function initialConsoleLanguage(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage refused: use the default.
  }
  return 'fr';
}

export function storeConsoleLanguage(lang: Lang): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage refused: the choice still holds until the page is closed.
  }
}
