import { z } from 'zod';
import { defineJob } from '../jobs/define-job.js';

/**
 * Sends one email_messages row over SMTP. At-least-once towards the SMTP server (a crash between
 * the send and the status update re-sends; the stable Message-ID lets mail systems de-duplicate);
 * never re-sends a message already marked sent.
 */
let warnedAboutMissingSmtp = false;

export const sendEmailJob = defineJob({
  id: 'notifications.send-email',
  schema: z.strictObject({ tenantId: z.uuid(), messageId: z.uuid() }),
  retry: { maxAttempts: 8, backoffMs: 30_000, maxBackoffMs: 3_600_000 },
  leaseMs: 120_000,
  mode: 'external',
  lane: 'bulk',
  handle: async ({ payload, job, now, deps, db }) => {
    const message = await db
      .selectFrom('email_messages')
      .selectAll()
      .where('tenant_id', '=', payload.tenantId)
      .where('id', '=', payload.messageId)
      .executeTakeFirst();
    if (message?.status !== 'pending') return;
    const where = db
      .updateTable('email_messages')
      .where('tenant_id', '=', payload.tenantId)
      .where('id', '=', payload.messageId);
    if (!deps.mailer) {
      await where
        .set({ status: 'failed', last_error: 'SMTP_URL is not set', attempts: job.attempts })
        .execute();
      // Said once per process at warn level (a demo without SMTP would otherwise log every email).
      if (warnedAboutMissingSmtp)
        deps.logger?.debug({ message: message.id }, 'email not sent: SMTP_URL is not set');
      else deps.logger?.warn('emails are not sent (kept as failed in email_messages): SMTP_URL is not set');
      warnedAboutMissingSmtp = true;
      return;
    }
    try {
      await deps.mailer.send({
        to: message.to_address,
        subject: message.subject,
        text: message.body,
        messageId: `<${message.id}@aftercare>`,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const final = job.attempts >= job.max_attempts;
      await where
        .set({ status: final ? 'failed' : 'pending', last_error: reason, attempts: job.attempts })
        .execute();
      throw error;
    }
    await where.set({ status: 'sent', sent_at: now, attempts: job.attempts, last_error: null }).execute();
  },
});
