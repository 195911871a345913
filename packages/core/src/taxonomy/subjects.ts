import type { Localized } from '../i18n/localized.js';

interface BuiltinSubjectCategory {
  readonly id: string;
  readonly label: Localized;
  readonly includesMinors?: boolean;
  readonly dpv: string;
}

const s = (id: string, fr: string, en: string, dpv: string, includesMinors?: boolean): BuiltinSubjectCategory =>
  includesMinors ? { id, label: { fr, en }, dpv, includesMinors } : { id, label: { fr, en }, dpv };

/** The people the seed notices speak of. Organisations add their own in `subjectCategories`. */
export const BUILTIN_SUBJECT_CATEGORIES: readonly BuiltinSubjectCategory[] = [
  s('patients', 'Patients', 'Patients', 'dpv:Patient', true),
  s('students', 'Personnes étudiantes', 'Students', 'dpv:Student'),
  s('members', 'Membres et personnes assurées', 'Members and insured persons', 'dpv:Member'),
  s('dependants', 'Personnes à charge', 'Dependants', 'dpv:DataSubject', true),
  s('beneficiaries', 'Bénéficiaires', 'Beneficiaries', 'dpv:DataSubject', true),
  s('employees', 'Personnel', 'Employees', 'dpv:Employee'),
  s('former-employees', 'Anciens employés', 'Former employees', 'dpv:Employee'),
  s('candidates', 'Candidates et candidats', 'Job applicants', 'dpv:JobApplicant'),
  s('health-professionals', 'Professionnels de santé', 'Health professionals', 'dpv:DataSubject'),
  s('website-visitors', 'Visiteurs du site web', 'Website visitors', 'dpv:Visitor'),
  s('subscribers', 'Abonnés aux infolettres', 'Newsletter subscribers', 'dpv:Subscriber'),
  s('customers', 'Clientèle', 'Customers', 'dpv:Customer'),
  s('prospects', 'Prospects', 'Prospects', 'dpv:DataSubject'),
  s('complainants', 'Personnes plaignantes', 'Complainants', 'dpv:DataSubject'),
  s('minors', 'Personnes mineures', 'Minors', 'dpv:Child', true),
];

/** Where information comes from when it is not the person. */
export const BUILTIN_SOURCES: readonly { readonly id: string; readonly label: Localized }[] = [
  { id: 'data-subject', label: { fr: 'Vous-même', en: 'You' } },
  { id: 'representative', label: { fr: 'Votre représentant', en: 'Your representative' } },
  { id: 'insurers', label: { fr: 'Les assureurs', en: 'Insurers' } },
  { id: 'brokers', label: { fr: "Les courtiers d'assurance", en: 'Insurance brokers' } },
  { id: 'schools', label: { fr: "Les établissements d'enseignement", en: 'Educational institutions' } },
  { id: 'student-associations', label: { fr: 'Les associations étudiantes', en: 'Student associations' } },
  { id: 'health-professionals', label: { fr: 'Les professionnels de la santé', en: 'Health professionals' } },
  { id: 'employer', label: { fr: "L'employeur", en: 'The employer' } },
  { id: 'website', label: { fr: 'Notre site web (témoins)', en: 'Our website (cookies)' } },
];
