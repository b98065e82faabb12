import { EXCHANGE_STATUSES, type Exchange } from '@clearinghouse/shared';
import type { Db } from '../connection.ts';
import { storedOneOf } from './stored-values.ts';
import type { AssistanceExchangeRow } from '../schema.ts';

const toExchange = (r: AssistanceExchangeRow): Exchange => ({
  id: r.id,
  providerEntityId: r.provider_entity_id,
  recipientEntityId: r.recipient_entity_id,
  offerItemId: r.offer_item_id,
  needItemId: r.need_item_id,
  thematicArea: r.thematic_area,
  status: storedOneOf(EXCHANGE_STATUSES, r.status, 'exchange status'),
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function assistanceExchangesRepo(db: Db) {
  return {
    async list() {
      return (await db.selectFrom('assistance_exchanges').selectAll().orderBy('created_at').execute()).map(toExchange);
    },
    async get(id: string) {
      const row = await db.selectFrom('assistance_exchanges').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toExchange(row) : null;
    },
    async insert(e: Exchange, by: string) {
      await db
        .insertInto('assistance_exchanges')
        .values({
          id: e.id,
          provider_entity_id: e.providerEntityId,
          recipient_entity_id: e.recipientEntityId,
          offer_item_id: e.offerItemId,
          need_item_id: e.needItemId,
          thematic_area: e.thematicArea,
          status: e.status,
          notes: e.notes,
          created_at: e.createdAt,
          updated_at: e.updatedAt,
          created_by: by,
        })
        .execute();
    },
    async update(e: Exchange) {
      await db
        .updateTable('assistance_exchanges')
        .set({ thematic_area: e.thematicArea, status: e.status, notes: e.notes, updated_at: e.updatedAt })
        .where('id', '=', e.id)
        .execute();
    },
    async remove(id: string) {
      await db.deleteFrom('assistance_exchanges').where('id', '=', id).execute();
    },
  };
}
