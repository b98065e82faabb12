import { submissionSchema } from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv, Deps } from '../http/env.ts';
import { param, requireUser, type Audience, type RouteTable } from '../http/route-table.ts';
import { auditFrom } from '../services/audit.ts';
import { workflowService } from '../services/workflow.ts';

const AUDITED = { transmit: 'submission.transmitted', acknowledge: 'submission.acknowledged', publish: 'submission.published' } as const;

const SubmissionResponse = v.object({ submission: submissionSchema });

export function submissionRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const workflow = workflowService(deps.db, deps.keyring, deps.now);
  const common = {
    200: { description: 'The updated submission', schema: SubmissionResponse },
    404: { description: 'No such submission, or not visible to this user' },
    409: { description: 'Not possible from the submission’s current status' },
  };
  const steps: { action: 'transmit' | 'acknowledge' | 'publish'; allow: Audience[]; summary: string }[] = [
    { action: 'transmit', allow: ['focal_point'], summary: 'A focal point of the entity sends its draft to the Secretariat: draft → transmitted.' },
    { action: 'acknowledge', allow: ['secretariat'], summary: 'The Secretariat acknowledges receipt: transmitted → acknowledged.' },
    { action: 'publish', allow: ['secretariat'], summary: 'The Secretariat publishes the public copy (confidential parts removed); again after a correction.' },
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
      async (c, { user }) => {
        const submission = await workflow[step.action](requireUser(user), param(c, 'id'));
        deps.logger.info(`submission.${step.action}`, { submissionId: submission.id, userId: user?.id });
        await auditFrom(c, deps)({ action: AUDITED[step.action], entityId: submission.entityId, targetType: 'submission', targetId: submission.id });
        return c.json({ submission });
      },
    );
  }
  return router;
}
