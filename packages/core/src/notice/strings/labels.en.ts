import type { NoticeLabels } from './types.js';

/** Enum labels in English, in the terms of Quebec's and Canada's English statutes where they differ. */
export const LABELS_EN: NoticeLabels = {
  consent: {
    implicit: 'implied: it follows from what you do, for example when you fill in a form',
    express: 'express: we ask you clearly, and you must agree',
    'not-required': 'not required',
  },
  consentException: {
    'consistent-purpose': 'the use is consistent with the purpose the information was collected for',
    'clear-benefit': 'the use is clearly for your benefit',
    'fraud-prevention': 'the use serves to prevent or detect fraud',
    'requested-service': 'the use is needed to provide a service you asked for',
    'deidentified-research': 'it is for study, research or statistics using de-identified information',
    'legal-obligation': 'the law requires it',
    emergency: 'it is an emergency that threatens someone’s life, health or safety',
    'legal-claims': 'it is to establish, exercise or defend a legal claim',
  },
  gdprBasis: {
    consent: 'your consent',
    contract: 'performing a contract with you, or steps you asked for before entering into it',
    'legal-obligation': 'complying with a legal obligation',
    'vital-interests': 'protecting your vital interests or those of another person',
    'public-task': 'performing a task in the public interest',
    'legitimate-interests': 'our legitimate interests',
  },
  gdprSpecialCondition: {
    'explicit-consent': 'your explicit consent',
    'employment-social-security': 'our obligations under employment, social security and social protection law',
    'vital-interests': 'protecting your vital interests when you cannot give consent',
    'non-profit-body': 'the legitimate activities of a foundation, association or other not-for-profit body',
    'made-public': 'information you have made public yourself',
    'legal-claims': 'establishing, exercising or defending legal claims',
    'substantial-public-interest': 'reasons of substantial public interest set out in law',
    'health-care':
      'preventive medicine, diagnosis, care or the management of health services, by professionals bound by secrecy',
    'public-health': 'reasons of public interest in the area of public health',
    'research-statistics': 'scientific or historical research, or statistics',
  },
  collectionMean: {
    'web-form': 'online forms',
    email: 'emails',
    phone: 'phone calls',
    'in-person': 'in-person meetings',
    mail: 'post',
    chat: 'online chat',
    'mobile-app': 'mobile app',
    cookies: 'cookies on our website',
    'third-party': 'through other organisations',
    'call-recording': 'call recording',
  },
  marketingChannel: {
    email: 'email',
    sms: 'text message',
    phone: 'phone',
    post: 'post',
    'online-ads': 'online advertising',
  },
  cookieCategory: {
    essential: 'Needed for the site to work',
    functional: 'Features',
    analytics: 'Audience measurement',
    marketing: 'Advertising and marketing',
    personalization: 'Personalization',
    security: 'Security',
  },
  recipientRole: {
    processor: 'Service provider (acts on our behalf)',
    controller: 'Independent organisation (responsible for its own use)',
    'joint-controller': 'Joint controller (decides the use with us)',
    'public-authority': 'Public body or authority',
    affiliate: 'Company in our group',
  },
  safeguard: {
    'none-needed': 'No specific safeguard is required',
    'adequacy-decision': 'Country recognised as offering adequate protection',
    'standard-contractual-clauses': 'Standard contractual clauses of the European Commission',
    'binding-corporate-rules': 'Binding corporate rules',
    'written-agreement': 'Written agreement protecting your information',
    derogation: 'Exception allowed by law for a specific situation',
  },
  assessmentStatus: {
    planned: 'Planned',
    'in-progress': 'In progress',
    completed: 'Yes',
    approved: 'Yes',
  },
  border: {
    quebec: 'Quebec',
    canada: 'Canada',
    eu: 'European Union',
  },
  outside: {
    quebec: 'outside Quebec',
    canada: 'outside Canada',
    eu: 'outside the European Union',
  },
  trigger: {
    collection: 'collection',
    'last-entry': 'the last entry in the record',
    'last-contact': 'our last contact with you',
    'end-of-contract': 'the end of the contract',
    'case-closed': 'the closing of the file',
    'end-of-employment': 'the end of employment',
    'consent-withdrawn': 'the withdrawal of your consent',
    'account-closed': 'the closing of your account',
    listing: 'being placed on the list',
  },
  action: {
    destroy: 'Securely destroyed',
    anonymize: 'Anonymized (no one can identify you any more)',
    review: 'Reviewed (we check whether we must keep them longer)',
  },
  right: {
    access: {
      name: 'Access',
      explanation: 'find out whether we hold information about you and get a copy of it',
    },
    rectification: {
      name: 'Correction',
      explanation: 'have inaccurate, incomplete or ambiguous information corrected',
    },
    erasure: {
      name: 'Deletion',
      explanation: 'have information deleted that we no longer have a reason to keep',
    },
    portability: {
      name: 'Portability',
      explanation:
        'receive the information you gave us in a structured, commonly used technological format, or have it sent to another organisation',
    },
    'withdraw-consent': {
      name: 'Withdrawing consent',
      explanation: 'withdraw your consent to a use of your information at any time',
    },
    restriction: {
      name: 'Restriction',
      explanation: 'ask us to pause the use of your information, for example while something is checked',
    },
    objection: {
      name: 'Objection',
      explanation: 'object to a use of your information, in particular to direct marketing',
    },
    'de-indexing': {
      name: 'De-indexing',
      explanation:
        'ask us to stop disseminating your information or to de-index a link attached to your name, when its dissemination harms you',
    },
    'automated-decision-review': {
      name: 'Review of an automated decision',
      explanation:
        'submit your observations to a member of our staff who can review a decision made by automated processing alone',
    },
    'post-mortem-directives': {
      name: 'Instructions for after your death',
      explanation: 'tell us what to do with your information after your death (keep, erase or pass on)',
    },
  },
  channel: {
    online: 'Online',
    email: 'By email',
    post: 'By post',
    phone: 'By phone',
    'in-person': 'In person',
  },
  authorityRole: {
    regulator: 'supervisory authority',
    'complaint-body': 'complaint body',
    ombudsman: 'ombudsman',
  },
  basisRegime: {
    quebec: { alone: 'Your consent', among: 'Your consent (Quebec law)' },
    pipeda: { alone: 'Your consent', among: 'Your consent (Canadian federal law)' },
    gdpr: { alone: 'Legal basis', among: 'Legal basis (GDPR)' },
  },
  basisCanada: 'Your consent (Quebec and Canadian law)',
  provinces: {
    AB: 'Alberta',
    BC: 'British Columbia',
    MB: 'Manitoba',
    NB: 'New Brunswick',
    NL: 'Newfoundland and Labrador',
    NS: 'Nova Scotia',
    NT: 'Northwest Territories',
    NU: 'Nunavut',
    ON: 'Ontario',
    PE: 'Prince Edward Island',
    QC: 'Quebec',
    SK: 'Saskatchewan',
    YT: 'Yukon',
  },
};
