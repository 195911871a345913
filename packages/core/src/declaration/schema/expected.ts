import type { Localized } from '../../i18n/localized.js';

/**
 * What a field expects, in both languages. The schema hands zod the English text; the loader
 * finds the French one from it (zod-issues.ts), so every input error can be shown in either.
 */
export const EXPECTED = {
  id: {
    en: 'an identifier of lower-case letters, digits and dashes (e.g. "medical-care")',
    fr: 'un identifiant fait de lettres minuscules, de chiffres et de tirets (p. ex. « medical-care »)',
  },
  duration: {
    en: 'an ISO 8601 duration such as P10Y, P36M or P30D',
    fr: 'une durée ISO 8601 comme P10Y, P36M ou P30D',
  },
  date: { en: 'a date written YYYY-MM-DD', fr: 'une date écrite AAAA-MM-JJ' },
  email: { en: 'an email address', fr: 'une adresse courriel' },
  url: { en: 'a URL starting with https://', fr: 'une adresse web commençant par https://' },
  country: {
    en: 'an ISO 3166-1 country code such as CA or FR',
    fr: 'un code de pays ISO 3166-1 comme CA ou FR',
  },
  region: { en: 'a province or region code such as QC or ON', fr: 'un code de province ou de région comme QC ou ON' },
  dpvTerm: {
    en: 'a DPV term such as pd:HealthRecord or dpv:Patient',
    fr: 'un terme DPV comme pd:HealthRecord ou dpv:Patient',
  },
  format: { en: 'the declaration format version, 1', fr: 'la version du format de déclaration, 1' },
  sqlColumn: {
    en: 'a column name of letters, digits and underscores (e.g. "first_name")',
    fr: 'un nom de colonne fait de lettres, de chiffres et de soulignés (p. ex. « first_name »)',
  },
  sqlTable: {
    en: 'a table name, optionally with its schema (e.g. "members" or "public.members")',
    fr: 'un nom de table, éventuellement précédé de son schéma (p. ex. « members » ou « public.members »)',
  },
  identityKind: {
    en: 'an identity kind: email, phone, health-insurance-number, member-number, student-number or custom:<name>',
    fr: "un type d'identité : email, phone, health-insurance-number, member-number, student-number ou custom:<nom>",
  },
  datasetTables: {
    en: 'at least one annotated table (a postgres, mysql or sqlite dataset is read by its tables)',
    fr: 'au moins une table annotée (un jeu de données postgres, mysql ou sqlite se lit par ses tables)',
  },
  externalNoTables: {
    en: 'no tables: Vigie does not read a webhook or manual system, it asks it',
    fr: 'aucune table : Vigie ne lit pas un système webhook ou manuel, il le lui demande',
  },
  manualInstructions: {
    en: 'instructions in fr and en: where the records are and who handles them',
    fr: 'des instructions en fr et en : où sont les dossiers et qui s’en occupe',
  },
  instructionsManualOnly: {
    en: 'instructions only on a manual dataset',
    fr: 'des instructions seulement pour un jeu de données manuel',
  },
} as const satisfies Record<string, Localized>;
