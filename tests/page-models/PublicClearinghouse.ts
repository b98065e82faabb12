import { expect, type Locator, type Page } from '@playwright/test';

/** The public clearinghouse pages as a visitor uses them: search, profiles, the two-way table, events. */
export class PublicClearinghouse {
  readonly main: Locator;
  readonly heading: Locator;
  readonly offlineNotice: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.offlineNotice = page.getByText('You are offline: this is the copy saved on this device.');
  }

  async search(words: string): Promise<void> {
    await this.main.getByRole('searchbox', { name: /search/i }).fill(words);
    await this.main.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(this.page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(words).replace(/%20/g, '\\+')}`));
  }

  results(): Locator {
    return this.main.locator('.hits article');
  }

  async filter(facet: string, value: string | RegExp): Promise<void> {
    await this.main.getByRole('navigation', { name: facet }).getByRole('link', { name: value }).click();
  }

  async openResult(title: string): Promise<void> {
    await this.results().getByRole('link', { name: title }).click();
  }

  asOf(): Locator {
    return this.main.getByText(/^As of /);
  }

  /** The cell button of the two-way table whose label names the provider and the recipient. */
  cell(provider: string, recipient: string): Locator {
    return this.main.getByRole('button', { name: new RegExp(`: ${provider} to ${recipient}$`) });
  }

  detail(): Locator {
    return this.main.locator('#assistance-detail');
  }
}
