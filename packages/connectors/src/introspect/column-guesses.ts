import type { Localized } from '@vigie/core';

/** What a column's name (or type) suggests: a built-in data category, maybe an identity kind, and why. */
export interface ColumnGuess {
  readonly category: string;
  /** Only identities a person can be found by; a table is a person table when it has a strong one. */
  readonly identity?: 'email' | 'phone' | 'health-insurance-number' | 'member-number' | 'student-number';
  readonly because: Localized;
}

interface Rule {
  /** Matched against the column's name in lower case, words joined by `_` (camelCase split). */
  readonly name: RegExp;
  readonly category: string;
  readonly identity?: ColumnGuess['identity'];
  readonly reads: Localized;
}

// A word boundary inside snake_case names: start, end or underscore.
const w = (alternatives: string) => new RegExp(`(^|_)(${alternatives})(_|$)`);

/**
 * Ordered: the first rule that matches wins, so the more specific names come first (an "email_opt_in" is
 * an email column before it is anything else; "health_card" is a health insurance number, not health).
 * Names in French and English, as Quebec and French organisations write them.
 */
const RULES: readonly Rule[] = [
  {
    name: w('e?_?mail|courriel|email_address|adresse_courriel'),
    category: 'email',
    identity: 'email',
    reads: { en: 'an email address', fr: 'une adresse courriel' },
  },
  {
    name: w(
      'health_card|health_insurance(_number)?|hin|ramq|nam|carte_soleil|assurance_maladie|no_assurance_maladie|nir|secu|securite_sociale',
    ),
    category: 'health-insurance-number',
    identity: 'health-insurance-number',
    reads: { en: 'a health insurance number', fr: 'un numéro d’assurance maladie' },
  },
  {
    name: w('nas|sin|ssn|social_insurance(_number)?|assurance_sociale'),
    category: 'social-insurance-number',
    reads: { en: 'a social insurance number', fr: 'un numéro d’assurance sociale' },
  },
  {
    name: w(
      'member_(number|no|num|id_number)|membership_number|numero_membre|no_membre|num_membre|numero_adherent|adherent',
    ),
    category: 'identity',
    identity: 'member-number',
    reads: { en: 'a member number', fr: 'un numéro de membre' },
  },
  {
    name: w('code_permanent|permanent_code'),
    category: 'permanent-code',
    identity: 'student-number',
    reads: { en: 'a permanent code (student)', fr: 'un code permanent (élève)' },
  },
  {
    name: w('student_(number|no|id)|matricule|numero_etudiant|no_etudiant'),
    category: 'student-number',
    identity: 'student-number',
    reads: { en: 'a student number', fr: 'un numéro d’étudiant' },
  },
  {
    name: w('phone|telephone|tel|mobile|cell|cellulaire|portable|fax|phone_number'),
    category: 'phone',
    identity: 'phone',
    reads: { en: 'a telephone number', fr: 'un numéro de téléphone' },
  },
  {
    name: w('birth_?date|date_of_birth|dob|date_naissance|naissance|birthday|ddn'),
    category: 'date-of-birth',
    reads: { en: 'a date of birth', fr: 'une date de naissance' },
  },
  {
    name: w('first_?name|last_?name|given_name|family_name|surname|full_name|prenom|nom|nom_famille|name'),
    category: 'name',
    reads: { en: 'a name', fr: 'un nom' },
  },
  {
    name: w(
      'address\\d?|adresse\\d?|street|rue|postal_code|code_postal|zip|zip_code|postcode|city|ville|district|province',
    ),
    category: 'postal-address',
    reads: { en: 'a postal address', fr: 'une adresse postale' },
  },
  {
    name: w('gender|sex|sexe|genre'),
    category: 'gender',
    reads: { en: 'a sex or gender', fr: 'un sexe ou un genre' },
  },
  {
    name: w('photo|picture|avatar|portrait'),
    category: 'photo',
    reads: { en: 'a photograph', fr: 'une photographie' },
  },
  {
    name: w('diagnosis|diagnostic|condition|symptoms?|treatment|traitement|medical|medicale?|allerg(y|ie)s?'),
    category: 'health',
    reads: { en: 'health information', fr: 'un renseignement de santé' },
  },
  {
    name: w('prescription|ordonnance|medication|medicament|drug'),
    category: 'prescriptions',
    reads: { en: 'a prescription', fr: 'une ordonnance' },
  },
  {
    name: w('iban|bic|bank|bank_account|account_number|banque|compte|compte_bancaire|transit|routing'),
    category: 'banking',
    reads: { en: 'banking information', fr: 'un renseignement bancaire' },
  },
  {
    name: w('card_number|credit_card|pan|carte_credit|no_carte'),
    category: 'payment-card',
    reads: { en: 'a payment card', fr: 'une carte de paiement' },
  },
  {
    name: w('amount|amount_cents|montant|price|prix|paid|paid_on|payment_date|total|balance|solde'),
    category: 'transactions',
    reads: { en: 'a transaction', fr: 'une transaction' },
  },
  {
    name: w('ip|ip_address|adresse_ip'),
    category: 'ip-address',
    reads: { en: 'an IP address', fr: 'une adresse IP' },
  },
  {
    name: w('username|user_name|login|password|mot_de_passe|pwd|password_hash'),
    category: 'online-identifier',
    reads: { en: 'an account identifier or password', fr: 'un identifiant de compte ou un mot de passe' },
  },
  {
    name: w('latitude|longitude|lat|lng|location|geolocation|localisation'),
    category: 'location',
    reads: { en: 'a location', fr: 'une localisation' },
  },
  {
    name: w('salary|salaire|employer|employeur|job_title|poste|occupation'),
    category: 'employment',
    reads: { en: 'employment information', fr: 'un renseignement d’emploi' },
  },
  {
    name: w('subject|sujet|body|message|note|notes|comment|commentaire|corps'),
    category: 'communications',
    reads: { en: 'a communication', fr: 'une communication' },
  },
];

/** "birthDate" → "birth_date", "E-Mail" → "e_mail". */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
}

/** The guess for one column from its name, then from its type, or undefined when neither says anything. */
export function guessColumn(name: string, type: string): ColumnGuess | undefined {
  const normalised = words(name);
  for (const rule of RULES) {
    if (!rule.name.test(normalised)) continue;
    return {
      category: rule.category,
      ...(rule.identity === undefined ? {} : { identity: rule.identity }),
      because: {
        en: `the name "${name}" reads as ${rule.reads.en}`,
        fr: `le nom « ${name} » évoque ${rule.reads.fr}`,
      },
    };
  }
  if (/^(inet|cidr)/.test(type)) {
    return {
      category: 'ip-address',
      because: { en: `the type ${type} holds IP addresses`, fr: `le type ${type} contient des adresses IP` },
    };
  }
  return undefined;
}

/** Identities strong enough to make a table a person table (a phone number is often a business's or shared). */
export const PERSON_IDENTITIES: ReadonlySet<string> = new Set([
  'email',
  'health-insurance-number',
  'member-number',
  'student-number',
]);
