import type { CookieCategory } from '@vigie/core';

interface CategoryText {
  readonly label: string;
  readonly description: string;
}

/**
 * What each category of trackers does, in the visitor's words, for the banner and the preference center. The labels
 * are the notice's (packages/core notice strings, labels.*.ts) so the banner and the notice name them alike.
 */
export const CATEGORY_TEXT: Readonly<Record<'fr' | 'en', Readonly<Record<CookieCategory, CategoryText>>>> = {
  fr: {
    essential: {
      label: 'Nécessaire au fonctionnement du site',
      description:
        'Permet au site de fonctionner et de mémoriser vos choix. Toujours actif : le site ne peut pas s’en passer.',
    },
    functional: {
      label: 'Fonctionnalités',
      description: 'Active des fonctions que vous demandez, comme une carte, une vidéo ou une langue préférée.',
    },
    analytics: {
      label: 'Mesure d’audience',
      description: 'Compte les visites et les pages vues pour savoir ce qui sert et améliorer le site.',
    },
    marketing: {
      label: 'Publicité et marketing',
      description: 'Sert à vous montrer de la publicité et à mesurer son effet, ici ou sur d’autres sites.',
    },
    personalization: {
      label: 'Personnalisation',
      description: 'Adapte le contenu du site à vos visites précédentes.',
    },
    security: {
      label: 'Sécurité',
      description: 'Protège le site et vos échanges contre la fraude et les abus. Toujours actif.',
    },
  },
  en: {
    essential: {
      label: 'Needed for the site to work',
      description: 'Lets the site work and remember your choices. Always on: the site cannot do without it.',
    },
    functional: {
      label: 'Features',
      description: 'Turns on features you ask for, such as a map, a video or a preferred language.',
    },
    analytics: {
      label: 'Audience measurement',
      description: 'Counts visits and pages viewed, to learn what is useful and improve the site.',
    },
    marketing: {
      label: 'Advertising and marketing',
      description: 'Used to show you advertising and measure its effect, here or on other sites.',
    },
    personalization: {
      label: 'Personalization',
      description: 'Adapts the site’s content to your earlier visits.',
    },
    security: {
      label: 'Security',
      description: 'Protects the site and your exchanges against fraud and abuse. Always on.',
    },
  },
};
