import {
  buildLetter,
  type DeadlinePack,
  type Lang,
  letterToHtml,
  letterToText,
  type Organisation,
  type RightsRequest,
} from '@vigie/core';
import type { OutgoingMail } from './request-mailer.js';

/** How long a code stays valid, in minutes, as the email says it. */
export const CODE_LIFETIME_MINUTES = 15;

/**
 * The email that lets a person prove they hold the address: the code to type, and a link that carries the
 * reference and token in its fragment (never sent to any server, never in a log) for the page to post.
 */
export function verificationMail(args: {
  readonly to: string;
  readonly lang: Lang;
  readonly organisation: string;
  readonly reference: string;
  readonly code: string;
  readonly token: string;
  readonly publicUrl: string;
}): OutgoingMail {
  const fragment = new URLSearchParams({ reference: args.reference, token: args.token }).toString();
  const link = `${args.publicUrl}/${args.lang}/verification#${fragment}`;
  const minutes = CODE_LIFETIME_MINUTES;
  if (args.lang === 'fr') {
    return {
      to: args.to,
      subject: `${args.organisation} : confirmez votre demande ${args.reference}`,
      text: [
        'Bonjour,',
        '',
        `Pour confirmer votre demande ${args.reference}, entrez ce code : ${args.code}`,
        `ou ouvrez ce lien : ${link}`,
        '',
        `Le code est valable ${minutes} minutes. Si vous n’avez rien demandé, ignorez ce courriel.`,
      ].join('\n'),
    };
  }
  return {
    to: args.to,
    subject: `${args.organisation}: confirm your request ${args.reference}`,
    text: [
      'Hello,',
      '',
      `To confirm your request ${args.reference}, enter this code: ${args.code}`,
      `or open this link: ${link}`,
      '',
      `The code is valid for ${minutes} minutes. If you did not ask for anything, ignore this email.`,
    ].join('\n'),
  };
}

/** The acknowledgement letter (packages/core's buildLetter) as an email, or undefined if the letter cannot be built. */
export function acknowledgementMail(args: {
  readonly pack: DeadlinePack;
  readonly to: string;
  readonly lang: Lang;
  readonly request: RightsRequest;
  readonly organisation: Pick<Organisation, 'legalName' | 'displayName' | 'personInCharge'>;
  readonly sentAt: Date;
}): OutgoingMail | undefined {
  const built = buildLetter(args.pack, {
    kind: 'acknowledgement',
    lang: args.lang,
    request: args.request,
    organisation: args.organisation,
    sentAt: args.sentAt,
  });
  if (!built.ok) return undefined;
  return {
    to: args.to,
    subject: built.letter.subject,
    text: letterToText(built.letter),
    html: letterToHtml(built.letter),
  };
}
