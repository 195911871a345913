import type { z } from 'zod';
import type { Lang, Localized } from '../i18n/localized.js';
import { EXPECTED } from './schema/expected.js';

const FRENCH_OF = new Map<string, string>(Object.values(EXPECTED).map((e) => [e.en, e.fr]));

/** Turns a zod issue into a sentence, in French and English, that says what was expected. */
export function describeZodIssue(issue: z.core.$ZodIssue): { path: (string | number)[]; message: Localized } {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const both = (make: (lang: Lang) => string): Localized => ({ fr: make('fr'), en: make('en') });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const [first, ...others] = issue.keys;
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      const message: Localized =
        others.length === 0
          ? { en: `unknown key "${first}"`, fr: `clé inconnue « ${first} »` }
          : { en: `unknown keys ${keys}`, fr: `clés inconnues ${keys}` };
      return { path: first === undefined ? path : [...path, first], message };
    }
    case 'invalid_type':
      return {
        path,
        message: both((l) =>
          issue.input === undefined
            ? `${l === 'fr' ? 'manquant : attendu' : 'is missing: expected'} ${typeName(issue.expected, l)}`
            : `${l === 'fr' ? 'attendu' : 'expected'} ${typeName(issue.expected, l)}, ${l === 'fr' ? 'reçu' : 'got'} ${describeInput(issue.input, l)}`,
        ),
      };
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (issue.input === undefined) {
        return { path, message: { en: `is missing: expected ${values}`, fr: `manquant : attendu ${values}` } };
      }
      return {
        path,
        message: both((l) => {
          const got = describeInput(issue.input, l);
          if (issue.values.length === 1)
            return l === 'fr' ? `attendu ${values}, reçu ${got}` : `expected ${values}, got ${got}`;
          return l === 'fr'
            ? `attendu l'une des valeurs ${values} ; reçu ${got}`
            : `expected one of ${values}; got ${got}`;
        }),
      };
    }
    case 'too_small':
      if (issue.origin === 'array') {
        const n = issue.minimum;
        return {
          path,
          message: { en: `must list at least ${n} item(s)`, fr: `doit comporter au moins ${n} élément(s)` },
        };
      }
      if (issue.origin === 'string') return { path, message: { en: 'must not be empty', fr: 'ne doit pas être vide' } };
      return {
        path,
        message: { en: `must be at least ${issue.minimum}`, fr: `doit valoir au moins ${issue.minimum}` },
      };
    case 'too_big':
      return { path, message: { en: `must be at most ${issue.maximum}`, fr: `doit valoir au plus ${issue.maximum}` } };
    case 'invalid_union': {
      // When the input has the type of exactly one branch (a mapping where a rule id or a mapping is accepted),
      // what is wrong inside that branch is the useful sentence, at its own path.
      const matched = issue.errors.filter(
        (branch) => !branch.some((e) => e.code === 'invalid_type' && e.path.length === 0),
      );
      const inner = matched.length === 1 ? matched[0]?.[0] : undefined;
      if (inner === undefined)
        return { path, message: { en: 'expected a different value', fr: 'valeur non reconnue' } };
      const described = describeZodIssue(inner);
      return { path: [...path, ...described.path], message: described.message };
    }
    default: {
      // Our own messages (EXPECTED) say what a field expects; anything else is zod's English.
      const text = issue.message.replace(/^expected /, '');
      const fr = FRENCH_OF.get(text);
      return { path, message: { en: `expected ${text}`, fr: `attendu ${fr ?? text}` } };
    }
  }
}

function typeName(expected: string, lang: Lang): string {
  const names: Record<string, Localized> = {
    object: { en: 'a mapping (key: value lines)', fr: 'une table (lignes clé : valeur)' },
    array: { en: 'a list (lines starting with "- ")', fr: 'une liste (lignes commençant par « - »)' },
    string: { en: 'a text', fr: 'un texte' },
    number: { en: 'a number', fr: 'un nombre' },
    boolean: { en: 'true or false', fr: 'true ou false' },
  };
  return names[expected]?.[lang] ?? expected;
}

function describeInput(input: unknown, lang: Lang): string {
  const fr = lang === 'fr';
  if (input === null) return fr ? 'une valeur vide' : 'an empty value';
  if (Array.isArray(input)) return fr ? 'une liste' : 'a list';
  if (typeof input === 'object') return fr ? 'une table' : 'a mapping';
  if (typeof input === 'string') {
    const shown = JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
    return fr ? `le texte ${shown}` : `the text ${shown}`;
  }
  if (typeof input === 'boolean') return String(input);
  return fr ? `le nombre ${String(input)}` : `the number ${String(input)}`;
}
