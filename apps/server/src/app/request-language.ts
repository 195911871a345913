import type { FastifyRequest } from 'fastify';

/**
 * The language to answer in: the first of fr/en in Accept-Language, French by default (the organisations Vigie
 * serves are in Quebec and France, and Law 25 makes French the default language of their communications).
 */
export function requestLanguage(request: FastifyRequest): 'fr' | 'en' {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'fr';
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'fr' || tag === 'en') return tag;
  }
  return 'fr';
}
