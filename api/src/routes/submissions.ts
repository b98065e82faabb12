import { textOrNull } from '../services/record-sealing.ts';
import {
  submissionAnswerSchema,
  submissionHistorySchema,
  submissionImportBodySchema,
  submissionImportResultSchema,
  versionSnapshotSchema,
} from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv, Deps } from '../http/env.ts';
import { param, type Audience, type RouteTable } from '../http/route-table.ts';
import { auditFrom } from '../services/audit.ts';
import { canSee, workflowService } from '../services/workflow.ts';
import { importSubmissions } from '../services/submission-import.ts';
import { mayReadVersion, versionSnapshot } from '../services/submission-versions.ts';
import { mailNotices, smtpSender } from '../services/mail-notices.ts';
import { appOrigin } from '../http/origin.ts';
import { publicationsRepo } from '../db/repositories/publications.ts';
import { recordsRepo } from '../db/repositories/records.ts';
import { notFound } from '../http/http-error.ts';

const AUDITED = { transmit: 'submission.transmitted', acknowledge: 'submission.acknowledged', publish: 'submission.published' } as const;

const ReturnBody = v.object({ message: v.pipe(v.string(), v.trim(), v.minLength(1, 'must say what to correct'), v.maxLength(10_000)) });

export function submissionRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const workflow = workflowService(deps.db, deps.keyring, deps.now);
  const notices = mailNotices(
    deps,
    deps.config.smtpUrl ? smtpSender(deps.config.smtpUrl, deps.config.mailFrom ?? 'clearinghouse@localhost') : null,
  );
  const common = {
    200: { description: 'The updated submission', schema: submissionAnswerSchema },
    404: { description: 'No such submission, or not visible to this user' },
    409: { description: 'Not possible from the submission’s current status' },
  };
  const steps: { action: 'transmit' | 'acknowledge' | 'publish'; allow: Exclude<Audience, 'public'>[]; summary: string }[] = [
    {
      action: 'transmit',
      allow: ['focal_point'],
      summary: 'A focal point of the entity sends its draft to the Secretariat: draft → transmitted.',
    },
    { action: 'acknowledge', allow: ['secretariat'], summary: 'The Secretariat acknowledges receipt: transmitted → acknowledged.' },
    {
      action: 'publish',
      allow: ['secretariat'],
      summary: 'The Secretariat publishes the public copy (confidential parts removed); again after a correction.',
    },
  ];
  for (const step of steps) {
    table.add(
      router,
      {
        method: 'POST',
        path: `/api/submissions/:id/${step.action}`,
        allow: step.allow,
        tag: 'workflow',
        summary: step.summary,
        responses: step.action === 'transmit' ? { ...common, 422: { description: 'An element has no title' } } : common,
      },
      async (c, { user, reply }) => {
        const submission = await workflow[step.action](user, param(c, 'id'));
        deps.logger.info(`submission.${step.action}`, { submissionId: submission.id, userId: user.id });
        await auditFrom(
          c,
          deps,
        )({ action: AUDITED[step.action], entityId: submission.entityId, targetType: 'submission', targetId: submission.id });
        if (step.action === 'transmit') await notices.transmitted(submission, appOrigin(c, deps.config));
        return reply({ submission });
      },
    );
  }
  table.add(
    router,
    {
      method: 'POST',
      path: '/api/submissions/:id/return',
      allow: ['secretariat'],
      tag: 'workflow',
      summary: 'Return a transmitted submission to its entity for correction, with a message; it becomes editable again.',
      body: ReturnBody,
      responses: common,
    },
    async (c, { user, body, reply }) => {
      const submission = await workflow.returnForCorrection(user, param(c, 'id'), body.message);
      await auditFrom(
        c,
        deps,
      )({ action: 'submission.returned', entityId: submission.entityId, targetType: 'submission', targetId: submission.id });
      await notices.returned(submission, appOrigin(c, deps.config));
      return reply({ submission });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/submissions/:id/unpublish',
      allow: ['secretariat'],
      tag: 'workflow',
      summary: 'Withdraw the public copy from every public path at once (the history keeps it).',
      responses: common,
    },
    async (c, { user, reply }) => {
      const submission = await workflow.unpublish(user, param(c, 'id'));
      await auditFrom(
        c,
        deps,
      )({ action: 'submission.unpublished', entityId: submission.entityId, targetType: 'submission', targetId: submission.id });
      return reply({ submission });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/submissions/import',
      allow: ['secretariat'],
      tag: 'workflow',
      summary:
        'Import submissions received by other channels (a focal point’s exported file, or one entered from paper); ids already known are skipped, so a second import creates nothing.',
      body: submissionImportBodySchema,
      responses: {
        200: { description: 'What was created and skipped', schema: submissionImportResultSchema },
        422: { description: 'Invalid records: nothing imported' },
      },
    },
    async (c, { user, body, reply }) => {
      const me = user;
      const result = await importSubmissions(deps.db, deps.keyring, deps.blobStorage, me, body, deps.now);
      await auditFrom(
        c,
        deps,
      )({
        action: 'submission.imported',
        details: {
          submissions: result.created.submissions,
          items: result.created.items,
          skipped: result.skipped.submissions + result.skipped.items,
        },
      });
      return reply(result);
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/submissions/:id/history',
      allow: ['focal_point', 'secretariat'],
      tag: 'workflow',
      summary: 'Every version of the submission and every edition published (with when it was withdrawn).',
      responses: {
        200: { description: 'The versions and editions', schema: submissionHistorySchema },
        404: { description: 'Not visible' },
      },
    },
    async (c, { user, reply }) => {
      const me = user;
      const id = param(c, 'id');
      const records = recordsRepo(deps.db, deps.keyring);
      const current = await records.get('submissions', id);
      if (!current || !canSee(me, current)) throw notFound('This submission');
      const versions = (await records.versions('submissions', id)).map(({ record, ...meta }) => ({
        ...meta,
        status: textOrNull(record.status),
        title: textOrNull(record.title),
      }));
      return reply({ versions, publications: await publicationsRepo(deps.db).history(id) });
    },
  );
  table.add(
    router,
    {
      method: 'GET',
      path: '/api/submissions/:id/versions/:version',
      allow: ['focal_point', 'secretariat'],
      tag: 'workflow',
      summary:
        'The submission as it stood at one version, with its elements as they were then: to read an earlier transmission and compare two.',
      responses: {
        200: { description: 'The submission at that version', schema: versionSnapshotSchema },
        404: { description: 'No such version, or not visible to this user' },
      },
    },
    async (c, { user, reply }) => {
      const me = user;
      const id = param(c, 'id');
      const version = Number(param(c, 'version'));
      const current = await recordsRepo(deps.db, deps.keyring).get('submissions', id);
      if (!current || !canSee(me, current) || !Number.isSafeInteger(version)) throw notFound('This version');
      const snapshot = await versionSnapshot(deps.db, deps.keyring, id, version);
      if (!snapshot || !mayReadVersion(me, snapshot.submission, current.entityId)) throw notFound('This version');
      return reply(snapshot);
    },
  );
  return router;
}
