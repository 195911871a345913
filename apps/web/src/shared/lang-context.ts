import { createContext, useContext } from 'react';
import { en } from '../i18n/en.js';
import { fr, type Messages } from '../i18n/fr.js';
import type { Lang } from '../i18n/lang.js';

/** The page's current language; each entry point provides it (from the address or the reader's choice). */
export const LangContext = createContext<Lang>('fr');

export function useLang(): Lang {
  return useContext(LangContext);
}

const MESSAGES: Readonly<Record<Lang, Messages>> = { fr, en };

/** The shared and privacy center texts in the current language. */
export function useMessages(): Messages {
  return MESSAGES[useLang()];
}
