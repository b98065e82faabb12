import { expect, type Locator, type Page } from '@playwright/test';
import type { Screen, ScreenItem, WalkCategory } from '../support/editor-model.ts';

/** /app/drafts/[id]: sections per category, element cards, save status, preview, print and transmission. */
export class DraftEditorPage {
  readonly title: Locator;
  readonly saveStatus: Locator;
  readonly previewToggle: Locator;
  readonly preview: Locator;
  /** "Status: Draft" (or Transmitted…) in the draft's header. */
  readonly status: Locator;
  /** The "Transmit to the Secretariat" panel: shown while the submission is a draft. */
  readonly transmitPanel: Locator;
  /** The Secretariat's message on a draft returned for correction. */
  readonly returnMessage: Locator;
  readonly readOnlyNotice: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Title of the submission');
    this.saveStatus = page.locator('.save-status');
    this.previewToggle = page.getByRole('button', { name: /what will be public|hide the public preview/i });
    this.preview = page.locator('#public-preview');
    this.status = page.getByText(/^Status: /);
    this.transmitPanel = page.getByRole('region', { name: 'Transmit to the Secretariat' });
    this.returnMessage = this.transmitPanel.getByTestId('return-message');
    this.readOnlyNotice = page.getByText('This submission is no longer a draft: it cannot be changed.');
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

  /** Adds an element with the given field values (by label) and returns its card. */
  async addElementWith(category: string, fields: Record<string, string>): Promise<Locator> {
    const card = await this.addElement(category);
    for (const [label, value] of Object.entries(fields)) {
      const input = this.field(card, label);
      if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
      else await input.fill(value);
    }
    return card;
  }

  async markElementConfidential(card: Locator): Promise<void> {
    await card.getByLabel('Confidential element: never published').check();
    await expect(card.locator('header')).toContainText('Confidential');
  }

  async markFieldConfidential(card: Locator, label: string): Promise<void> {
    await card.getByLabel(`Keep this field confidential: ${label}`).check();
    await expect(card.getByText('Confidential field: not published')).toBeVisible();
  }

  /** Presses Transmit and confirms. Offline the transmission is queued; online it goes with the next sync. */
  async transmit(): Promise<void> {
    await this.transmitPanel.getByRole('button', { name: 'Transmit…' }).click();
    await this.transmitPanel.getByRole('button', { name: 'Transmit now' }).click();
  }

  async expectStatus(status: 'Draft' | 'Transmitted' | 'Acknowledged' | 'Published', timeout = 30_000): Promise<void> {
    await expect(this.status).toHaveText(`Status: ${status}`, { timeout });
  }

  /** Autosave wrote everything (the status says "Saved on this device"). */
  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  }

  /** The card's action buttons (Edit/Close, ↑, ↓, Delete). */
  actions(card: Locator): Locator {
    return card.getByRole('group', { name: /^Actions for/ });
  }

  /**
   * Reads the elements of these categories as a person would: every card opened, each field's value as
   * shown (select values are the option codes, checkboxes the ticked labels).
   */
  async readScreen(categories: readonly WalkCategory[]): Promise<Screen> {
    for (const category of categories) {
      const cards = this.cards(category);
      const count = await cards.count();
      for (let i = 0; i < count; i++) await this.open(cards.nth(i));
    }
    return this.page.evaluate((wanted) => {
      const value = (id: string) =>
        (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null)?.value ?? '';
      const screen: Record<string, ScreenItem[]> = {};
      for (const category of wanted) {
        screen[category] = Array.from(document.querySelectorAll(`#section-${category} article[data-item-id]`)).map((card) => {
          const id = `item-${card.getAttribute('data-item-id')}`;
          const forms = Array.from(card.querySelectorAll('fieldset input[type=checkbox]:checked')).map((box) =>
            (box.closest('label')?.textContent ?? '').trim(),
          );
          return {
            title: value(`${id}-title`),
            description: value(`${id}-description`),
            choice: category === 'event' ? value(`${id}-kind`) : category === 'legislation' ? value(`${id}-status`) : '',
            forms,
            articles: category === 'legislation' ? value(`${id}-articlesCovered`) : '',
          };
        });
      }
      return screen as Screen;
    }, categories);
  }
}
