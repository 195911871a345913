import type { NoticeLabels } from './types.js';

/** Enum labels in French, in Quebec terminology (« renseignements personnels », « témoins », « courriel »). */
export const LABELS_FR: NoticeLabels = {
  consent: {
    implicit: 'implicite\u00a0: il découle de votre démarche, par exemple quand vous remplissez un formulaire',
    express: 'exprès\u00a0: nous vous le demandons clairement, et vous devez l’accepter',
    'not-required': 'non requis',
  },
  consentException: {
    'consistent-purpose':
      'l’utilisation est compatible avec la fin pour laquelle les renseignements ont été recueillis',
    'clear-benefit': 'l’utilisation est manifestement à votre avantage',
    'fraud-prevention': 'l’utilisation sert à prévenir ou à détecter la fraude',
    'requested-service': 'l’utilisation est nécessaire pour vous fournir un service que vous avez demandé',
    'deidentified-research':
      'il s’agit d’études, de recherches ou de statistiques faites avec des renseignements dépersonnalisés',
    'legal-obligation': 'la loi nous y oblige',
    emergency: 'il s’agit d’une urgence qui met en danger la vie, la santé ou la sécurité d’une personne',
    'legal-claims': 'il s’agit d’établir, d’exercer ou de défendre un droit en justice',
  },
  gdprBasis: {
    consent: 'votre consentement',
    contract: 'l’exécution d’un contrat avec vous, ou des démarches que vous avez demandées avant de le conclure',
    'legal-obligation': 'le respect d’une obligation légale',
    'vital-interests': 'la protection de vos intérêts vitaux ou de ceux d’une autre personne',
    'public-task': 'l’exécution d’une mission d’intérêt public',
    'legitimate-interests': 'notre intérêt légitime',
  },
  gdprSpecialCondition: {
    'explicit-consent': 'votre consentement explicite',
    'employment-social-security':
      'nos obligations en droit du travail, de la sécurité sociale et de la protection sociale',
    'vital-interests': 'la protection de vos intérêts vitaux, lorsque vous ne pouvez pas donner votre consentement',
    'non-profit-body':
      'les activités légitimes d’une fondation, d’une association ou d’un autre organisme sans but lucratif',
    'made-public': 'des renseignements que vous avez vous-même rendus publics',
    'legal-claims': 'la constatation, l’exercice ou la défense d’un droit en justice',
    'substantial-public-interest': 'un motif d’intérêt public important prévu par la loi',
    'health-care':
      'la médecine préventive, les diagnostics, les soins ou la gestion des services de santé, par des professionnels tenus au secret',
    'public-health': 'un motif d’intérêt public dans le domaine de la santé publique',
    'research-statistics': 'la recherche scientifique ou historique, ou les statistiques',
  },
  collectionMean: {
    'web-form': 'formulaires en ligne',
    email: 'courriels',
    phone: 'appels téléphoniques',
    'in-person': 'rencontres en personne',
    mail: 'courrier postal',
    chat: 'clavardage',
    'mobile-app': 'application mobile',
    cookies: 'témoins (cookies) de notre site web',
    'third-party': 'par l’entremise d’autres organisations',
    'call-recording': 'enregistrement des appels',
  },
  marketingChannel: {
    email: 'courriel',
    sms: 'texto',
    phone: 'téléphone',
    post: 'courrier',
    'online-ads': 'publicité en ligne',
  },
  cookieCategory: {
    essential: 'Nécessaire au fonctionnement du site',
    functional: 'Fonctionnalités',
    analytics: 'Mesure d’audience',
    marketing: 'Publicité et marketing',
    personalization: 'Personnalisation',
    security: 'Sécurité',
  },
  recipientRole: {
    processor: 'Prestataire de services (agit pour notre compte)',
    controller: 'Organisation indépendante (responsable de son propre usage)',
    'joint-controller': 'Responsable conjoint (décide avec nous de l’usage)',
    'public-authority': 'Organisme public ou autorité',
    affiliate: 'Société de notre groupe',
  },
  safeguard: {
    'none-needed': 'Aucune mesure particulière n’est requise',
    'adequacy-decision': 'Pays reconnu comme offrant une protection adéquate',
    'standard-contractual-clauses': 'Clauses contractuelles types de la Commission européenne',
    'binding-corporate-rules': 'Règles d’entreprise contraignantes',
    'written-agreement': 'Entente écrite qui protège vos renseignements',
    derogation: 'Exception prévue par la loi pour une situation particulière',
  },
  assessmentStatus: {
    planned: 'Prévue',
    'in-progress': 'En cours',
    completed: 'Oui',
    approved: 'Oui',
  },
  border: {
    quebec: 'Québec',
    canada: 'Canada',
    eu: 'Union européenne',
  },
  outside: {
    quebec: 'à l’extérieur du Québec',
    canada: 'à l’extérieur du Canada',
    eu: 'à l’extérieur de l’Union européenne',
  },
  trigger: {
    collection: 'la collecte',
    'last-entry': 'la dernière inscription au dossier',
    'last-contact': 'notre dernier contact avec vous',
    'end-of-contract': 'la fin du contrat',
    'case-closed': 'la fermeture du dossier',
    'end-of-employment': 'la fin de l’emploi',
    'consent-withdrawn': 'le retrait de votre consentement',
    'account-closed': 'la fermeture de votre compte',
    listing: 'l’inscription sur la liste',
  },
  action: {
    destroy: 'Destruction sécuritaire',
    anonymize: 'Anonymisation (plus personne ne peut vous identifier)',
    review: 'Réexamen (nous vérifions si nous devons les garder plus longtemps)',
  },
  right: {
    access: {
      name: 'Accès',
      explanation: 'savoir si nous détenons des renseignements sur vous et en obtenir une copie',
    },
    rectification: {
      name: 'Rectification',
      explanation: 'faire corriger des renseignements inexacts, incomplets ou équivoques',
    },
    erasure: {
      name: 'Suppression',
      explanation: 'faire supprimer des renseignements que nous n’avons plus de raison de garder',
    },
    portability: {
      name: 'Portabilité',
      explanation:
        'recevoir les renseignements que vous nous avez fournis dans un format technologique structuré et couramment utilisé, ou les faire transmettre à une autre organisation',
    },
    'withdraw-consent': {
      name: 'Retrait du consentement',
      explanation: 'retirer en tout temps votre consentement à une utilisation de vos renseignements',
    },
    restriction: {
      name: 'Limitation',
      explanation:
        'demander que nous suspendions l’utilisation de vos renseignements, par exemple le temps d’une vérification',
    },
    objection: {
      name: 'Opposition',
      explanation: 'vous opposer à une utilisation de vos renseignements, en particulier à la prospection commerciale',
    },
    'de-indexing': {
      name: 'Désindexation',
      explanation:
        'demander que nous cessions de diffuser vos renseignements ou que nous désindexions un lien associé à votre nom, lorsque leur diffusion vous cause un préjudice',
    },
    'automated-decision-review': {
      name: 'Révision d’une décision automatisée',
      explanation:
        'présenter vos observations à un membre de notre personnel qui peut réviser une décision prise uniquement par un traitement automatisé',
    },
    'post-mortem-directives': {
      name: 'Directives pour après votre décès',
      explanation:
        'indiquer ce que nous devrons faire de vos renseignements après votre décès (conserver, effacer, communiquer)',
    },
  },
  channel: {
    online: 'En ligne',
    email: 'Par courriel',
    post: 'Par la poste',
    phone: 'Par téléphone',
    'in-person': 'En personne',
  },
  authorityRole: {
    regulator: 'autorité de contrôle',
    'complaint-body': 'organisme de traitement des plaintes',
    ombudsman: 'protecteur ou médiateur',
  },
  basisRegime: {
    quebec: { alone: 'Votre consentement', among: 'Votre consentement (loi du Québec)' },
    pipeda: { alone: 'Votre consentement', among: 'Votre consentement (loi fédérale canadienne)' },
    gdpr: { alone: 'Base légale', among: 'Base légale (RGPD)' },
  },
  basisCanada: 'Votre consentement (lois du Québec et du Canada)',
  provinces: {
    AB: 'Alberta',
    BC: 'Colombie-Britannique',
    MB: 'Manitoba',
    NB: 'Nouveau-Brunswick',
    NL: 'Terre-Neuve-et-Labrador',
    NS: 'Nouvelle-Écosse',
    NT: 'Territoires du Nord-Ouest',
    NU: 'Nunavut',
    ON: 'Ontario',
    PE: 'Île-du-Prince-Édouard',
    QC: 'Québec',
    SK: 'Saskatchewan',
    YT: 'Yukon',
  },
};
