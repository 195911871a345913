import type { Messages } from './fr.js';

/** English texts shared by both pages and those of the public privacy center (same keys as fr.ts). */
export const en: Messages = {
  common: {
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    retry: 'Try again',
    errorPrefix: 'Error:',
  },
  privacy: {
    documentTitle: (organisation) => `Privacy center — ${organisation}`,
    fallbackDocumentTitle: 'Privacy center',
    centerName: 'Privacy center',
    loadFailed: 'The privacy center could not be loaded.',
    version: (version, date) => `Version ${version}, in effect since ${date}`,
    print: 'Print this page',
    rightsTitle: 'Your rights',
    rightsIntro:
      'You can ask a question, exercise your rights over your personal information or make a complaint at any time. Contact the person in charge of the protection of personal information: their details are below.',
    personInCharge: 'Person in charge of the protection of personal information',
    contactName: 'Name',
    contactTitle: 'Position',
    contactEmail: 'Email',
    contactPhone: 'Phone',
    contactAddress: 'Postal address',
    noContact:
      'The organisation has not published the contact details of the person in charge yet. The privacy policy below says how to reach them.',
    requestTitle: 'Make a request',
    requestText:
      'To find out what information we hold about you, get a copy of it, or have it corrected or deleted, write to the person in charge. Tell us what you are asking for and how to reach you; we may ask you to confirm your identity.',
    requestSubject: 'Request about my personal information',
    consentTitle: 'Cookie and consent preferences',
    consentText:
      'To withdraw a consent you gave or change your preferences, including about cookies, write to the person in charge and say what you would like to change.',
    consentSubject: 'My consent preferences',
    complaintTitle: 'Make a complaint',
    complaintText:
      'If you are not satisfied with how we handle your information, write to the person in charge and describe the situation.',
    complaintSubject: 'Complaint about my personal information',
    requestAction: 'Write to make a request',
    consentAction: 'Write to change my preferences',
    complaintAction: 'Write to make a complaint',
    orCall: 'or call',
    call: 'Call',
    byMail: 'Write to the postal address of the person in charge, given above.',
  },
};
