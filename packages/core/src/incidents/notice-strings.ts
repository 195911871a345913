import type { Lang } from '../i18n/localized.js';
import type { IncidentType } from './incident.js';
import type { NoticeItem, NoticeKind } from './notice-items.js';

interface NoticeWords {
  readonly subject: (reference: string) => string;
  readonly intro: (organisation: string) => string;
}

/** The title and opening sentence of each notice. */
export const NOTICE_WORDS: Record<Lang, Record<NoticeKind, NoticeWords>> = {
  fr: {
    cai: {
      subject: (r) => `Avis à la Commission d’accès à l’information d’un incident de confidentialité (${r})`,
      intro: (o) =>
        `${o} avise la Commission d’accès à l’information d’un incident de confidentialité présentant un risque de préjudice sérieux.`,
    },
    cnil: {
      subject: (r) => `Notification à la CNIL d’une violation de données à caractère personnel (${r})`,
      intro: (o) =>
        `${o} notifie à la Commission nationale de l’informatique et des libertés une violation de données à caractère personnel.`,
    },
    opc: {
      subject: (r) =>
        `Déclaration au Commissariat à la protection de la vie privée du Canada d’une atteinte aux mesures de sécurité (${r})`,
      intro: (o) =>
        `${o} déclare au Commissariat à la protection de la vie privée du Canada une atteinte aux mesures de sécurité présentant un risque réel de préjudice grave.`,
    },
    persons: {
      subject: (r) => `Avis d’un incident touchant vos renseignements personnels (${r})`,
      intro: (o) =>
        `${o} vous informe d’un incident de confidentialité qui touche des renseignements personnels vous concernant.`,
    },
    public: {
      subject: (r) => `Avis public d’un incident de confidentialité (${r})`,
      intro: (o) => `${o} informe le public d’un incident de confidentialité touchant des renseignements personnels.`,
    },
  },
  en: {
    cai: {
      subject: (r) => `Notice to the Commission d’accès à l’information of a confidentiality incident (${r})`,
      intro: (o) =>
        `${o} notifies the Commission d’accès à l’information of a confidentiality incident that presents a risk of serious injury.`,
    },
    cnil: {
      subject: (r) => `Notification to the CNIL of a personal data breach (${r})`,
      intro: (o) =>
        `${o} notifies the Commission nationale de l’informatique et des libertés of a personal data breach.`,
    },
    opc: {
      subject: (r) =>
        `Report to the Office of the Privacy Commissioner of Canada of a breach of security safeguards (${r})`,
      intro: (o) =>
        `${o} reports to the Office of the Privacy Commissioner of Canada a breach of security safeguards that creates a real risk of significant harm.`,
    },
    persons: {
      subject: (r) => `Notice of an incident affecting your personal information (${r})`,
      intro: (o) => `${o} is informing you of a confidentiality incident that affects personal information about you.`,
    },
    public: {
      subject: (r) => `Public notice of a confidentiality incident (${r})`,
      intro: (o) => `${o} is informing the public of a confidentiality incident affecting personal information.`,
    },
  },
};

/** The heading of each item in a notice. */
export const ITEM_LABELS: Record<Lang, Record<NoticeItem, string>> = {
  fr: {
    organisation: 'Organisation',
    businessNumber: 'Numéro d’entreprise du Québec',
    contact: 'Personne à joindre',
    piDescription: 'Renseignements personnels visés',
    circumstances: 'Circonstances de l’incident',
    occurred: 'Date ou période de l’incident',
    aware: 'Date ou période de la prise de connaissance',
    personsAffected: 'Nombre de personnes concernées',
    quebecResidents: 'Nombre de personnes concernées qui résident au Québec',
    subjectCategories: 'Catégories de personnes concernées',
    recordCategories: 'Catégories d’enregistrements concernés',
    recordsAffected: 'Nombre d’enregistrements concernés',
    consequences: 'Conséquences probables',
    seriousReasons: 'Motifs du risque de préjudice sérieux',
    personsNotification: 'Avis aux personnes concernées : mesures et moment',
    measures: 'Mesures prises ou envisagées',
    personMeasures: 'Mesures que vous pouvez prendre',
    otherAuthorities: 'Autres autorités avisées',
    lateReasons: 'Motifs du retard de la notification',
    complaintRight: 'Droit de porter plainte',
  },
  en: {
    organisation: 'Organisation',
    businessNumber: 'Quebec enterprise number',
    contact: 'Contact person',
    piDescription: 'Personal information concerned',
    circumstances: 'Circumstances of the incident',
    occurred: 'Date or period of the incident',
    aware: 'Date or period of awareness',
    personsAffected: 'Number of persons concerned',
    quebecResidents: 'Number of persons concerned who reside in Quebec',
    subjectCategories: 'Categories of persons concerned',
    recordCategories: 'Categories of records concerned',
    recordsAffected: 'Number of records concerned',
    consequences: 'Likely consequences',
    seriousReasons: 'Why the risk of injury is serious',
    personsNotification: 'Notice to the persons concerned: measures and timing',
    measures: 'Measures taken or planned',
    personMeasures: 'Steps you can take',
    otherAuthorities: 'Other authorities notified',
    lateReasons: 'Reasons for the delay',
    complaintRight: 'Right to complain',
  },
};

/** Fixed wording the notices use around the incident's values. */
export const NOTICE_PHRASES = {
  fr: {
    about: 'environ',
    from: 'du',
    to: 'au',
    estimated: '(estimation)',
    unknownBecause: 'Inconnus : ',
    nature: 'Nature : ',
    types: {
      access: 'accès',
      use: 'utilisation',
      communication: 'communication',
      loss: 'perte',
      other: 'autre atteinte',
    },
    complaintRight:
      'Vous pouvez porter plainte auprès de l’organisation et auprès du Commissariat à la protection de la vie privée du Canada.',
  },
  en: {
    about: 'about',
    from: 'from',
    to: 'to',
    estimated: '(estimate)',
    unknownBecause: 'Not known: ',
    nature: 'Nature: ',
    types: { access: 'access', use: 'use', communication: 'communication', loss: 'loss', other: 'other breach' },
    complaintRight: 'You may complain to the organisation and to the Office of the Privacy Commissioner of Canada.',
  },
} as const satisfies Record<Lang, Record<string, string | Record<IncidentType, string>>>;
