import { expect, type Locator, type Page } from '@playwright/test';

/** The signed-in workspace under /app: its navigation, the signed-in user, Sign out. */
export class WorkspaceShell {
  readonly nav: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Workspace' });
    this.signOutButton = page.getByRole('button', { name: /^sign out$/i });
  }

  async goto(path = '/app'): Promise<this> {
    await this.page.goto(path);
    await this.expectLoaded();
    return this;
  }

  /** On /app…, the workspace navigation is shown, and (when given) the signed-in user's email. */
  async expectLoaded(email?: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/app(\/|\?|$)/);
    await expect(this.nav).toBeVisible();
    await expect(this.nav.getByRole('link', { name: /drafts/i })).toBeVisible();
    if (email) await expect(this.page.getByText(email).first()).toBeVisible();
  }

  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name });
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
