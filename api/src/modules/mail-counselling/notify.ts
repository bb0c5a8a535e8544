/**
 * Notification mails of mail counselling, sent by a background job after the change committed, so
 * that a slow mail server never slows or fails the client's or counsellor's request. The job data
 * holds only ids; recipients are looked up when the job runs (e.g. the counsellor assigned by then).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Logger } from '../../shared/logger.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { MailRequest } from './mail-request.entity.js';
import { links, noticeMail } from './notification-texts.js';

export const MAIL_NOTIFY_JOB = 'mail-counselling.notify';

export type MailNotice =
  /** To the counsellor assigned by routing. */
  | { kind: 'NEW_REQUEST'; requestId: string }
  /** To the counsellor an admin assigned the request to (taking over needs no notice). */
  | { kind: 'ASSIGNED'; requestId: string }
  /** To the assigned counsellor, when the client wrote. */
  | { kind: 'CLIENT_REPLY'; requestId: string }
  /** To the client, if they gave an email, when a counsellor answered. */
  | { kind: 'ANSWER'; requestId: string };

/** Queues a notice. Never throws: the change it reports is already committed. */
export async function enqueueNotice(app: AppServices, log: Logger, notice: MailNotice): Promise<void> {
  try {
    await app.jobs.send(MAIL_NOTIFY_JOB, notice);
  } catch (err) {
    log.error({ err, notice: notice.kind }, 'could not queue mail-counselling notice');
  }
}

/** Job handler: finds the recipient and sends the mail (through the outbox). */
export async function deliverNotice(app: AppServices, notice: MailNotice): Promise<void> {
  const em = app.orm.em.fork() as EntityManager;
  const base = app.publicUrl();
  const request = await em.findOne(MailRequest, notice.requestId, {
    populate: ['organisation', 'client', 'counsellor'],
  });
  if (!request) return;
  const org: Organisation = request.organisation;
  if (notice.kind === 'ANSWER') {
    const to = request.client.email;
    if (!to) return;
    await app.mail.send({
      organisationId: org.id,
      to,
      ...noticeMail('ANSWER', org.locale, {
        organisationName: org.name,
        link: links.clientRequest(base, org.publicKey, request.id),
      }),
    });
    return;
  }
  const to = request.counsellor?.email;
  if (!to || !request.counsellor?.active) return;
  await app.mail.send({
    organisationId: org.id,
    to,
    ...noticeMail(notice.kind, org.locale, {
      organisationName: org.name,
      link: links.staffRequest(base, request.id),
    }),
  });
}
