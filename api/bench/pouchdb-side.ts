import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import { countingServer } from './counting-server.ts';
import type { Doc } from './workload.ts';

PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication).plugin(mapreduce);
const MemoryPouch = PouchDB.defaults({ adapter: 'memory' } as PouchDB.Configuration.DatabaseConfiguration);

let n = 0;

/** PouchDB replicating to express-pouchdb, both on memory adapters: whole-document replication. */
export async function pouchSide() {
  const app = express();
  app.use('/', expressPouchDB(MemoryPouch, { mode: 'minimumForPouchDB', logPath: '/dev/null' }));
  const http = await countingServer(app);
  const remoteName = `remote${++n}`;
  const remoteUrl = `${http.url}/${remoteName}`;
  return {
    http,
    /** Writes directly into the server's database: seeding, not measured. */
    remoteDirect: () => new MemoryPouch(remoteName),
    local: (name: string) => new MemoryPouch(`${name}${n}`),
    /** The server's database as a replication target over HTTP (the memory default must not apply). */
    remote: () => new PouchDB(remoteUrl, { adapter: 'http' }),
    asDoc: (doc: Doc) => ({ _id: doc.submission.id as string, ...doc.submission, items: doc.items }),
    close: () => http.close(),
  };
}
