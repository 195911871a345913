import { useEffect } from 'react';
import type { Lang } from '../i18n/lang.js';

/** Keeps `<html lang>` in step with what the page shows, so that screen readers pronounce it right. */
export function useDocumentLanguage(lang: Lang): void {
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}

/** The tab's title names the current view (WCAG 2.4.2), in the current language. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
