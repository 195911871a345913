import { LABELS_FR } from './labels.fr.js';
import type { NoticeLabels } from './types.js';

/**
 * Enum labels in the French of France: the Quebec labels, except where France says it otherwise
 * (« données », « sous-traitant », « e-mail », « hors de », the rights as the GDPR names them).
 * Labels only a Quebec or federal basis shows (consent types) keep their Quebec words.
 */
export const LABELS_FR_FR: NoticeLabels = {
  ...LABELS_FR,
  consentException: {
    ...LABELS_FR.consentException,
    'consistent-purpose': 'l’utilisation est compatible avec la finalité pour laquelle les données ont été collectées',
    'deidentified-research':
      'il s’agit d’études, de recherches ou de statistiques menées avec des données pseudonymisées',
  },
  gdprBasis: {
    ...LABELS_FR.gdprBasis,
    // GDPR Art. 6(1)(b) in the words of its French text.
    contract: 'l’exécution d’un contrat conclu avec vous, ou de mesures précontractuelles prises à votre demande',
  },
  gdprSpecialCondition: {
    ...LABELS_FR.gdprSpecialCondition,
    'non-profit-body':
      'les activités légitimes d’une fondation, d’une association ou d’un autre organisme à but non lucratif',
    'made-public': 'des données que vous avez vous-même rendues publiques',
  },
  collectionMean: {
    ...LABELS_FR.collectionMean,
    email: 'e-mails',
    chat: 'messagerie instantanée',
    cookies: 'cookies de notre site web',
    'third-party': 'par l’intermédiaire d’autres organismes',
  },
  marketingChannel: { ...LABELS_FR.marketingChannel, email: 'e-mail', sms: 'SMS' },
  recipientRole: {
    processor: 'Sous-traitant (agit pour notre compte et sur nos instructions)',
    controller: 'Responsable de traitement distinct (décide lui-même de l’usage des données qu’il reçoit)',
    'joint-controller': 'Responsable conjoint du traitement (décide avec nous de l’usage)',
    'public-authority': 'Organisme public ou autorité',
    affiliate: 'Société de notre groupe',
  },
  safeguard: {
    ...LABELS_FR.safeguard,
    'adequacy-decision': 'Pays reconnu par la Commission européenne comme offrant un niveau de protection adéquat',
    'written-agreement': 'Contrat écrit qui protège vos données',
    derogation: 'Dérogation prévue par le RGPD pour une situation particulière',
  },
  outside: {
    quebec: 'hors du Québec',
    canada: 'hors du Canada',
    eu: 'hors de l’Union européenne',
  },
  trigger: {
    ...LABELS_FR.trigger,
    'case-closed': 'la clôture du dossier',
    'end-of-employment': 'la fin du contrat de travail',
    'account-closed': 'la clôture de votre compte',
  },
  action: {
    ...LABELS_FR.action,
    destroy: 'Destruction sécurisée',
    review: 'Réexamen (nous vérifions si nous devons les conserver plus longtemps)',
  },
  right: {
    access: {
      name: 'Droit d’accès',
      explanation: 'savoir si nous détenons des données vous concernant et en obtenir une copie',
    },
    rectification: {
      name: 'Droit de rectification',
      explanation: 'faire corriger des données inexactes et compléter des données incomplètes',
    },
    erasure: {
      name: 'Droit à l’effacement',
      explanation: 'faire effacer vos données, notamment lorsque nous n’avons plus de raison de les conserver',
    },
    portability: {
      name: 'Droit à la portabilité',
      explanation:
        'recevoir les données que vous nous avez fournies dans un format structuré, couramment utilisé et lisible par machine, ou les faire transmettre à un autre organisme',
    },
    'withdraw-consent': {
      name: 'Retrait du consentement',
      explanation: 'retirer à tout moment votre consentement à une utilisation de vos données',
    },
    restriction: {
      name: 'Droit à la limitation du traitement',
      explanation:
        'demander que nous suspendions l’utilisation de vos données, par exemple le temps d’une vérification',
    },
    objection: {
      name: 'Droit d’opposition',
      explanation: 'vous opposer à une utilisation de vos données, en particulier à la prospection commerciale',
    },
    'de-indexing': {
      name: 'Droit au déréférencement',
      explanation:
        'demander que nous cessions de diffuser vos données ou que nous déréférencions un lien associé à votre nom, lorsque leur diffusion vous cause un préjudice',
    },
    'automated-decision-review': {
      name: 'Intervention humaine',
      explanation:
        'obtenir qu’un membre de notre personnel réexamine une décision prise uniquement par un traitement automatisé, et lui présenter vos observations',
    },
    // LIL arts. 84-85.
    'post-mortem-directives': {
      name: 'Directives post-mortem',
      explanation:
        'définir des directives relatives à la conservation, à l’effacement et à la communication de vos données après votre décès',
    },
  },
  channel: { ...LABELS_FR.channel, email: 'Par e-mail' },
  authorityRole: {
    ...LABELS_FR.authorityRole,
    'complaint-body': 'organisme de traitement des réclamations',
    ombudsman: 'médiateur',
  },
};
