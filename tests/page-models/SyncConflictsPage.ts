import { expect, type Locator, type Page } from '@playwright/test';

/** /app/conflicts: one card per conflict, base / the other version / mine, and the three choices. */
export class SyncConflictsPage {
  readonly heading: Locator;
  readonly conflicts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Conflicts' });
    this.conflicts = page.getByTestId('conflict');
  }

  async goto(): Promise<this> {
    await this.page.goto('/app/conflicts');
    await expect(this.heading).toBeVisible();
    return this;
  }

  conflictOn(field: string): Locator {
    return this.page.locator(`[data-testid="conflict"][data-field="${field}"]`);
  }

  async expectConflict(field: string, theirs: string, mine: string): Promise<void> {
    const card = this.conflictOn(field);
    await expect(card).toBeVisible();
    await expect(card.getByTestId('theirs')).toContainText(theirs);
    await expect(card.getByTestId('mine')).toContainText(mine);
  }

  async keepMine(field: string): Promise<void> {
    await this.conflictOn(field).getByRole('button', { name: 'Keep mine' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'It will be sent with your next sync' })).toBeVisible();
    await expect(this.conflictOn(field)).toHaveCount(0);
  }
}
