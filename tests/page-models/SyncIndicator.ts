import { expect, type Locator, type Page } from '@playwright/test';

/** The workspace's sync indicator (web/src/lib/components/sync/SyncIndicator.svelte). */
export class SyncIndicator {
  readonly root: Locator;
  readonly status: Locator;
  readonly syncNow: Locator;
  readonly conflictsLink: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('sync-indicator');
    this.status = page.getByTestId('sync-status');
    this.syncNow = this.root.getByRole('button', { name: 'Sync now' });
    this.conflictsLink = page.getByTestId('sync-conflicts-link');
  }

  async expectState(
    state: 'offline' | 'syncing' | 'up-to-date' | 'waiting' | 'error' | 'sign-in' | 'update-app',
    timeout = 15_000,
  ): Promise<void> {
    await expect(this.root).toHaveAttribute('data-state', state, { timeout });
  }

  /** Up to date with nothing waiting, after the automatic sync (no click). */
  async expectUpToDate(timeout = 15_000): Promise<void> {
    await this.expectState('up-to-date', timeout);
  }

  async expectWaiting(count: number): Promise<void> {
    await expect(this.status).toContainText(`${count} change${count === 1 ? '' : 's'} waiting`);
  }
}
