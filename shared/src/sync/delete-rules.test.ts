import { describe, expect, it } from 'vitest';
import { planMutation } from './delete-rules.ts';

const live = (version: number) => ({ version, deleted: false });
const tombstone = (version: number) => ({ version, deleted: true });

describe('planMutation', () => {
  it('applies a creation and an edit of the current version', () => {
    expect(planMutation('upsert', null, null)).toEqual({ action: 'apply' });
    expect(planMutation('upsert', 3, live(3))).toEqual({ action: 'apply' });
  });

  it('merges an edit of an older version', () => {
    expect(planMutation('upsert', 2, live(3))).toEqual({ action: 'merge', base: 2 });
  });

  it('makes an edit against a deleted record a conflict', () => {
    expect(planMutation('upsert', 2, tombstone(3))).toEqual({ action: 'conflict', reason: 'edit-of-deleted' });
  });

  it('treats an edit based on the tombstone itself as a deliberate restore', () => {
    expect(planMutation('upsert', 3, tombstone(3))).toEqual({ action: 'apply' });
  });

  it('makes a delete against an edited record a conflict', () => {
    expect(planMutation('delete', 2, live(3))).toEqual({ action: 'conflict', reason: 'delete-of-edited' });
  });

  it('applies a delete of the current version, and does nothing for what is already gone', () => {
    expect(planMutation('delete', 3, live(3))).toEqual({ action: 'apply' });
    expect(planMutation('delete', 2, tombstone(3))).toEqual({ action: 'noop' });
    expect(planMutation('delete', null, null)).toEqual({ action: 'noop' });
  });

  it("counts the client's own earlier write as its base (create then delete in one push)", () => {
    expect(planMutation('delete', null, live(1))).toEqual({ action: 'conflict', reason: 'delete-of-edited' });
    expect(planMutation('delete', null, live(1), 1)).toEqual({ action: 'apply' });
    expect(planMutation('upsert', 2, live(4), 4)).toEqual({ action: 'apply' });
  });

  it('rejects an edit of an unknown record and a base from the future', () => {
    expect(planMutation('upsert', 2, null)).toEqual({ action: 'reject', code: 'not-found' });
    expect(planMutation('upsert', 5, live(3))).toEqual({ action: 'reject', code: 'bad-base-version' });
  });

  it('merges a "new" record whose id already exists against an empty base', () => {
    expect(planMutation('upsert', null, live(2))).toEqual({ action: 'merge', base: null });
  });
});
