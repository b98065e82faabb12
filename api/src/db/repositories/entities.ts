import { ENTITY_KINDS, REGIONAL_GROUPS, unStateNames, type EntityAnswer } from '@clearinghouse/shared';
import type { Db } from '../connection.ts';
import type { EntityRow } from '../schema.ts';
import { storedOneOf, storedOneOfOrNull } from './stored-values.ts';

/** An entity as stored and as the API answers it (the shared shape). */
export type EntityRecord = EntityAnswer;

/** A State is named as the UN names it (shared/src/reference/un-state-names.ts), in every language. */
const toEntity = (row: EntityRow): EntityRecord => {
  const stored = { ...(JSON.parse(row.names_json) as Record<string, string>), en: row.name_en, fr: row.name_fr };
  const official = row.kind === 'state' ? unStateNames(row.id)?.names : undefined;
  return {
    id: row.id,
    kind: storedOneOf(ENTITY_KINDS, row.kind, 'entity kind'),
    names: official ? { ...stored, ...official } : stored,
    regionalGroup: storedOneOfOrNull(REGIONAL_GROUPS, row.regional_group, 'regional group'),
  };
};

/** English and French names have their own columns (sorted and searched on); the other languages' are JSON. */
const nameColumns = ({ en, fr, ...others }: EntityRecord['names']) => ({ name_en: en, name_fr: fr, names_json: JSON.stringify(others) });

const toRow = (e: EntityRecord, now: string) => ({
  id: e.id,
  kind: e.kind,
  ...nameColumns(e.names),
  regional_group: e.regionalGroup,
  created_at: now,
  updated_at: now,
});

export function entitiesRepo(db: Db) {
  return {
    async list() {
      const rows = await db.selectFrom('entities').selectAll().orderBy('name_en').execute();
      return rows.map(toEntity);
    },
    async get(id: string) {
      const row = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toEntity(row) : null;
    },
    async insert(e: EntityRecord, now: string) {
      await db.insertInto('entities').values(toRow(e, now)).execute();
    },
    async updateNames(id: string, names: EntityRecord['names'], now: string) {
      await db
        .updateTable('entities')
        .set({ ...nameColumns(names), updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    /** Reference data loading: adds entities that are missing, never overwrites a correction. */
    async insertMissing(list: EntityRecord[], now: string) {
      const existing = new Set((await db.selectFrom('entities').select('id').execute()).map((r) => r.id));
      const missing = list.filter((e) => !existing.has(e.id));
      // one statement per hundred States, not one per State: the reference data has ~200
      for (let i = 0; i < missing.length; i += 100) {
        await db
          .insertInto('entities')
          .values(missing.slice(i, i + 100).map((e) => toRow(e, now)))
          .execute();
      }
      return missing.map((e) => e.id);
    },
    async count() {
      const row = await db
        .selectFrom('entities')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
