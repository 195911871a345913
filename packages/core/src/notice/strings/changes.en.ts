import type { ChangeStrings } from './change-types.js';

const was = (before: string) => ` (previously: ${before})`;

/** What changed, in English, in sentences a subscriber can be sent as they are. */
export const CHANGES_EN: ChangeStrings = {
  intro: 'Here is what changes in our privacy policy:',
  unchanged: 'Our privacy policy is unchanged.',
  version: (after, afterDate, before, beforeDate) =>
    `Version ${after} of our privacy policy takes effect on ${afterDate}; it replaces version ${before} of ${beforeDate}.`,
  contactRole: {
    'person-in-charge': 'the person in charge of the protection of personal information',
    dpo: 'our data protection officer',
    representative: 'our representative in the European Union',
  },
  contactAdded: (role, details) => `You can now contact ${role}: ${details}.`,
  contactChanged: (role, details) => `The contact details of ${role} have changed: ${details}.`,
  contactRemoved: (role) => `The policy no longer names ${role}.`,
  categoriesAdded: (categories, count) =>
    `We now collect ${count > 1 ? 'new kinds of information' : 'a new kind of information'}: ${categories}.`,
  categoriesRemoved: (categories) => `We no longer collect this information: ${categories}.`,
  purposeAdded: (purpose) => `We now use your information for a new purpose: ${purpose}.`,
  purposeRemoved: (purpose) => `We no longer use your information for the purpose ${purpose}.`,
  purposeRenamed: (before, after) => `The purpose ${before} is now called ${after}.`,
  purposeDescribed: (purpose) => `The description of the purpose ${purpose} has been updated.`,
  purposeBasis: (purpose, after, before) =>
    `For the purpose ${purpose}, what allows us to use your information is now: ${after}${was(before)}.`,
  consentShort: { implicit: 'implied consent', express: 'express consent', 'not-required': 'consent not required' },
  purposeUsesMore: (purpose, categories) => `For the purpose ${purpose}, we now also use: ${categories}.`,
  purposeUsesLess: (purpose, categories) => `For the purpose ${purpose}, we no longer use: ${categories}.`,
  purposeRetention: (purpose, after, before) =>
    `For the purpose ${purpose}, the retention rule is now: ${after}${was(before)}.`,
  roleShort: {
    processor: 'service provider',
    controller: 'independent organisation',
    'joint-controller': 'joint controller',
    'public-authority': 'public body',
    affiliate: 'company in our group',
  },
  recipientAdded: (name, role, places, categories) =>
    `A new recipient, ${name} (${role}, ${places}), now receives: ${categories}.`,
  recipientRemoved: (name) => `${name} no longer receives your information.`,
  recipientRole: (name, after, before) => `${name} now acts as: ${after}${was(before)}.`,
  recipientPlaces: (name, after, before) => `${name} now handles your information in: ${after}${was(before)}.`,
  recipientReceivesMore: (name, categories) => `${name} now also receives: ${categories}.`,
  recipientReceivesLess: (name, categories) => `${name} no longer receives: ${categories}.`,
  transferAdded: (outside, name, places, safeguard) =>
    `Your information is now shared ${outside}, with ${name} (${places}); ${safeguard ? `it is protected by: ${safeguard}` : 'the safeguard is not stated'}.`,
  transferRemoved: (outside, name) => `Your information is no longer shared ${outside} with ${name}.`,
  transferPlaces: (name, after, before) => `Your information shared with ${name} now goes to: ${after}${was(before)}.`,
  transferSafeguard: (name, after, before) =>
    `Your information shared with ${name} is now protected by: ${after}${was(before)}.`,
  transferAssessment: (name, after, before) => `Privacy impact assessment for ${name}: ${after}${was(before)}.`,
  retentionSubject: (purposes, rule) =>
    purposes ? `the information used for ${purposes}` : `the information under the retention rule ${rule}`,
  retentionAdded: (subject, period) => `We keep ${subject} ${period}.`,
  retentionInstead: (subject, after, before) => `We now keep ${subject} ${after}, instead of ${before}.`,
  retentionChanged: (subject, after, before) => `We now keep ${subject} ${after}${was(before)}.`,
  retentionAction: (subject, after, before) =>
    `At the end of the retention period, ${subject} is now: ${after}${was(before)}.`,
  actionShort: { destroy: 'securely destroyed', anonymize: 'anonymized', review: 'reviewed' },
  retentionRemoved: (rule) => `The retention rule ${rule} is no longer part of the policy.`,
  period: {
    fixed: (durationAfterTrigger) => `for ${durationAfterTrigger}`,
    criteria: (criteria) => `according to this criterion: ${criteria}`,
    unstated: 'for a period not stated',
  },
  cookieAdded: (name, provider, category, off) =>
    `We use a new cookie, ${name} from ${provider} (${category}): ${off ? 'it stays off until you accept it' : 'it is on from your first visit'}.`,
  cookieRemoved: (name, provider) => `We no longer use the cookie ${name} from ${provider}.`,
  cookieCategory: (name, after, before) => `The cookie ${name} now belongs to the category ${after}${was(before)}.`,
  cookieLifetime: (name, after, before) => `The cookie ${name} now lasts ${after}${was(before)}.`,
  cookieDefault: (name, off) =>
    off
      ? `The cookie ${name} now stays off until you accept it.`
      : `The cookie ${name} is now on from your first visit.`,
  rightAdded: (right, explanation) => `You now have the following right: ${right} (${explanation}).`,
  rightRemoved: (right) => `The policy no longer lists the following right: ${right}.`,
  deadlineSet: (after) => `We now commit to answering you no later than ${after} after receiving your request.`,
  deadlineChanged: (after, before) =>
    `We now answer you no later than ${after} after receiving your request, instead of ${before}.`,
  deadlineRemoved: 'The policy no longer states a deadline for answering your requests.',
  channelAdded: (channel, value) => `New way to make your requests: ${channel}, ${value}.`,
  channelRemoved: (channel, value) => `This way to make your requests is no longer offered: ${channel}, ${value}.`,
  securityAdded: (measure) => `New security measure: ${measure}.`,
  securityRemoved: (measure) => `Security measure withdrawn: ${measure}.`,
  sectionUpdated: (section) => `The section ${section} has been updated.`,
  transfersSection: 'Sharing your information outside',
};
