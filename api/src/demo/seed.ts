import { positionsBetween, uuidv7, type Role } from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { cyclesRepo } from '../db/repositories/cycles.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { usersRepo } from '../db/repositories/users.ts';
import { accountService } from '../services/accounts.ts';
import type { Keyring } from '../services/keyring.ts';
import { syncPushService } from '../services/sync/push.ts';
import { workflowService } from '../services/workflow.ts';
import { DEMO_ACCOUNTS, DEMO_CYCLE, DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SUBMISSIONS } from './content.ts';

/**
 * Fills a fresh database with sample content through the same services the API uses (accounts, sync
 * push, the workflow), so the demo shows exactly what real use produces.
 */
export async function seedDemo(db: Db, keyring: Keyring, now: () => Date) {
  const at = now().toISOString();
  const entities = entitiesRepo(db);
  for (const org of DEMO_ORGANISATIONS) if (!(await entities.get(org.id))) await entities.insert({ ...org, regionalGroup: null }, at);
  const accounts = accountService(db, now);
  const users = usersRepo(db);
  for (const a of DEMO_ACCOUNTS) {
    if (!(await users.findByEmail(a.email)))
      await accounts.createUser({ email: a.email, role: a.role as Role, entityId: a.entityId, password: DEMO_PASSWORD });
  }
  const cycle = { id: uuidv7(), ...DEMO_CYCLE, categories: [...DEMO_CYCLE.categories] };
  await cyclesRepo(db).insert(cycle, at);

  const push = syncPushService(db, keyring, now);
  const workflow = workflowService(db, keyring, now);
  const secretariat = await users.findByEmail('secretariat@demo.example');
  for (const s of DEMO_SUBMISSIONS) {
    const user = (await users.findByEmail(s.email))!;
    const sessionUser = { id: user.id, email: user.email, role: user.role, entityId: user.entityId };
    const submissionId = uuidv7();
    const positions = positionsBetween(null, null, s.items.length);
    const mutations = [
      {
        mid: 1,
        table: 'submissions' as const,
        id: submissionId,
        op: 'upsert' as const,
        baseVersion: null,
        fields: { entityId: s.entityId, cycleId: s.entityId === 'african-union' ? null : cycle.id, title: s.title, language: s.language },
      },
      ...s.items.map((item, i) => ({
        mid: i + 2,
        table: 'items' as const,
        id: uuidv7(),
        op: 'upsert' as const,
        baseVersion: null,
        fields: { ...item, submissionId, position: positions[i] },
      })),
    ];
    const result = await push.push(sessionUser, { clientId: uuidv7(), protocol: 1, mutations });
    const refused = result.results.filter((r) => r.status !== 'applied');
    if (refused.length) throw new Error(`demo content refused: ${JSON.stringify(refused)}`);
    if (s.fate === 'draft') continue;
    await workflow.transmit(sessionUser, submissionId);
    const sec = { id: secretariat!.id, email: secretariat!.email, role: secretariat!.role, entityId: null };
    if (s.fate === 'acknowledged' || s.fate === 'published') await workflow.acknowledge(sec, submissionId);
    if (s.fate === 'published') await workflow.publish(sec, submissionId);
  }
  return { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
}
