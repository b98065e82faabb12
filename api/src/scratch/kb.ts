import { openSqlite } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
const { db } = openSqlite(':memory:');
await migrateToLatest(db);
const build = () => db.selectFrom('records').select(['table_name', 'id', 'version', 'deleted', 'seq', 'doc', 'sealed']).where('seq', '>', 5).where('entity_id', '=', 'BEN').orderBy('seq').limit(501).compile();
for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (let i = 0; i < 10000; i++) build(); console.log('build+compile changes', ((performance.now() - t0) / 10).toFixed(1), 'µs'); }
const q = build();
for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (let i = 0; i < 10000; i++) await db.executeQuery({ ...q, parameters: [5, 'BEN', 501] }); console.log('execute compiled (empty table)', ((performance.now() - t0) / 10).toFixed(1), 'µs'); }
for (let r = 0; r < 3; r++) { const t0 = performance.now(); for (let i = 0; i < 10000; i++) await build().query && await db.selectFrom('records').select(['table_name', 'id', 'version', 'deleted', 'seq', 'doc', 'sealed']).where('seq', '>', 5).where('entity_id', '=', 'BEN').orderBy('seq').limit(501).execute(); console.log('build+execute (empty table)', ((performance.now() - t0) / 10).toFixed(1), 'µs'); }
