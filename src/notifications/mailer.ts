import nodemailer from 'nodemailer';
import type { TConfig } from '../config.js';

export type TMailMessage = { to: string; subject: string; text: string; messageId: string };

/** Sends one message or throws; the email job retries on a throw. */
export type TMailer = { send: (message: TMailMessage) => Promise<void>; close: () => void };

/** An SMTP mailer for `SMTP_URL` (e.g. `smtp://user:pass@mail.example.com:587`), or null when unset. */
export function createSmtpMailer(config: Pick<TConfig, 'SMTP_URL' | 'MAIL_FROM'>): TMailer | null {
  if (!config.SMTP_URL) return null;
  const transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    send: async (message) => {
      await transport.sendMail({
        from: config.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
      });
    },
    close: () => transport.close(),
  };
}
