declare module 'express' {
  const express: () => { use(path: string, handler: unknown): void } & import('node:http').RequestListener;
  export default express;
}
declare module 'express-pouchdb' {
  const expressPouchDB: (pouch: unknown, options?: Record<string, unknown>) => (req: unknown, res: unknown, next: () => void) => void;
  export default expressPouchDB;
}
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-leveldb';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
declare module 'pouchdb-mapreduce';
declare module 'pouchdb-core' {
  const PouchDB: any;
  namespace PouchDB {
    namespace Configuration {
      type DatabaseConfiguration = Record<string, unknown>;
    }
  }
  export default PouchDB;
}
