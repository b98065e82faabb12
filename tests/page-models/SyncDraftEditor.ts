import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What the sync specs need of the drafting editor (/app/drafts/{id}): the submission's title and
 * language, and an element's fields. The drafting specs have the full model of the editor.
 */
export class SyncDraftEditor {
  readonly title: Locator;
  readonly language: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Title of the submission');
    this.language = page.locator('#draft-language');
  }

  async goto(id: string): Promise<this> {
    await this.page.goto(`/app/drafts/${id}`);
    await expect(this.title).toBeVisible();
    return this;
  }

  item(id: string): Locator {
    return this.page.locator(`[data-item-id="${id}"]`);
  }

  /** Opens the element's fields (if closed) and returns the input of `field` (e.g. citation). */
  async itemField(id: string, field: string): Promise<Locator> {
    const card = this.item(id);
    const input = card.locator(`[id$="-${field}"]`).first();
    if (!(await input.isVisible())) await card.getByRole('button', { name: /^edit/i }).first().click();
    await expect(input).toBeVisible();
    return input;
  }

  /** Types a value, then leaves the field so autosave writes it at once. */
  async fill(input: Locator, value: string): Promise<void> {
    await input.fill(value);
    await input.blur();
  }
}
