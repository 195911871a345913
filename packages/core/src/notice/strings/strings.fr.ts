import { LABELS_FR } from './labels.fr.js';
import type { Grammar, NoticeStrings } from './types.js';

/** The no-break space French typography puts before a colon and inside guillemets. */
const NB = '\u00a0';
const SEMICOLON = `${NB}; `;

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/**
 * Joins items into a sentence. Items that hold commas themselves are separated by semicolons;
 * a comma comes before the last word too when an item holds that word: "A, B and C, and D".
 */
const join = (items: readonly string[], last: string) => {
  if (items.length <= 1) return items[0] ?? '';
  if (items.some((item) => item.includes(','))) return items.join(SEMICOLON);
  const comma = items.some((item) => item.includes(` ${last} `)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${last} ${items.at(-1)}`;
};

const GRAMMAR: Grammar = {
  list: (items) => join(items, 'et'),
  alternatives: (items) => join(items, 'ou'),
  quote: (text) => `«${NB}${text}${NB}»`,
  semicolon: SEMICOLON,
  label: (text) => `${text}${NB}: `,
  date: (year, month, day) => `${day === 1 ? '1er' : day} ${MONTHS[month - 1] ?? month} ${year}`,
  after: (duration, trigger) => `${duration} après ${trigger}`,
};

/** The notice in French, in plain words for patients and students, with Quebec terminology. */
export const STRINGS_FR: NoticeStrings = {
  grammar: GRAMMAR,
  labels: LABELS_FR,
  notStated: 'Non précisé',
  yes: 'Oui',
  no: 'Non',
  title: (organisation) => `Politique de confidentialité — ${organisation}`,
  intro: {
    about: (organisation) =>
      `Cette politique explique simplement quels renseignements personnels nous recueillons à votre sujet, pourquoi, qui peut les recevoir, combien de temps nous les gardons et comment exercer vos droits. Dans cette politique, «\u00a0nous\u00a0» désigne\u00a0: ${organisation}.`,
    definition:
      'Un renseignement personnel est un renseignement qui vous concerne et qui permet de vous identifier, directement ou indirectement.',
    version: (version, date) => `Version ${version}, en vigueur le ${date}.`,
  },
  tocTitle: 'Sommaire',
  sectionTitle: {
    'who-we-are': 'Qui sommes-nous',
    collection: 'Les renseignements que nous recueillons',
    purposes: 'Pourquoi nous utilisons vos renseignements',
    consent: 'Votre consentement',
    'automated-decisions': 'Décisions automatisées',
    minors: 'Personnes mineures',
    cookies: 'Témoins (cookies) et autres traceurs',
    recipients: 'Qui reçoit vos renseignements',
    retention: 'Combien de temps nous gardons vos renseignements',
    security: 'Comment nous protégeons vos renseignements',
    rights: 'Vos droits',
    complaints: 'Plaintes',
    changes: 'Mises à jour de cette politique',
  },
  contact: {
    name: 'Nom',
    title: 'Fonction',
    email: 'Courriel',
    phone: 'Téléphone',
    address: 'Adresse',
    website: 'Site web',
  },
  whoWeAre: {
    organisation: 'Organisation',
    businessNumber: 'Numéro d’entreprise',
    jointControllers:
      'Nous décidons avec les organisations suivantes de l’usage de certains renseignements (responsables conjoints)\u00a0:',
    governance: (approvedOn, approvedBy) => {
      const approved = [approvedOn && `le ${approvedOn}`, approvedBy && `par ${approvedBy}`].filter(Boolean).join(' ');
      return `Nos règles internes de protection des renseignements personnels encadrent notamment leur conservation et leur destruction, les rôles de notre personnel et le traitement des plaintes.${approved ? ` Elles ont été approuvées ${approved}.` : ''}`;
    },
    governanceLink: 'Lire ces règles',
    personInCharge: 'Personne responsable de la protection des renseignements personnels',
    personInChargeIntro:
      'Pour toute question sur vos renseignements personnels, pour exercer vos droits ou pour porter plainte, communiquez avec\u00a0:',
    since: (date) => `Cette personne occupe cette fonction depuis le ${date}.`,
    delegated:
      'La personne ayant la plus haute autorité dans notre organisation lui a délégué cette fonction par écrit.',
    dpo: 'Délégué à la protection des données (DPO)',
    dpoIntro: 'Vous pouvez aussi joindre notre délégué à la protection des données\u00a0:',
    dpoIntroAlone:
      'Pour toute question sur vos renseignements personnels, pour exercer vos droits ou pour porter plainte, communiquez avec notre délégué à la protection des données\u00a0:',
    representative: 'Notre représentant dans l’Union européenne',
  },
  collection: {
    intro: 'Selon votre situation, nous pouvons recueillir les renseignements suivants\u00a0:',
    sensitive: (categories) => `La loi considère certains de ces renseignements comme sensibles\u00a0: ${categories}.`,
    subjects: (subjects) => `Ces renseignements concernent les personnes suivantes\u00a0: ${subjects}.`,
    fromYou: 'Nous recueillons ces renseignements auprès de vous.',
    alsoFrom: (sources) => `Nous en recevons aussi de\u00a0: ${sources}.`,
    onlyFrom: (sources) => `Nous ne les recueillons pas auprès de vous\u00a0: ils nous viennent de\u00a0: ${sources}.`,
    means: (means) => `Nous les recueillons par les moyens suivants\u00a0: ${means}.`,
    cookies:
      'Notre site web recueille aussi certains renseignements au moyen de témoins (cookies)\u00a0: voyez la section',
  },
  purposes: {
    intro:
      'Nous utilisons vos renseignements seulement pour les fins suivantes. Pour chacune, nous indiquons les renseignements utilisés, ce qui nous permet de le faire et combien de temps nous les gardons.',
    newPurpose: {
      // P-39.1 s.12: a new purpose needs consent, unless the law allows the use without it.
      quebec:
        'Si nous voulons utiliser vos renseignements à une autre fin, nous vous demanderons d’abord votre consentement, sauf si la loi nous permet de le faire sans celui-ci.',
      // GDPR Arts. 13(3), 14(4): the person is told before further processing; consent only where Art. 6(4) calls for it.
      gdpr: 'Si nous voulons utiliser vos renseignements à une autre fin, nous vous en informerons d’abord et, lorsque la loi l’exige, nous vous demanderons votre consentement.',
      // Both: told first (GDPR) and asked for consent unless an exception applies (P-39.1 s.12).
      both: 'Si nous voulons utiliser vos renseignements à une autre fin, nous vous en informerons d’abord et nous vous demanderons votre consentement, sauf si la loi nous permet de le faire sans celui-ci.',
    },
    categories: 'Renseignements utilisés',
    subjects: 'Personnes concernées',
    sources: 'Provenance',
    means: 'Moyens de collecte',
    specialCategory: 'Renseignements sensibles (RGPD, art. 9)',
    recipients: 'Communiqués à',
    retention: 'Conservation',
    refusal: 'Si vous refusez',
    secondary:
      'Il s’agit d’une utilisation secondaire\u00a0: ces renseignements ont d’abord été recueillis pour une autre fin.',
    notRequired: (exception) => (exception ? `non requis, car ${exception}` : 'non requis'),
    legitimateInterest: (interest) => `notre intérêt légitime — ${interest}`,
    law: (basis, law) => `${basis} (${law})`,
    tracking: (what) => `Pour cette fin, nous utilisons une technologie qui permet ${what}.`,
    trackingVerbs: {
      identifies: 'de vous identifier',
      locates: 'de vous localiser',
      profiles: 'd’établir votre profil',
    },
    marketing: (channels) => `Nous vous envoyons des communications commerciales par ${channels}.`,
    optIn: 'Nous le faisons seulement si vous l’avez accepté.',
    unsubscribe: 'Chaque message contient un moyen simple de vous désabonner.',
    automated: 'Un traitement automatisé intervient dans cette fin\u00a0: voyez la section',
  },
  consent: {
    purposes: 'Nous vous demandons votre consentement pour les fins suivantes\u00a0:',
    withdraw:
      'Vous pouvez retirer votre consentement en tout temps, par les moyens indiqués dans la section «\u00a0Vos droits\u00a0». Le retrait vaut pour l’avenir\u00a0: il ne remet pas en cause ce que nous avons fait avant avec votre accord.',
    effect:
      'Si vous retirez votre consentement, il se peut que nous ne puissions plus vous offrir le service qui en dépend. La loi peut aussi nous obliger à garder certains renseignements.',
    others:
      'Les autres fins reposent sur une autre raison prévue par la loi, indiquée pour chacune dans la section précédente.',
    none: 'Aucune des fins décrites ne repose sur votre consentement\u00a0: chacune repose sur une autre raison prévue par la loi, indiquée dans la section précédente.',
  },
  automated: {
    none: 'Nous ne prenons aucune décision à votre sujet qui serait fondée exclusivement sur un traitement automatisé de vos renseignements.',
    exclusive: (purpose) =>
      `Pour la fin ${purpose}, une décision à votre sujet est prise uniquement par un traitement automatisé.`,
    informed: {
      // P-39.1 s.12.1: the person is told no later than when the decision is communicated.
      quebec: 'Nous vous en informons au plus tard au moment où nous vous communiquons la décision.',
      // GDPR Arts. 13(2)(f), 14(2)(g): told at collection; Art. 15(1)(h): the logic and consequences on request.
      gdpr: 'Nous vous en informons dès la collecte de vos renseignements, comme le fait cette politique. Vous pouvez aussi nous demander en tout temps comment la décision est prise et quelles conséquences elle peut avoir pour vous.',
      // Both: at collection (GDPR, the earlier), and again with the decision (P-39.1 s.12.1).
      both: 'Nous vous en informons dès la collecte de vos renseignements, comme le fait cette politique, puis de nouveau au plus tard au moment où nous vous communiquons la décision.',
    },
    assisted: (purpose) =>
      `Pour la fin ${purpose}, un traitement automatisé nous aide à prendre une décision, mais c’est une personne qui la prend.`,
    logic: 'Comment cela fonctionne',
    review: 'Pour faire réviser la décision',
    quebecRights:
      'Sur demande, nous vous indiquons les renseignements utilisés pour prendre la décision, les raisons et les principaux facteurs qui l’ont menée, et vous pouvez faire corriger ces renseignements.',
    // GDPR Art. 22(1)-(3): the right not to be subject to it; under a contract or explicit consent, its safeguards.
    gdprRights:
      'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé qui produit des effets juridiques à votre égard ou qui vous affecte de manière significative de façon similaire. Lorsqu’une telle décision est nécessaire à un contrat conclu avec vous ou repose sur votre consentement explicite, vous pouvez obtenir l’intervention d’une personne de notre organisation, donner votre point de vue et contester la décision. Lorsque la loi l’autorise, elle prévoit elle-même les garanties qui vous protègent.',
  },
  minors: {
    parental: (age) =>
      `Pour une personne de moins de ${age}${NB}ans, le consentement est donné par le titulaire de l’autorité parentale ou par le tuteur.`,
    joint: (age) =>
      `Pour une personne de moins de ${age}${NB}ans, le consentement est donné à la fois par la personne mineure et par le titulaire de l’autorité parentale.`,
    purposes: 'Les fins suivantes peuvent concerner des personnes mineures\u00a0:',
    none: 'Les fins décrites dans cette politique ne visent pas les personnes mineures.',
  },
  cookies: {
    none: 'Nous n’utilisons aucun témoin (cookie) ni autre traceur.',
    what: 'Un témoin (cookie) est un petit fichier qu’un site web enregistre dans votre navigateur, par exemple pour se souvenir de vos préférences ou mesurer la fréquentation du site.',
    offUntilAccepted: {
      // P-39.1 s.8.1: functions that identify, locate or profile stay off until the person turns them on.
      quebec:
        'Les témoins qui peuvent vous identifier, vous localiser ou établir votre profil restent désactivés tant que vous ne les avez pas acceptés.',
      // LIL art. 82, CNIL deliberation 2020-091: prior consent for every tracker not strictly necessary; GDPR Art. 7(3).
      gdpr: 'Sauf ceux qui sont strictement nécessaires au fonctionnement du site, nous n’activons aucun témoin sans votre consentement préalable. Vous pouvez modifier votre choix en tout temps.',
      // Both: the two rules together (P-39.1 s.8.1; LIL art. 82).
      both: 'Les témoins qui peuvent vous identifier, vous localiser ou établir votre profil, comme tous ceux qui ne sont pas strictement nécessaires au fonctionnement du site, restent désactivés tant que vous ne les avez pas acceptés. Vous pouvez modifier votre choix en tout temps.',
    },
    caption: 'Témoins utilisés sur notre site',
    headers: {
      name: 'Témoin',
      provider: 'Fournisseur',
      category: 'Catégorie',
      lifetime: 'Durée de vie',
      purpose: 'À quoi il sert',
      tracking: 'Vous identifie, vous localise ou établit votre profil',
      activation: 'Activation',
    },
    thirdParty: 'tiers',
    privacyPolicy: 'politique de confidentialité',
    session: 'Jusqu’à la fermeture du navigateur',
    tracks: { identifies: 'vous identifie', locates: 'vous localise', profiles: 'établit votre profil' },
    off: 'Désactivé tant que vous ne l’acceptez pas',
    on: 'Actif dès votre arrivée sur le site',
    refuseAll: 'Vous pouvez tout refuser aussi facilement que tout accepter, dès la première fenêtre.',
    choiceLifetime: (duration) =>
      `Nous gardons votre choix pendant ${duration}, puis nous vous le demandons de nouveau.`,
    browser: 'Vous pouvez aussi régler votre navigateur pour qu’il refuse les témoins ou les supprime.',
  },
  recipients: {
    staff: 'Qui y a accès chez nous',
    intro:
      'Nous communiquons certains de vos renseignements aux organisations suivantes, seulement pour les fins indiquées.',
    none: 'Nous ne communiquons vos renseignements à aucune autre organisation, sauf lorsque la loi nous y oblige.',
    contracts:
      'Nos prestataires de services agissent seulement pour notre compte, dans le cadre d’un contrat écrit qui les oblige à protéger vos renseignements.',
    caption: 'Organisations qui reçoivent vos renseignements',
    headers: {
      name: 'Organisation',
      role: 'Rôle',
      categories: 'Renseignements reçus',
      purposes: 'Pour quelles fins',
      location: 'Où',
    },
  },
  transfers: {
    title: (outside) => `Communication de vos renseignements ${outside}`,
    intro: (outside) => `Certains de vos renseignements sont communiqués ou conservés ${outside}.`,
    table:
      'Le tableau indique où ils vont, comment ils sont protégés et si nous avons évalué les risques pour votre vie privée avant de les communiquer.',
    none: {
      quebec: 'Vos renseignements restent au Québec\u00a0: nos systèmes et nos prestataires y sont situés.',
      canada: 'Vos renseignements restent au Canada\u00a0: nos systèmes et nos prestataires y sont situés.',
      eu: 'Vos renseignements restent dans l’Union européenne\u00a0: nos systèmes et nos prestataires y sont situés.',
    },
    caption: (outside) => `Renseignements communiqués ${outside}`,
    headers: {
      name: 'Organisation ou système',
      location: 'Lieu',
      crosses: 'À l’extérieur de',
      categories: 'Renseignements',
      safeguard: 'Protection',
      assessment: 'Évaluation des facteurs relatifs à la vie privée',
      assessmentElsewhere: 'Analyse d’impact',
    },
    ownSystem: (name) => `Notre système «${NB}${name}${NB}»`,
    assessedOn: (date) => `Oui, le ${date}`,
    notAssessed: 'Non',
  },
  retention: {
    intro:
      'Nous gardons vos renseignements le temps indiqué ci-dessous. À la fin de cette période, nous faisons ce qu’indique la colonne «\u00a0À l’échéance\u00a0».',
    caption: 'Durées de conservation',
    headers: {
      rule: 'Règle',
      purposes: 'Pour quelles fins',
      duration: 'Durée',
      trigger: 'À compter de',
      action: 'À l’échéance',
      exceptions: 'Exceptions',
      citation: 'Source',
    },
    none: 'Nous n’avons pas encore précisé nos durées de conservation.',
    noException: 'Aucune',
    missing: (purposes) =>
      `Pour les fins suivantes, la durée de conservation n’est pas encore précisée\u00a0: ${purposes}.`,
  },
  security: {
    intro: 'Nous protégeons vos renseignements notamment par les mesures suivantes.',
    technical: 'Mesures technologiques\u00a0:',
    organisational: 'Mesures administratives\u00a0:',
    physical: 'Mesures physiques\u00a0:',
    none: 'Nous n’avons pas encore décrit nos mesures de sécurité dans cette politique.',
  },
  rights: {
    intro: 'Vous avez les droits suivants sur vos renseignements\u00a0:',
    exercise: 'Comment exercer vos droits',
    channels: 'Vous pouvez faire votre demande par l’un des moyens suivants\u00a0:',
    noRights:
      'Pour exercer vos droits sur vos renseignements, communiquez avec la personne indiquée dans la section «\u00a0Qui sommes-nous\u00a0».',
    free: 'L’accès à vos renseignements est gratuit.',
    fee: {
      // P-39.1 s.33: a reasonable fee for transcription, reproduction or transmission, announced beforehand.
      quebec:
        'Des frais raisonnables peuvent s’appliquer\u00a0; nous vous indiquons leur montant avant de traiter votre demande.',
      // GDPR Arts. 12(5), 15(3): free; a fee for further copies, a fee or a refusal for manifestly unfounded or excessive requests.
      gdpr: 'L’accès à vos renseignements est gratuit. Des frais raisonnables, fondés sur nos coûts administratifs, ne peuvent s’appliquer qu’aux copies supplémentaires que vous demandez ou à une demande manifestement infondée ou excessive, que nous pouvons aussi refuser.',
      // Both: the GDPR's narrower fee, announced beforehand as P-39.1 s.33 wants.
      both: 'L’accès à vos renseignements est gratuit. Des frais raisonnables, fondés sur nos coûts administratifs, ne peuvent s’appliquer qu’aux copies supplémentaires que vous demandez ou à une demande manifestement infondée ou excessive, que nous pouvons aussi refuser. Nous vous indiquons le montant de ces frais avant de traiter votre demande.',
    },
    deadline: {
      // P-39.1 s.32: an answer in writing within the deadline.
      quebec: (duration) => `Nous vous répondons par écrit au plus tard ${duration} après avoir reçu votre demande.`,
      // GDPR Art. 12(3): without undue delay, within one month (the answer may be electronic).
      gdpr: (duration) =>
        `Nous vous répondons dans les meilleurs délais et au plus tard ${duration} après avoir reçu votre demande.`,
      // Both: in writing (P-39.1 s.32) and without undue delay (GDPR Art. 12(3)).
      both: (duration) =>
        `Nous vous répondons par écrit, dans les meilleurs délais et au plus tard ${duration} après avoir reçu votre demande.`,
    },
    deemedRefusal:
      'Si nous ne répondons pas dans ce délai, la loi considère que nous avons refusé votre demande\u00a0: vous pouvez alors vous adresser à la Commission d’accès à l’information du Québec.',
  },
  complaints: {
    intro:
      'Si vous n’êtes pas satisfait de la façon dont nous traitons vos renseignements, vous pouvez porter plainte. Votre plainte suit les étapes suivantes\u00a0:',
    acknowledgement: (duration) => `Nous accusons réception de votre plainte dans un délai de ${duration}.`,
    deadline: (duration) => `réponse dans un délai de ${duration}`,
    authorities: 'Autorités de contrôle',
    authoritiesIntro: 'Vous pouvez aussi vous adresser à\u00a0:',
    none: 'Pour porter plainte, communiquez avec la personne indiquée dans la section «\u00a0Qui sommes-nous\u00a0».',
  },
  changes: {
    version: 'Version',
    effective: 'En vigueur le',
    defaultNotice:
      'Nous publions chaque nouvelle version de cette politique à cet endroit, avec sa date d’entrée en vigueur.',
  },
};
