import { randomUUID } from 'node:crypto';
import {
  buildLetter,
  type Lang,
  type Letter,
  type LetterKind,
  letterToHtml,
  letterToText,
  type RightsRequest,
} from '@vigie/core';
import type { FieldCipher } from '../../crypto/field-cipher.js';
import type { KeptLine } from './letter-kept.js';
import { keptParagraphs } from './letter-kept.js';
import type { DeskStore } from './request-desk.store.js';
import { extensionReasonField } from './request-extension.js';
import { decryptIdentity, rightsRequestOf } from './request-record.js';
import type { RequestsContext } from './requests.context.js';
import { RequestsError } from './requests.errors.js';
import type { RequestRow } from './requests.store.js';

/** The letter that answers a request as it stands: its outcome once closed, else the extension or acknowledgement. */
function letterKindOf(request: RightsRequest): LetterKind | undefined {
  switch (request.state) {
    case 'completed':
      return 'completion';
    case 'partly-refused':
      return 'partial-refusal';
    case 'refused':
      return 'refusal';
    case 'withdrawn':
      return undefined;
    default:
      return request.extension === undefined ? 'acknowledgement' : 'extension';
  }
}

/** A rendered letter: which one, and its text and HTML. */
interface RenderedLetter {
  readonly kind: LetterKind;
  readonly lang: Lang;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * The response letter of a request from packages/core (remedies and their time limits for a refusal), with what the
 * fulfilment kept and why once it has run; and its sending by email, recorded with the request.
 */
export function createRequestLetters(
  context: Pick<RequestsContext, 'store' | 'pack' | 'organisation' | 'mailer' | 'now'> & {
    readonly desk: DeskStore;
    readonly cipher: FieldCipher;
    readonly kept: (requestId: string) => Promise<readonly KeptLine[]>;
  },
) {
  async function existing(id: string): Promise<RequestRow> {
    const row = await context.store.byId(id);
    if (row === undefined) throw new RequestsError('requests.not_found');
    return row;
  }

  async function render(row: RequestRow, lang: Lang): Promise<RenderedLetter> {
    const reason =
      row.extension_reason_encrypted === null
        ? ''
        : context.cipher.decrypt(row.extension_reason_encrypted, extensionReasonField(row.id));
    const request = rightsRequestOf(row, { fr: reason, en: reason });
    const kind = letterKindOf(request);
    if (kind === undefined) throw new RequestsError('requests.no_letter');
    const built = buildLetter(context.pack, {
      kind,
      lang,
      request,
      organisation: context.organisation,
      sentAt: context.now(),
    });
    if (!built.ok) throw new RequestsError('requests.no_letter');
    const kept = kind === 'acknowledgement' || kind === 'extension' ? [] : await context.kept(row.id);
    const letter: Letter = { ...built.letter, paragraphs: [...built.letter.paragraphs, ...keptParagraphs(kept, lang)] };
    return { kind, lang, subject: letter.subject, text: letterToText(letter), html: letterToHtml(letter) };
  }

  return {
    async render(id: string, lang: Lang): Promise<RenderedLetter> {
      return render(await existing(id), lang);
    },

    /** Emails the letter in the request's language (or the one asked for) and records that it was sent. */
    async send(id: string, by: string, lang?: Lang): Promise<{ kind: LetterKind; language: Lang; sentAt: string }> {
      const row = await existing(id);
      const letter = await render(row, lang ?? row.language);
      const email = decryptIdentity(context.cipher, row).email;
      if (email === undefined) throw new RequestsError('requests.no_email');
      if (context.mailer === undefined) throw new RequestsError('requests.mail_not_configured');
      try {
        await context.mailer.send({ to: email, subject: letter.subject, text: letter.text, html: letter.html });
      } catch {
        throw new RequestsError('requests.letter_not_sent');
      }
      const sentAt = context.now().toISOString();
      await context.desk.recordLetter({
        id: randomUUID(),
        request_id: id,
        kind: letter.kind,
        language: letter.lang,
        sent_by: by,
        sent_at: sentAt,
      });
      return { kind: letter.kind, language: letter.lang, sentAt };
    },
  };
}

export type RequestLetters = ReturnType<typeof createRequestLetters>;
