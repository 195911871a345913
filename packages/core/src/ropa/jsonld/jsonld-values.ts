import type { Localized } from '../../i18n/localized.js';

/** A JSON-LD node or value; kept loose because the record writes many shapes of node. */
export type JsonLd = { readonly [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLd | readonly JsonLdValue[];

/** A text in both languages, as language-tagged literals. */
export function texts(text: Localized): JsonLd[] {
  return [
    { '@value': text.fr, '@language': 'fr' },
    { '@value': text.en, '@language': 'en' },
  ];
}

/** A reference to a node or a vocabulary term. */
export function ref(id: string): JsonLd {
  return { '@id': id };
}

/** References to distinct terms, in first-seen order. */
export function refs(ids: readonly string[]): JsonLd[] {
  return [...new Set(ids)].map(ref);
}

/** The stable identifier of a declared item: the same id in the declaration gives the same IRI. */
export function vigieId(kind: string, id: string): string {
  return `urn:vigie:${kind}:${id}`;
}

/** Drops keys whose value is undefined or an empty list, so absent facts are absent, not empty. */
export function compact(node: Record<string, JsonLdValue | undefined>): JsonLd {
  const out: Record<string, JsonLdValue> = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}
