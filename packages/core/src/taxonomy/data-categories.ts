import type { Localized } from '../i18n/localized.js';

/** A personal-data category of the built-in taxonomy, aligned with W3C DPV (pd: https://w3id.org/dpv/pd#). */
interface BuiltinDataCategory {
  readonly id: string;
  readonly label: Localized;
  readonly parent?: string;
  /** Sensitive by nature (P-39.1 s.12 al. 4; GDPR Art. 9 special category). Children inherit it. */
  readonly sensitive?: boolean;
  /** GDPR Art. 9 special category (stricter than "sensitive" alone, which is the Quebec notion). */
  readonly specialCategory?: boolean;
  readonly dpv: string;
}

const c = (
  id: string,
  fr: string,
  en: string,
  dpv: string,
  extra: Partial<Pick<BuiltinDataCategory, 'parent' | 'sensitive' | 'specialCategory'>> = {},
): BuiltinDataCategory => ({ id, label: { fr, en }, dpv, ...extra });

/**
 * The categories the seed notices name (identity, contact, health insurance number, health, banking,
 * location, online identifiers, employment, minors' data…). Organisations add their own in `dataCategories`.
 */
export const BUILTIN_DATA_CATEGORIES: readonly BuiltinDataCategory[] = [
  c('identity', 'Identité', 'Identity', 'pd:Identifying'),
  c('name', 'Nom et prénom', 'Name', 'pd:Name', { parent: 'identity' }),
  c('date-of-birth', 'Date de naissance', 'Date of birth', 'pd:BirthDate', { parent: 'identity' }),
  c('gender', 'Sexe ou genre', 'Sex or gender', 'pd:Gender', { parent: 'identity' }),
  c('photo', 'Photographies', 'Photographs', 'pd:Picture', { parent: 'identity' }),
  c('contact', 'Coordonnées', 'Contact details', 'pd:Contact'),
  c('email', 'Adresse courriel', 'Email address', 'pd:EmailAddress', { parent: 'contact' }),
  c('phone', 'Numéro de téléphone', 'Telephone number', 'pd:TelephoneNumber', { parent: 'contact' }),
  c('postal-address', 'Adresse postale', 'Postal address', 'pd:PhysicalAddress', { parent: 'contact' }),
  c('government-identifier', 'Identifiants gouvernementaux', 'Government identifiers', 'pd:OfficialID'),
  c('health-insurance-number', "Numéro d'assurance maladie", 'Health insurance number', 'pd:OfficialID', {
    parent: 'government-identifier',
  }),
  c('social-insurance-number', "Numéro d'assurance sociale", 'Social insurance number', 'pd:OfficialID', {
    parent: 'government-identifier',
    sensitive: true,
  }),
  c('permanent-code', 'Code permanent', 'Permanent code (Quebec student identifier)', 'pd:OfficialID', {
    parent: 'government-identifier',
  }),
  c(
    'member-identifier',
    'Numéro de membre, de certificat ou de dossier',
    'Member, certificate or file number',
    'pd:Identifier',
  ),
  c('student-number', 'Matricule étudiant', 'Student number', 'pd:Identifier', { parent: 'member-identifier' }),
  c('health', 'Renseignements de santé', 'Health information', 'pd:Health', {
    sensitive: true,
    specialCategory: true,
  }),
  c('medical-record', 'Dossier médical', 'Medical record', 'pd:HealthRecord', { parent: 'health' }),
  c('health-history', 'Antécédents de santé', 'Health history', 'pd:HealthHistory', { parent: 'health' }),
  c('health-claims', 'Réclamations santé et dentaires', 'Health and dental claims', 'pd:HealthRecord', {
    parent: 'health',
  }),
  c('prescriptions', 'Ordonnances', 'Prescriptions', 'pd:Prescription', { parent: 'health' }),
  c('financial', 'Renseignements financiers', 'Financial information', 'pd:Financial', { sensitive: true }),
  c('banking', 'Coordonnées bancaires', 'Banking details', 'pd:BankAccount', { parent: 'financial' }),
  c('payment-card', 'Carte de paiement', 'Payment card', 'pd:CreditCardNumber', { parent: 'financial' }),
  c('transactions', 'Transactions et paiements', 'Transactions and payments', 'pd:Transactional', {
    parent: 'financial',
  }),
  c('insurance-policy', "Polices d'assurance", 'Insurance policies', 'pd:Insurance', { parent: 'financial' }),
  c('location', 'Localisation', 'Location', 'pd:Location'),
  c('travel', 'Voyages (dates, départ, destination)', 'Travel (dates, departure, destination)', 'pd:TravelHistory', {
    parent: 'location',
  }),
  c('online-identifier', 'Identifiants en ligne', 'Online identifiers', 'pd:DeviceBased'),
  c('ip-address', 'Adresse IP', 'IP address', 'pd:IPAddress', { parent: 'online-identifier' }),
  c('browsing', 'Navigation sur le site', 'Browsing activity', 'pd:BrowsingBehavior', {
    parent: 'online-identifier',
  }),
  c('employment', 'Emploi', 'Employment', 'pd:Professional'),
  c('employment-history', 'Curriculum vitae et parcours', 'CV and employment history', 'pd:EmploymentHistory', {
    parent: 'employment',
  }),
  c('hr-record', 'Dossier de l’employé', 'Employee file', 'pd:Professional', { parent: 'employment' }),
  c(
    'professional-credentials',
    "Titre professionnel et numéro de permis d'exercice",
    'Professional title and licence number',
    'pd:Professional',
    { parent: 'employment' },
  ),
  c('communications', 'Communications avec nous', 'Communications with us', 'pd:Communication'),
  c('call-recording', 'Enregistrements téléphoniques', 'Call recordings', 'pd:VoiceCommunicationRecording', {
    parent: 'communications',
  }),
  c('minors', 'Renseignements sur des mineurs', "Minors' information", 'dpv:PersonalData', { sensitive: true }),
  c('fraud', 'Indices et dossiers de fraude', 'Fraud indicators and files', 'pd:Criminal', { sensitive: true }),
  c('biometric', 'Données biométriques', 'Biometric data', 'pd:Biometric', { sensitive: true, specialCategory: true }),
  c('genetic', 'Données génétiques', 'Genetic data', 'pd:Genetic', { sensitive: true, specialCategory: true }),
];
