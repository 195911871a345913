import { LABELS_EN } from './labels.en.js';
import type { Grammar, NoticeStrings } from './types.js';

const SEMICOLON = '; ';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Joins items into a sentence. Items that hold commas themselves are separated by semicolons;
 * a comma comes before the last word too when an item holds that word: "A, B and C, and D".
 */
const join = (items: readonly string[], last: string) => {
  if (items.length <= 1) return items[0] ?? '';
  if (items.some((item) => item.includes(','))) return items.join(SEMICOLON);
  const comma = items.some((item) => item.includes(` ${last} `)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${comma} ${last} ${items.at(-1)}`;
};

const GRAMMAR: Grammar = {
  list: (items) => join(items, 'and'),
  alternatives: (items) => join(items, 'or'),
  quote: (text) => `“${text}”`,
  semicolon: SEMICOLON,
  label: (text) => `${text}: `,
  date: (year, month, day) => `${MONTHS[month - 1] ?? month} ${day}, ${year}`,
  after: (duration, trigger) => `${duration} after ${trigger}`,
};

/** The notice in English, in plain words for patients and students. */
export const STRINGS_EN: NoticeStrings = {
  grammar: GRAMMAR,
  labels: LABELS_EN,
  notStated: 'Not stated',
  yes: 'Yes',
  no: 'No',
  title: (organisation) => `Privacy policy — ${organisation}`,
  intro: {
    about: (organisation) =>
      `This policy explains in plain words what personal information we collect about you, why, who may receive it, how long we keep it and how to exercise your rights. In this policy, “we” means ${organisation}.`,
    definition:
      'Personal information is any information about you that allows you to be identified, directly or indirectly.',
    version: (version, date) => `Version ${version}, effective ${date}.`,
  },
  tocTitle: 'Contents',
  sectionTitle: {
    'who-we-are': 'Who we are',
    collection: 'The information we collect',
    purposes: 'Why we use your information',
    consent: 'Your consent',
    'automated-decisions': 'Automated decisions',
    minors: 'Minors',
    cookies: 'Cookies and other trackers',
    recipients: 'Who receives your information',
    retention: 'How long we keep your information',
    security: 'How we protect your information',
    rights: 'Your rights',
    complaints: 'Complaints',
    changes: 'Changes to this policy',
  },
  contact: {
    name: 'Name',
    title: 'Position',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
    website: 'Website',
  },
  whoWeAre: {
    organisation: 'Organisation',
    businessNumber: 'Business number',
    jointControllers:
      'We decide together with the following organisations how some information is used (joint controllers):',
    governance: (approvedOn, approvedBy) => {
      const approved = [approvedOn && `on ${approvedOn}`, approvedBy && `by ${approvedBy}`].filter(Boolean).join(' ');
      return `Our internal rules for the protection of personal information cover, among other things, how it is kept and destroyed, the roles of our staff and how complaints are handled.${approved ? ` They were approved ${approved}.` : ''}`;
    },
    governanceLink: 'Read these rules',
    personInCharge: 'Person in charge of the protection of personal information',
    personInChargeIntro:
      'For any question about your personal information, to exercise your rights or to make a complaint, contact:',
    since: (date) => `This person has held this position since ${date}.`,
    delegated: 'The person with the highest authority in our organisation delegated this function to them in writing.',
    dpo: 'Data protection officer (DPO)',
    dpoIntro: 'You can also reach our data protection officer:',
    dpoIntroAlone:
      'For any question about your personal information, to exercise your rights or to make a complaint, contact our data protection officer:',
    representative: 'Our representative in the European Union',
  },
  collection: {
    intro: 'Depending on your situation, we may collect the following information:',
    sensitive: (categories) => `The law considers some of this information sensitive: ${categories}.`,
    subjects: (subjects) => `This information is about the following people: ${subjects}.`,
    fromYou: 'We collect this information from you.',
    alsoFrom: (sources) => `We also receive some from: ${sources}.`,
    onlyFrom: (sources) => `We do not collect it from you: it comes to us from: ${sources}.`,
    means: (means) => `We collect it through: ${means}.`,
    cookies: 'Our website also collects some information through cookies: see the section',
  },
  purposes: {
    intro:
      'We use your information only for the following purposes. For each one, we state the information used, what allows us to use it and how long we keep it.',
    newPurpose: {
      // P-39.1 s.12: a new purpose needs consent, unless the law allows the use without it.
      quebec:
        'If we want to use your information for another purpose, we will ask for your consent first, unless the law allows us to do so without it.',
      // GDPR Arts. 13(3), 14(4): the person is told before further processing; consent only where Art. 6(4) calls for it.
      gdpr: 'If we want to use your information for another purpose, we will tell you first and, where the law requires it, ask for your consent.',
      // Both: told first (GDPR) and asked for consent unless an exception applies (P-39.1 s.12).
      both: 'If we want to use your information for another purpose, we will tell you first and ask for your consent, unless the law allows us to do so without it.',
    },
    categories: 'Information used',
    subjects: 'People concerned',
    sources: 'Where it comes from',
    means: 'How we collect it',
    specialCategory: 'Sensitive information (GDPR, Art. 9)',
    recipients: 'Shared with',
    retention: 'How long we keep it',
    refusal: 'If you refuse',
    secondary: 'This is a secondary use: the information was first collected for another purpose.',
    notRequired: (exception) => (exception ? `not required, because ${exception}` : 'not required'),
    legitimateInterest: (interest) => `our legitimate interests — ${interest}`,
    law: (basis, law) => `${basis} (${law})`,
    tracking: (what) => `For this purpose, we use technology that can ${what}.`,
    trackingVerbs: { identifies: 'identify you', locates: 'locate you', profiles: 'profile you' },
    marketing: (channels) => `We send you marketing messages by ${channels}.`,
    optIn: 'We do so only if you have agreed to it.',
    unsubscribe: 'Every message includes a simple way to unsubscribe.',
    automated: 'Automated processing is part of this purpose: see the section',
  },
  consent: {
    purposes: 'We ask for your consent for the following purposes:',
    withdraw:
      'You can withdraw your consent at any time, in the ways listed in the section “Your rights”. Withdrawal applies from then on: it does not undo what we did before with your agreement.',
    effect:
      'If you withdraw your consent, we may no longer be able to offer you the service that depends on it. The law may also require us to keep some information.',
    others: 'The other purposes rest on another reason set out in law, stated for each one in the previous section.',
    none: 'None of the purposes described relies on your consent: each rests on another reason set out in law, stated in the previous section.',
  },
  automated: {
    none: 'We make no decision about you based exclusively on automated processing of your information.',
    exclusive: (purpose) => `For the purpose ${purpose}, a decision about you is made by automated processing alone.`,
    informed: {
      // P-39.1 s.12.1: the person is told no later than when the decision is communicated.
      quebec: 'We tell you so no later than when we inform you of the decision.',
      // GDPR Arts. 13(2)(f), 14(2)(g): told at collection; Art. 15(1)(h): the logic and consequences on request.
      gdpr: 'We tell you so when we collect your information, as this policy does. You can also ask us at any time how the decision is made and what consequences it may have for you.',
      // Both: at collection (GDPR, the earlier), and again with the decision (P-39.1 s.12.1).
      both: 'We tell you so when we collect your information, as this policy does, and again no later than when we inform you of the decision.',
    },
    assisted: (purpose) =>
      `For the purpose ${purpose}, automated processing helps us make a decision, but a person makes it.`,
    logic: 'How it works',
    review: 'To have the decision reviewed',
    quebecRights:
      'On request, we tell you the information used to make the decision, the reasons and the main factors that led to it, and you can have that information corrected.',
    // GDPR Art. 22(1)-(3): the right not to be subject to it; under a contract or explicit consent, its safeguards.
    gdprRights:
      'You have the right not to be subject to a decision based solely on automated processing that produces legal effects concerning you or similarly significantly affects you. When such a decision is necessary for a contract with you or rests on your explicit consent, you can obtain human intervention from our organisation, express your point of view and contest the decision. When the law authorises such a decision, that law sets out the safeguards that protect you.',
  },
  minors: {
    parental: (age) =>
      `For a person under ${age}, consent is given by the person having parental authority or by the tutor.`,
    joint: (age) =>
      `For a person under ${age}, consent is given jointly by the minor and by the person having parental authority.`,
    purposes: 'The following purposes may concern minors:',
    none: 'The purposes described in this policy are not aimed at minors.',
  },
  cookies: {
    none: 'We use no cookies or other trackers.',
    what: 'A cookie is a small file that a website stores in your browser, for example to remember your preferences or to measure how many people visit the site.',
    offUntilAccepted: {
      // P-39.1 s.8.1: functions that identify, locate or profile stay off until the person turns them on.
      quebec: 'Cookies that can identify you, locate you or profile you stay off until you have accepted them.',
      // LIL art. 82, CNIL deliberation 2020-091: prior consent for every tracker not strictly necessary; GDPR Art. 7(3).
      gdpr: 'Apart from those strictly necessary for the site to work, we place no cookie without your prior consent. You can change your choice at any time.',
      // Both: the two rules together (P-39.1 s.8.1; LIL art. 82).
      both: 'Cookies that can identify you, locate you or profile you, and any other cookie not strictly necessary for the site to work, stay off until you have accepted them. You can change your choice at any time.',
    },
    caption: 'Cookies used on our site',
    headers: {
      name: 'Cookie',
      provider: 'Provider',
      category: 'Category',
      lifetime: 'Lifetime',
      purpose: 'What it is for',
      tracking: 'Identifies, locates or profiles you',
      activation: 'When it is on',
    },
    thirdParty: 'third party',
    privacyPolicy: 'privacy policy',
    session: 'Until you close your browser',
    tracks: { identifies: 'identifies you', locates: 'locates you', profiles: 'profiles you' },
    off: 'Off until you accept it',
    on: 'On from your first visit',
    refuseAll: 'You can refuse everything as easily as you can accept everything, from the first window.',
    choiceLifetime: (duration) => `We keep your choice for ${duration}, then ask you again.`,
    browser: 'You can also set your browser to refuse or delete cookies.',
  },
  recipients: {
    staff: 'Who has access within our organisation',
    intro: 'We share some of your information with the following organisations, only for the purposes stated.',
    none: 'We do not share your information with any other organisation, except when the law requires it.',
    contracts:
      'Our service providers act only on our behalf, under a written contract that requires them to protect your information.',
    caption: 'Organisations that receive your information',
    headers: {
      name: 'Organisation',
      role: 'Role',
      categories: 'Information received',
      purposes: 'For which purposes',
      location: 'Where',
    },
  },
  transfers: {
    title: (outside) => `Sharing your information ${outside}`,
    intro: (outside) => `Some of your information is shared or stored ${outside}.`,
    table:
      'The table shows where it goes, how it is protected and whether we assessed the risks to your privacy before sharing it.',
    none: {
      quebec: 'Your information stays in Quebec: our systems and our service providers are located there.',
      canada: 'Your information stays in Canada: our systems and our service providers are located there.',
      eu: 'Your information stays in the European Union: our systems and our service providers are located there.',
    },
    caption: (outside) => `Information shared ${outside}`,
    headers: {
      name: 'Organisation or system',
      location: 'Place',
      crosses: 'Outside',
      categories: 'Information',
      safeguard: 'Protection',
      assessment: 'Privacy impact assessment',
      assessmentElsewhere: 'Impact assessment',
    },
    ownSystem: (name) => `Our system “${name}”`,
    assessedOn: (date) => `Yes, on ${date}`,
    notAssessed: 'No',
  },
  retention: {
    intro:
      'We keep your information for the time shown below. At the end of that time, we do what the column “At the end” says.',
    caption: 'How long we keep information',
    headers: {
      rule: 'Rule',
      purposes: 'For which purposes',
      duration: 'How long',
      trigger: 'Counted from',
      action: 'At the end',
      exceptions: 'Exceptions',
      citation: 'Source',
    },
    none: 'We have not yet stated how long we keep information.',
    noException: 'None',
    missing: (purposes) =>
      `For the following purposes, how long we keep the information is not yet stated: ${purposes}.`,
  },
  security: {
    intro: 'We protect your information with measures that include the following.',
    technical: 'Technological measures:',
    organisational: 'Administrative measures:',
    physical: 'Physical measures:',
    none: 'We have not yet described our security measures in this policy.',
  },
  rights: {
    intro: 'You have the following rights over your information:',
    exercise: 'How to exercise your rights',
    channels: 'You can make your request in any of the following ways:',
    noRights: 'To exercise your rights over your information, contact the person named in the section “Who we are”.',
    free: 'Access to your information is free of charge.',
    fee: {
      // P-39.1 s.33: a reasonable fee for transcription, reproduction or transmission, announced beforehand.
      quebec: 'A reasonable fee may apply; we tell you the amount before we process your request.',
      // GDPR Arts. 12(5), 15(3): free; a fee for further copies, a fee or a refusal for manifestly unfounded or excessive requests.
      gdpr: 'Access to your information is free of charge. A reasonable fee based on our administrative costs may apply only to further copies you ask for or to a request that is manifestly unfounded or excessive, which we may also refuse.',
      // Both: the GDPR's narrower fee, announced beforehand as P-39.1 s.33 wants.
      both: 'Access to your information is free of charge. A reasonable fee based on our administrative costs may apply only to further copies you ask for or to a request that is manifestly unfounded or excessive, which we may also refuse. We tell you the amount of any fee before we process your request.',
    },
    deadline: {
      // P-39.1 s.32: an answer in writing within the deadline.
      quebec: (duration) => `We answer you in writing no later than ${duration} after receiving your request.`,
      // GDPR Art. 12(3): without undue delay, within one month (the answer may be electronic).
      gdpr: (duration) =>
        `We answer you without undue delay and no later than ${duration} after receiving your request.`,
      // Both: in writing (P-39.1 s.32) and without undue delay (GDPR Art. 12(3)).
      both: (duration) =>
        `We answer you in writing, without undue delay and no later than ${duration} after receiving your request.`,
    },
    deemedRefusal:
      'If we do not answer within that time, the law considers that we have refused your request: you can then apply to the Commission d’accès à l’information du Québec.',
  },
  complaints: {
    intro:
      'If you are not satisfied with how we handle your information, you can make a complaint. Your complaint goes through the following steps:',
    acknowledgement: (duration) => `We acknowledge your complaint within ${duration}.`,
    deadline: (duration) => `answer within ${duration}`,
    authorities: 'Supervisory authorities',
    authoritiesIntro: 'You can also apply to:',
    none: 'To make a complaint, contact the person named in the section “Who we are”.',
  },
  changes: {
    version: 'Version',
    effective: 'Effective date',
    defaultNotice: 'We publish each new version of this policy here, with the date it takes effect.',
  },
};
