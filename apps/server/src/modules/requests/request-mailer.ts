import nodemailer from 'nodemailer';
import type { MailConfig } from '../../config/config.js';

/** One email to a requester: plain text always, HTML when there is a letter to lay out. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
}

/** Sends requesters their codes and letters. Rejects when the SMTP server does not accept the message. */
export interface RequestMailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** A mailer over the configured SMTP server (nodemailer keeps no pool: one connection per message). */
export function createRequestMailer(config: MailConfig): RequestMailer {
  const transport = nodemailer.createTransport(config.smtpUrl.reveal());
  return {
    async send(mail) {
      await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html === undefined ? {} : { html: mail.html }),
      });
    },
    close: () => transport.close(),
  };
}
