import { expect, type Locator, type Page } from '@playwright/test';

/** The signed-in workspace under /app: its navigation, the signed-in user, Sign out. */
export class WorkspaceShell {
  readonly nav: Locator;
  readonly signOutButton: Locator;
  /** The workspace menu's own button, shown on narrow screens only. */
  readonly menuButton: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Workspace' });
    this.signOutButton = page.getByRole('button', { name: /^sign out$/i });
    this.menuButton = this.nav.getByRole('button', { name: /workspace menu/i });
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
    // Every role has the dashboard; on a phone the links sit behind the menu button.
    await expect(this.nav.getByRole('link', { name: /^dashboard$/i }).or(this.menuButton)).toBeVisible();
    if (email) await expect(this.page.getByText(email).first()).toBeVisible();
  }

  /** The names of the menu's links, opening the menu first on a narrow screen. */
  async menuItems(): Promise<string[]> {
    if (await this.menuButton.isVisible()) {
      if ((await this.menuButton.getAttribute('aria-expanded')) !== 'true') await this.menuButton.click();
    }
    const links = this.nav.getByRole('link');
    await expect(links.first()).toBeVisible();
    return (await links.allInnerTexts()).map((text) => text.trim());
  }

  navLink(name: string | RegExp): Locator {
    return this.nav.getByRole('link', { name });
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
