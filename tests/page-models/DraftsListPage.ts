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

  /** Creates a draft (free, or for the request the form was opened with) and waits for its editor. */
  async create(title: string): Promise<void> {
    if ((await this.newDraft.getAttribute('aria-expanded')) !== 'true') await this.newDraft.click();
    await this.page.getByLabel('Title of the submission').fill(title);
    await this.page.getByRole('button', { name: 'Create the draft' }).click();
    await expect(this.page).toHaveURL(/\/app\/drafts\/[0-9a-f-]{36}/);
  }

  /** From /app/requests: "Start a draft from this request", which opens the form with the request chosen. */
  async startFromRequest(reference: string, title: string): Promise<void> {
    await this.page.goto('/app/requests');
    await this.page.getByRole('link', { name: `Start a draft from this request – ${reference}` }).click();
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByLabel('For the request')).toHaveValue(/.+/);
    await expect(this.page.getByLabel('For the request').locator('option:checked')).toHaveText(new RegExp(`^${reference} – `));
    await this.create(title);
  }

  draftLink(title: string): Locator {
    return this.list.getByRole('link', { name: title });
  }
}
