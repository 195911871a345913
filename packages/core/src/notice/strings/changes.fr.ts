import type { ChangeStrings } from './change-types.js';

const NB = '\u00a0';
const was = (before: string) => ` (auparavant${NB}: ${before})`;

/** What changed, in French, in sentences a subscriber can be sent as they are. */
export const CHANGES_FR: ChangeStrings = {
  intro: `Voici ce qui change dans notre politique de confidentialité${NB}:`,
  unchanged: 'Notre politique de confidentialité est inchangée.',
  version: (after, afterDate, before, beforeDate) =>
    `La version ${after} de notre politique de confidentialité est en vigueur le ${afterDate}${NB}; elle remplace la version ${before} du ${beforeDate}.`,
  contactRole: {
    'person-in-charge': 'la personne responsable de la protection des renseignements personnels',
    dpo: 'notre délégué à la protection des données',
    representative: 'notre représentant dans l’Union européenne',
  },
  contactAdded: (role, details) => `Vous pouvez maintenant joindre ${role}${NB}: ${details}.`,
  contactChanged: (role, details) => `Les coordonnées de ${role} ont changé${NB}: ${details}.`,
  contactRemoved: (role) => `La politique n’indique plus ${role}.`,
  categoriesAdded: (categories, count) =>
    `Nous recueillons maintenant ${count > 1 ? 'de nouveaux renseignements' : 'un nouveau renseignement'}${NB}: ${categories}.`,
  categoriesRemoved: (categories, count) =>
    `Nous ne recueillons plus ${count > 1 ? 'ces renseignements' : 'ce renseignement'}${NB}: ${categories}.`,
  purposeAdded: (purpose) => `Nous utilisons maintenant vos renseignements pour une nouvelle fin${NB}: ${purpose}.`,
  purposeRemoved: (purpose) => `Nous n’utilisons plus vos renseignements pour la fin ${purpose}.`,
  purposeRenamed: (before, after) => `La fin ${before} s’appelle maintenant ${after}.`,
  purposeDescribed: (purpose) => `La description de la fin ${purpose} a été mise à jour.`,
  purposeBasis: (purpose, after, before) =>
    `Pour la fin ${purpose}, ce qui nous permet d’utiliser vos renseignements est maintenant${NB}: ${after}${was(before)}.`,
  consentShort: {
    implicit: 'consentement implicite',
    express: 'consentement exprès',
    'not-required': 'consentement non requis',
  },
  purposeUsesMore: (purpose, categories) =>
    `Pour la fin ${purpose}, nous utilisons maintenant aussi${NB}: ${categories}.`,
  purposeUsesLess: (purpose, categories) => `Pour la fin ${purpose}, nous n’utilisons plus${NB}: ${categories}.`,
  purposeRetention: (purpose, after, before) =>
    `Pour la fin ${purpose}, la règle de conservation est maintenant${NB}: ${after}${was(before)}.`,
  roleShort: {
    processor: 'prestataire de services',
    controller: 'organisation indépendante',
    'joint-controller': 'responsable conjoint',
    'public-authority': 'organisme public',
    affiliate: 'société de notre groupe',
  },
  recipientAdded: (name, role, places, categories) =>
    `Un nouveau destinataire, ${name} (${role}, ${places}), reçoit maintenant${NB}: ${categories}.`,
  recipientRemoved: (name) => `${name} ne reçoit plus vos renseignements.`,
  recipientRole: (name, after, before) => `${name} agit maintenant à ce titre${NB}: ${after}${was(before)}.`,
  recipientPlaces: (name, after, before) =>
    `${name} traite maintenant vos renseignements à cet endroit${NB}: ${after}${was(before)}.`,
  recipientReceivesMore: (name, categories) => `${name} reçoit maintenant aussi${NB}: ${categories}.`,
  recipientReceivesLess: (name, categories) => `${name} ne reçoit plus${NB}: ${categories}.`,
  transferAdded: (outside, name, places, safeguard) =>
    `Vos renseignements sont maintenant communiqués ${outside}, à ${name} (${places})${NB}; ${safeguard ? `ils sont protégés ainsi${NB}: ${safeguard}` : 'la mesure qui les protège n’est pas précisée'}.`,
  transferRemoved: (outside, name) => `Vos renseignements ne sont plus communiqués ${outside} à ${name}.`,
  transferPlaces: (name, after, before) =>
    `Vos renseignements communiqués à ${name} vont maintenant à cet endroit${NB}: ${after}${was(before)}.`,
  transferSafeguard: (name, after, before) =>
    `Vos renseignements communiqués à ${name} sont maintenant protégés ainsi${NB}: ${after}${was(before)}.`,
  transferAssessment: (name, after, before) =>
    `Évaluation des facteurs relatifs à la vie privée pour ${name}${NB}: ${after}${was(before)}.`,
  retentionSubject: (purposes, rule) =>
    purposes ? `les renseignements utilisés pour ${purposes}` : `les renseignements visés par la règle ${rule}`,
  retentionAdded: (subject, period) => `Nous conservons ${subject} ${period}.`,
  retentionInstead: (subject, after, before) => `Nous conservons maintenant ${subject} ${after}, au lieu de ${before}.`,
  retentionChanged: (subject, after, before) => `Nous conservons maintenant ${subject} ${after}${was(before)}.`,
  retentionAction: (subject, after, before) =>
    `À la fin de la durée de conservation, ${subject} font maintenant l’objet de cette mesure${NB}: ${after}${was(before)}.`,
  actionShort: { destroy: 'destruction sécuritaire', anonymize: 'anonymisation', review: 'réexamen' },
  retentionRemoved: (rule) => `La règle de conservation ${rule} ne figure plus dans la politique.`,
  period: {
    fixed: (durationAfterTrigger) => `pendant ${durationAfterTrigger}`,
    criteria: (criteria) => `selon ce critère${NB}: ${criteria}`,
    unstated: 'pour une durée non précisée',
  },
  cookieAdded: (name, provider, category, off) =>
    `Nous utilisons un nouveau témoin, ${name} de ${provider} (${category})${NB}: ${off ? 'il reste désactivé tant que vous ne l’acceptez pas' : 'il est actif dès votre arrivée sur le site'}.`,
  cookieRemoved: (name, provider) => `Nous n’utilisons plus le témoin ${name} de ${provider}.`,
  cookieCategory: (name, after, before) =>
    `Le témoin ${name} appartient maintenant à la catégorie ${after}${was(before)}.`,
  cookieLifetime: (name, after, before) => `Le témoin ${name} dure maintenant ${after}${was(before)}.`,
  cookieDefault: (name, off) =>
    off
      ? `Le témoin ${name} reste maintenant désactivé tant que vous ne l’acceptez pas.`
      : `Le témoin ${name} est maintenant actif dès votre arrivée sur le site.`,
  rightAdded: (right, explanation) => `Vous avez maintenant le droit suivant${NB}: ${right} (${explanation}).`,
  rightRemoved: (right) => `La politique n’indique plus le droit suivant${NB}: ${right}.`,
  deadlineSet: (after) =>
    `Nous nous engageons maintenant à vous répondre au plus tard ${after} après avoir reçu votre demande.`,
  deadlineChanged: (after, before) =>
    `Nous vous répondons maintenant au plus tard ${after} après avoir reçu votre demande, au lieu de ${before}.`,
  deadlineRemoved: 'La politique n’indique plus de délai de réponse à vos demandes.',
  channelAdded: (channel, value) => `Nouveau moyen de faire vos demandes${NB}: ${channel}, ${value}.`,
  channelRemoved: (channel, value) => `Ce moyen de faire vos demandes n’est plus offert${NB}: ${channel}, ${value}.`,
  securityAdded: (measure) => `Nouvelle mesure de sécurité${NB}: ${measure}.`,
  securityRemoved: (measure) => `Mesure de sécurité retirée${NB}: ${measure}.`,
  sectionUpdated: (section) => `La section ${section} a été mise à jour.`,
  transfersSection: 'Communication de vos renseignements à l’extérieur',
};
