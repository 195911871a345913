import { LABELS_EN_EU } from './labels.en-eu.js';
import { STRINGS_EN } from './strings.en.js';
import type { NoticeStrings } from './types.js';

/**
 * The notice in English for an organisation under the GDPR alone (its readers are the ones of
 * France's French): the English set with the GDPR's labels and its processor contract. Sentences whose
 * rule differs between the laws are chosen by the stated law, not here.
 */
export const STRINGS_EN_EU: NoticeStrings = {
  ...STRINGS_EN,
  labels: LABELS_EN_EU,
  recipients: {
    ...STRINGS_EN.recipients,
    // GDPR Art. 28(3)(a): a processor acts only on the controller's documented instructions.
    contracts:
      'Our processors act only on our behalf and on our instructions, under a written contract that requires them to protect your information.',
  },
};
