import type { Lang } from '@vigie/core';
import { UsageError } from './usage-error.js';

/** --lang if given, else the environment's language when it is French, else English. */
export function resolveLang(option: string | undefined, envLang: string | undefined, fallback?: Lang): Lang {
  if (option !== undefined) {
    if (option !== 'fr' && option !== 'en')
      throw new UsageError({
        en: `--lang must be fr or en, not "${option}"`,
        fr: `--lang doit valoir fr ou en, et non « ${option} »`,
      });
    return option;
  }
  if (fallback) return fallback;
  return envLang?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Checks an option against its allowed values. */
export function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError({
      en: `${option} must be one of ${allowed.join(', ')}, not "${value}"`,
      fr: `${option} doit valoir ${allowed.join(', ')}, et non « ${value} »`,
    });
  }
  return value as T;
}
