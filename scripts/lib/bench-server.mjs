// The server half of `pnpm bench`, run from the bench workspace package (bench/): sync against PouchDB
// (memory and LevelDB on disk) and the load of 100 devices. Each entry is [package folder, script].
export const serverBenchSteps = [
  ['bench', 'src/sync-vs-pouchdb.ts'],
  ['bench', 'src/load.ts'],
];
