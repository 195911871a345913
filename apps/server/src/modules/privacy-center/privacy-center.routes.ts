import type { LoadedDeclaration } from '@vigie/core';
import * as z from 'zod';
import { defineRoute, PUBLIC, type RouteDefinition } from '../../app/route.js';
import { noticeSchema, privacyCenterSchema } from './privacy-center.schemas.js';
import { createPrivacyCenter } from './privacy-center.usecases.js';

/** The public privacy center's data: the organisation, the person in charge, and the notice in fr or en. */
export function privacyCenterRoutes(loaded: LoadedDeclaration): RouteDefinition[] {
  const center = createPrivacyCenter(loaded);
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/privacy-center',
      access: PUBLIC,
      tag: 'privacy center',
      summary: { en: 'The organisation and its person in charge', fr: 'L’organisation et sa personne responsable' },
      responses: { 200: { description: 'The privacy center summary', schema: privacyCenterSchema } },
      async handler() {
        return center.summary;
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/privacy-center/notice',
      access: PUBLIC,
      tag: 'privacy center',
      query: z.object({ lang: z.enum(['fr', 'en']).default('fr') }),
      summary: { en: 'The privacy notice as an HTML fragment', fr: 'La politique de confidentialité en fragment HTML' },
      responses: { 200: { description: 'The notice, generated from the declaration', schema: noticeSchema } },
      async handler({ query }) {
        return center.notice(query.lang);
      },
    }),
  ];
}
