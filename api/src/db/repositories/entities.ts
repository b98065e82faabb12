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
      const { en, fr, ...others } = e.names;
      await db
        .insertInto('entities')
        .values({
          id: e.id,
          kind: e.kind,
          name_en: en,
          name_fr: fr,
          names_json: JSON.stringify(others),
          regional_group: e.regionalGroup,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },
    async updateNames(id: string, names: EntityRecord['names'], now: string) {
      const { en, fr, ...others } = names;
      await db
        .updateTable('entities')
        .set({ name_en: en, name_fr: fr, names_json: JSON.stringify(others), updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    /** Reference data loading: adds entities that are missing, never overwrites a correction. */
    async insertMissing(list: EntityRecord[], now: string) {
      const existing = new Set((await db.selectFrom('entities').select('id').execute()).map((r) => r.id));
      const missing = list.filter((e) => !existing.has(e.id));
      // one statement per hundred States, not one per State: the reference data has ~200
      for (let i = 0; i < missing.length; i += 100) {
        const values = missing.slice(i, i + 100).map((e) => {
          const { en, fr, ...others } = e.names;
          return {
            id: e.id,
            kind: e.kind,
            name_en: en,
            name_fr: fr,
            names_json: JSON.stringify(others),
            regional_group: e.regionalGroup,
            created_at: now,
            updated_at: now,
          };
        });
        await db.insertInto('entities').values(values).execute();
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
