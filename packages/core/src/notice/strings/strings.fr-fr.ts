import { LABELS_FR_FR } from './labels.fr-fr.js';
import { STRINGS_FR } from './strings.fr.js';
import type { NoticeStrings } from './types.js';

const NB = '\u00a0';
const Q = STRINGS_FR;
/** Who to write to, in the words of a French notice: « adresser une réclamation », not « porter plainte ». */
const ASK_US =
  'Pour toute question sur vos données personnelles, pour exercer vos droits ou pour nous adresser une réclamation';

/**
 * The notice in the French of France, for organisations under the GDPR and the Loi Informatique et
 * Libertés: « données personnelles » (feminine plural, so sentences agree with « elles »),
 * « finalités », « cookies », « sous-traitants », « réclamation auprès de la CNIL ». It is the Quebec
 * set with every entry that France words differently rewritten; the rest (grammar, dates, the
 * Quebec-only sentences a French organisation never shows) is shared.
 */
export const STRINGS_FR_FR: NoticeStrings = {
  ...Q,
  labels: LABELS_FR_FR,
  intro: {
    ...Q.intro,
    about: (organisation) =>
      `Cette politique explique simplement quelles données personnelles nous collectons à votre sujet, pourquoi, qui peut les recevoir, combien de temps nous les conservons et comment exercer vos droits. Dans cette politique, «${NB}nous${NB}» désigne${NB}: ${organisation}.`,
    // GDPR Art. 4(1): any information relating to an identified or identifiable natural person.
    definition:
      'Une donnée personnelle (ou donnée à caractère personnel) est une information qui vous concerne et qui permet de vous identifier, directement ou indirectement.',
  },
  sectionTitle: {
    ...Q.sectionTitle,
    collection: 'Les données que nous collectons',
    purposes: 'Pourquoi nous utilisons vos données',
    cookies: 'Cookies et autres traceurs',
    recipients: 'Qui reçoit vos données',
    retention: 'Combien de temps nous conservons vos données',
    security: 'Comment nous protégeons vos données',
    complaints: 'Réclamations',
  },
  contact: { ...Q.contact, email: 'Adresse électronique' },
  whoWeAre: {
    ...Q.whoWeAre,
    organisation: 'Responsable de traitement',
    businessNumber: 'Numéro d’immatriculation',
    jointControllers: `Nous déterminons avec les organismes suivants les finalités et les moyens de certains traitements (responsables conjoints du traitement)${NB}:`,
    governance: (approvedOn, approvedBy) => {
      const approved = [approvedOn && `le ${approvedOn}`, approvedBy && `par ${approvedBy}`].filter(Boolean).join(' ');
      return `Notre politique interne de protection des données personnelles encadre notamment leur conservation et leur effacement, les rôles de notre personnel et le traitement des réclamations.${approved ? ` Elle a été approuvée ${approved}.` : ''}`;
    },
    governanceLink: 'Lire cette politique',
    personInCharge: 'Personne chargée de la protection des données personnelles',
    personInChargeIntro: `${ASK_US}, contactez${NB}:`,
    dpoIntro: `Vous pouvez aussi contacter notre délégué à la protection des données${NB}:`,
    dpoIntroAlone: `${ASK_US}, contactez notre délégué à la protection des données${NB}:`,
  },
  collection: {
    ...Q.collection,
    intro: `Selon votre situation, nous pouvons collecter les données suivantes${NB}:`,
    sensitive: (categories) => `La loi considère certaines de ces données comme sensibles${NB}: ${categories}.`,
    subjects: (subjects) => `Ces données concernent les personnes suivantes${NB}: ${subjects}.`,
    fromYou: 'Nous collectons ces données auprès de vous.',
    alsoFrom: (sources) => `Certaines nous sont aussi transmises par ${sources}.`,
    onlyFrom: (sources) => `Nous ne les collectons pas auprès de vous${NB}: elles nous sont transmises par ${sources}.`,
    means: (means) => `Nous les collectons par les moyens suivants${NB}: ${means}.`,
    cookies: `Notre site web collecte aussi certaines données au moyen de cookies${NB}: consultez la section`,
  },
  purposes: {
    ...Q.purposes,
    intro:
      'Nous utilisons vos données uniquement pour les finalités suivantes. Pour chacune, nous indiquons les données utilisées, ce qui nous permet de le faire (la base légale) et combien de temps nous les conservons.',
    newPurpose: {
      // P-39.1 s.12: a new purpose needs consent, unless the law allows the use without it.
      quebec:
        'Si nous souhaitons utiliser vos données pour une autre finalité, nous vous demanderons d’abord votre consentement, sauf si la loi nous permet de le faire sans celui-ci.',
      // GDPR Arts. 13(3), 14(4): a further purpose is announced first; consent only where Art. 6(4) calls for it.
      gdpr: 'Si nous souhaitons utiliser vos données pour une autre finalité, nous vous en informerons au préalable et, lorsque la loi l’exige, nous vous demanderons votre consentement.',
      // Both: told first (GDPR) and asked for consent unless an exception applies (P-39.1 s.12).
      both: 'Si nous souhaitons utiliser vos données pour une autre finalité, nous vous en informerons au préalable et nous vous demanderons votre consentement, sauf si la loi nous permet de le faire sans celui-ci.',
    },
    categories: 'Données utilisées',
    specialCategory: 'Données sensibles (RGPD, art.\u00a09)',
    recipients: 'Destinataires',
    retention: 'Durée de conservation',
    secondary: `Il s’agit d’un traitement ultérieur${NB}: ces données ont d’abord été collectées pour une autre finalité.`,
    tracking: (what) => `Pour cette finalité, nous utilisons une technologie qui permet ${what}.`,
    automated: `Un traitement automatisé intervient dans cette finalité${NB}: consultez la section`,
  },
  consent: {
    purposes: `Nous vous demandons votre consentement pour les finalités suivantes${NB}:`,
    withdraw: `Vous pouvez retirer votre consentement à tout moment, par les moyens indiqués dans la section «${NB}Vos droits${NB}». Le retrait vaut pour l’avenir${NB}: il ne remet pas en cause ce que nous avons fait auparavant avec votre accord.`,
    effect:
      'Si vous retirez votre consentement, il se peut que nous ne puissions plus vous fournir le service qui en dépend. La loi peut aussi nous obliger à conserver certaines données.',
    others:
      'Les autres finalités reposent sur une autre base légale, indiquée pour chacune dans la section précédente.',
    none: `Aucune des finalités décrites ne repose sur votre consentement${NB}: chacune repose sur une autre base légale, indiquée dans la section précédente.`,
  },
  automated: {
    ...Q.automated,
    none: 'Nous ne prenons aucune décision à votre sujet qui serait fondée exclusivement sur un traitement automatisé de vos données.',
    exclusive: (purpose) =>
      `Pour la finalité ${purpose}, une décision à votre sujet est prise uniquement par un traitement automatisé.`,
    informed: {
      // P-39.1 s.12.1: the person is told no later than when the decision is communicated.
      quebec: Q.automated.informed.quebec,
      // GDPR Arts. 13(2)(f), 14(2)(g): told at collection; Art. 15(1)(h): the logic and consequences on request.
      gdpr: 'Nous vous en informons dès la collecte de vos données, comme le fait cette politique. Vous pouvez aussi nous demander à tout moment comment la décision est prise et quelles conséquences elle peut avoir pour vous.',
      // Both: at collection (GDPR, the earlier), and again with the decision (P-39.1 s.12.1).
      both: 'Nous vous en informons dès la collecte de vos données, comme le fait cette politique, puis de nouveau au plus tard au moment où nous vous communiquons la décision.',
    },
    assisted: (purpose) =>
      `Pour la finalité ${purpose}, un traitement automatisé nous aide à prendre une décision, mais c’est une personne qui la prend.`,
    quebecRights:
      'Sur demande, nous vous indiquons les données utilisées pour prendre la décision, les raisons et les principaux facteurs qui l’ont menée, et vous pouvez faire rectifier ces données.',
    // GDPR Art. 22(1)-(3), in the words of its French text.
    gdprRights:
      'Vous avez le droit de ne pas faire l’objet d’une décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques vous concernant ou vous affectant de manière significative de façon similaire. Lorsqu’une telle décision est nécessaire à un contrat conclu avec vous ou repose sur votre consentement explicite, vous pouvez obtenir une intervention humaine de notre part, exprimer votre point de vue et contester la décision. Lorsque la loi l’autorise, elle prévoit elle-même les garanties qui vous protègent.',
  },
  minors: {
    ...Q.minors,
    purposes: `Les finalités suivantes peuvent concerner des personnes mineures${NB}:`,
    none: 'Les finalités décrites dans cette politique ne visent pas les personnes mineures.',
  },
  cookies: {
    ...Q.cookies,
    none: 'Nous n’utilisons aucun cookie ni autre traceur.',
    what: 'Un cookie est un petit fichier qu’un site web dépose sur votre terminal (ordinateur, tablette, smartphone), par exemple pour se souvenir de vos préférences ou mesurer la fréquentation du site.',
    offUntilAccepted: {
      // P-39.1 s.8.1: functions that identify, locate or profile stay off until the person turns them on.
      quebec:
        'Les cookies qui peuvent vous identifier, vous localiser ou établir votre profil restent désactivés tant que vous ne les avez pas acceptés.',
      // LIL art. 82, CNIL deliberation 2020-091: prior consent for every tracker not strictly necessary; GDPR Art. 7(3).
      gdpr: 'À l’exception de ceux qui sont strictement nécessaires au fonctionnement du site, nous ne déposons aucun cookie sans votre consentement préalable. Vous pouvez modifier votre choix à tout moment.',
      // Both: the two rules together (P-39.1 s.8.1; LIL art. 82).
      both: 'Les cookies qui peuvent vous identifier, vous localiser ou établir votre profil, comme tous ceux qui ne sont pas strictement nécessaires au fonctionnement du site, ne sont déposés qu’avec votre consentement préalable. Vous pouvez modifier votre choix à tout moment.',
    },
    caption: 'Cookies utilisés sur notre site',
    headers: { ...Q.cookies.headers, name: 'Cookie' },
    browser: 'Vous pouvez aussi paramétrer votre navigateur pour qu’il refuse les cookies ou les supprime.',
  },
  recipients: {
    ...Q.recipients,
    intro:
      'Nous communiquons certaines de vos données aux destinataires suivants, uniquement pour les finalités indiquées.',
    none: 'Nous ne communiquons vos données à aucun autre organisme, sauf lorsque la loi nous y oblige.',
    // GDPR Art. 28(3)(a): a processor acts only on the controller's documented instructions.
    contracts:
      'Nos sous-traitants agissent uniquement pour notre compte et sur nos instructions, dans le cadre d’un contrat écrit qui les oblige à protéger vos données.',
    caption: 'Destinataires de vos données',
    headers: {
      ...Q.recipients.headers,
      name: 'Destinataire',
      categories: 'Données reçues',
      purposes: 'Pour quelles finalités',
    },
  },
  transfers: {
    ...Q.transfers,
    title: (outside) => `Transferts de vos données ${outside}`,
    intro: (outside) => `Certaines de vos données sont transférées ou conservées ${outside}.`,
    table:
      'Le tableau indique où elles vont, quelles garanties les protègent et si nous avons analysé les risques pour votre vie privée avant de les transférer.',
    none: {
      quebec: `Vos données restent au Québec${NB}: nos systèmes et nos sous-traitants y sont situés.`,
      canada: `Vos données restent au Canada${NB}: nos systèmes et nos sous-traitants y sont situés.`,
      eu: `Vos données restent dans l’Union européenne${NB}: nos systèmes et nos sous-traitants y sont situés.`,
    },
    caption: (outside) => `Données transférées ${outside}`,
    headers: { ...Q.transfers.headers, crosses: 'Hors de', categories: 'Données', safeguard: 'Garanties' },
  },
  retention: {
    ...Q.retention,
    intro: `Nous conservons vos données pendant la durée indiquée ci-dessous. À la fin de cette période, nous faisons ce qu’indique la colonne «${NB}À l’échéance${NB}».`,
    headers: { ...Q.retention.headers, purposes: 'Pour quelles finalités' },
    missing: (purposes) =>
      `Pour les finalités suivantes, la durée de conservation n’est pas encore précisée${NB}: ${purposes}.`,
  },
  security: {
    ...Q.security,
    intro: 'Nous protégeons vos données notamment par les mesures suivantes.',
    technical: `Mesures techniques${NB}:`,
    organisational: `Mesures organisationnelles${NB}:`,
  },
  rights: {
    ...Q.rights,
    intro: `Vous disposez des droits suivants sur vos données${NB}:`,
    noRights: `Pour exercer vos droits sur vos données, contactez la personne indiquée dans la section «${NB}Qui sommes-nous${NB}».`,
    free: 'L’accès à vos données est gratuit.',
    fee: {
      // P-39.1 s.33: a reasonable fee for transcription, reproduction or transmission, announced beforehand.
      quebec: Q.rights.fee.quebec,
      // GDPR Arts. 12(5), 15(3): free; a fee for further copies, a fee or a refusal for manifestly unfounded or excessive requests.
      gdpr: 'L’accès à vos données est gratuit. Des frais raisonnables, fondés sur nos coûts administratifs, ne peuvent être demandés que pour des copies supplémentaires ou pour une demande manifestement infondée ou excessive, que nous pouvons aussi refuser.',
      // Both: the GDPR's narrower fee, announced beforehand as P-39.1 s.33 wants.
      both: 'L’accès à vos données est gratuit. Des frais raisonnables, fondés sur nos coûts administratifs, ne peuvent être demandés que pour des copies supplémentaires ou pour une demande manifestement infondée ou excessive, que nous pouvons aussi refuser. Nous vous indiquons le montant de ces frais avant de traiter votre demande.',
    },
    deadline: {
      // P-39.1 s.32: an answer in writing within the deadline.
      quebec: (duration) =>
        `Nous vous répondons par écrit au plus tard ${duration} après la réception de votre demande.`,
      // GDPR Art. 12(3): « dans les meilleurs délais et en tout état de cause dans un délai d'un mois ».
      gdpr: (duration) =>
        `Nous vous répondons dans les meilleurs délais et au plus tard ${duration} après la réception de votre demande.`,
      // Both: in writing (P-39.1 s.32) and without undue delay (GDPR Art. 12(3)).
      both: (duration) =>
        `Nous vous répondons par écrit, dans les meilleurs délais et au plus tard ${duration} après la réception de votre demande.`,
    },
  },
  complaints: {
    ...Q.complaints,
    intro: `Si vous estimez que nous ne respectons pas vos droits sur vos données, vous pouvez nous adresser une réclamation. Votre réclamation suit les étapes suivantes${NB}:`,
    acknowledgement: (duration) => `Nous accusons réception de votre réclamation dans un délai de ${duration}.`,
    // GDPR Art. 77: « introduire une réclamation auprès d'une autorité de contrôle ».
    authoritiesIntro: `Vous pouvez aussi introduire une réclamation auprès de${NB}:`,
    none: `Pour nous adresser une réclamation, contactez la personne indiquée dans la section «${NB}Qui sommes-nous${NB}».`,
  },
};
