import * as z from 'zod';

/** The two languages every text a person reads must exist in. */
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in French and English. Both are required: Vigie never publishes a one-language notice. */
export const localizedSchema = z.strictObject({
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

/** Picks the text of one language. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
