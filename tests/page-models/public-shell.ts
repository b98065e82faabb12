import { expect, type Locator, type Page } from '@playwright/test';

/** The public clearinghouse: main navigation, one h1 per page. */
export class PublicShell {
  readonly nav: Locator;
  readonly heading: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.main = page.getByRole('main');
  }

  async goto(path: string): Promise<this> {
    await this.page.goto(path);
    await expect(this.main).toBeVisible();
    return this;
  }

  /** The page shows its main navigation and exactly one h1, optionally matching `heading`. */
  async expectLoaded(heading?: string | RegExp): Promise<void> {
    await expect(this.nav).toBeVisible();
    await expect(this.heading).toHaveCount(1);
    if (heading) await expect(this.heading).toHaveText(heading);
    else await expect(this.heading).not.toBeEmpty();
  }
}
