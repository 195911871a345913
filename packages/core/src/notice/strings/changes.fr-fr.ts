import type { ChangeStrings } from './change-types.js';
import { CHANGES_FR } from './changes.fr.js';

const NB = '\u00a0';
const was = (before: string) => ` (auparavant${NB}: ${before})`;
const Q = CHANGES_FR;

/**
 * What changed, in the French of France: « données » (feminine plural: « elles sont protégées »),
 * « finalité », « cookie », « transférées hors de ». Sentences France words as Quebec does are shared.
 */
export const CHANGES_FR_FR: ChangeStrings = {
  ...Q,
  contactRole: {
    ...Q.contactRole,
    'person-in-charge': 'la personne chargée de la protection des données personnelles',
  },
  categoriesAdded: (categories, count) =>
    `Nous collectons maintenant ${count > 1 ? 'de nouvelles catégories de données' : 'une nouvelle catégorie de données'}${NB}: ${categories}.`,
  categoriesRemoved: (categories, count) =>
    `Nous ne collectons plus ${count > 1 ? 'ces catégories de données' : 'cette catégorie de données'}${NB}: ${categories}.`,
  purposeAdded: (purpose) => `Nous utilisons maintenant vos données pour une nouvelle finalité${NB}: ${purpose}.`,
  purposeRemoved: (purpose) => `Nous n’utilisons plus vos données pour la finalité ${purpose}.`,
  purposeRenamed: (before, after) => `La finalité ${before} s’appelle maintenant ${after}.`,
  purposeDescribed: (purpose) => `La description de la finalité ${purpose} a été mise à jour.`,
  purposeBasis: (purpose, after, before) =>
    `Pour la finalité ${purpose}, la base légale qui nous permet d’utiliser vos données est maintenant${NB}: ${after}${was(before)}.`,
  purposeUsesMore: (purpose, categories) =>
    `Pour la finalité ${purpose}, nous utilisons maintenant aussi${NB}: ${categories}.`,
  purposeUsesLess: (purpose, categories) => `Pour la finalité ${purpose}, nous n’utilisons plus${NB}: ${categories}.`,
  purposeRetention: (purpose, after, before) =>
    `Pour la finalité ${purpose}, la règle de conservation est maintenant${NB}: ${after}${was(before)}.`,
  roleShort: { ...Q.roleShort, processor: 'sous-traitant', controller: 'responsable de traitement distinct' },
  recipientRemoved: (name) => `${name} ne reçoit plus vos données.`,
  recipientPlaces: (name, after, before) =>
    `${name} traite maintenant vos données à cet endroit${NB}: ${after}${was(before)}.`,
  transferAdded: (outside, name, places, safeguard) =>
    `Vos données sont maintenant transférées ${outside}, à ${name} (${places})${NB}; ${safeguard ? `elles sont protégées par cette garantie${NB}: ${safeguard}` : 'la garantie qui les protège n’est pas précisée'}.`,
  transferRemoved: (outside, name) => `Vos données ne sont plus transférées ${outside} à ${name}.`,
  transferPlaces: (name, after, before) =>
    `Vos données transférées à ${name} vont maintenant à cet endroit${NB}: ${after}${was(before)}.`,
  transferSafeguard: (name, after, before) =>
    `Vos données transférées à ${name} sont maintenant protégées par cette garantie${NB}: ${after}${was(before)}.`,
  transferAssessment: (name, after, before) => `Analyse d’impact pour ${name}${NB}: ${after}${was(before)}.`,
  retentionSubject: (purposes, rule) =>
    purposes ? `les données utilisées pour ${purposes}` : `les données visées par la règle ${rule}`,
  actionShort: { ...Q.actionShort, destroy: 'destruction sécurisée' },
  cookieAdded: (name, provider, category, off) =>
    `Nous utilisons un nouveau cookie, ${name} de ${provider} (${category})${NB}: ${off ? 'il reste désactivé tant que vous ne l’acceptez pas' : 'il est actif dès votre arrivée sur le site'}.`,
  cookieRemoved: (name, provider) => `Nous n’utilisons plus le cookie ${name} de ${provider}.`,
  cookieCategory: (name, after, before) =>
    `Le cookie ${name} appartient maintenant à la catégorie ${after}${was(before)}.`,
  cookieLifetime: (name, after, before) => `Le cookie ${name} dure maintenant ${after}${was(before)}.`,
  cookieDefault: (name, off) =>
    off
      ? `Le cookie ${name} reste maintenant désactivé tant que vous ne l’acceptez pas.`
      : `Le cookie ${name} est maintenant actif dès votre arrivée sur le site.`,
  transfersSection: 'Transferts de vos données',
};
