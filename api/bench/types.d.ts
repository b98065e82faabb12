declare module 'express-pouchdb' {
  const expressPouchDB: (pouch: unknown, options?: Record<string, unknown>) => import('express').RequestHandler;
  export default expressPouchDB;
}
declare module 'pouchdb-adapter-memory';
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
