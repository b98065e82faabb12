import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClearinghouseDb } from '$lib/db/database.ts';
import { OWNER } from '$lib/db/test-db.ts';
import { DraftsStore } from './drafts-store.ts';
import { DraftNotFoundError } from './errors.ts';
import { readHeldTexts } from './held-values.ts';
import { OffThreadSaves } from './off-thread-saves.ts';
import { answerSave, type SaveAnswer, type SaveRequest } from './save-messages.ts';

// The hooks a page runs before giving its connection up to another tab's upgrade, to run them here.
const beforeDbClose = vi.hoisted(() => [] as (() => unknown)[]);
vi.mock('$lib/db/instance.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  onBeforeDbClose: (hook: () => unknown) => (beforeDbClose.push(hook), () => {}),
}));

/**
 * The worker's side is the real one (answerSave over its own connection to the same database, as
 * save-worker.ts runs it); only the thread is not: messages are cloned and answered in this process.
 * The browser runs the real worker in every editor e2e spec.
 */
class InProcessWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  asked = 0;
  constructor(
    readonly store: DraftsStore,
    private readonly breaks = false,
  ) {}
  postMessage(request: SaveRequest): void {
    this.asked++;
    // A worker whose script failed to load: the error comes, never an answer.
    if (this.breaks) return void setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
    void answerSave(this.store, structuredClone(request)).then((answer) => {
      if (!this.terminated) this.onmessage?.({ data: structuredClone(answer) });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker that answers when the test says, with the real save or with the answer the test gives. */
class HeldWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly asked: SaveRequest[] = [];
  constructor(readonly store: DraftsStore) {}
  postMessage(request: SaveRequest): void {
    this.asked.push(structuredClone(request));
  }
  async answer(seq: number, given?: SaveAnswer): Promise<void> {
    const answer =
      given ??
      (await answerSave(
        this.store,
        this.asked.find((r) => r.seq === seq)!,
      ));
    if (!this.terminated) this.onmessage?.({ data: structuredClone(answer) });
  }
  terminate(): void {
    this.terminated = true;
  }
}

let factory: IDBFactory;
let name = 0;
let page: DraftsStore;
const connection = () => new ClearinghouseDb(`off-thread-${name}`, { indexedDB: factory, IDBKeyRange });

beforeEach(async () => {
  factory = new IDBFactory();
  name++;
  page = new DraftsStore(connection());
  await page.claim(OWNER);
});

async function anElement() {
  const submission = await page.createSubmission({ entityId: 'BEN' });
  return page.createItem(submission.id, 'legislation', { title: 'Act' });
}

describe('autosave saves in a worker', () => {
  it('a save is on disk when it resolves, with its commit time in this page’s clock', async () => {
    const item = await anElement();
    const worker = new InProcessWorker(new DraftsStore(connection()));
    const saves = new OffThreadSaves(page, () => worker as unknown as Worker);
    const before = performance.now();
    const saved = await saves.save({ table: 'items', id: item.id, fields: { description: 'Typed' }, typed: {} });
    expect(worker.asked).toBe(1);
    expect(saved.problems).toEqual([]);
    expect(saved.committedAt).toBeGreaterThanOrEqual(before);
    expect(saved.committedAt).toBeLessThanOrEqual(performance.now());
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'Typed' });
    expect(await page.db.outbox.where('[table+id]').equals(['items', item.id]).last()).toMatchObject({ fields: { description: 'Typed' } });
  });

  it('a refused value comes back held, a record gone comes back as DraftNotFoundError, and the worker stays', async () => {
    const item = await anElement();
    const worker = new InProcessWorker(new DraftsStore(connection()));
    const saves = new OffThreadSaves(page, () => worker as unknown as Worker);
    const saved = await saves.save({
      table: 'items',
      id: item.id,
      fields: { status: 'no-such-status' },
      typed: { status: 'no-such-status' },
    });
    expect(saved.problems.map((p) => p.field)).toEqual(['status']);
    expect(await readHeldTexts(page.db)).toEqual({ [`${item.id}:status`]: 'no-such-status' });
    await page.deleteItem(item.id);
    await expect(saves.save({ table: 'items', id: item.id, fields: { title: 'Late' }, typed: {} })).rejects.toBeInstanceOf(
      DraftNotFoundError,
    );
    // Both were the save's own answers, given by the worker: it still does the next save.
    expect([worker.asked, worker.terminated]).toEqual([2, false]);
  });

  it('a worker that cannot start: every save is done on this thread', async () => {
    const item = await anElement();
    const saves = new OffThreadSaves(page, () => {
      throw new Error('module workers not supported');
    });
    await saves.save({ table: 'items', id: item.id, fields: { description: 'Here' }, typed: {} });
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'Here' });
  });

  it('a worker whose script fails: what it was asked, and every later save, is done here', async () => {
    const item = await anElement();
    const worker = new InProcessWorker(new DraftsStore(connection()), true);
    let started = 0;
    const saves = new OffThreadSaves(page, () => (started++, worker as unknown as Worker));
    await saves.save({ table: 'items', id: item.id, fields: { description: 'First' }, typed: {} });
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'First' });
    await saves.save({ table: 'items', id: item.id, fields: { description: 'Second' }, typed: {} });
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'Second' });
    expect([started, worker.asked, worker.terminated]).toEqual([1, 1, true]);
  });

  it('a worker whose connection was closed (another tab upgrading, a sign-out): the save is done here', async () => {
    const item = await anElement();
    const workerStore = new DraftsStore(connection());
    await workerStore.db.open();
    workerStore.db.close();
    const worker = new InProcessWorker(workerStore);
    const saves = new OffThreadSaves(page, () => worker as unknown as Worker);
    await saves.save({ table: 'items', id: item.id, fields: { description: 'Not lost' }, typed: {} });
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'Not lost' });
    expect(worker.terminated).toBe(true);
  });

  it('a connection error for one save, another editor’s save still in the worker: both are done here, in order', async () => {
    const item = await anElement();
    const worker = new HeldWorker(new DraftsStore(connection()));
    const saves = new OffThreadSaves(page, () => worker as unknown as Worker);
    const first = saves.save({ table: 'items', id: item.id, fields: { description: 'First editor' }, typed: {} });
    const second = saves.save({ table: 'items', id: item.id, fields: { description: 'Second editor' }, typed: {} });
    await worker.answer(1, { seq: 1, ok: false, error: { name: 'QuotaExceededError', message: 'The disk is full' } });
    await Promise.all([first, second]);
    expect(worker.terminated).toBe(true);
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'Second editor' });
  });

  it('an edit the browser cannot send to the worker is saved here', async () => {
    const item = await anElement();
    const worker = new HeldWorker(new DraftsStore(connection()));
    worker.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    const saves = new OffThreadSaves(page, () => worker as unknown as Worker);
    await saves.save({ table: 'items', id: item.id, fields: { description: 'Sent anyway' }, typed: {} });
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'Sent anyway' });
  });

  it('an answer that cannot be read: what the worker held is saved here', async () => {
    const item = await anElement();
    const worker = new HeldWorker(new DraftsStore(connection()));
    const saves = new OffThreadSaves(page, () => worker as unknown as Worker);
    const saved = saves.save({ table: 'items', id: item.id, fields: { description: 'Held' }, typed: {} });
    worker.onmessageerror?.();
    await saved;
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'Held' });
  });

  it('the page gives its connection up for an upgrade: the saves the worker still holds are done here first', async () => {
    const item = await anElement();
    const worker = new HeldWorker(new DraftsStore(connection()));
    const saves = new OffThreadSaves(page, () => worker as unknown as Worker);
    const saved = saves.save({ table: 'items', id: item.id, fields: { description: 'Before the upgrade' }, typed: {} });
    for (const hook of beforeDbClose) await hook();
    await saved;
    expect(worker.terminated).toBe(true);
    expect(await page.db.items.get(item.id)).toMatchObject({ description: 'Before the upgrade' });
  });
});
