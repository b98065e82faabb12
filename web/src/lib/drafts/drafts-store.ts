/**
 * Every drafting write. Each one runs in ONE read-write transaction that changes the record and
 * records its outbox entry (lib/db/outbox-write.ts), so sync never sees one without the other.
 * Values are checked with the shared schemas first: the server would reject what they refuse.
 */
import {
  comparePositions,
  positionBetween,
  uuidv7,
  validateItemPatch,
  validateSubmissionPatch,
  type Attachment,
  type Category,
  type FieldError,
  type Submission,
  type SyncTable,
} from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { claimDevice, localChangeTables, type DeviceOwner } from '$lib/db/device-owner.ts';
import { getDb } from '$lib/db/instance.ts';
import { META } from '$lib/db/meta.ts';
import { readKnownState, recordChange, withdrawPending } from '$lib/db/outbox-write.ts';
import type { LocalItem } from '$lib/db/rows.ts';
import { DraftNotFoundError, DraftValidationError, OtherUserDataError } from './errors.ts';
import { prepareAttachment, type StoredFile } from './attachment-blobs.ts';
import { heldFieldsOf, updateHeld } from './held-values.ts';

export interface NewSubmission {
  entityId: string;
  cycleId?: string | null;
  title?: string | null;
  language?: Submission['language'];
}

/** What `deleteItem` returns so the deletion can be undone. */
export interface DeletedItem {
  readonly item: LocalItem;
  /** The outbox entry that tells the server; null when the item had never left this device. */
  readonly mid: number | null;
}

type ItemFields = Record<string, unknown>;
const ITEM_LOCAL_ONLY = new Set(['updatedAt']);

export class DraftsStore {
  /**
   * Each element's submission, as read from it (an element never moves to another submission): a save
   * of the element can then read its submission with its other reads, and stamp it in the same round
   * as its writes, instead of one more round trip after them (`update` reads, then writes).
   */
  readonly #submissionOf = new Map<string, string>();

  constructor(
    readonly db: ClearinghouseDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private stamp(): string {
    return this.now().toISOString();
  }

  private rw<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', localChangeTables(this.db), work);
  }

  /** Binds the device to `owner`; never takes it from another account (only sync does: claimDevice). */
  claim(owner: DeviceOwner): Promise<boolean> {
    return claimDevice(this.db, owner);
  }

  private async assertOwner(): Promise<void> {
    // Owner checks happen in claim(); a write without a claimed owner means the page skipped it.
    if (!(await this.db.meta.get(META.userId))) throw new OtherUserDataError();
  }

  async createSubmission(input: NewSubmission): Promise<Submission> {
    const fields: Record<string, unknown> = {
      id: uuidv7(this.now().getTime()),
      entityId: input.entityId,
      cycleId: input.cycleId ?? null,
      title: input.title ?? null,
      ...(input.language ? { language: input.language } : {}),
    };
    const checked = validateSubmissionPatch(fields, { partial: false });
    if (!checked.ok) throw new DraftValidationError(checked.details);
    const at = this.stamp();
    return this.rw(async () => {
      await this.assertOwner();
      const submission = { ...fields, status: 'draft', createdAt: at, updatedAt: at } as Submission;
      await this.db.submissions.add(submission);
      await recordChange(this.db, { table: 'submissions', id: submission.id, op: 'upsert', fields }, at);
      return submission;
    });
  }

  /** Changes some of a draft's own fields (title, language, cycleId). */
  async updateSubmission(id: string, fields: Record<string, unknown>): Promise<void> {
    const checked = validateSubmissionPatch(fields, { partial: true });
    if (!checked.ok) throw new DraftValidationError(checked.details);
    const at = this.stamp();
    await this.rw(async () => {
      const current = await this.db.submissions.get(id);
      if (!current) throw new DraftNotFoundError(id);
      await this.db.submissions.update(id, { ...fields, updatedAt: at });
      await recordChange(this.db, { table: 'submissions', id, op: 'upsert', fields }, at);
    });
  }

  /** A new element at the end of its category (or at `position`). */
  async createItem(submissionId: string, category: Category, fields: ItemFields = {}): Promise<LocalItem> {
    const at = this.stamp();
    return this.rw(async () => {
      const submission = await this.db.submissions.get(submissionId);
      if (!submission) throw new DraftNotFoundError(submissionId);
      const siblings = await this.itemsOf(submissionId, category);
      const last = siblings[siblings.length - 1]?.position ?? null;
      const record: ItemFields = {
        id: uuidv7(this.now().getTime()),
        submissionId,
        category,
        position: positionBetween(last, null),
        confidential: false,
        confidentialFields: [],
        title: null,
        ...fields,
      };
      const checked = validateItemPatch(category, record, { partial: false });
      if (!checked.ok) throw new DraftValidationError(checked.details);
      const item = { ...record, updatedAt: at } as LocalItem;
      await this.db.items.add(item);
      await this.touch(submissionId, at);
      await recordChange(this.db, { table: 'items', id: item.id, op: 'upsert', fields: record }, at);
      return item;
    });
  }

  /**
   * Autosave's write: each field is checked on its own, so one refused value never costs the others.
   * What the schema accepts is saved (record and outbox); what it refuses is held on this device as
   * typed (held-values.ts). Returns the refused fields' problems.
   */
  async saveEdits(table: SyncTable, id: string, fields: ItemFields, typed: Readonly<Record<string, string>> = {}): Promise<FieldError[]> {
    const at = this.stamp();
    return this.rw(async () => {
      // Every read the write needs is asked at once, then every write: each awaited request is a turn
      // of the event loop, and on a page busy laying out a long text each turn can wait ~100 ms.
      const parentId = table === 'items' ? this.#submissionOf.get(id) : undefined;
      const [current, held, known, parent] = await Promise.all([
        table === 'items' ? this.db.items.get(id) : this.db.submissions.get(id),
        heldFieldsOf(this.db, table, id, Object.keys(fields)),
        readKnownState(this.db, table, id),
        parentId === undefined ? undefined : this.db.submissions.get(parentId),
      ]);
      if (!current) throw new DraftNotFoundError(id);
      const accepted: ItemFields = {};
      const refused: Record<string, string> = {};
      const problems: FieldError[] = [];
      for (const [field, value] of Object.entries(fields)) {
        const checked =
          table === 'items'
            ? validateItemPatch((current as LocalItem).category, { [field]: value }, { partial: true })
            : validateSubmissionPatch({ [field]: value }, { partial: true });
        if (checked.ok) accepted[field] = value;
        else {
          refused[field] = typed[field] ?? (typeof value === 'string' ? value : JSON.stringify(value));
          problems.push(...checked.details);
        }
      }
      const writes: Promise<unknown>[] = [
        updateHeld(
          this.db,
          table,
          id,
          refused,
          Object.keys(accepted).filter((f) => held.has(f)),
        ),
      ];
      if (Object.keys(accepted).length > 0) {
        // The record read above, with the accepted fields: what `update` would write, one request fewer.
        const record = withFields(current, { ...accepted, updatedAt: at });
        if (table === 'items') {
          const { submissionId } = current as LocalItem;
          this.#submissionOf.set(id, submissionId);
          writes.push(
            this.db.items.put(record as LocalItem),
            // The submission read above (a missing one stays missing, as `update` leaves it).
            parent?.id === submissionId ? this.db.submissions.put({ ...parent, updatedAt: at }) : this.touch(submissionId, at),
          );
        } else {
          writes.push(this.db.submissions.put(record as Submission));
        }
        writes.push(recordChange(this.db, { table, id, op: 'upsert', fields: accepted }, at, { known }));
      }
      await Promise.all(writes);
      return problems;
    });
  }

  /** Changes some fields of an element; only the changed fields go to the outbox. */
  async updateItem(id: string, fields: ItemFields): Promise<void> {
    const at = this.stamp();
    await this.rw(async () => {
      const item = await this.db.items.get(id);
      if (!item) throw new DraftNotFoundError(id);
      const checked = validateItemPatch(item.category, fields, { partial: true });
      if (!checked.ok) throw new DraftValidationError(checked.details);
      for (const key of ['id', 'submissionId', 'category']) {
        if (key in fields && fields[key] !== (item as ItemFields)[key]) {
          throw new DraftValidationError([{ field: key, message: `${key} cannot change.` }]);
        }
      }
      await this.db.items.update(id, { ...fields, updatedAt: at } as Partial<LocalItem>);
      await this.touch(item.submissionId, at);
      await recordChange(this.db, { table: 'items', id, op: 'upsert', fields }, at);
    });
  }

  async deleteItem(id: string): Promise<DeletedItem> {
    const at = this.stamp();
    return this.rw(async () => {
      const item = await this.db.items.get(id);
      if (!item) throw new DraftNotFoundError(id);
      await this.db.items.delete(id);
      await this.touch(item.submissionId, at);
      const base = await this.db.bases.get(['items', id]);
      const entries = await this.db.outbox.where('[table+id]').equals(['items', id]).toArray();
      // Never sent and unknown to the server: forgetting it locally is the whole deletion. Only when the
      // creation itself is still queued: once the server acknowledged it (its entry gone, no pull yet to
      // bring a base), the server holds the element and the next pull would bring it back undeleted.
      // When unsure, a delete is recorded: the server answers a delete of what it never had with a no-op.
      const creationQueued = entries.some((e) => e.op === 'upsert' && e.fields !== undefined && 'submissionId' in e.fields);
      if (!base && creationQueued && entries.every((e) => e.state === 'pending')) {
        await this.db.outbox.bulkDelete(entries.map((e) => e.mid!));
        return { item, mid: null };
      }
      return { item, mid: await recordChange(this.db, { table: 'items', id, op: 'delete' }, at) };
    });
  }

  /** Puts a deleted element back as it was. */
  async undoDelete(deleted: DeletedItem): Promise<void> {
    const at = this.stamp();
    // The caller may hold the token in reactive state: a Svelte proxy cannot be stored (DataCloneError),
    // so the element is copied to plain data first. Items are JSON records, so nothing is lost.
    const item = JSON.parse(JSON.stringify(deleted.item)) as LocalItem;
    await this.rw(async () => {
      await this.db.items.put({ ...item, updatedAt: at });
      await this.touch(item.submissionId, at);
      const withdrawn = deleted.mid !== null && (await withdrawPending(this.db, deleted.mid));
      if (withdrawn) return; // the earlier entries describing the item are still in the outbox
      const fields = Object.fromEntries(Object.entries(item).filter(([k]) => !ITEM_LOCAL_ONLY.has(k)));
      await recordChange(this.db, { table: 'items', id: item.id, op: 'upsert', fields }, at);
    });
  }

  /** Moves an element one place up or down within its category: one record changes (its position). */
  async moveItem(id: string, direction: 'up' | 'down'): Promise<boolean> {
    const item = await this.db.items.get(id);
    if (!item) throw new DraftNotFoundError(id);
    const siblings = await this.itemsOf(item.submissionId, item.category);
    const index = siblings.findIndex((s) => s.id === id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= siblings.length) return false;
    const [before, after] = direction === 'up' ? [siblings[target - 1], siblings[target]] : [siblings[target], siblings[target + 1]];
    const position = positionBetween(before?.position ?? null, after?.position ?? null);
    await this.updateItem(id, { position });
    return true;
  }

  /**
   * Adds or removes one value of a list field (confidentialFields, a field of ticked options), reading
   * the list inside the write: quick ticks each apply to the result of the one before (IndexedDB runs
   * overlapping transactions in order), never to a copy of the list the screen held.
   */
  async setInList(id: string, field: string, value: string, present: boolean): Promise<void> {
    const at = this.stamp();
    await this.rw(async () => {
      const item = await this.db.items.get(id);
      if (!item) throw new DraftNotFoundError(id);
      const current = (item as ItemFields)[field];
      const list = (Array.isArray(current) ? (current as string[]) : []).filter((v) => v !== value);
      await this.updateWithin(item, { [field]: present ? [...list, value] : list }, at);
    });
  }

  /** Stores the file's bytes (once per content) and lists it on the element. */
  async addAttachment(itemId: string, file: StoredFile): Promise<Attachment> {
    const at = this.stamp();
    const { attachment, row } = await prepareAttachment(file, at);
    await this.rw(async () => {
      const item = await this.db.items.get(itemId);
      if (!item) throw new DraftNotFoundError(itemId);
      if (!(await this.db.attachments.get(row.sha256))) await this.db.attachments.add(row);
      const list = (item.attachments ?? []).filter((a) => a.sha256 !== attachment.sha256);
      await this.updateWithin(item, { attachments: [...list, attachment] }, at);
    });
    return attachment;
  }

  async removeAttachment(itemId: string, sha256: string): Promise<void> {
    const at = this.stamp();
    await this.rw(async () => {
      const item = await this.db.items.get(itemId);
      if (!item) throw new DraftNotFoundError(itemId);
      // The blob stays: another element, or an undo, may still reference it.
      await this.updateWithin(item, { attachments: (item.attachments ?? []).filter((a) => a.sha256 !== sha256) }, at);
    });
  }

  /** Elements of one category in display order. */
  async itemsOf(submissionId: string, category: Category): Promise<LocalItem[]> {
    const items = await this.db.items.where('[submissionId+category]').equals([submissionId, category]).toArray();
    return items.sort((a, b) => comparePositions(a.position ?? '', b.position ?? ''));
  }

  private async updateWithin(item: LocalItem, fields: ItemFields, at: string): Promise<void> {
    const checked = validateItemPatch(item.category, fields, { partial: true });
    if (!checked.ok) throw new DraftValidationError(checked.details);
    await this.db.items.update(item.id, { ...fields, updatedAt: at } as Partial<LocalItem>);
    await this.touch(item.submissionId, at);
    await recordChange(this.db, { table: 'items', id: item.id, op: 'upsert', fields }, at);
  }

  /** The draft's "last change": local bookkeeping, never sent (updatedAt is the server's field). */
  private async touch(submissionId: string, at: string): Promise<void> {
    await this.db.submissions.update(submissionId, { updatedAt: at });
  }
}

/** `update`'s result computed from a record already read: a field set to undefined is removed, as update does. */
function withFields<T extends object>(record: T, fields: Record<string, unknown>): T {
  const next: Record<string, unknown> = { ...record, ...fields };
  for (const [field, value] of Object.entries(fields)) if (value === undefined) delete next[field];
  return next as T;
}

let store: DraftsStore | undefined;

/** The one store of this page, on the app's database. */
export function draftsStore(): DraftsStore {
  store ??= new DraftsStore(getDb());
  return store;
}
