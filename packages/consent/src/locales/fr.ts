import type { Texts } from './texts.js';

export const fr: Texts = {
  title: 'Vos choix de témoins (cookies)',
  intro:
    'Les témoins essentiels font fonctionner le site. Les autres ne sont activés que si vous les acceptez. Vous pouvez changer d’avis à tout moment.',
  accept: 'Tout accepter',
  refuse: 'Tout refuser',
  customize: 'Personnaliser',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  prefsTitle: 'Préférences de témoins',
  prefsIntro: 'Choisissez catégorie par catégorie. Les témoins essentiels restent toujours actifs.',
  alwaysOn: 'Toujours actif',
  identifies: 'vous identifie',
  locates: 'vous localise',
  profiles: 'établit un profil de vous',
  services: 'Services et témoins',
  gpc: 'Votre navigateur envoie le signal Global Privacy Control : le marketing est refusé. Vous pouvez l’activer vous-même dans Personnaliser.',
  policy: 'Politique de confidentialité',
};
