import type { Texts } from '../locales/texts.js';
import type { Choices, ConsentCategory, ConsentConfig } from '../types.js';

/** What the two layers need: words, categories, the current choice and the actions. */
export interface UiContext {
  texts: Texts;
  config: ConsentConfig;
  gpc: boolean;
  granted: Choices;
  acceptAll(): void;
  refuseAll(): void;
  customize(): void;
  save(choices: Choices): void;
  close(): void;
}

/** "identifies you · profiles you": said wherever a category is named. */
export function flags(category: ConsentCategory, texts: Texts): string {
  const said = [
    category.identifies && texts.identifies,
    category.locates && texts.locates,
    category.profiles && texts.profiles,
  ].filter(Boolean);
  return said.join(' · ');
}
