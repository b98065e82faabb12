import { describe, expect, it } from 'vitest';
import { afterChoice, planDisabledAccount, planSignOut } from './plan.ts';

const none = { changes: 0, transmissions: 0 };
const some = { changes: 2, transmissions: 0 };
const queued = { changes: 0, transmissions: 1 };

describe('sign-out plan', () => {
  it('wipes at once when nothing is waiting, whoever owns the database', () => {
    expect(planSignOut({ ownerId: 'a', unsent: none }, 'a')).toBe('wipe');
    expect(planSignOut({ ownerId: null, unsent: none }, 'a')).toBe('wipe');
    expect(planSignOut({ ownerId: 'b', unsent: none }, 'a')).toBe('wipe');
  });
  it('asks first when the user has changes or transmissions not sent yet', () => {
    expect(planSignOut({ ownerId: 'a', unsent: some }, 'a')).toBe('ask');
    expect(planSignOut({ ownerId: 'a', unsent: queued }, 'a')).toBe('ask');
    expect(planSignOut({ ownerId: null, unsent: some }, 'a')).toBe('ask');
  });
  it("never deletes another account's unsent work, nor asks about it", () => {
    expect(planSignOut({ ownerId: 'b', unsent: some }, 'a')).toBe('keep-database');
  });
  it('keeps the database by default; deletes only on the confirmed choice', () => {
    expect(afterChoice('keep')).toBe('keep-database');
    expect(afterChoice('discard')).toBe('wipe');
  });
});

describe('deactivated account plan', () => {
  it("wipes the account's data, unsent changes included", () => {
    expect(planDisabledAccount({ ownerId: 'a', unsent: some }, 'a')).toBe('wipe');
    expect(planDisabledAccount({ ownerId: null, unsent: none }, 'a')).toBe('wipe');
    expect(planDisabledAccount({ ownerId: 'a', unsent: none }, null)).toBe('wipe');
  });
  it("keeps another account's unsent work", () => {
    expect(planDisabledAccount({ ownerId: 'b', unsent: some }, 'a')).toBe('keep-database');
    expect(planDisabledAccount({ ownerId: 'b', unsent: none }, 'a')).toBe('wipe');
  });
});
