import type { Localized } from '../../../i18n/localized.js';

/** Several texts as one list in a message, with each language's punctuation (« a ; b » / "a; b"). */
export function joinLocalized(items: readonly Localized[]): Localized {
  return { fr: items.map((i) => i.fr).join(' ; '), en: items.map((i) => i.en).join('; ') };
}
