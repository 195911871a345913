import type { Authority, Lang, Organisation } from '@vigie/core';
import type { OutgoingMail } from '../requests/request-mailer.js';
import type { ComplaintLevel } from './complaint-levels.js';

function organisationName(organisation: Organisation): string {
  return organisation.displayName ?? organisation.legalName;
}

/** The acknowledgement sent as soon as a complaint with an address arrives. */
export function acknowledgementMail(
  to: string,
  lang: Lang,
  reference: string,
  organisation: Organisation,
  dueBy: string | undefined,
): OutgoingMail {
  const name = organisationName(organisation);
  const due = dueBy?.slice(0, 10);
  const text =
    lang === 'fr'
      ? [
          'Bonjour,',
          '',
          `${name} a bien reçu votre plainte, enregistrée sous la référence ${reference}.`,
          'Elle sera examinée de façon confidentielle.',
          ...(due === undefined ? [] : [`Nous vous répondrons au plus tard le ${due}.`]),
          '',
          `${name}`,
        ]
      : [
          'Hello,',
          '',
          `${name} has received your complaint, registered under the reference ${reference}.`,
          'It will be examined confidentially.',
          ...(due === undefined ? [] : [`We will answer you by ${due} at the latest.`]),
          '',
          `${name}`,
        ];
  const subject =
    lang === 'fr'
      ? `Accusé de réception de votre plainte ${reference}`
      : `Your complaint ${reference}: acknowledgement`;
  return { to, subject, text: text.join('\n') };
}

/** Where the complainant can turn if the conclusion does not satisfy them, in their language. */
function nextLevelLines(lang: Lang, level: ComplaintLevel | undefined, authority: Authority | undefined): string[] {
  if (level === undefined)
    return [
      lang === 'fr'
        ? 'Cette conclusion est la dernière étape du processus de traitement des plaintes.'
        : 'This conclusion is the last step of the complaint-handling process.',
    ];
  const lines = [
    lang === 'fr'
      ? `Si cette conclusion ne vous satisfait pas, vous pouvez vous adresser à l’étape suivante : ${level.name[lang]} (${level.handledBy[lang]}).`
      : `If this conclusion does not satisfy you, you can turn to the next step: ${level.name[lang]} (${level.handledBy[lang]}).`,
  ];
  if (authority !== undefined) {
    const separator = lang === 'fr' ? ' : ' : ': ';
    lines.push(`${authority.name[lang]}${authority.url === undefined ? '' : `${separator}${authority.url}`}`);
  }
  if (level.contact !== undefined)
    lines.push(lang === 'fr' ? `Contact : ${level.contact}` : `Contact: ${level.contact}`);
  return lines;
}

/** The conclusion, sent to a complainant who gave an address, with the next level and how to reach it. */
export function conclusionMail(
  to: string,
  lang: Lang,
  reference: string,
  organisation: Organisation,
  conclusion: string,
  next: { level: ComplaintLevel | undefined; authority: Authority | undefined },
): OutgoingMail {
  const name = organisationName(organisation);
  const text =
    lang === 'fr'
      ? ['Bonjour,', '', `Voici la conclusion de l’examen de votre plainte ${reference} :`, '', conclusion, '']
      : ['Hello,', '', `Here is the conclusion of the examination of your complaint ${reference}:`, '', conclusion, ''];
  const subject =
    lang === 'fr' ? `Conclusion de votre plainte ${reference}` : `Your complaint ${reference}: conclusion`;
  return { to, subject, text: [...text, ...nextLevelLines(lang, next.level, next.authority), '', name].join('\n') };
}
