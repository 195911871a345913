// Both locales. The per-locale builds replace this module with one that holds a single locale (scripts/build.js).
import type { Lang } from '../types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Texts } from './texts.js';

export const LOCALES: Partial<Record<Lang, Texts>> = { fr, en };
