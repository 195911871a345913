import type { Jurisdiction } from '../declaration/schema/organisation.js';

/**
 * Which French the organisation's readers read, in its notice and in its records of processing. Canada's (Quebec's) says « renseignements personnels », « témoins »,
 * « courriel », as P-39.1 and PIPEDA do; France's says « données personnelles », « cookies »,
 * « finalités », as the GDPR and the Loi Informatique et Libertés do.
 */
export type FrenchVariant = 'fr-CA' | 'fr-FR';

/**
 * The French of the organisation's readers, from the law it declares. An organisation under Quebec
 * law keeps Quebec French even when the GDPR applies too: its readers are in Quebec. One under
 * French or EU law only writes for readers in France.
 */
export function frenchVariantOf(jurisdictions: readonly Jurisdiction[]): FrenchVariant {
  if (jurisdictions.includes('QC')) return 'fr-CA';
  return jurisdictions.includes('FR') || jurisdictions.includes('EU') ? 'fr-FR' : 'fr-CA';
}
