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
    // A pull landing during the click re-renders the list; a click lost that way is tried again (the
    // session notes record this as something to look at in the UI). A second click is harmless: it
    // writes the same value.
    await expect(async () => {
      await this.conflictOn(field).getByRole('button', { name: 'Keep mine' }).click({ timeout: 2_000 });
      await expect(this.conflictOn(field)).toHaveCount(0, { timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
  }
}
