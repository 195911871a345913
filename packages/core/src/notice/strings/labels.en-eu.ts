import { LABELS_EN } from './labels.en.js';
import type { NoticeLabels } from './types.js';

/**
 * Enum labels in English for an organisation under the GDPR alone: the English labels, except the
 * rights whose Quebec wording says less or other than the Regulation, and the processor, who acts on
 * the controller's instructions.
 */
export const LABELS_EN_EU: NoticeLabels = {
  ...LABELS_EN,
  recipientRole: {
    ...LABELS_EN.recipientRole,
    // GDPR Art. 28(3)(a).
    processor: 'Processor (acts on our behalf and on our instructions)',
  },
  right: {
    ...LABELS_EN.right,
    // GDPR Art. 16: inaccurate data corrected, incomplete data completed (P-39.1 s.28 adds "equivocal").
    rectification: {
      name: 'Rectification',
      explanation: 'have inaccurate information corrected and incomplete information completed',
    },
    // GDPR Art. 17(1) lists more grounds than the end of the need.
    erasure: {
      name: 'Erasure',
      explanation: 'have your information erased, in particular when we no longer have a reason to keep it',
    },
    // GDPR Art. 20(1): "structured, commonly used and machine-readable" (P-39.1 s.27: "technological").
    portability: {
      name: 'Portability',
      explanation:
        'receive the information you gave us in a structured, commonly used and machine-readable format, or have it sent to another organisation',
    },
    // GDPR Art. 22(3): human intervention, one's point of view, contesting (P-39.1 s.12.1: observations for review).
    'automated-decision-review': {
      name: 'Human intervention',
      explanation:
        'obtain that a member of our staff reviews a decision made by automated processing alone, express your point of view and contest it',
    },
  },
};
