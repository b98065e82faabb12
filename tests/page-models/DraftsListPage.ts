import { expect, type Locator, type Page } from '@playwright/test';

/** /app/drafts: the list, its search and the "New draft" form. */
export class DraftsListPage {
  readonly heading: Locator;
  readonly newDraft: Locator;
  readonly list: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Drafts' });
    this.newDraft = page.getByRole('button', { name: /new draft/i });
    this.list = page.getByRole('list', { name: 'Drafts on this device' });
    this.search = page.getByLabel('Search drafts');
  }

  async goto(): Promise<this> {
    await this.page.goto('/app/drafts');
    await expect(this.heading).toBeVisible();
    return this;
  }

  /** Creates a free draft and waits for its editor. */
  async create(title: string): Promise<void> {
    await this.newDraft.click();
    await this.page.getByLabel('Title of the submission').fill(title);
    await this.page.getByRole('button', { name: 'Create the draft' }).click();
    await expect(this.page).toHaveURL(/\/app\/drafts\/[0-9a-f-]{36}/);
  }

  draftLink(title: string): Locator {
    return this.list.getByRole('link', { name: title });
  }
}
