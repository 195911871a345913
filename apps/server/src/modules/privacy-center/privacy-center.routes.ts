import type { LoadedDeclaration } from '@vigie/core';
import * as z from 'zod';
import { defineRoute, PUBLIC, type RouteDefinition } from '../../app/route.js';
import { createPrivacyCenter } from './privacy-center.usecases.js';

const localized = z.object({ fr: z.string(), en: z.string() });
const summarySchema = z.object({
  organisation: z.object({ name: z.string(), languages: z.array(z.enum(['fr', 'en'])) }),
  contact: z.object({
    title: localized.nullable(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    postalAddress: z.string().nullable(),
  }),
  policyVersion: z.string(),
  effectiveDate: z.string(),
});
const noticeSchema = z.object({ lang: z.enum(['fr', 'en']), title: z.string(), html: z.string() });

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
      responses: { 200: { description: 'The privacy center summary', schema: summarySchema } },
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
        return center.notice((query as { lang: 'fr' | 'en' }).lang);
      },
    }),
  ];
}
