import { describe, expect, it } from 'vitest';
import { EMPTY_SYNC_SUMMARY, type LocalSyncSummary } from './local-summary.ts';
import { syncView } from './sync-view.ts';

const local = (over: Partial<LocalSyncSummary> = {}): LocalSyncSummary => ({ ...EMPTY_SYNC_SUMMARY, ...over });
const base = { online: true, running: false, failure: null };

describe('syncView', () => {
  it('offline with a queued transmission says so, not only "offline"', () => {
    expect(syncView({ ...base, online: false, local: local({ pendingIntents: 1 }) })).toEqual({
      state: 'offline',
      waiting: 0,
      transmissions: 1,
    });
  });

  it('online with only a transmission queued is waiting, never up to date', () => {
    expect(syncView({ ...base, local: local({ pendingIntents: 2 }) })).toMatchObject({ state: 'waiting', transmissions: 2 });
  });

  it('while syncing: the changes left and the file going up', () => {
    const upload = { name: 'act.pdf', index: 1, count: 2, sent: 10, total: 100 };
    expect(syncView({ ...base, running: true, local: local({ waiting: 7 }), upload })).toEqual({
      state: 'syncing',
      waiting: 7,
      transmissions: 0,
      upload,
    });
  });

  it('the last file fully sent is dropped while the changes are pushed after it', () => {
    const upload = { name: 'act.pdf', index: 2, count: 2, sent: 100, total: 100 };
    expect(syncView({ ...base, running: true, local: local({ waiting: 3 }), upload })).toMatchObject({ upload: null, waiting: 3 });
    expect(syncView({ ...base, running: true, local: local(), upload: { ...upload, index: 1 } })).toMatchObject({
      upload: { index: 1 },
    });
  });
});
