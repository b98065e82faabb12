import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import memoryAdapter from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import { countingServer } from './counting-server.ts';
import type { Doc } from './workload.ts';

PouchDB.plugin(memoryAdapter).plugin(leveldbAdapter).plugin(httpAdapter).plugin(replication).plugin(mapreduce);
const MemoryPouch = PouchDB.defaults({ adapter: 'memory' } as PouchDB.Configuration.DatabaseConfiguration);

export type PouchStorage = 'memory' | 'leveldb';
let n = 0;

/**
 * PouchDB replicating to express-pouchdb: whole-document replication. The devices keep their copy in
 * memory (a browser's IndexedDB is not measured here); the server stores either in memory (keeps
 * nothing) or on disk with LevelDB (the durable peer).
 */
export async function pouchSide(storage: PouchStorage) {
  const ServerPouch =
    storage === 'memory'
      ? MemoryPouch
      : PouchDB.defaults({ adapter: 'leveldb', prefix: `${mkdtempSync(join(tmpdir(), 'ch-bench-pouch-'))}/` } as never);
  const app = express();
  app.use('/', expressPouchDB(ServerPouch, { mode: 'minimumForPouchDB', logPath: '/dev/null', inMemoryConfig: true }));
  const http = await countingServer(app);
  const remoteName = `remote${++n}`;
  const remoteUrl = `${http.url}/${remoteName}`;
  return {
    http,
    /** Writes directly into the server's database: seeding, not measured. */
    remoteDirect: () => new ServerPouch(remoteName),
    local: (name: string) => new MemoryPouch(`${name}${n}`),
    /** The server's database as a replication target over HTTP (the memory default must not apply). */
    remote: () => new PouchDB(remoteUrl, { adapter: 'http' }),
    asDoc: (doc: Doc) => ({ _id: doc.submission.id as string, ...doc.submission, items: doc.items }),
    close: () => http.close(),
  };
}
