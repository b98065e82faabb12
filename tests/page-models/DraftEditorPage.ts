import { expect, type Locator, type Page } from '@playwright/test';

/** /app/drafts/[id]: sections per category, element cards, save status, preview and print. */
export class DraftEditorPage {
  readonly title: Locator;
  readonly saveStatus: Locator;
  readonly previewToggle: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Title of the submission');
    this.saveStatus = page.locator('.save-status');
    this.previewToggle = page.getByRole('button', { name: /what will be public|hide the public preview/i });
    this.preview = page.locator('#public-preview');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.title).toBeVisible();
  }

  section(category: string): Locator {
    return this.page.locator(`#section-${category}`);
  }

  cards(category: string): Locator {
    return this.section(category).locator('article[data-item-id]');
  }

  /** Adds an element and returns its (open) card. */
  async addElement(category: string): Promise<Locator> {
    const before = await this.cards(category).count();
    await this.page.locator(`[data-add="${category}"]`).click();
    await expect(this.cards(category)).toHaveCount(before + 1);
    return this.cards(category).nth(before);
  }

  /** Opens a card if it is closed. */
  async open(card: Locator): Promise<Locator> {
    const toggle = card.locator('header [aria-expanded]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return card;
  }

  field(card: Locator, label: string): Locator {
    return card.getByLabel(label, { exact: true });
  }

  /** Autosave wrote everything (the status says "Saved on this device"). */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved', { timeout: 5_000 });
  }
}
