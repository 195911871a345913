import type { Lang } from '../../i18n/localized.js';

/** The sentences of the response letters, with {placeholders}. Both languages say the same thing. */
const LETTER_STRINGS = {
  fr: {
    salutation: 'Madame, Monsieur,',
    subject: 'Votre demande {ofKind} (référence {id})',
    received: 'Nous avons reçu le {received} votre demande {ofKind}, droit prévu par {kindCitation}.',
    willAnswer: 'Nous y répondrons au plus tard le {due} ({respondCitation}).',
    startsOnIdentity:
      "Le délai de réponse de {period} court à partir de la confirmation de votre identité ({pauseCitation}) ; nous vous écrirons dès qu'elle sera faite.",
    mayExtend:
      "Ce délai peut être prolongé de {extension} ; nous vous en aviserions avant qu'il n'expire ({extensionCitation}).",
    deemedRefusal: 'À défaut de réponse dans ce délai, votre demande sera réputée refusée ({deemedCitation}).',
    extended:
      'Nous prolongeons le délai de réponse à votre demande {ofKind} reçue le {received}, pour le motif suivant : {reason}.',
    newDeadline: 'Nous y répondrons au plus tard le {due} ({extensionCitation}).',
    completed: 'Nous avons donné suite à votre demande {ofKind} reçue le {received}, droit prévu par {kindCitation}.',
    partlyRefused:
      'Nous avons donné suite en partie à votre demande {ofKind} reçue le {received}. Nous refusons le reste pour le motif suivant : {reason} ({reasonCitation}).',
    refused:
      'Nous refusons votre demande {ofKind} reçue le {received}, pour le motif suivant : {reason} ({reasonCitation}).',
    remediesIntro: 'Vous pouvez contester cette décision :',
    remediesDeemed: 'Si votre demande est réputée refusée, vous pouvez :',
    remedyExtension: 'Vous pouvez contester cette prolongation :',
    remedyWithin: '{action} auprès de {authority} dans les {within} qui suivent le refus ({citation})',
    remedyNoLimit: '{action} auprès de {authority} ({citation})',
    questions: 'Pour toute question, vous pouvez joindre la personne responsable ci-dessous.',
    closing: "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    personInCharge: 'Responsable de la protection des renseignements personnels',
  },
  en: {
    salutation: 'Dear Sir or Madam,',
    subject: 'Your request for {kind} (reference {id})',
    received: 'We received your request for {kind} on {received}; this right is provided by {kindCitation}.',
    willAnswer: 'We will answer by {due} at the latest ({respondCitation}).',
    startsOnIdentity:
      'The {period} to answer run from the confirmation of your identity ({pauseCitation}); we will write to you as soon as it is confirmed.',
    mayExtend: 'This period may be extended by {extension}; we would tell you before it ends ({extensionCitation}).',
    deemedRefusal: 'If we do not answer within this period, your request is deemed refused ({deemedCitation}).',
    extended:
      'We are extending the time to answer your request for {kind} received on {received}, for the following reason: {reason}.',
    newDeadline: 'We will answer by {due} at the latest ({extensionCitation}).',
    completed:
      'We have acted on your request for {kind} received on {received}; this right is provided by {kindCitation}.',
    partlyRefused:
      'We have acted on part of your request for {kind} received on {received}. We refuse the rest for the following reason: {reason} ({reasonCitation}).',
    refused:
      'We refuse your request for {kind} received on {received}, for the following reason: {reason} ({reasonCitation}).',
    remediesIntro: 'You may contest this decision:',
    remediesDeemed: 'If your request is deemed refused, you may:',
    remedyExtension: 'You may contest this extension:',
    remedyWithin: '{action} with {authority} within {within} of the refusal ({citation})',
    remedyNoLimit: '{action} with {authority} ({citation})',
    questions: 'If you have any questions, you may contact the person in charge below.',
    closing: 'Yours faithfully,',
    personInCharge: 'Person in charge of the protection of personal information',
  },
} as const satisfies Record<Lang, Record<string, string>>;

type LetterStringKey = keyof (typeof LETTER_STRINGS)['en'];

/** Fills {placeholders}; a missing value is a defect of the letter model, so it throws. */
export function fill(lang: Lang, key: LetterStringKey, values: Record<string, string>): string {
  return LETTER_STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`letter string ${key} needs {${name}}`);
    return value;
  });
}
