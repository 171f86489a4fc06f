import { deliverWebhookJob } from '../notifications/deliver-webhook-job.js';
import { sendEmailJob } from '../notifications/send-email-job.js';
import { dispatchEventJob } from '../outbox/dispatch-event-job.js';
import { contractReminderJob } from './contracts/contract-reminder-job.js';
import { createJobRegistry, type TJobDefinition } from './define-job.js';
import { purgeExpiredJob } from './maintenance/purge-expired-job.js';
import { rmaDeadlineSweepJob } from './rma/rma-deadline-sweep-job.js';
import { slaAlarmJob } from './sla/sla-alarm-job.js';
import { slaSweepJob } from './sla/sla-sweep-job.js';
import { trmExpiryJob } from './training/trm-expiry-job.js';
import { followTheSunSweepJob } from './workflow/follow-the-sun-sweep-job.js';
import { followTheSunTransferJob } from './workflow/follow-the-sun-transfer-job.js';

/** Every built-in job. Add a definition here to have workers run it. */
export const builtInJobDefinitions: readonly TJobDefinition[] = [
  dispatchEventJob,
  sendEmailJob,
  deliverWebhookJob,
  slaSweepJob,
  slaAlarmJob,
  followTheSunSweepJob,
  followTheSunTransferJob,
  purgeExpiredJob,
  trmExpiryJob,
  rmaDeadlineSweepJob,
  contractReminderJob,
];

export const builtInJobRegistry = createJobRegistry(builtInJobDefinitions);
