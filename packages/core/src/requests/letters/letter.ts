import type { Organisation } from '../../declaration/schema/organisation.js';
import type { Lang } from '../../i18n/localized.js';
import { formatDuration, parseDuration } from '../../time/duration.js';
import { requestClock } from '../clock.js';
import type { DeadlinePack, Remedy } from '../deadline-pack.js';
import { REQUEST_KIND_LABELS } from '../kinds.js';
import type { RightsRequest } from '../request.js';
import { dateInWords, dayOf } from './dates.js';
import { fill } from './strings.js';

export const LETTER_KINDS = ['acknowledgement', 'extension', 'completion', 'partial-refusal', 'refusal'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** A response letter as content; the writers (text, HTML) only lay it out. */
export interface Letter {
  readonly lang: Lang;
  readonly organisation: string;
  /** The letter's day, YYYY-MM-DD, and in words. */
  readonly date: string;
  readonly dateInWords: string;
  readonly subject: string;
  readonly salutation: string;
  readonly paragraphs: readonly string[];
  /** The remedies, introduced by a sentence; empty when the letter owes none. */
  readonly remedies: { readonly intro: string; readonly items: readonly string[] } | undefined;
  readonly closing: readonly string[];
  /** The person in charge: name, title, contact details, one per line. */
  readonly signature: readonly string[];
}

export type LetterErrorCode =
  | 'requests.letter-needs-refusal'
  | 'requests.letter-needs-extension'
  | 'requests.letter-needs-final-state'
  | 'requests.kind-not-available';

export type LetterResult =
  | { readonly ok: true; readonly letter: Letter }
  | { readonly ok: false; readonly code: LetterErrorCode };

export interface LetterInput {
  readonly kind: LetterKind;
  readonly lang: Lang;
  readonly request: RightsRequest;
  readonly organisation: Pick<Organisation, 'legalName' | 'displayName' | 'personInCharge'>;
  /** When the letter is sent: its date on the regime's calendar. */
  readonly sentAt: Date;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function periodInWords(period: string, lang: Lang): string {
  const d = parseDuration(period);
  return d ? formatDuration(d, lang) : period;
}

/** French elides "de" before a vowel: "demande d'accès", "demande de rectification". */
function ofKind(label: string): string {
  return /^[aeiouéèêh]/i.test(label) ? `d'${label}` : `de ${label}`;
}

/** Without a time limit for an extension: the limits the law sets run from a refusal. */
function remedyLines(remedies: readonly Remedy[], lang: Lang, withLimits: boolean): string[] {
  return remedies.map((r) => {
    const values = { action: capitalise(r.action[lang]), authority: r.authority[lang], citation: r.citation[lang] };
    return r.within && withLimits
      ? fill(lang, 'remedyWithin', { ...values, within: periodInWords(r.within, lang) })
      : fill(lang, 'remedyNoLimit', values);
  });
}

function signatureOf(organisation: LetterInput['organisation'], lang: Lang): string[] {
  const person = organisation.personInCharge;
  const name = organisation.displayName ?? organisation.legalName;
  const lines = [
    person?.name,
    person?.title?.[lang] ?? fill(lang, 'personInCharge', {}),
    name,
    person?.email,
    person?.phone,
  ];
  return lines.filter((l): l is string => l !== undefined && l !== '');
}

/**
 * Builds the response letter: what was received and when, the deadline with its article, and for a
 * refusal the ground with its article and the remedies with their time limits (P-39.1 s. 34, PIPEDA
 * s. 8(7), GDPR Art. 12(4)). Deterministic: same request, same day, same text.
 */
export function buildLetter(pack: DeadlinePack, input: LetterInput): LetterResult {
  const { kind, lang, request } = input;
  const rules = pack.regimes[request.regime];
  const zone = rules.timeZone;
  const kindProvision = pack.kinds[request.kind][request.regime];
  if (!kindProvision) return { ok: false, code: 'requests.kind-not-available' };
  const date = dayOf(input.sentAt, zone);
  const words = (iso: string) => dateInWords(iso, lang);
  const common = {
    kind: REQUEST_KIND_LABELS[request.kind][lang],
    ofKind: ofKind(REQUEST_KIND_LABELS[request.kind][lang]),
    id: request.id,
    received: words(dayOf(request.receivedAt, zone)),
    kindCitation: kindProvision.citation[lang],
  };
  const clock = requestClock(pack, request);
  const paragraphs: string[] = [];
  let remedies: Letter['remedies'];
  const contest = (introKey: 'remediesIntro' | 'remediesDeemed' | 'remedyExtension') => ({
    intro: fill(lang, introKey, {}),
    items: remedyLines(rules.remedies, lang, introKey !== 'remedyExtension'),
  });
  // Labels are sentences; inside a sentence their final period would come before the citation.
  const reasonText = (label: string) => label.replace(/\.$/, '');

  switch (kind) {
    case 'acknowledgement': {
      paragraphs.push(fill(lang, 'received', common));
      if (clock.running) {
        paragraphs.push(
          fill(lang, 'willAnswer', { due: words(clock.deadline.due), respondCitation: rules.respond.citation[lang] }),
        );
      } else {
        paragraphs.push(
          fill(lang, 'startsOnIdentity', {
            period: periodInWords(rules.respond.period, lang),
            pauseCitation: rules.identityPause.citation[lang],
          }),
        );
      }
      if (rules.extension) {
        paragraphs.push(
          fill(lang, 'mayExtend', {
            extension: periodInWords(rules.extension.period, lang),
            extensionCitation: rules.extension.citation[lang],
          }),
        );
      }
      if (rules.deemedRefusal) {
        paragraphs.push(fill(lang, 'deemedRefusal', { deemedCitation: rules.deemedRefusal.citation[lang] }));
        remedies = contest('remediesDeemed');
      }
      break;
    }
    case 'extension': {
      if (!request.extension || !rules.extension || !clock.running)
        return { ok: false, code: 'requests.letter-needs-extension' };
      paragraphs.push(fill(lang, 'extended', { ...common, reason: reasonText(request.extension.reason[lang]) }));
      paragraphs.push(
        fill(lang, 'newDeadline', {
          due: words(clock.deadline.due),
          extensionCitation: rules.extension.citation[lang],
        }),
      );
      // PIPEDA s. 8(4) requires the notice to state the right to complain about the extension itself.
      remedies = contest('remedyExtension');
      break;
    }
    case 'completion': {
      if (request.state !== 'completed') return { ok: false, code: 'requests.letter-needs-final-state' };
      paragraphs.push(fill(lang, 'completed', common));
      break;
    }
    case 'partial-refusal':
    case 'refusal': {
      const expected = kind === 'refusal' ? 'refused' : 'partly-refused';
      const reason = request.refusalReason ? pack.refusalReasons[request.refusalReason] : undefined;
      const provision = reason?.[request.regime];
      if (request.state !== expected || !reason || !provision)
        return { ok: false, code: 'requests.letter-needs-refusal' };
      const key = kind === 'refusal' ? 'refused' : 'partlyRefused';
      paragraphs.push(
        fill(lang, key, {
          ...common,
          reason: reasonText(reason.label[lang]),
          reasonCitation: provision.citation[lang],
        }),
      );
      remedies = contest('remediesIntro');
      break;
    }
  }

  return {
    ok: true,
    letter: {
      lang,
      organisation: input.organisation.displayName ?? input.organisation.legalName,
      date,
      dateInWords: words(date),
      subject: fill(lang, 'subject', common),
      salutation: fill(lang, 'salutation', {}),
      paragraphs,
      remedies,
      closing: [fill(lang, 'questions', {}), fill(lang, 'closing', {})],
      signature: signatureOf(input.organisation, lang),
    },
  };
}
