import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client.js';
import { consoleEn } from '../i18n/console-en.js';
import { type ConsoleMessages, consoleFr } from '../i18n/console-fr.js';
import type { Lang } from '../i18n/lang.js';

/** What every console view needs: the API client and the reader's language with the means to change it. */
interface ConsoleContextValue {
  readonly api: ApiClient;
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (value === null) throw new Error('useConsole() outside <ConsoleContext>');
  return value;
}

const MESSAGES: Readonly<Record<Lang, ConsoleMessages>> = { fr: consoleFr, en: consoleEn };

export function useConsoleMessages(): ConsoleMessages {
  return MESSAGES[useConsole().lang];
}
