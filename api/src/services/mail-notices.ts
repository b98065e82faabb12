/**
 * Optional e-mail notices of the workflow, when SMTP_URL is set: a transmission reaches the Secretariat,
 * a return reaches the entity's focal points. The app itself already shows both through sync; the mail
 * is for people not looking at it. A notice names who and which request and links to the app, nothing
 * more: never an element, a title, a return message or anything else a submission may hold in
 * confidence. Sending never delays or fails the action that caused it.
 */
import { createTransport } from 'nodemailer';
import type { Submission } from '@clearinghouse/shared';
import { cyclesRepo } from '../db/repositories/cycles.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { usersRepo } from '../db/repositories/users.ts';
import type { Deps } from '../http/env.ts';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
}
export type SendMail = (mail: Mail) => Promise<void>;

export function smtpSender(url: string, from: string): SendMail {
  const transport = createTransport(url);
  return async (mail) => {
    await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
  };
}

export function mailNotices(deps: Deps, send: SendMail | null) {
  const users = usersRepo(deps.db);
  const active = async (match: (u: { role: string; entityId: string | null }) => boolean) =>
    (await users.list()).filter((u) => !u.disabledAt && match(u)).map((u) => u.email);
  const about = async (s: Pick<Submission, 'entityId' | 'cycleId'>) => {
    const [entity, cycle] = await Promise.all([
      entitiesRepo(deps.db).get(s.entityId),
      s.cycleId ? cyclesRepo(deps.db).get(s.cycleId) : null,
    ]);
    return { entity: entity?.names.en ?? s.entityId, request: cycle ? `request ${cycle.reference}` : 'no particular request' };
  };
  const deliver = (mail: Mail) => {
    if (!send || mail.to.length === 0) return;
    send(mail).then(
      () => deps.logger.info('mail.sent', { subject: mail.subject, recipients: mail.to.length }),
      (error: unknown) => deps.logger.warn('mail.failed', { subject: mail.subject, reason: (error as Error).message }),
    );
  };

  return {
    enabled: send !== null,
    async transmitted(s: Submission, origin: string): Promise<void> {
      if (!send) return;
      const { entity, request } = await about(s);
      deliver({
        to: await active((u) => u.role === 'secretariat'),
        subject: `${entity} transmitted its information (${request})`,
        text: `${entity} has transmitted its information in answer to ${request}.\n\nReview it in the clearinghouse: ${origin}/app/review/${s.id}\n`,
      });
    },
    async returned(s: Submission, origin: string): Promise<void> {
      if (!send) return;
      const { entity, request } = await about(s);
      deliver({
        to: await active((u) => u.role === 'focal_point' && u.entityId === s.entityId),
        subject: `The Secretariat returned the information of ${entity} for correction`,
        text: `The Secretariat has returned the information of ${entity} (${request}) for correction. Its message is in the clearinghouse, with the draft: ${origin}/app/drafts/${s.id}\n`,
      });
    },
  };
}
