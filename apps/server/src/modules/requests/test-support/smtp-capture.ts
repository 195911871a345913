import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it. */
export interface CapturedMail {
  readonly to: readonly string[];
  /** The whole message, headers and body, as sent. */
  readonly raw: string;
  /** The first text part, with its transfer encoding undone. */
  readonly text: string;
}

/** A real SMTP server on 127.0.0.1 (a free port), keeping what it receives, for tests of the mail that leaves Vigie. */
export interface SmtpCapture {
  readonly url: string;
  readonly mails: CapturedMail[];
  /** Resolves with the next message to `address` not taken yet (taken messages are not returned twice). */
  next(address: string, timeoutMs?: number): Promise<CapturedMail>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** The text/plain part: enough MIME for what nodemailer writes (single part or multipart/alternative). */
function plainText(raw: string): string {
  const type = Math.max(raw.search(/Content-Type: text\/plain/i), 0);
  // The headers of the part holding it: from the blank line or boundary before, to the blank line after.
  const blockStart = Math.max(raw.lastIndexOf('\r\n\r\n', type), raw.lastIndexOf('\n--', type), 0);
  const blockEnd = raw.indexOf('\r\n\r\n', type);
  const headers = raw.slice(blockStart, blockEnd);
  let body = raw.slice(blockEnd + 4);
  const boundary = body.search(/\r\n--/);
  if (boundary !== -1) body = body.slice(0, boundary);
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) return decodeQuotedPrintable(body);
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body, 'base64').toString('utf8');
  return body;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const mails: CapturedMail[] = [];
  const taken = new Set<CapturedMail>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: plainText(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async next(address, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = mails.find((m) => !taken.has(m) && m.to.includes(address));
        if (mail !== undefined) {
          taken.add(mail);
          return mail;
        }
        if (Date.now() > deadline) throw new Error('no mail arrived in time');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
